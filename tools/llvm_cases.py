#!/usr/bin/env python3
"""Test cases for instructions dynasm-rs 5.1 lacks: expected bytes from llvm-mc, checked with GNU as.

    tools/llvm_cases.py tests/cases/NAME.tpl

Expands the template as tools/cases.py does (`{class}` placeholders), says each statement in
LLVM's Intel spelling (tools/check_meaning.py's translation), assembles it with llvm-mc and with
GNU as (`as --64 -msyntax=intel -mnaked-reg`), and writes

- tests/cases/NAME.txt: first line `# oracle: llvm-mc`, then `STATEMENT<TAB>HEX` for every
  statement both assemblers accept with the same bytes (the bytes declasm must give);
- tests/cases/NAME.rejected: the others, with the reason (an assembler refused it, or the two
  disagree);
and regenerates the Rust tests (tools/cases.py rust: tests/x64_cases/NAME.rs compares declasm's
  bytes with them; the oracle crate skips the file).

Statements with a dynamic register, a label, a run-time variable, `[DWORD ..]` or a split `[r*2]`
are left out (their bytes
are declasm's own choice: a dynamic register forces REX or the 3-byte VEX form).
"""
import os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cases  # noqa: E402
import check_meaning as cm  # noqa: E402


def main():
    tpl = sys.argv[1]
    base = tpl[:-4]
    name = os.path.basename(base)
    stmts = [s for s in cases.expand(tpl)
             if not re.search(r"dynreg|->|=>|<back|>fwd|\bi(8|16|32|64)v\b|extern|\*2\]|\[DWORD ", s)]
    trans = [cm.translate(s) for s in stmts]
    llvm = cm.llvm_assemble(trans)
    ok, bad = [], []
    for i, (s, t) in enumerate(zip(stmts, trans)):
        if t is None:
            bad.append(f"{s}\t# cannot be said to llvm-mc")
            continue
        a, g = llvm.get(i), cm.gnu_assemble(t)
        if a is None or g is None:
            bad.append(f"{s}\t# refused by {'llvm-mc' if a is None else 'GNU as'}")
        elif a != g:
            bad.append(f"{s}\t# llvm-mc {cm.hexb(a)}, GNU as {cm.hexb(g)}")
        else:
            ok.append((s, cm.hexb(a)))
    with open(base + ".txt", "w") as f:
        f.write("# oracle: llvm-mc\n" + "".join(f"{s}\t{h}\n" for s, h in ok))
    with open(base + ".rejected", "w") as f:
        f.write("".join(b + "\n" for b in bad))
    cases.rust()
    print(f"{tpl}: {len(ok)} cases, {len(bad)} rejected")


if __name__ == "__main__":
    main()
