#!/usr/bin/env bash
# Where a payment's time goes in a node: `perf` samples the dev node while the throughput
# benchmark sends it payments, and prints where the samples fell and the functions that
# took the most time with their callees, native and wasm alike
# (wasmtime writes a perf map of the runtime's compiled code, WASMTIME_PROFILING_STRATEGY).
#
#   scripts/profile-payments.sh [transfers] [members]     defaults: 30000 600
#
# Needs `perf` (Debian's linux-perf, installed by scripts/setup.sh) and root or
# kernel.perf_event_paranoid <= 1. The samples stay in $OUT (printed at the end) for
# `perf report -i $OUT/perf.data`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
[ -x "$NODE_BIN" ] || build_node >/dev/null
e2e_deps

transfers="${1:-30000}"
members="${2:-600}"
OUT=$(mktemp -d "${TMPDIR:-/tmp}/coop-profile.XXXXXX")

cd "$REPO_ROOT/e2e"
COOP_NODE_BIN="$NODE_BIN" WASMTIME_PROFILING_STRATEGY=perfmap \
  node bench-tps.mjs dev "$transfers" "$members" >"$OUT/bench.json" 2>"$OUT/bench.log" &
bench=$!

# The benchmark's node: the coop-node whose base path is the benchmark's temporary one.
pid=""
for _ in $(seq 1 120); do
  pid=$(pgrep -f "coop-node.*coop-e2e-bench-dev" | head -n 1 || true)
  [ -n "$pid" ] && break
  sleep 0.5
done
[ -n "$pid" ] || { echo "profile-payments: the benchmark's node did not start" >&2; exit 1; }

# Samples until the node exits with the benchmark, 199 a second with call stacks.
perf record -F 199 -g -p "$pid" -o "$OUT/perf.data" >"$OUT/perf.log" 2>&1 &
wait $bench
wait || true

cat "$OUT/bench.json"
echo
report() { perf report -i "$OUT/perf.data" --stdio 2>/dev/null "$@" | grep -E '^ +[0-9]'; }
echo "Where the node's samples fell (native code, kernel, libc, the runtime's wasm):"
report --no-children --sort dso | head -n 6
echo
echo "The node's time by function, callees included (% of samples):"
report --children --sort symbol | grep -vE '\] 0x[0-9a-f]+( |$)' | head -n 40
echo
echo "samples and logs: $OUT"
