# Shared by the scripts in this folder: where things are built, the flags every node we
# start runs with, and how to ask a node how it is doing. Source it; don't run it.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# One persistent target directory outside the checkout, shared with CI: never cleaned.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/coop-exchange/target}"
NODE_BIN="$CARGO_TARGET_DIR/release/coop-node"
# The node flags by group, shared with the live tests (e2e/lib/node.mjs reads it too).
NODE_FLAGS_FILE="$REPO_ROOT/scripts/node-flags"

# Installs what is missing, then builds the node binary only: no native runtime, no tests
# (a no-op in seconds when nothing changed; 34 s after a pallet changed).
build_node() {
  bash "$REPO_ROOT/scripts/setup.sh"
  (cd "$REPO_ROOT" && cargo build --release -p coop-node --locked)
}

# npm_deps DIR: installs DIR's packages into DIR/node_modules when they are missing or
# older than DIR/package-lock.json.
npm_deps() {
  local dir="$REPO_ROOT/$1"
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund)
  fi
}

# The live tests' packages, the indexer's (the live tests run it and read its databases)
# and the wallet's, whose static build the browser test serves.
e2e_deps() {
  npm_deps indexer
  npm_deps wallet
  npm_deps e2e
  build_wallet
}

# Builds the wallet's static files into wallet/dist.
build_wallet() {
  (cd "$REPO_ROOT/wallet" && npx vite build --logLevel error)
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

# node_flags GROUP...: prints the flags of those groups of scripts/node-flags, one a line.
node_flags() {
  local group line words
  for group in "$@"; do
    line=$(grep -m1 "^$group:" "$NODE_FLAGS_FILE") \
      || { echo "node-flags: no group '$group' in $NODE_FLAGS_FILE" >&2; return 1; }
    read -ra words <<<"${line#*:}"
    printf '%s\n' "${words[@]}"
  done
}

# load_node_flags GROUP...: sets the array NODE_FLAGS to the flags of those groups, for
# `"$NODE_BIN" "${NODE_FLAGS[@]}" ...`; exits if a group is unknown.
load_node_flags() {
  local flags
  flags=$(node_flags "$@") || exit 1
  mapfile -t NODE_FLAGS <<<"$flags"
}

# rpc_port_from_log LOG PID SECONDS: waits until the node PID has written the port its RPC
# server bound (as with `--rpc-port 0`) to LOG, and prints it; fails if the node exits or
# SECONDS pass first.
rpc_port_from_log() {
  local log="$1" pid="$2" deadline=$((SECONDS + $3)) port
  while [ $SECONDS -lt $deadline ]; do
    port=$(grep -o 'Running JSON-RPC server: addr=127\.0\.0\.1:[0-9]*' "$log" 2>/dev/null \
      | head -n 1 | cut -d: -f3)
    if [ -n "$port" ]; then echo "$port"; return 0; fi
    kill -0 "$pid" 2>/dev/null || { echo "the node exited; last lines of $log:" >&2; tail -n 5 "$log" >&2; return 1; }
    sleep 0.2
  done
  echo "no RPC port in $log after $3 s" >&2
  return 1
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
