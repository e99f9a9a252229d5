#!/usr/bin/env bash
# A long-running load on the four-validator `local` network: payments at a steady rate
# while one validator at a time is SIGKILLed and restarted (e2e/soak.mjs says what it
# checks). Prints one JSON line; exits non-zero if an accepted payment was lost, one was
# refused, finality stood still for more than 30 s, or Alice's node ends over 250 MB.
#
#   scripts/soak.sh [minutes] [payments per second] [seconds between kills]
#                   defaults: 30 200 300 (scripts/test.sh runs the short form, 2 200 60)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

build_node
e2e_deps >/dev/null
cd "$REPO_ROOT/e2e"
COOP_NODE_BIN="$NODE_BIN" exec node soak.mjs "$@"
