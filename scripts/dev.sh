#!/usr/bin/env bash
# Starts a development chain, its indexer and the wallet: one validator (Alice, who is also
# sudo) that produces and finalises a block every six seconds, with RPC on
# ws://127.0.0.1:9944; coop-indexer following it with its API on http://127.0.0.1:8090; and
# the member wallet's static build served on http://127.0.0.1:8080.
#
# State is kept in a base path (printed below): the chain in it, the indexer's SQLite
# database at <base path>/indexer.sqlite. A second start resumes where the first stopped.
# Start afresh with `--purge`. Any other argument goes to coop-node. Ctrl-C stops all three.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

BASE_PATH="${COOP_DEV_BASE_PATH:-$HOME/.local/share/coop-exchange/dev}"
INDEXER_PORT="${COOP_INDEXER_PORT:-8090}"
WALLET_PORT="${COOP_WALLET_PORT:-8080}"
if [ "${1:-}" = "--purge" ]; then
  shift
  rm -rf "$BASE_PATH"
  echo "dev: removed $BASE_PATH"
fi

build_node
npm_deps indexer
npm_deps wallet
build_wallet
ensure_node_key "$BASE_PATH" >/dev/null
load_node_flags validator dev wallets archive
"$NODE_BIN" "${NODE_FLAGS[@]}" \
  --alice \
  --base-path "$BASE_PATH" \
  --node-key-file "$BASE_PATH/node-key" \
  --rpc-port 9944 \
  "$@" &
node_pid=$!
node "$REPO_ROOT/indexer/bin/coop-indexer.mjs" \
  --node ws://127.0.0.1:9944 \
  --database "$BASE_PATH/indexer.sqlite" \
  --listen "127.0.0.1:$INDEXER_PORT" \
  --cors-origin "http://127.0.0.1:$WALLET_PORT" --cors-origin "http://localhost:$WALLET_PORT" &
indexer_pid=$!
node "$REPO_ROOT/wallet/serve.mjs" "$WALLET_PORT" 2>/dev/null &
wallet_pid=$!
trap 'kill "$wallet_pid" "$indexer_pid" "$node_pid" 2>/dev/null; wait' EXIT INT TERM

echo "dev: development chain; state in $BASE_PATH"
echo "dev:   chain RPC  ws://127.0.0.1:9944"
echo "dev:   indexer    http://127.0.0.1:$INDEXER_PORT (API described at /openapi.json; database $BASE_PATH/indexer.sqlite)"
echo "dev:   wallet     http://127.0.0.1:$WALLET_PORT/ (import //Alice … //Ferdie to try the dev accounts)"
echo "dev: Ctrl-C stops all three"
# Whichever stops first stops the others.
wait -n "$node_pid" "$indexer_pid" "$wallet_pid"
