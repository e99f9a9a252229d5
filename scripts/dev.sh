#!/usr/bin/env bash
# Starts a development chain: one validator (Alice, who is also sudo) that produces and
# finalises a block every six seconds. RPC on ws://127.0.0.1:9944.
#
# State is kept in a base path (printed below), so a second start resumes where the first
# stopped. Start afresh with `--purge`. Any other argument goes to coop-node.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

BASE_PATH="${COOP_DEV_BASE_PATH:-$HOME/.local/share/coop-exchange/dev}"
if [ "${1:-}" = "--purge" ]; then
  shift
  rm -rf "$BASE_PATH"
  echo "dev: removed $BASE_PATH"
fi

build_node
ensure_node_key "$BASE_PATH" >/dev/null
echo "dev: development chain; state in $BASE_PATH; RPC ws://127.0.0.1:9944 (Ctrl-C stops)"
load_node_flags validator dev wallets
exec "$NODE_BIN" "${NODE_FLAGS[@]}" \
  --alice \
  --base-path "$BASE_PATH" \
  --node-key-file "$BASE_PATH/node-key" \
  --rpc-port 9944 \
  "$@"
