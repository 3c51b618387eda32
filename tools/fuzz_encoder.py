#!/usr/bin/env python3
"""Random operand combinations, assembled by the oracle (dynasmrt 5.1) and by declasm.

    tools/fuzz_encoder.py [--cases N] [--seed S] [--forms FILE]

Takes the operand shapes the oracle reports for each mnemonic (FILE: a tab-separated list
`mnemonic<TAB>mnemonic op, op, ...`, one line per shape; the session-2 runs used one made from
the "expected one of the following forms" lines of `tools/missing_mnemonics.py --forms
tests/cases/candidates_vex.txt`, kept in target/ and out of the repository: it is the oracle's
own list, used here only to choose inputs),
and builds N random statements: a shape of the mnemonic (or, one time in four, a shape of
another mnemonic, so that most of those must be refused), each operand a random concrete
operand of its class (registers that need REX, dynamic registers, every memory form of
tools/cases.py, boundary immediates). Then runs tools/compare.py on them and prints a summary:

- same: both give the same bytes, or both refuse;
- WRONG: both accept with different bytes, or declasm accepts what the oracle refuses;
- missing: the oracle accepts, declasm refuses.

Exit status 1 if anything is WRONG. Set PROBE_DIR (and PROBE_TARGET) as for tools/probe.py.
"""
import argparse, os, random, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases  # noqa: E402  (the operand sets)

S = cases.SETS
CLASSES = {
    "xmm": S["xmm"], "ymm": S["ymm"], "mm": S["mm"],
    "reg64": S["r64"], "reg32": S["r32"], "reg16": S["r16"], "reg8": S["r8"], "reg": S["r64"] + S["r32"],
    "mem": S["m"], "mem8": S["m8"] + S["m"][:4], "mem16": S["m16"] + S["m"][:4],
    "mem32": S["m32"] + S["m"][:4], "mem64": S["m64"] + S["m"][:4], "mem80": S["m80"],
    "mem128": S["m128"] + S["m"][:4], "mem256": S["m256"] + S["m"][:4],
    "imm8": S["imm8"] + ["0x80", "0xFF", "-0x81"], "imm16": S["imm16"], "imm32": S["imm32"],
    "bndreg": ["bnd0", "bnd1", "bnd3", "RB(dynreg)"],
    "vm32addr128": S["vm32x"], "vm32addr256": S["vm32y"],
    "vm64addr128": S["vm32x"], "vm64addr256": S["vm32y"],
}


def concrete(rng, cls):
    alts = cls.split("/")
    pick = []
    for a in alts:
        a = a.replace("reg/", "").strip()
        if a.startswith("mem") or a in CLASSES:
            pick += CLASSES.get(a, S["m"])
    if not pick:
        return None
    return rng.choice(pick)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--forms", default=os.path.join(HERE, "..", "target", "vex-survey", "forms.tsv"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    shapes = {}
    for line in open(a.forms):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 2 or cols[0] == "mnemonic":
            continue
        form = cols[1].split(None, 1)
        ops = [o.strip() for o in form[1].split(",")] if len(form) > 1 else []
        shapes.setdefault(cols[0], []).append(ops)
    names = sorted(shapes)
    all_shapes = [s for v in shapes.values() for s in v]
    stmts = []
    while len(stmts) < a.cases:
        m = rng.choice(names)
        ops = rng.choice(shapes[m] if rng.random() < 0.75 else all_shapes)
        conc = [concrete(rng, o) for o in ops]
        if None in conc:
            continue
        s = m + (" " + ", ".join(conc) if conc else "")
        if s not in stmts:
            stmts.append(s)
    path = os.path.join(os.environ.get("PROBE_DIR", "/tmp/declasm-fuzz"), "fuzz_statements.txt")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write("\n".join(stmts) + "\n")
    r = subprocess.run([sys.executable, os.path.join(HERE, "compare.py"), path, "--all"],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write(r.stderr)
        return 2
    same = wrong = missing = 0
    lines = r.stdout.splitlines()
    i = 0
    while i < len(lines):
        l = lines[i]
        if l.startswith("same"):
            same += 1
        elif l.startswith("DIFF"):
            oracle, ours = lines[i + 1].split(":", 1)[1].strip(), lines[i + 2].split(":", 1)[1].strip()
            if oracle.startswith("OK") and ours.startswith("ERR"):
                missing += 1
                print("missing", l[7:], "\t", oracle)
            else:
                wrong += 1
                print("WRONG  ", l[7:], "\t oracle:", oracle, "\t declasm:", ours)
            i += 2
        i += 1
    print(f"{len(stmts)} random statements (seed {a.seed}): {same} same, {wrong} WRONG, {missing} missing")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
