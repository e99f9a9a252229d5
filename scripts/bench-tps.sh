#!/usr/bin/env bash
# Throughput of member payments (`hours.transfer`) on a real chain. Prints one JSON line:
# transfers per second included in finalised blocks, blocks used, the most transfers in one
# block, and finality latency (submission to finalised) at p50 and p95.
#
#   scripts/bench-tps.sh [dev|local] [transfers] [members]     defaults: dev 8000 200
#
# `dev` is one validator; `local` the four-validator network on loopback, each member
# submitting through one of the four nodes (COOP_BENCH_SUBMIT_TO=first: all through
# Alice's). The benchmark starts its own nodes in a temporary directory (e2e/bench-tps.mjs
# says how it sets up).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

build_node
e2e_deps >/dev/null
cd "$REPO_ROOT/e2e"
COOP_NODE_BIN="$NODE_BIN" exec node bench-tps.mjs "$@"
