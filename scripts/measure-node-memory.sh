#!/usr/bin/env bash
# Prints the resident memory of a development node once it has produced 100 blocks
# (about ten minutes at one block per 6 s). Runs in a temporary base path on port 19944.
# Measures the coop-node already built (it builds one only if there is none).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
[ -x "$NODE_BIN" ] || build_node >/dev/null

blocks="${1:-100}"
port=19944
base=$(mktemp -d "${TMPDIR:-/tmp}/coop-rss.XXXXXX")
ensure_node_key "$base" >/dev/null
"$NODE_BIN" --chain dev --alice --validator --force-authoring --base-path "$base" \
  --node-key-file "$base/node-key" --rpc-port $port --no-prometheus --port 0 \
  >"$base/node.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$base"' EXIT

while :; do
  kill -0 $pid 2>/dev/null || { tail -n 5 "$base/node.log"; exit 1; }
  best=$(best_number $port || true)
  [ -n "$best" ] && [ "$best" -ge "$blocks" ] && break
  sleep 6
done
rss_kib=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
hwm_kib=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status")
printf 'dev node after %d blocks: resident %d MiB (peak %d MiB)\n' \
  "$best" $((rss_kib / 1024)) $((hwm_kib / 1024))
