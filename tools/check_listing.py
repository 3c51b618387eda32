#!/usr/bin/env python3
"""Checks a declasm listing (`Assembler::listing()`, `bf-jit --listing`):

  - every instruction line is `OFFSET  BYTES  STATEMENT` (hex offset, hex byte pairs separated by
    single spaces, two or more spaces, the statement), every other line `OFFSET  STATEMENT` with no
    bytes, a label definition (`->name:`, `name:`, `=>expr`);
  - the lines do not overlap: offsets never go back, each instruction starts at or after the end
    of the previous one;
  - each instruction line decodes to exactly one instruction: objdump disassembles each run of
    contiguous lines in one go and its instruction boundaries must be exactly the lines';
  - with --source FILE, each statement (without its `; target` note) occurs in FILE (compared
    with all whitespace removed), or matches a statement of FILE written in a macro with `$name`
    metavariables: the lines carry statements of the program's source.

Usage: tools/check_listing.py [--source FILE] [LISTING]   (LISTING: a file, default stdin)
Exit status 0 and a one-line summary when every check passes; 1 and the problems otherwise.
"""
import re
import subprocess
import sys
import tempfile

INSN = re.compile(r"^([0-9A-F]{8,16})  ((?:[0-9A-F]{2} )*[0-9A-F]{2})  +(\S.*)$")
LABEL = re.compile(r"^([0-9A-F]{8,16})  +(\S.*)$")
LABEL_TEXT = re.compile(r"^(->\s*\w+\s*:|\w+\s*:|=>.+)$")
TARGET = re.compile(r"  ; target [0-9A-F]+$")


def squash(text):
    return re.sub(r"\s+", "", text)


def parse(lines):
    """Returns (instructions [(offset, bytes, statement, line number)], labels, problems)."""
    insns, labels, problems = [], [], []
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        m = INSN.match(line)
        if m:
            insns.append((int(m.group(1), 16), bytes.fromhex(m.group(2)), m.group(3), n))
            continue
        m = LABEL.match(line)
        if m and LABEL_TEXT.match(m.group(2)):
            labels.append((int(m.group(1), 16), m.group(2), n))
            continue
        problems.append(f"line {n}: not a listing line: {line!r}")
    return insns, labels, problems


def boundaries(code):
    """Instruction start offsets objdump finds in `code` (x86-64), and the offset it stops at."""
    with tempfile.NamedTemporaryFile(suffix=".bin") as f:
        f.write(code)
        f.flush()
        out = subprocess.run(
            ["objdump", "-D", "-b", "binary", "-m", "i386:x86-64", "-M", "intel", f.name],
            check=True, capture_output=True, text=True).stdout
    starts, end = [], 0
    for line in out.splitlines():
        m = re.match(r"^\s+([0-9a-f]+):\t((?:[0-9a-f]{2} )+)\s*\t?(.*)$", line)
        if not m:
            continue
        offset, nbytes, text = int(m.group(1), 16), len(m.group(2).split()), m.group(3).strip()
        if not text:
            # objdump prints the rest of a long instruction's bytes on a continuation line.
            end = offset + nbytes
            continue
        if text.startswith("(bad)"):
            starts.append(-offset - 1)
        else:
            starts.append(offset)
        end = offset + nbytes
    return starts, end


def check(lines, source=None):
    insns, labels, problems = parse(lines)
    if not insns:
        problems.append("no instruction lines")
    # Offsets: never back, no overlap.
    last_end, last_offset = 0, 0
    events = sorted([(o, 0, n) for o, _, n in labels] + [(o, 1, n) for o, _, _, n in insns],
                    key=lambda e: e[2])
    for offset, _, n in events:
        if offset < last_offset:
            problems.append(f"line {n}: offset {offset:X} goes back")
        last_offset = offset
    for offset, code, _, n in insns:
        if offset < last_end:
            problems.append(f"line {n}: overlaps the previous instruction (ends at {last_end:X})")
        last_end = offset + len(code)
    # Decoding: per run of contiguous instructions, one objdump call.
    runs, run = [], []
    for insn in insns:
        if run and insn[0] != run[-1][0] + len(run[-1][1]):
            runs.append(run)
            run = []
        run.append(insn)
    if run:
        runs.append(run)
    for run in runs:
        base = run[0][0]
        code = b"".join(c for _, c, _, _ in run)
        starts, end = boundaries(code)
        expected = [o - base for o, _, _, _ in run]
        if starts != expected or end != len(code):
            found, want = set(starts), set(expected)
            for o, c, s, n in run:
                if o - base not in found:
                    problems.append(f"line {n}: no instruction starts at {o:X} ({s})")
            for s in sorted(found - want):
                if s < 0:
                    problems.append(f"objdump cannot decode the bytes at {base - s - 1:X}")
                else:
                    problems.append(f"an instruction starts at {base + s:X}, inside a line")
    # Statements of the source.
    if source is not None:
        text = squash(source)
        # Statements written in a macro_rules! macro of the source with a `$name` substituted:
        # the text between two `;` with each `$name` matching anything.
        templates = [re.compile(".+".join(re.escape(p) for p in re.split(r"\$\w+", t)))
                     for t in text.split(";") if "$" in t]
        for _, _, s, n in insns:
            statement = squash(TARGET.sub("", s))
            if statement not in text and not any(t.fullmatch(statement) for t in templates):
                problems.append(f"line {n}: statement not in the source: {s!r}")
        for _, s, n in labels:
            if squash(s) not in text:
                problems.append(f"line {n}: label not in the source: {s!r}")
    return insns, labels, problems


def main():
    args = sys.argv[1:]
    source = None
    if "--source" in args:
        i = args.index("--source")
        with open(args[i + 1]) as f:
            source = f.read()
        del args[i:i + 2]
    lines = open(args[0]).readlines() if args else sys.stdin.readlines()
    insns, labels, problems = check(lines, source)
    if problems:
        print("\n".join(problems[:50]))
        print(f"check_listing: {len(problems)} problem(s)")
        sys.exit(1)
    size = sum(len(c) for _, c, _, _ in insns)
    print(f"check_listing: ok: {len(insns)} instructions ({size} bytes), {len(labels)} labels, "
          f"each line one instruction, no overlap" + (", statements from the source" if source else ""))


if __name__ == "__main__":
    main()
