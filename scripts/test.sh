#!/usr/bin/env bash
# Runs every test: formatting, lints, the Rust tests, then the live tests in e2e/ that
# start real nodes and talk to them through @polkadot/api. Stops at the first failure.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"

step() { printf '\n==> %s\n' "$*"; }

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

# Our pallets once more with their benchmarks compiled in: every benchmark runs as a test
# against the pallet's mock, and clippy sees the benchmark code. A separate feature set, so
# these share no artifacts with the steps above (built once, then cached).
OUR_PALLETS=(-p pallet-registry -p pallet-hours -p pallet-daco -p pallet-validators)
step "pallet benchmarks as tests (--features runtime-benchmarks)"
cargo clippy --release --locked "${OUR_PALLETS[@]}" --features runtime-benchmarks --all-targets -- -D warnings
cargo test --release --locked "${OUR_PALLETS[@]}" --features runtime-benchmarks

step "build coop-node"
cargo build --release --workspace --locked

step "live tests (e2e/)"
cd e2e
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
COOP_NODE_BIN="$NODE_BIN" npm test
