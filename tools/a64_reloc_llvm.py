#!/usr/bin/env python3
"""Checks the llvm-mc encodings recorded in tests/a64_runtime.rs against llvm-mc.

The test file holds the expected words of aarch64 instructions whose label field the
relocations write, in two forms: rows `("b #-8", [0xfe, 0xff, 0xff, 0x17]),` of the `LLVM`
table, and assertions ending in `[0x.., ...]); // b #-4 (llvm-mc)`. Each instruction is
assembled by `llvm-mc -triple=aarch64 -show-encoding` (LLVM_MC overrides the command) and the
bytes compared. Exit status 1 on any difference.

Usage: tools/a64_reloc_llvm.py
"""
import os, re, subprocess, sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SRC = os.path.join(ROOT, "tests", "a64_runtime.rs")
BYTES = r"\[((?:0x[0-9a-f]{2},\s*){3}0x[0-9a-f]{2})\]"

def cases(text):
    out = []
    for m in re.finditer(r'\("([^"]+)",\s*' + BYTES + r"\)", text):
        out.append((m.group(1), m.group(2)))
    for m in re.finditer(BYTES + r"\);\s*//\s*(.+?)\s*\(llvm-mc\)", text):
        out.append((m.group(2), m.group(1)))
    return out

def main():
    text = open(SRC).read()
    rows = cases(text)
    if not rows:
        sys.exit("no cases found")
    llvm = os.environ.get("LLVM_MC", "llvm-mc")
    src = "".join(asm + "\n" for asm, _ in rows)
    r = subprocess.run([llvm, "-triple=aarch64", "-show-encoding"], input=src,
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(r.stderr)
    got = re.findall(r"encoding: \[([^\]]*)\]", r.stdout)
    if len(got) != len(rows):
        sys.exit(f"llvm-mc gave {len(got)} encodings for {len(rows)} instructions")
    bad = 0
    for (asm, want), have in zip(rows, got):
        want = [int(x, 16) for x in want.split(",")]
        have = [int(x, 16) for x in have.split(",")]
        if want != have:
            bad += 1
            print(f"{asm}: recorded {bytes(want).hex(' ')}, llvm-mc {bytes(have).hex(' ')}")
    print(f"{len(rows)} encodings checked, {bad} different")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
