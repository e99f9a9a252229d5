#!/usr/bin/env bash
# Measures the runtime's costs on this machine and writes them where the runtime reads them:
# - our pallets' calls, to pallets/*/src/weights.rs (`benchmark pallet`);
# - an empty block and a transaction's own part (signature, extensions), to
#   runtime/src/weights/{block,extrinsic}_weights.rs (`benchmark overhead`);
# - a ParityDB read and write, to runtime/src/weights/paritydb_weights.rs (`benchmark
#   storage`, over the database a 20,000-payment run from 1,000 members left behind);
# then prints the weights table (a runtime test, `weights_table`, renders it from the
# runtime's own figures).
#
#   scripts/benchmark-weights.sh [part ...]   parts: registry gate hours daco validators
#                                             node_authorization overhead storage
#                                             (default: all of them)
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

PARTS=("$@")
[ ${#PARTS[@]} -gt 0 ] ||
  PARTS=(registry gate hours daco validators node_authorization overhead storage)
STEPS=50
REPEAT=20

export CARGO_TARGET_DIR="$HOME/.cache/coop-exchange/target-benchmarks"
BENCH_BIN="$CARGO_TARGET_DIR/release/coop-node"
RESULTS="$CARGO_TARGET_DIR/weights"
mkdir -p "$RESULTS"

bash scripts/setup.sh >/dev/null
echo "==> building coop-node with runtime-benchmarks (in $CARGO_TARGET_DIR)" >&2
# The CLI's storage-access test runtime serves only `benchmark storage --mode
# validate-block` (a parachain's proof replay), which we do not run; its wasm build fails
# with benchmarks on, so it is skipped.
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

# pallet_node_authorization ships no benchmarks; the runtime's own
# (runtime/src/benchmarks/node_authorization.rs) measure it at this runtime's bounds. Our
# template writes a pallet's own `WeightInfo` trait, which this upstream pallet already
# has, so the figures go to the results directory, to be carried into
# runtime/src/configs/peers_weights.rs (hand-priced until then).
node_authorization() {
  measure pallet_node_authorization '*' "$RESULTS/pallet_node_authorization_weights.rs"
  echo "==> node authorization measured: $RESULTS/pallet_node_authorization_weights.rs;" \
    "carry the figures into runtime/src/configs/peers_weights.rs" >&2
}

# The whole block's and one transaction's fixed costs: blocks of Alice's empty remarks
# (node/src/benchmarking/member_remark.rs signs them), on the dev preset's genesis with a
# rate limit that lets one member fill a block (the patch applies to a preset, hence
# `--genesis-builder spec-runtime`).
overhead() {
  echo "==> overhead" >&2
  "$BENCH_BIN" benchmark overhead --chain dev --genesis-builder spec-runtime \
    --genesis-patch scripts/weights/one-member-fills-a-block.json \
    --header scripts/weights/header.txt --weight-path runtime/src/weights \
    >"$RESULTS/overhead.log" 2>&1 || { tail -n 30 "$RESULTS/overhead.log" >&2; exit 1; }
}

# A read and a write of the database a federation's node holds: the payments benchmark's
# dev chain (members, accounts, rate windows), kept after it stops, every key read. The
# chain is run by the default build (a runtime built with benchmarks needs the benchmark
# host functions, which a node does not offer), and the database is opened with that
# build's own chain spec, so the genesis matches. Writes are committed 512 at a time (the
# stock batch, 100,000, exceeds this state's 5,000 keys and records nothing); a block of
# payments commits thousands at once, so its writes cost less each than measured.
storage() {
  echo "==> storage (filling a database first: 20,000 payments from 1,000 members)" >&2
  CARGO_TARGET_DIR="$HOME/.cache/coop-exchange/target" build_node >/dev/null
  e2e_deps
  local kept
  kept=$(cd e2e && COOP_NODE_BIN="$NODE_BIN" COOP_E2E_KEEP=1 \
    node bench-tps.mjs dev 20000 1000 2>"$RESULTS/storage-fill.err" >"$RESULTS/storage-fill.log";
    sed -n 's/^node logs and databases kept in: //p' "$RESULTS/storage-fill.err")
  [ -d "$kept/alice" ] || { tail -n 20 "$RESULTS/storage-fill.err" >&2; exit 1; }
  "$NODE_BIN" build-spec --chain dev --raw >"$RESULTS/dev-raw.json" 2>/dev/null
  "$BENCH_BIN" benchmark storage --chain "$RESULTS/dev-raw.json" --base-path "$kept/alice" \
    --state-version 1 --batch-size 512 --template-path scripts/weights/storage-weights.hbs \
    --header scripts/weights/header.txt --weight-path runtime/src/weights \
    >"$RESULTS/storage.log" 2>&1 || { tail -n 30 "$RESULTS/storage.log" >&2; exit 1; }
  rm -rf "$kept"
}

for part in "${PARTS[@]}"; do
  case "$part" in
    node_authorization | overhead | storage) "$part" ;;
    *) measure "pallet_$part" '*' "pallets/$part/src/weights.rs" ;;
  esac
done

# The table of docs/measurements.md, printed by a runtime test from the weights just written
# and the runtime's own block weights and storage prices (nothing restated here).
echo
echo "Measured $(date -u +%F) on $(nproc) cores; steps $STEPS, repeat $REPEAT:"
echo
CARGO_TARGET_DIR="$HOME/.cache/coop-exchange/target" \
  cargo test --release --locked -p coop-runtime weights_table -- --nocapture --quiet 2>/dev/null \
  | grep -E '^(\||Normal share)' | tee "$RESULTS/table.md"
