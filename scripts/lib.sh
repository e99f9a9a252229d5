# Shared by the scripts in this folder: where things are built, and how to ask a node
# how it is doing. Source it; don't run it.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# One persistent target directory outside the checkout, shared with CI: never cleaned.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/coop-exchange/target}"
NODE_BIN="$CARGO_TARGET_DIR/release/coop-node"

# Installs what is missing, then builds the node (a no-op in seconds when nothing changed).
build_node() {
  bash "$REPO_ROOT/scripts/setup.sh"
  (cd "$REPO_ROOT" && cargo build --release --workspace --locked)
}

# Makes sure $1/node-key holds this node's libp2p key, so its peer id stays the same
# across restarts. Prints the peer id.
ensure_node_key() {
  local dir="$1"
  mkdir -p "$dir"
  if [ ! -s "$dir/node-key" ]; then
    "$NODE_BIN" key generate-node-key --file "$dir/node-key" 2>/dev/null >/dev/null
  fi
  "$NODE_BIN" key inspect-node-key --file "$dir/node-key"
}

# rpc PORT METHOD [PARAMS-JSON]: one JSON-RPC call over HTTP; prints the raw answer.
rpc() {
  curl -sf --max-time 5 -H 'Content-Type: application/json' \
    -d "{\"id\":1,\"jsonrpc\":\"2.0\",\"method\":\"$2\",\"params\":${3:-[]}}" \
    "http://127.0.0.1:$1" 2>/dev/null
}

# peers PORT: how many peers the node has (empty if it does not answer).
peers() {
  rpc "$1" system_health | grep -o '"peers":[0-9]*' | cut -d: -f2
}

# best_number PORT / finalized_number PORT: block numbers in decimal (empty if no answer).
best_number() {
  local hex
  hex=$(rpc "$1" chain_getHeader | grep -o '"number":"0x[0-9a-f]*"' | cut -d'"' -f4)
  [ -n "$hex" ] && printf '%d\n' "$hex"
}
finalized_number() {
  local hash hex
  hash=$(rpc "$1" chain_getFinalizedHead | grep -o '"result":"0x[0-9a-f]*"' | cut -d'"' -f4)
  [ -n "$hash" ] || return 0
  hex=$(rpc "$1" chain_getHeader "[\"$hash\"]" | grep -o '"number":"0x[0-9a-f]*"' | cut -d'"' -f4)
  [ -n "$hex" ] && printf '%d\n' "$hex"
}
