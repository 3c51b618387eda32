#!/usr/bin/env python3
"""Turns the aarch64 survey corpus (dynasmrt 5.1's bytes, tests/cases/a64/*.txt) into the LLVM-syntax statements tests/a64_encoder.rs's `corpus` test reads.

    python3 tools/a64_corpus.py [SURVEY_CHECKOUT] > /tmp/a64_corpus.tsv
    A64_CORPUS=/tmp/a64_corpus.tsv cargo test --test a64_encoder corpus -- --nocapture

Uses the survey's own translator (tools/a64_llvm.py `translate`: arrangements `b16` -> `16b`,
`#` before immediates, `{v0.b16 * 4}` -> an explicit list, system register numbers -> names
`S3_3_C4_C2_0`), keeping dynasm-rs's `mov.inverted`/`mov.logical` spellings. Statements it does not
translate (labels, run-time values, dynamic registers, directives) are left out. Output:
`LLVM TEXT<TAB>HEX<TAB>FAMILY<TAB>ORIGINAL` per line.

    python3 tools/a64_corpus.py --rejected > /tmp/a64_rejected.tsv
    A64_REJECTED=/tmp/a64_rejected.tsv cargo test --test a64_encoder rejected -- --nocapture

The statements dynasmrt refuses (tests/cases/a64/rejected.txt), translated the same way, with the
class of dynasm-rs's refusal: `range` (an immediate out of range or not encodable: "Immediate too
high/low", "Unrepresentable immediate", "Invalid immediate", and the run-time panics "Immediate N
is out of range", whose run-time expression is replaced by its value: `(x - 3 + 4096)` with
x = 3 is `4096`), `register` (a register or modifier the form does not take: "Field only
supports ...", "Invalid modifier ...", "LSL reference modifier requires an immediate"), `form`
("instruction format mismatch") or `other` (left out: Rust type errors, unknown names, syntax).
Output: `LLVM TEXT<TAB>CLASS<TAB>FAMILY<TAB>ORIGINAL<TAB>MESSAGE` per line.

    python3 tools/a64_corpus.py --runtime > /tmp/a64_runtime.tsv
    A64_CORPUS=/tmp/a64_runtime.tsv cargo test --test a64_encoder corpus -- --nocapture

The statements whose immediate is a run-time expression (tests/cases/a64/runtime.txt), with the
value marked `?` (`add x1, x2, #2047?`): the test passes it as a run-time value (a hole, filled
by `encoder::fill`). Same output as the default.

    python3 tools/a64_corpus.py --dynamic > /tmp/a64_dynamic.tsv
    A64_CORPUS=/tmp/a64_dynamic.tsv cargo test --test a64_encoder corpus -- --nocapture

The same for tests/cases/a64/dynamic.txt's dynamic registers, marked `@` (`add @x1, x2, x3`).
"""
import glob, os, re, sys

args = [a for a in sys.argv[1:] if a not in ("--rejected", "--runtime", "--dynamic")]
survey = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, os.path.join(survey, "tools"))
from a64_llvm import translate  # noqa: E402

# A number no statement has: stands for the k-th run-time value while translating.
SENTINEL = 7_654_321_000

# The run-time values of tools/a64_probe.py's statements.
VALUES = dict(f32v=1.0, f64v=1.0, x=3, i=-2, u64v=0x1234, i64v=-8, u8v=7, u16v=0x1234, i16v=4, us=8, isz=8, big=0xFFFF_FFFF,
              neg=-1, huge=2**64 - 1, dr32=9, dr64=9)


def literal(stmt):
    """`add x1, x2, (x - 3 + 4096)` -> `add x1, x2, 4096` (None if an expression is not one of
    the run-time values' arithmetic)."""
    def ev(m):
        e = m.group(1)
        if not re.fullmatch(r"[\w\s+\-*()x]+", e) or not re.search(r"[a-z]", e):
            return m.group(0)
        try:
            return str(eval(e, {}, dict(VALUES)))
        except Exception:
            return m.group(0)
    return re.sub(r"\(([^()]*)\)", ev, stmt)


def classify(msg):
    if re.search(r"Immediate too (high|low)|Unrepresentable immediate|Invalid immediate|Immediate -?\d+ is out of range", msg):
        return "range"
    if re.search(r"Field only supports|Field does not support|Invalid modifier|LSL reference modifier requires", msg):
        return "register"
    if "instruction format mismatch" in msg:
        return "form"
    return "other"


def translate_keep(stmt):
    """translate(), keeping dynasm-rs's `mov.inverted`/`mov.logical` spellings."""
    keep = None
    s = stmt
    for dotted in ("mov.inverted", "mov.logical"):
        if stmt.startswith(dotted + " "):
            keep = dotted
            s = "mov " + stmt[len(dotted) + 1:]
    t = translate(s)
    if t is not None and keep:
        t = keep + t[3:]
    return t


DYNREGS = dict(dynreg=9, dr32=9, dr64=9, dzero=0, d31=31, d33=33)


def dynamic_regs(stmt):
    """`add X(dynreg - 8), x2, x3` -> `add @x1, x2, x3`: a dynamic register's number (masked to
    5 bits, as dynasm-rs does), marked `@` for the test (`%` for `XSP(e)`/`WSP(e)`: `%x2`);
    `{V(e).b16 * 4}` -> `@{v1.b16 * 4}`."""
    def reg(m):
        fam, e = m.group(1), m.group(2)
        n = eval(e, {}, dict(DYNREGS)) & 31
        if fam in ("X", "XSP", "W", "WSP") and n == 31:
            name = {"X": "xzr", "XSP": "sp", "W": "wzr", "WSP": "wsp"}[fam]
        else:
            name = fam[0].lower() + str(n)
        # `%`: the XSP/WSP family (the stack pointer's forms).
        return ("%" if fam in ("XSP", "WSP") else "@") + name
    s = re.sub(r"\b(XSP|WSP|X|W|B|H|S|D|Q|V)\(([^()]*)\)", reg, stmt)
    return re.sub(r"\{@(v\d+)", r"@{\1", s)


if "--dynamic" in sys.argv:
    # tests/cases/a64/dynamic.txt: every form with its registers dynamic; the test passes the
    # marked ones as run-time registers (holes).
    for line in open(os.path.join(survey, "tests/cases/a64/dynamic.txt")):
        if line.startswith("#") or "\t" not in line:
            continue
        stmt, hexes = line.rstrip("\n").split("\t")
        try:
            t = translate_keep(dynamic_regs(stmt))
        except (ValueError, SyntaxError, NameError):
            t = None
        if t is None or ("@" not in t and "%" not in t):
            continue
        print(f"{t}\t{hexes}\tdynamic\t{stmt}")
    sys.exit(0)


if "--runtime" in sys.argv:
    # tests/cases/a64/runtime.txt: every form with an immediate given as a run-time expression.
    # The expression is replaced by its value, marked `?` in the LLVM text (`#4096?`, `[3?]`) for
    # the test to pass it as a run-time value.
    for line in open(os.path.join(survey, "tests/cases/a64/runtime.txt")):
        if line.startswith("#") or "\t" not in line:
            continue
        stmt, hexes = line.rstrip("\n").split("\t")
        values = []

        def ev(m):
            e = m.group(1)
            if not re.search(r"[a-z]", e):
                return m.group(0)
            values.append(eval(e, {}, dict(VALUES)))
            return str(SENTINEL + len(values) - 1)
        lit = re.sub(r"\(([^()]*)\)", ev, stmt)
        if not values:
            continue
        try:
            t = translate_keep(lit)
        except ValueError:
            t = None
        if t is None:
            continue
        for k, v in enumerate(values):
            t = t.replace(hex(SENTINEL + k), str(SENTINEL + k)).replace(str(SENTINEL + k), f"{v}?")
        if t.count("?") != len(values):  # (a system register number written as a name)
            continue
        print(f"{t}\t{hexes}\truntime\t{stmt}")
    sys.exit(0)


if "--rejected" in sys.argv:
    for line in open(os.path.join(survey, "tests/cases/a64/rejected.txt")):
        if line.startswith("#") or "\t" not in line:
            continue
        stmt, rest = line.rstrip("\n").split("\t", 1)
        _, family, kind, msg = rest.split(" ", 3)
        cls = classify(msg)
        if cls == "other":
            continue
        s = literal(stmt) if kind == "PANIC" else stmt
        try:
            t = translate_keep(s)
        except ValueError:  # a spelling translate() does not take
            t = None
        if t is None:
            continue
        print(f"{t}\t{cls}\t{family}\t{stmt}\t{msg}")
    sys.exit(0)

for path in sorted(glob.glob(os.path.join(survey, "tests/cases/a64/*.txt"))):
    family = os.path.basename(path)[:-4]
    if family in ("rejected", "dynamic", "runtime"):
        continue
    for line in open(path):
        if line.startswith("#") or "\t" not in line:
            continue
        stmt, hexes = line.rstrip("\n").split("\t")
        t = translate_keep(stmt)
        if t is None:
            continue
        print(f"{t}\t{hexes}\t{family}\t{stmt}")
