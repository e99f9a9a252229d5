#!/usr/bin/env bash
# Runs the live burst of e2e/local-network.test.mjs (2,000 pre-signed transfers through one
# node while another validator is SIGKILLed and restarted; nothing is resubmitted) N times,
# default 10, and prints how many runs finalised every transfer. Each run starts its own
# four validators on loopback: a few minutes a run on two cores.
#
#   scripts/burst-runs.sh [N]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
runs="${1:-10}"
e2e_deps >/dev/null
cd "$REPO_ROOT/e2e"
passed=0
for run in $(seq 1 "$runs"); do
  started=$SECONDS
  if COOP_NODE_BIN="$NODE_BIN" node --test --test-timeout=900000 \
      --test-name-pattern='2,000-transfer burst' local-network.test.mjs > "/tmp/burst-run-$run.log" 2>&1; then
    passed=$((passed + 1))
    echo "run $run: every transfer finalised ($((SECONDS - started)) s)"
  else
    echo "run $run: FAILED ($((SECONDS - started)) s): $(grep -m1 -o '[0-9,]* of 2,000 finalised[^"]*' "/tmp/burst-run-$run.log" || echo "see /tmp/burst-run-$run.log")"
  fi
done
echo "$passed of $runs runs finalised all 2,000 transfers"
[ "$passed" -eq "$runs" ]
