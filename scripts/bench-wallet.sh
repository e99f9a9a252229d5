#!/usr/bin/env bash
# How big and how fast the member wallet is, in Chromium against a dev node and indexer of
# its own. Prints one JSON line: the JavaScript's size (raw and gzipped), page opened to
# the balance shown for a returning member, unlocking, and a finalised block to the new
# balance on screen (e2e/bench-wallet.mjs says what each is and the targets).
#
#   scripts/bench-wallet.sh [runs]     default 5
set -euo pipefail
source "$(dirname "$0")/lib.sh"

build_node
e2e_deps >/dev/null
cd "$REPO_ROOT/e2e"
COOP_NODE_BIN="$NODE_BIN" exec node bench-wallet.mjs "$@"
