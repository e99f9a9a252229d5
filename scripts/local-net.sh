#!/usr/bin/env bash
# A four-validator network on this machine's loopback: Alice, Bob, Charlie and Dave, each
# with its own ports, node key and base path.
#
#   scripts/local-net.sh start    build if needed, start all four, return once they are all
#                                 peered and finality advances; prints the endpoints
#   scripts/local-net.sh status   what each node reports
#   scripts/local-net.sh stop     stop all four (state is kept; `start` resumes it)
#   scripts/local-net.sh purge    stop and delete all state
#
# Every node runs with the flags of scripts/node-flags (`--offchain-worker always` among
# them, as a federation's nodes must: its offchain worker applies the chain's authorised
# peers). Each node uses its well-known node key from chain-specs/local-node-keys/, the peer
# ids the `local` genesis authorises.
# The ports are fixed, so that wallets and the commands below find the nodes; a port that
# is taken stops that node at once with a line naming it (coop-node checks before binding).
# Ports: node i (0..3) listens on p2p 30333+i, RPC 9944+i, Prometheus 9615+i; set
# COOP_LOCALNET_PORT_OFFSET to shift them all. State lives in COOP_LOCALNET_DIR.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DIR="${COOP_LOCALNET_DIR:-$HOME/.local/share/coop-exchange/local-net}"
OFFSET="${COOP_LOCALNET_PORT_OFFSET:-0}"
NAMES=(alice bob charlie dave)
READY_TIMEOUT="${COOP_LOCALNET_TIMEOUT:-180}"

p2p_port() { echo $((30333 + OFFSET + $1)); }
rpc_port() { echo $((9944 + OFFSET + $1)); }
prom_port() { echo $((9615 + OFFSET + $1)); }

is_running() {
  local pidfile="$DIR/$1/pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

start() {
  build_node
  mkdir -p "$DIR"
  for name in "${NAMES[@]}"; do
    mkdir -p "$DIR/$name"
    cp "$REPO_ROOT/chain-specs/local-node-keys/$name" "$DIR/$name/node-key"
  done
  local boot_id
  boot_id=$(ensure_node_key "$DIR/alice")
  local bootnode="/ip4/127.0.0.1/tcp/$(p2p_port 0)/p2p/$boot_id"
  load_node_flags validator local loopback wallets

  for i in 0 1 2 3; do
    local name="${NAMES[$i]}"
    if is_running "$name"; then
      echo "local-net: $name already running (pid $(cat "$DIR/$name/pid"))"
      continue
    fi
    nohup "$NODE_BIN" "${NODE_FLAGS[@]}" \
      "--$name" \
      --base-path "$DIR/$name" \
      --node-key-file "$DIR/$name/node-key" \
      --listen-addr "/ip4/127.0.0.1/tcp/$(p2p_port "$i")" \
      --bootnodes "$bootnode" \
      --rpc-port "$(rpc_port "$i")" \
      --prometheus-port "$(prom_port "$i")" \
      >"$DIR/$name.log" 2>&1 &
    echo $! >"$DIR/$name/pid"
  done

  wait_ready
  echo "local-net: all four validators peered and finalising"
  status
}

# Waits until every node sees the three others and the finalised block has moved on.
wait_ready() {
  local deadline=$((SECONDS + READY_TIMEOUT)) first_final=""
  while [ $SECONDS -lt $deadline ]; do
    local all_peered=1
    for i in 0 1 2 3; do
      if ! is_running "${NAMES[$i]}"; then
        echo "local-net: ${NAMES[$i]} exited; last lines of $DIR/${NAMES[$i]}.log:" >&2
        tail -n 5 "$DIR/${NAMES[$i]}.log" >&2
        exit 1
      fi
      [ "$(peers "$(rpc_port "$i")")" = "3" ] || all_peered=0
    done
    local final
    final=$(finalized_number "$(rpc_port 0)")
    if [ $all_peered = 1 ] && [ -n "$final" ]; then
      if [ -z "$first_final" ]; then
        first_final=$final
      elif [ "$final" -gt "$first_final" ]; then
        return 0
      fi
    fi
    sleep 2
  done
  echo "local-net: not ready after ${READY_TIMEOUT}s; see the logs in $DIR" >&2
  exit 1
}

status() {
  printf '%-8s %-7s %-28s %-6s %-6s %-9s\n' node pid rpc peers best finalized
  for i in 0 1 2 3; do
    local name="${NAMES[$i]}" port
    port=$(rpc_port "$i")
    if is_running "$name"; then
      printf '%-8s %-7s %-28s %-6s %-6s %-9s\n' "$name" "$(cat "$DIR/$name/pid")" \
        "ws://127.0.0.1:$port" "$(peers "$port")" "$(best_number "$port")" \
        "$(finalized_number "$port")"
    else
      printf '%-8s %-7s %-28s\n' "$name" "-" "stopped"
    fi
  done
  echo "state and logs: $DIR"
}

stop() {
  for name in "${NAMES[@]}"; do
    if is_running "$name"; then
      kill "$(cat "$DIR/$name/pid")" 2>/dev/null || true
    fi
  done
  for name in "${NAMES[@]}"; do
    local tries=0
    while is_running "$name" && [ $tries -lt 20 ]; do sleep 0.5; tries=$((tries + 1)); done
    if is_running "$name"; then kill -9 "$(cat "$DIR/$name/pid")" 2>/dev/null || true; fi
    rm -f "$DIR/$name/pid"
  done
  echo "local-net: stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  purge) stop; rm -rf "$DIR"; echo "local-net: removed $DIR" ;;
  *) echo "usage: $0 start|stop|status|purge" >&2; exit 2 ;;
esac
