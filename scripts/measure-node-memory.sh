#!/usr/bin/env bash
# Prints the resident memory of a development node once it has produced 100 blocks
# (about ten minutes at one block per 6 s). Runs in a temporary base path, with the flags
# of every node we start (scripts/node-flags) on ports the node picks itself; gives up
# after twice the time the blocks should take, plus two minutes.
# Measures the coop-node already built (it builds one only if there is none).
#
#   scripts/measure-node-memory.sh [blocks]     default 100
set -euo pipefail
source "$(dirname "$0")/lib.sh"
[ -x "$NODE_BIN" ] || build_node >/dev/null

blocks="${1:-100}"
timeout_s=$((blocks * 6 * 2 + 120))
base=$(mktemp -d "${TMPDIR:-/tmp}/coop-rss.XXXXXX")
ensure_node_key "$base" >/dev/null
load_node_flags validator dev loopback throwaway
"$NODE_BIN" "${NODE_FLAGS[@]}" --alice --base-path "$base" --node-key-file "$base/node-key" \
  --listen-addr /ip4/127.0.0.1/tcp/0 --rpc-port 0 \
  >"$base/node.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$base"' EXIT

port=$(rpc_port_from_log "$base/node.log" $pid 60)
deadline=$((SECONDS + timeout_s))
best=""
reached=0
while [ $SECONDS -lt $deadline ]; do
  kill -0 $pid 2>/dev/null || { tail -n 5 "$base/node.log"; exit 1; }
  best=$(best_number "$port" || true)
  if [ -n "$best" ] && [ "$best" -ge "$blocks" ]; then reached=1; break; fi
  sleep 6
done
if [ $reached = 0 ]; then
  echo "measure-node-memory: at block ${best:-none} of $blocks after ${timeout_s}s" >&2
  tail -n 5 "$base/node.log" >&2
  exit 1
fi
rss_kib=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
hwm_kib=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status")
printf 'dev node after %d blocks: resident %d MiB (peak %d MiB)\n' \
  "$best" $((rss_kib / 1024)) $((hwm_kib / 1024))
