#!/usr/bin/env bash
# The entrypoint of a `local` validator in compose.yaml: NAME is alice, bob, charlie or
# dave. Each listens on loopback (the containers share the host's network) on ports of its
# own: p2p 30333, RPC 9944, Prometheus 9615, plus 0 for alice, 1 for bob, 2 for charlie and
# 3 for dave. Its node key is the committed one (mounted read-only at /keys), whose peer id
# the chain's genesis authorises; the others are its boot nodes. Alice keeps all state: the
# indexer follows her.
set -euo pipefail
name="$1"
names=(alice bob charlie dave)
index=-1
for i in "${!names[@]}"; do [ "${names[$i]}" = "$name" ] && index=$i; done
[ "$index" -ge 0 ] || { echo "local-validator: $name is not one of ${names[*]}" >&2; exit 2; }

bootnodes=()
for i in "${!names[@]}"; do
  [ "$i" = "$index" ] && continue
  peer=$(coop-node key inspect-node-key --file "/keys/${names[$i]}")
  bootnodes+=(--bootnodes "/ip4/127.0.0.1/tcp/$((30333 + i))/p2p/$peer")
done
extra=()
[ "$name" = alice ] && extra+=(--state-pruning archive)

exec coop-node \
  --chain local --validator --offchain-worker always "--$name" \
  --base-path /data \
  --node-key-file "/keys/$name" \
  --listen-addr "/ip4/127.0.0.1/tcp/$((30333 + index))" \
  --rpc-port "$((9944 + index))" --rpc-cors all \
  --prometheus-port "$((9615 + index))" \
  --allow-private-ip --no-mdns --no-telemetry \
  "${bootnodes[@]}" "${extra[@]}"
