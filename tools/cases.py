#!/usr/bin/env python3
"""Differential test cases: templates -> statements -> expected bytes -> Rust tests.

  tools/cases.py expand tests/cases/NAME.tpl   print the statements a template expands to
  tools/cases.py accept tests/cases/NAME.tpl...
                                   expand, ask the oracle (dynasmrt 5.1, tools/probe.py) and write
                                   tests/cases/NAME.txt (`STATEMENT<TAB>HEX`: what the oracle
                                   accepted, with its bytes, or declasm's where
                                   tests/cases/differences.txt lists the statement) and
                                   tests/cases/NAME.rejected (what it refused)
  tools/cases.py rust              write the Rust tests from every tests/cases/*.txt:
                                   tests/x64_cases/ (declasm against the recorded bytes; part of
                                   `cargo test`) and oracle/tests/record/ (dynasmrt 5.1 against the
                                   same record; `cargo test -p declasm-oracle`, run by CI)
  tools/cases.py fill              record the bytes of statements written to a .txt without them
                                   (`STATEMENT<TAB>?` or a bare statement): assembled by dynasmrt
                                   5.1 through the oracle crate's test (differences.txt's declasm
                                   bytes where listed)
  tools/cases.py check             fail if the generated Rust tests are not what `rust` writes
  tools/cases.py all               accept every template, then rust

A record is the whole output of a `VecAssembler::new(0x10000)` into which `->glob: ; back: ;
=>dynl ; STATEMENT ; fwd:` was assembled, with `i8v: i8 = 0x11`, `i16v: i16 = 0x2211`,
`i32v: i32 = 0x44332211`, `i64v: i64 = 0x7766554433221100` and `dynreg: u8 = 9` in scope.

A case file whose first line is `# oracle: llvm-mc` holds statements dynasm-rs cannot assemble
(instructions it lacks); their bytes come from llvm-mc and GNU as (see the file's generator) and
the oracle crate skips them.

differences.txt lists, one per line, `STATEMENT<TAB>DYNASM-RS HEX<TAB>DECLASM HEX<TAB>REASON`: the
statements where dynasm-rs 5.1's bytes mean another instruction (SPEC rule 9). `accept` records
declasm's bytes for them after checking that the oracle still gives the listed ones; the oracle
test expects the listed dynasm-rs bytes.

A template line is a dynasm! statement in which `{class}` placeholders stand for operands. Each
placeholder is varied over its whole set while the others keep their first value (so the number
of cases grows with the sum, not the product, of the sets). Lines starting with # are comments.
Classes (see SETS below): r8 r16 r32 r64 rh, m (all memory shapes, no size), m8.. m64 (with
size keyword), m256, imm8 simm8 imm16 imm32 imm64, rel, xmm, ymm, vm32x, vm32y (VSIB), mm, sreg,
cr, dr, label.
"""
import itertools, os, re, subprocess, sys

MEMS = ["[rax]", "[rcx + 8]", "[rsp]", "[rbp]", "[r12]", "[r13]", "[r13 + 0x7F]", "[rax - 0x80]",
        "[rax + 0x80]", "[rdx - 0x81]", "[rax + rcx*2]", "[r8 + r15*8 + 0x12345678]", "[rax*4]",
        "[rbx*2]", "[rsi*8 - 4]", "[rip + 0x10]", "[0x1234]", "[rsp + rbp - 8]", "[eax + ebx*4]",
        "[r9d]", "[rbp + rax*4 + 0]", "[NOSPLIT rax*2]", "[BYTE rax + 0x10]", "[DWORD rdi + 1]",
        "[rax + i32v]", "[Rq(dynreg)]", "[Rq(dynreg) + 0x100]", "[rax + Rq(dynreg)*4]"]
SETS = {
    "r8": ["al", "cl", "bl", "spl", "dil", "r8b", "r15b", "ah", "Rb(dynreg)"],
    "rh": ["ah", "ch", "dh", "bh"],
    "r16": ["ax", "cx", "sp", "bp", "r9w", "r15w", "Rw(dynreg)"],
    "r32": ["eax", "ecx", "esp", "ebp", "esi", "r8d", "r12d", "r13d", "Rd(dynreg)"],
    "r64": ["rax", "rcx", "rsp", "rbp", "rdi", "r8", "r12", "r13", "r15", "Rq(dynreg)"],
    "m": MEMS,
    "m8": ["BYTE " + m for m in MEMS[:12]],
    "m16": ["WORD " + m for m in MEMS[:12]],
    "m32": ["DWORD " + m for m in MEMS[:12]],
    "m64": ["QWORD " + m for m in MEMS[:12]],
    "m80": ["TWORD " + m for m in MEMS[:6]],
    "m128": ["OWORD " + m for m in MEMS[:6]],
    "imm8": ["0", "1", "0x7F", "-0x80", "-1", "i8v", "BYTE i32v as _"],
    "simm8": ["0", "0x7F", "-0x80", "-1", "BYTE i8v"],
    "imm16": ["0x80", "0x7FFF", "-0x8000", "-0x81", "i16v", "WORD 5"],
    "imm32": ["0x8000", "0x7FFFFFFF", "-0x80000000", "-0x8001", "i32v", "DWORD 5"],
    "imm64": ["QWORD i64v", "0x80000000", "0x7FFFFFFFFFFFFFFF", "-0x80000001", "QWORD 1"],
    "rel": ["->glob", "BYTE ->glob", ">fwd", "<back", "=>dynl", "5", "0x100", "-0x80", "i32v", "BYTE 0x7F"],
    "label": ["->glob", ">fwd", "<back", "=>dynl"],
    "xmm": ["xmm0", "xmm1", "xmm7", "xmm8", "xmm15", "Rx(dynreg)"],
    "ymm": ["ymm0", "ymm1", "ymm7", "ymm8", "ymm15", "Ry(dynreg)"],
    "m256": ["YWORD " + m for m in MEMS[:6]],
    # VSIB: memory with a vector index (the index register class is the placeholder's).
    "vm32x": ["[rax + xmm1*4]", "[r13 + xmm9*8 + 0x10]", "[xmm2*4 + 0x100]", "[rsp + xmm15]",
              "[rbp + xmm3*2 - 8]", "[Rq(dynreg) + xmm1*4]", "[rax + Rx(dynreg)*4]", "[r8 + xmm0 + i32v]"],
    "vm32y": ["[rax + ymm1*4]", "[r13 + ymm9*8 + 0x10]", "[ymm2*4 + 0x100]", "[rsp + ymm15]",
              "[rbp + ymm3*2 - 8]", "[Rq(dynreg) + ymm1*4]", "[rax + Ry(dynreg)*4]", "[r8 + ymm0 + i32v]"],
    "mm": ["mm0", "mm1", "mm3", "mm7", "Rm(dynreg)"],
    "sreg": ["es", "cs", "ss", "ds", "fs", "gs"],
    "cr": ["cr0", "cr2", "cr3", "cr4", "cr8"],
    "dr": ["dr0", "dr3", "dr6", "dr7"],
}
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def expand(path):
    out = []
    for line in open(path):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        names = re.findall(r"\{(\w+)\}", line)
        if not names:
            out.append(line)
            continue
        for k in range(len(names)):
            for v in SETS[names[k]]:
                vals = [SETS[n][0] for n in names]
                vals[k] = v
                it = iter(vals)
                s = re.sub(r"\{(\w+)\}", lambda m: next(it), line)
                if s not in out:
                    out.append(s)
    return out


CASES = os.path.join(ROOT, "tests", "cases")
LLVM_MARK = "# oracle: llvm-mc"
CHUNK = 64


def differences():
    """statement -> (dynasm-rs hex, declasm hex, reason)"""
    out = {}
    path = os.path.join(CASES, "differences.txt")
    if not os.path.exists(path):
        return out
    for n, line in enumerate(open(path), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) != 4:
            sys.exit(f"{path}:{n}: expected 4 tab-separated fields")
        out[f[0].strip()] = (f[1].strip(), f[2].strip(), f[3].strip())
    return out


def read_cases(txt):
    """[(statement, hex)] of a case file, and whether its bytes come from llvm-mc."""
    lines = open(txt).read().splitlines()
    llvm = bool(lines) and lines[0].strip() == LLVM_MARK
    cases = []
    for n, l in enumerate(lines, 1):
        if not l.strip() or l.startswith("#"):
            continue
        stmt, hexs = l.split("\t", 1) if "\t" in l else (l, "?")
        cases.append((stmt.strip(), hexs.strip()))
    return cases, llvm


def probe(stmts):
    tmp = os.path.join(CASES, ".probe.all")
    open(tmp, "w").write("\n".join(stmts) + "\n")
    env = dict(os.environ, PROBE_BASE="0x10000")
    r = subprocess.run([sys.executable, os.path.join(HERE, "probe.py"), tmp], capture_output=True, text=True, env=env)
    os.remove(tmp)
    if r.returncode != 0:
        sys.exit(r.stderr)
    res = {}
    for l in r.stdout.splitlines():
        out, stmt = l.split("\t", 1)
        res[stmt] = out
    return res


def accept(tpls):
    """Expands the templates, asks the oracle once for all of them, writes .txt and .rejected."""
    diffs = differences()
    expanded = {t: expand(t) for t in tpls}
    res = probe(sorted({s for v in expanded.values() for s in v}))
    for tpl, stmts in expanded.items():
        base = tpl[:-4]
        ok, bad = [], []
        for stmt in stmts:
            out = res[stmt]
            if out.startswith("OK"):
                got = out[2:].strip()
                if stmt in diffs:
                    theirs, ours, _ = diffs[stmt]
                    if got != theirs:
                        sys.exit(f"{stmt}: the oracle now gives {got}, differences.txt says {theirs}")
                    got = ours
                ok.append(f"{stmt}\t{got}")
            else:
                bad.append(f"{stmt}\t# {out}")
        open(base + ".txt", "w").write("\n".join(ok) + "\n")
        open(base + ".rejected", "w").write("\n".join(bad) + "\n")
        print(f"{tpl}: {len(ok)} accepted, {len(bad)} rejected by the oracle")


def rust_str(s):
    return 'r#"' + s + '"#' if '"' in s or "\\" in s else '"' + s + '"'


HEADER = "// @generated by tools/cases.py from tests/cases/%s.txt; do not edit by hand.\n"


def gen_file(name, cases, diffs, who):
    out = [HEADER % name,
           f"//! {who}", "use crate::harness::*;", ""]
    for chunk in range(0, len(cases), CHUNK):
        out.append(f"#[test]\nfn {name}_{chunk // CHUNK:03}() {{")
        out.append("    let (i8v, i16v, i32v, i64v, dynreg): (i8, i16, i32, i64, u8) = (0x11, 0x2211, 0x44332211, 0x7766554433221100, 9);")
        for stmt, hexs in cases[chunk:chunk + CHUNK]:
            if stmt in diffs and hexs != "?":
                # declasm's bytes, then dynasm-rs's (a listed difference)
                out.append(f"    case!({rust_str(hexs)}, {rust_str(diffs[stmt][0])}, dynl; {stmt});")
            else:
                out.append(f"    case!({rust_str(hexs)}, dynl; {stmt});")
        out.append("}\n")
    return "\n".join(out) + "\n"


def gen_main(names, doc, rt, path, harness_path=None):
    out = ["// @generated by tools/cases.py; do not edit by hand.", doc,
           "// Statements are tested as written; dynasmrt's expansion of `Rq(x)` calls `.into()` on a u8.",
           "// The statements are the dialect's, written as users write them (`- -1`, `(1)`, `x as i32`).\n#![allow(unused_variables, unused_mut, unused_braces, unused_parens, double_negations, clippy::useless_conversion, clippy::unnecessary_cast)]", "",
           f"use {rt} as rt;", f'const RT: &str = "{rt}";', ""]
    for n in ["harness"] + names:
        p = harness_path if n == "harness" and harness_path else path
        if p:
            out.append(f'#[path = "{p}/{n}.rs"]')
        out.append(f"mod {n};")
    return "\n".join(out) + "\n"


def generated():
    """{path: text} of every generated Rust test file."""
    diffs = differences()
    files = {}
    # The EVEX cases (evex_*.txt) are a test binary of their own, tests/evex_cases, so that
    # cargo compiles it alongside tests/x64_cases (two cores) rather than after it.
    ours_names, oracle_names, evex_names = [], [], []
    for f in sorted(os.listdir(CASES)):
        if not f.endswith(".txt") or f.startswith("candidates") or f == "differences.txt":
            continue
        name = f[:-4]
        cases, llvm = read_cases(os.path.join(CASES, f))
        if not cases:
            continue
        evex = name.startswith("evex_")
        (evex_names if evex else ours_names).append(name)
        files[f"tests/{'evex_cases' if evex else 'x64_cases'}/{name}.rs"] = gen_file(
            name, cases, diffs,
            "The recorded bytes" + (" (from llvm-mc and GNU as: declasm only)." if llvm else
            ": declasm here, dynasmrt 5.1 in oracle/tests/record, which includes this file (where two byte\n"
            "//! strings are given, declasm's and dynasm-rs's: a difference listed in differences.txt)."))
        if not llvm:
            oracle_names.append(name)
    files["tests/x64_cases/main.rs"] = gen_main(
        ours_names, "//! Every recorded statement of tests/cases/*.txt, assembled by declasm (see tests/README.md).",
        "declasm", "")
    files["tests/evex_cases/main.rs"] = gen_main(
        evex_names, "//! The EVEX (AVX-512) statements of tests/cases/evex_*.txt, assembled by declasm (see tests/README.md).",
        "declasm", "", "../x64_cases")
    files["oracle/tests/record/main.rs"] = gen_main(
        oracle_names, "//! The record checked against the oracle, dynasmrt 5.1: the expected bytes cannot drift from it.",
        "dynasmrt", "../../../tests/x64_cases")
    return files


def rustfmt(text):
    r = subprocess.run(["rustfmt", "--edition", "2021", "--emit", "stdout"], input=text, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(r.stderr)
    return r.stdout


def rust(check=False):
    stale = []
    files = {p: rustfmt(t) for p, t in generated().items()}
    for d in ["tests/x64_cases", "tests/evex_cases", "oracle/tests/record"]:
        full = os.path.join(ROOT, d)
        os.makedirs(full, exist_ok=True)
        for f in os.listdir(full):
            p = f"{d}/{f}"
            if f.endswith(".rs") and f != "harness.rs" and p not in files:
                stale.append(p)
                if not check:
                    os.remove(os.path.join(ROOT, p))
    for p, text in files.items():
        full = os.path.join(ROOT, p)
        old = open(full).read() if os.path.exists(full) else None
        if old != text:
            stale.append(p)
            if not check:
                open(full, "w").write(text)
    if check:
        if stale:
            sys.exit("generated tests are not current (run tools/cases.py rust): " + ", ".join(stale))
        print(f"generated tests are current ({len(files)} files)")
    else:
        n = sum(len(read_cases(os.path.join(CASES, f))[0]) for f in os.listdir(CASES)
                if f.endswith(".txt") and not f.startswith("candidates") and f != "differences.txt")
        print(f"wrote {len(files)} files, {n} cases; {len(stale)} changed")


def fill():
    """Records missing bytes from dynasmrt 5.1 (the oracle crate's copy of the tests)."""
    import shutil, tempfile
    rust()
    out = tempfile.mkdtemp(prefix="declasm-fill-")
    env = dict(os.environ, DECLASM_CASES_FILL=out)
    r = subprocess.run(["cargo", "test", "-q", "-p", "declasm-oracle", "--test", "record"], cwd=ROOT, env=env)
    if r.returncode != 0:
        sys.exit("fill: the oracle's record test failed")
    diffs = differences()
    n = 0
    for f in sorted(os.listdir(CASES)):
        if not f.endswith(".txt") or f.startswith("candidates") or f == "differences.txt":
            continue
        path = os.path.join(CASES, f)
        cases, llvm = read_cases(path)
        if llvm or all(h != "?" and (s not in diffs or h == diffs[s][1]) for s, h in cases):
            continue
        name = f[:-4]
        filled = []
        for chunk in range(0, len(cases), CHUNK):
            part = cases[chunk:chunk + CHUNK]
            p = os.path.join(out, f"{name}__{name}_{chunk // CHUNK:03}")
            got = open(p).read().splitlines() if os.path.exists(p) else []
            it = iter(got)
            for stmt, h in part:
                if stmt in diffs:
                    # A listed difference: the oracle test has just checked dynasm-rs's bytes.
                    n += h != diffs[stmt][1]
                    h = diffs[stmt][1]
                elif h == "?":
                    h = next(it)
                    n += 1
                filled.append((stmt, h))
        head = [l for l in open(path).read().splitlines() if l.startswith("#")]
        open(path, "w").write("\n".join(head + [f"{s}\t{h}" for s, h in filled]) + "\n")
    shutil.rmtree(out)
    rust()
    print(f"filled {n} records")


def main():
    cmd = sys.argv[1]
    if cmd == "expand":
        print("\n".join(expand(sys.argv[2])))
    elif cmd == "accept":
        accept(sys.argv[2:])
    elif cmd == "rust":
        rust()
    elif cmd == "fill":
        fill()
    elif cmd == "check":
        rust(check=True)
    elif cmd == "all":
        # (The llvm-mc case files are tools/llvm_cases.py's.)
        accept([os.path.join(CASES, f) for f in sorted(os.listdir(CASES))
                if f.endswith(".tpl") and not read_cases(os.path.join(CASES, f[:-4] + ".txt"))[1]])
        rust()


if __name__ == "__main__":
    main()
