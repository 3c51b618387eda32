#!/bin/bash
# Runs the runtime test binaries and the bf JIT under valgrind memcheck; exits non-zero if
# valgrind reports an error (--error-exitcode) or a test fails.
#   tools/valgrind.sh
# (--smc-check=all: the tests write code and run it.)
set -u
cd "$(dirname "$0")/.."
status=0
bins=$(cargo test -q --no-run --message-format=json --test runtime --test runtime_exec --test fuzz_labels \
        --test smoke --test tutorial 2>/dev/null | python3 -c '
import sys, json
for l in sys.stdin:
    try: m = json.loads(l)
    except ValueError: continue
    if m.get("reason") == "compiler-artifact" and m.get("executable"): print(m["executable"])')
for b in $bins; do
    echo "== $(basename "$b")"
    DECLASM_FUZZ_CASES=500 valgrind --error-exitcode=99 --smc-check=all -q "$b" --test-threads=2 >/tmp/valgrind.$$ 2>&1
    rc=$?
    grep -E "test result|==[0-9]+== [A-Z]" /tmp/valgrind.$$ | head -5
    [ $rc -ne 0 ] && { echo "   exit $rc"; status=1; }
done
cargo build -q --release --example bf-jit
echo "== bf-jit examples/programs/hello.b"
valgrind --error-exitcode=99 --smc-check=all -q target/release/examples/bf-jit examples/programs/hello.b || status=1
rm -f /tmp/valgrind.$$
exit $status
