#!/usr/bin/env python3
"""List the mnemonics the oracle (dynasmrt 5.1, a black box) accepts that declasm lacks.

Usage: tools/missing_mnemonics.py [--forms] [--check] [CANDIDATES]
       (default CANDIDATES: tests/cases/candidates_base.txt; names separated by blanks or
       newlines, `#` starts a comment)

1. declasm's mnemonics are read from the tables in src/x64/mnemonics/*.rs (the names declared
   by `forms!` blocks and by the table macros' invocations: `add "0" ...`, `cmovo seto "0"`, ...;
   `r#loop` counts as `loop`).
2. Every candidate declasm lacks is assembled alone by the oracle (tools/probe.py): an error
   "'x' is not a valid instruction" means the oracle does not know it either; any other outcome
   (bytes, or an operand mismatch) means it does.
3. Each mnemonic the oracle knows is assembled under a set of operand shapes (SHAPES below), and
   the shapes it accepts are printed with their bytes. `--forms` also prints the oracle's own
   "expected one of the following forms" diagnostic for the operand-less statement.

Output: one block per mnemonic declasm lacks and the oracle knows (first those it accepts under
some shape, then those it refuses under every shape, e.g. x86-only ones), then a summary line.
`--check` exits with status 1 if the oracle accepts any mnemonic declasm lacks (for CI or a test).
Set PROBE_DIR to keep the scratch crate apart from other users of tools/probe.py.
"""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
os.environ.setdefault("PROBE_DIR", "/tmp/declasm-missing")
import probe  # noqa: E402  (uses PROBE_DIR at import time)

SHAPES = [
    "", "rax", "eax", "ax", "al", "ah", "[rax]", "QWORD [rax]", "DWORD [rax]", "WORD [rax]",
    "BYTE [rax]", "TWORD [rax]", "OWORD [rax]", "FWORD [rax]",
    "rax, rcx", "eax, ecx", "ax, cx", "al, cl", "rax, [rax]", "eax, [rax]", "ax, [rax]",
    "al, [rax]", "[rax], rax", "[rax], eax", "[rax], ax", "[rax], al", "rcx, QWORD [rax]",
    "ecx, DWORD [rax]", "rax, 5", "eax, 5", "ax, 5", "al, 5", "QWORD [rax], 5", "DWORD [rax], 5",
    "rax, ecx", "eax, cx", "eax, cl", "rax, cl", "rax, rcx, rdx", "eax, ecx, edx", "rax, rcx, 5",
    "eax, ecx, 5", "rax, [rax], rcx", "eax, [rax], ecx", "5", "0x1234", "5, 6", "->glob", "BYTE ->glob",
    "es", "fs", "ax, es", "cr0", "rax, cr0", "dr0", "xmm0", "xmm0, xmm1", "xmm0, [rax]", "mm0",
    "ymm0", "st0", "bnd0", "bnd0, [rax]", "[rax], bnd0", "xmm0, xmm1, xmm2", "xmm0, xmm1, [rax]",
    "ymm0, ymm1, ymm2",
]


def declasm_names():
    """Mnemonic names declared in src/x64/mnemonics/*.rs."""
    names = set()
    d = os.path.join(ROOT, "src", "x64", "mnemonics")
    for fn in sorted(os.listdir(d)):
        if not fn.endswith(".rs") or fn in ("mod.rs", "generated.rs"):
            continue
        names |= file_names(os.path.join(d, fn))
    return names


def evex_names():
    """Mnemonic names declared in src/x64/mnemonics/evex/*.rs (the EVEX forms, appended by
    tools/gen_tables.py to those of the same name in the parent module)."""
    names = set()
    d = os.path.join(ROOT, "src", "x64", "mnemonics", "evex")
    for fn in sorted(os.listdir(d)):
        if fn.endswith(".rs") and fn != "mod.rs":
            names |= file_names(os.path.join(d, fn))
    return names


def file_names(path):
    """Mnemonic names declared in one table file (also used by tools/gen_reference.py)."""
    names = set()
    src = open(path).read()
    src = re.sub(r"//[^\n]*", "", src)
    src = re.sub(r"#!?\[[^\]]*\]", "", src)
    # Drop macro_rules! definitions (their bodies name no mnemonic).
    while True:
        m = re.search(r"macro_rules!\s*\w+\s*\{", src)
        if not m:
            break
        depth, i = 1, m.end()
        while depth:
            depth += {"{": 1, "}": -1}.get(src[i], 0)
            i += 1
        src = src[:m.start()] + src[i:]
    src = re.sub(r'"[^"]*"', '""', src)
    src = re.sub(r"^use [^;]*;", "", src, flags=re.M)
    # What remains: `macro! { name {...} name "..." ..., name name "" ... }`.
    for m in re.finditer(r"(?<![\w#$])(r#)?([A-Za-z_]\w*)\b(?!\s*!)", src):
        names.add(m.group(2))
    return names


def read_candidates(path):
    out = []
    for line in open(path):
        for w in line.split("#", 1)[0].split():
            if w not in out:
                out.append(w)
    return out


def run(stmts):
    """Oracle results for statements: list of (ok, text)."""
    active = list(range(len(stmts)))
    rejected = {}
    for _ in range(20):
        ok, errs, stderr = probe.build(stmts, active)
        if ok:
            break
        if not errs:
            sys.stderr.write(stderr[-3000:])
            sys.exit("missing_mnemonics: oracle build failed without attributable errors")
        rejected.update(errs)
        active = [i for i in active if i not in errs]
    res = {}
    if active:
        env = dict(os.environ, CARGO_TARGET_DIR=probe.TARGET)
        out = subprocess.run(["cargo", "run", "-q"], cwd=probe.WORK, capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            idx, rest = line.split(" ", 1)
            res[int(idx)] = rest
    return [(False, rejected[i]) if i in rejected else (res.get(i, "").startswith("OK"), res.get(i, "MISSING"))
            for i in range(len(stmts))]


def forms_messages(names):
    """The oracle's full diagnostic for each operand-less statement `name`."""
    probe.build(names, list(range(len(names))))
    env = dict(os.environ, CARGO_TARGET_DIR=probe.TARGET)
    r = subprocess.run(["cargo", "build", "-q", "--message-format=json"], cwd=probe.WORK,
                       capture_output=True, text=True, env=env)
    msgs = {}
    for line in r.stdout.splitlines():
        try:
            m = json.loads(line)
        except ValueError:
            continue
        if m.get("reason") != "compiler-message" or m["message"]["level"] != "error":
            continue
        text = m["message"]["message"]
        q = re.match(r"'([^']+)'", text)
        if q and q.group(1) in names and q.group(1) not in msgs:
            msgs[q.group(1)] = text
    return msgs


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0] if args else os.path.join(ROOT, "tests", "cases", "candidates_base.txt")
    cands = read_candidates(path)
    have = declasm_names()
    missing = [c for c in cands if c not in have]
    known = []
    if missing:
        for name, (ok, text) in zip(missing, run(missing)):
            if ok or "is not a valid instruction" not in text:
                known.append(name)
    stmts, owner = [], []
    for name in known:
        for s in SHAPES:
            stmts.append(f"{name} {s}".strip())
            owner.append(name)
    accepted = {n: [] for n in known}
    if stmts:
        for name, stmt, (ok, text) in zip(owner, stmts, run(stmts)):
            if ok:
                accepted[name].append((stmt, text[3:]))
    msgs = forms_messages(known) if "--forms" in sys.argv and known else {}
    found = [n for n in known if accepted[n]]
    refused = [n for n in known if not accepted[n]]
    for name in found + refused:
        print(f"{name}:")
        for stmt, hexb in accepted[name]:
            print(f"    {stmt:<28} {hexb}")
        if not accepted[name]:
            print("    (known to the oracle, but no probed shape accepted)")
        if name in msgs:
            for line in msgs[name].splitlines()[1:]:
                print(f"    | {line}")
    print(f"{len(cands)} candidates, {len(cands) - len(missing)} in declasm, {len(missing)} missing from "
          f"declasm, {len(known)} of them known to the oracle, {len(found)} accepted by it under some "
          f"shape: {' '.join(found)}")
    if "--check" in sys.argv and found:
        sys.exit(1)


if __name__ == "__main__":
    main()
