#!/usr/bin/env python3
"""Pre-parses the instruction tables: writes src/x64/mnemonics/generated.rs.

    python3 tools/gen_tables.py [--check]

The tables are written as the manual reads (src/x64/mnemonics/*.rs, `forms!` rows of text). Parsing
those rows with `const fn` while declasm compiles costs seconds (about 1 ms of const evaluation
per form), so the crate compiles a generated copy instead: every mnemonic a struct literal in one
`static TABLE`, and named by a `const` holding its index there (`dynasm!` passes that number to the
encoder: a number costs the const interpreter less than a reference); each form's `.feature`
groups come from src/x64/mnemonics/features.txt. This script:

1. lists the mnemonic names of the source tables (tools/missing_mnemonics.py's extractor);
2. builds a scratch program against declasm with `--cfg declasm_source_tables` (which compiles the
   source tables, parsed by `Form::parse`), in its own target directory;
3. the program prints every mnemonic as a struct literal (`{:?}` of the parsed forms), which
   becomes generated.rs, with `features` set from features.txt (every entry of which must name a
   form of the tables).

`--check` fails if generated.rs is not what the source tables give (CI runs it).
"""
import os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
os.environ.setdefault("PROBE_DIR", "/tmp/declasm-gen-tables")
import missing_mnemonics  # noqa: E402

OUT = os.path.join(ROOT, "src", "x64", "mnemonics", "generated.rs")
FEATURES = os.path.join(ROOT, "src", "x64", "mnemonics", "features.txt")
NAMES_RS = os.path.join(ROOT, "src", "x64", "feature.rs")


def read_features():
    """features.txt as {(mnemonic, qualifier): bit set}; qualifier None, '/mm', '/xmm', '/gp' or
    '(operands)'."""
    names = re.search(r"pub const NAMES: \[&str; \d+\] = \[(.*?)\];", open(NAMES_RS).read(), re.S).group(1)
    bit = {n: i for i, n in enumerate(re.findall(r'"(\w+)"', names))}
    text = re.sub(r"\n[ \t]+", " ", "\n".join(l for l in open(FEATURES).read().splitlines()
                                           if not l.startswith("#")))
    table = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        groups, entries = line.split(":", 1)
        mask = 0
        for g in groups.strip().split("+"):
            mask |= 1 << bit[g]
        for e in re.findall(r"[\w#]+(?:/\w+|\([^)]*\))?", entries):
            m = re.match(r"([\w#]+)(/\w+|\([^)]*\))?$", e)
            key = (m.group(1), m.group(2))
            if key in table:
                raise SystemExit("features.txt: %s listed twice" % e)
            table[key] = mask
    return table


def operand_class(text):
    """`mm` (MMX operands), `xmm` (xmm or ymm) or `gp` (neither), from a form's operand text."""
    toks = re.split(r"[ ,/]+", text)
    if any(re.match(r"[xy]mm\d*$", t) for t in toks):
        return "/xmm"
    if any(re.match(r"mm\d?$", t) for t in toks):
        return "/mm"
    return "/gp"


def form_features(table, used, name, text):
    for key in ((name, "(%s)" % text), (name, operand_class(text)), (name, None)):
        if key in table:
            used.add(key)
            return table[key]
    return 0
WORK = os.environ.get("GEN_TABLES_DIR", "/tmp/declasm-gen-tables")


def main():
    check = "--check" in sys.argv
    main_names = missing_mnemonics.declasm_names()
    evex_names = missing_mnemonics.evex_names()
    names = sorted(main_names | evex_names)
    os.makedirs(os.path.join(WORK, "src"), exist_ok=True)
    with open(os.path.join(WORK, "Cargo.toml"), "w") as f:
        f.write('[package]\nname = "declasm-gen-tables"\nversion = "0.0.0"\nedition = "2021"\n'
                '[dependencies]\ndeclasm = { path = "%s" }\n[workspace]\n' % ROOT)
    body = ["use declasm::x64::mnemonics as m;", "", "fn main() {"]
    for n in names:
        ident = "r#" + n if n in ("loop", "in", "use", "if", "move", "type") else n
        parts = ([f"&m::{ident}"] if n in main_names else []) + \
            ([f"&m::evex::{ident}"] if n in evex_names else [])
        body.append(f'    print(&[{", ".join(parts)}], "{ident}");')
    body += ["}", "",
             "fn print(parts: &[&declasm::x64::form::Mnemonic], ident: &str) {",
             "    // The EVEX forms (mnemonics::evex) come after the legacy and VEX ones.",
             "    let forms: Vec<_> = parts.iter().flat_map(|m| m.forms.iter().copied()).collect();",
             "    let m = declasm::x64::form::Mnemonic::new(parts[0].name, Box::leak(forms.into_boxed_slice()));",
             '    println!("@{}", ident);',
             '    println!("    Mnemonic {{");',
             '    println!("        name: {:?},", m.name);',
             '    println!("        forms: &[");',
             "    for f in m.forms {",
             '        println!("            {:?},", f);',
             "    }",
             '    println!("        ],");',
             '    println!("        index: {:?},", m.index);',
             '    println!("        by_size: {:?},", m.by_size);',
             '    println!("        sized_family: {},", m.sized_family);',
             '    println!("        x87_reg_forms: {},", m.x87_reg_forms);',
             '    println!("    }},");',
             "}", ""]
    with open(os.path.join(WORK, "src", "main.rs"), "w") as f:
        f.write("\n".join(body))
    env = dict(os.environ, RUSTFLAGS="--cfg declasm_source_tables", CARGO_TARGET_DIR=os.path.join(WORK, "target"))
    r = subprocess.run(["cargo", "run", "-q", "--manifest-path", os.path.join(WORK, "Cargo.toml")],
                       capture_output=True, text=True, env=env)
    if r.returncode != 0:
        sys.stderr.write(r.stderr[-5000:])
        return 2
    table, used = read_features(), set()
    idents, entries = [], []
    for line in r.stdout.splitlines(keepends=True):
        if line.startswith("@"):
            idents.append(line[1:].strip())
            entries.append("    // %d: `%s`\n" % (len(idents) - 1, idents[-1].replace("r#", "")))
        elif "features: 0 }" in line:
            name = idents[-1].replace("r#", "")
            text = re.search(r'text: "([^"]*)"', line).group(1)
            entries.append(line.replace("features: 0 }", "features: %d }" % form_features(table, used, name, text)))
        else:
            entries.append(line)
    unused = [k for k in table if k not in used]
    if unused:
        raise SystemExit("features.txt: entries that name no form: %s" % unused)
    ids = "".join("/// `%s`\npub const %s: MnemonicId = MnemonicId(%d);\n" % (i.replace("r#", ""), i, k)
                  for k, i in enumerate(idents))
    text = ("// @generated by tools/gen_tables.py from the tables in this directory; do not edit by\n"
            "// hand: edit the tables and run `python3 tools/gen_tables.py`.\n"
            "//! The instruction tables, pre-parsed (see tools/gen_tables.py).\n"
            "#![allow(non_upper_case_globals)]\n\n"
            "use super::{Form, Mnemonic, MnemonicId};\n\n"
            + ids
            + "\n/// Every mnemonic, by [`MnemonicId`].\n#[rustfmt::skip]\npub static TABLE: [Mnemonic; %d] = [\n" % len(idents)
            + "".join(entries)
            + "];\n")
    # One line per form; `#[rustfmt::skip]` keeps `cargo fmt` from spreading each over 25 lines.
    if check:
        old = open(OUT).read() if os.path.exists(OUT) else ""
        if old != text:
            sys.stderr.write("src/x64/mnemonics/generated.rs is out of date: run python3 tools/gen_tables.py\n")
            return 1
        print("generated.rs is up to date (%d mnemonics)" % len(names))
        return 0
    with open(OUT, "w") as f:
        f.write(text)
    print("wrote %s: %d mnemonics" % (OUT, len(names)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
