#!/usr/bin/env bash
# Runs every test: formatting, lints, the Rust tests, the indexer's and the wallet's unit
# tests, then the live tests in e2e/ that start real nodes (and indexers, and a PostgreSQL
# server) and talk to them through @polkadot/api and HTTP. Stops at the first failure.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
# The live tests upgrade a chain to the rehearsal runtime (`spec_version` + 1): with this set,
# the cargo steps build its wasm beside the real one (runtime/wasm/build.rs).
export COOP_BUILD_REHEARSAL_WASM=1

step() { printf '\n==> %s (%s)\n' "$*" "$(date +%T)"; }

step "setup"
bash scripts/setup.sh

step "cargo fmt --check"
cargo fmt --all -- --check

# Clippy in the release profile shares build scripts (and so the runtime's wasm) with the
# release build below, instead of building everything a second time.
step "cargo clippy (workspace lints, warnings are errors)"
cargo clippy --release --workspace --all-targets --locked -- -D warnings

step "cargo test --release --workspace"
cargo test --release --workspace --locked

# Our pallets and the runtime once more with benchmarks and try-runtime compiled in: every
# benchmark runs as a test against its pallet's mock, clippy sees the benchmark and
# try-runtime code (the runtime's `TryRuntime` API included), and the runtime's
# `tests/try_state.rs` runs every pallet's `try_state` over chain states the real runtime
# built. One feature set for both, so they share their artifacts (built once, then cached);
# no wasm is built for it.
WITH_CHECKS=(-p pallet-registry -p pallet-gate -p pallet-hours -p pallet-daco -p pallet-validators -p coop-runtime)
step "benchmarks as tests, try-runtime checks (--features runtime-benchmarks,try-runtime)"
SKIP_WASM_BUILD=1 cargo clippy --release --locked "${WITH_CHECKS[@]}" \
  --features runtime-benchmarks,try-runtime --all-targets -- -D warnings
SKIP_WASM_BUILD=1 cargo test --release --locked "${WITH_CHECKS[@]}" \
  --features runtime-benchmarks,try-runtime

step "build coop-node"
cargo build --release --workspace --locked

step "operators' files: alert rules (promtool), the systemd unit (systemd-analyze verify)"
promtool check rules docker/monitoring/alerts.yml
(cd docker/monitoring && promtool test rules alerts.test.yml)
unit_dir=$(mktemp -d)
sed "s|/usr/local/bin/coop-node|$NODE_BIN|" docker/systemd/coop-node.service >"$unit_dir/coop-node.service"
# verify only warns about an unknown key: any output at all fails the step.
verify_out=$(systemd-analyze verify "$unit_dir/coop-node.service" 2>&1) || { echo "$verify_out"; exit 1; }
[ -z "$verify_out" ] || { echo "$verify_out"; exit 1; }
rm -rf "$unit_dir"

step "indexer unit tests (indexer/)"
e2e_deps
(cd indexer && npm test --silent)

step "wallet unit tests (wallet/: amounts, keystore backups, error catalogs)"
(cd wallet && npm test --silent)

step "live tests (e2e/)"
cd e2e
COOP_NODE_BIN="$NODE_BIN" npm test

# The long-running load's short form (scripts/soak.sh runs the 30-minute one): two minutes
# of 200 payments a second on `local`, a validator SIGKILLed and restarted each minute.
step "soak, short form (e2e/soak.mjs 2 200 60)"
COOP_NODE_BIN="$NODE_BIN" node soak.mjs 2 200 60
cd "$REPO_ROOT"

# The container test builds images and runs the compose federation on fixed loopback ports
# (docs/testing.md#containers); COOP_TEST_DOCKER=0 leaves it out. Where no engine can run,
# it says so in one SKIPPED line.
if [ "${COOP_TEST_DOCKER:-1}" = 1 ]; then
  step "containers (scripts/test-docker.sh)"
  bash scripts/test-docker.sh
else
  step "containers: left out (COOP_TEST_DOCKER=0)"
fi
