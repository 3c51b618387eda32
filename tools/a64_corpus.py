#!/usr/bin/env python3
"""Turns the aarch64 survey corpus (dynasmrt 5.1's bytes, tests/cases/a64/*.txt) into the LLVM-syntax statements tests/a64_encoder.rs's `corpus` test reads.

    python3 tools/a64_corpus.py [SURVEY_CHECKOUT] > /tmp/a64_corpus.tsv
    A64_CORPUS=/tmp/a64_corpus.tsv cargo test --test a64_encoder corpus -- --nocapture

Uses the survey's own translator (tools/a64_llvm.py `translate`: arrangements `b16` -> `16b`,
`#` before immediates, `{v0.b16 * 4}` -> an explicit list, system register numbers -> names
`S3_3_C4_C2_0`), keeping dynasm-rs's `mov.inverted`/`mov.logical` spellings. Statements it does not
translate (labels, run-time values, dynamic registers, directives) are left out. Output:
`LLVM TEXT<TAB>HEX<TAB>FAMILY<TAB>ORIGINAL` per line.
"""
import glob, os, sys

survey = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, os.path.join(survey, "tools"))
from a64_llvm import translate  # noqa: E402

for path in sorted(glob.glob(os.path.join(survey, "tests/cases/a64/*.txt"))):
    family = os.path.basename(path)[:-4]
    if family in ("rejected", "dynamic", "runtime"):
        continue
    for line in open(path):
        if line.startswith("#") or "\t" not in line:
            continue
        stmt, hexes = line.rstrip("\n").split("\t")
        keep = None
        s = stmt
        for dotted in ("mov.inverted", "mov.logical"):
            if stmt.startswith(dotted + " "):
                keep = dotted
                s = "mov " + stmt[len(dotted) + 1:]
        t = translate(s)
        if t is None:
            continue
        if keep:
            t = keep + t[3:]
        print(f"{t}\t{hexes}\t{family}\t{stmt}")
