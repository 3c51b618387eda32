#!/usr/bin/env python3
"""Audit of the compile errors in tests/ui/: for each case, is some error or note located at a
statement (a line inside the `dynasm!` call after the line of `dynasm!(` itself), and is the text
free of internals (declasm's paths, `note: inside` frames, `__dynasm_*`/`__declasm_*` names,
`FieldType`, `u128`)?

    python3 tools/ui_audit.py        # table, then totals

Reads the checked-in `.stderr` files (run `cargo test --test compile_fail` first to know they
are current)."""
import os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "ui")
INTERNALS = ["note: inside", "::: src/", "--> src/", "__dynasm", "__declasm", "FieldType", "u128"]

def main():
    rows = []
    for name in sorted(os.listdir(ROOT)):
        if not name.endswith(".rs"):
            continue
        src = open(os.path.join(ROOT, name)).read().splitlines()
        err_path = os.path.join(ROOT, name[:-3] + ".stderr")
        if not os.path.exists(err_path):
            continue
        err = open(err_path).read()
        call = next(i + 1 for i, l in enumerate(src) if "dynasm!(" in l)
        end = next(i + 1 for i, l in enumerate(src) if i + 1 > call and l.strip().startswith(");"))
        locs = [int(m.group(1)) for m in re.finditer(r"--> tests/ui/[^:]+:(\d+):\d+", err)]
        at_stmt = any(call < l < end for l in locs)
        bad = [w for w in INTERNALS if w in err]
        nerr = len(re.findall(r"^error(\[E\d+\])?:", err, re.M)) - (1 if "aborting due to" in err else 0)
        rows.append((name[:-3], at_stmt, bad, nerr, len(err.splitlines())))
    w = max(len(r[0]) for r in rows)
    for n, at, bad, nerr, lines in rows:
        print(f"{n:<{w}}  {'at statement' if at else 'AT CALL ONLY'}  {'clean' if not bad else 'INTERNALS: ' + ', '.join(bad)}  {nerr} error(s), {lines} lines")
    print(f"\n{len(rows)} cases: {sum(r[1] for r in rows)} located at the statement, "
          f"{sum(not r[2] for r in rows)} free of internals")
    return 0

if __name__ == "__main__":
    sys.exit(main())
