#!/usr/bin/env python3
"""Assembles every line of FILE with dynasmrt 5.1 (the oracle) and with declasm, and prints the
lines where they differ (bytes, or one accepts what the other rejects).

Usage: tools/compare.py FILE [--all]   (--all prints agreeing lines too)
Set PROBE_DIR to a directory of your own when several people probe at once.
"""
import subprocess, sys, os
here = os.path.dirname(os.path.abspath(__file__))
args = [a for a in sys.argv[1:] if a != "--all"]
show_all = "--all" in sys.argv
def run(extra):
    r = subprocess.run([sys.executable, os.path.join(here, "probe.py")] + extra + args, capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write(r.stderr)
        sys.exit(r.returncode)
    return [l.split("\t", 1) for l in r.stdout.splitlines()]
oracle = run([])
ours = run(["--declasm"])
same = diff = 0
for (o, stmt), (d, _) in zip(oracle, ours):
    ok = o == d or (o.startswith("ERR") and d.startswith("ERR"))
    if ok:
        same += 1
        if show_all:
            print(f"same   {stmt}\t{o}")
    else:
        diff += 1
        print(f"DIFF   {stmt}\n   oracle:  {o}\n   declasm: {d}")
print(f"{same} same, {diff} different")
