#!/usr/bin/env bash
# Measures the weights of our pallets' calls on this machine and writes them to
# pallets/*/src/weights.rs, then prints the weights table (a runtime test, `weights_table`,
# renders it from the runtime's own figures).
#
#   scripts/benchmark-weights.sh [pallet ...]     default: all five of ours, and the
#                                                 runtime's node-authorization benchmarks
#
# It builds the node with `--features runtime-benchmarks` in a target directory of its own
# (~/.cache/coop-exchange/target-benchmarks): that feature changes most crates, and sharing
# a directory with the default build would make each build undo the other's runtime wasm.
# The first build takes about as long as a cold default build; later ones are incremental.
# Run it on the reference machine for validators, with nothing else busy, and commit the
# regenerated files.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"

PALLETS=("$@")
[ ${#PALLETS[@]} -gt 0 ] || PALLETS=(registry gate hours daco validators)
STEPS=50
REPEAT=20

export CARGO_TARGET_DIR="$HOME/.cache/coop-exchange/target-benchmarks"
BENCH_BIN="$CARGO_TARGET_DIR/release/coop-node"
RESULTS="$CARGO_TARGET_DIR/weights"
mkdir -p "$RESULTS"

bash scripts/setup.sh >/dev/null
echo "==> building coop-node with runtime-benchmarks (in $CARGO_TARGET_DIR)" >&2
# The CLI's storage-access test runtime serves only `benchmark storage`, which coop-node
# does not offer; its wasm build fails with benchmarks on, so it is skipped.
SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1 \
  cargo build --release --locked -p coop-node --features runtime-benchmarks

# measure PALLET EXTRINSICS OUTPUT: runs the benchmarks, keeps the raw results as JSON, and
# writes OUTPUT with our weights template.
measure() {
  local pallet="$1" extrinsics="$2" output="$3"
  echo "==> $pallet" >&2
  "$BENCH_BIN" benchmark pallet --chain dev --pallet "$pallet" --extrinsic "$extrinsics" \
    --steps "$STEPS" --repeat "$REPEAT" --wasm-execution compiled \
    --template scripts/weights/pallet-weights.hbs --output "$output" \
    --json-file "$RESULTS/$pallet.json" >"$RESULTS/$pallet.log" 2>&1 \
    || { tail -n 30 "$RESULTS/$pallet.log" >&2; exit 1; }
}

for name in "${PALLETS[@]}"; do
  measure "pallet_$name" '*' "pallets/$name/src/weights.rs"
done

# pallet_node_authorization ships no benchmarks; the runtime's own
# (runtime/src/benchmarks/node_authorization.rs) measure it at this runtime's bounds. Our
# template writes a pallet's own `WeightInfo` trait, which this upstream pallet already
# has, so the figures go to the results directory, to be carried into
# runtime/src/configs/peers_weights.rs (hand-priced until then).
if [ $# -eq 0 ]; then
  measure pallet_node_authorization '*' "$RESULTS/pallet_node_authorization_weights.rs"
  echo "==> node authorization measured: $RESULTS/pallet_node_authorization_weights.rs;" \
    "carry the figures into runtime/src/configs/peers_weights.rs" >&2
fi

# The table of docs/measurements.md, printed by a runtime test from the weights just written
# and the runtime's own block weights and storage prices (nothing restated here).
echo
echo "Measured $(date -u +%F) on $(nproc) cores; steps $STEPS, repeat $REPEAT:"
echo
CARGO_TARGET_DIR="$HOME/.cache/coop-exchange/target" \
  cargo test --release --locked -p coop-runtime weights_table -- --nocapture --quiet 2>/dev/null \
  | grep -E '^(\||Normal share)' | tee "$RESULTS/table.md"
