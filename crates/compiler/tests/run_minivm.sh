#!/bin/sh
# Run tests/cases/*.py through the compiler + tests/minivm.py and compare
# stdout with the expected .out files (a semantic check of the compiler
# before the real VM exists). Usage: tests/run_minivm.sh [pattern]
cd "$(dirname "$0")/../../.." || exit 1
cargo build -q -p pyrite-compiler --release --example dump_json || exit 1
pass=0; fail=0
for f in tests/cases/${1:-*}.py; do
    b=${f%.py}
    case "$b" in *thread__*|*cli__*|*futures__*|*queue__*) continue;; esac
    [ -f "$b.out" ] || continue
    ./target/release/examples/dump_json "$f" > /tmp/minivm.json
    if [ -f "$b.in" ]; then inp="$b.in"; else inp=/dev/null; fi
    timeout 20 python3 crates/compiler/tests/minivm.py /tmp/minivm.json "$f" < "$inp" > /tmp/minivm.out 2>/tmp/minivm.err
    if cmp -s /tmp/minivm.out "$b.out"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL $f: $(tail -1 /tmp/minivm.err)"; fi
done
echo "minivm: $pass passed, $fail failed"
