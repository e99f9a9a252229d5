#!/usr/bin/env bash
# The live container test: builds the images (docker/build-images.sh), brings the compose
# federation up (four `local` validators, the indexer, the wallet, Prometheus), waits until
# all four finalise and the indexer, the wallet and Prometheus answer, SIGKILLs Bob's
# container and checks that finality goes on, starts it again and checks that it catches
# up, then `down -v`. It tears everything down on failure too.
#
# As root it installs Debian's docker.io (scripts/setup.sh) and starts dockerd when no
# engine answers. Where no engine can run it prints one SKIPPED line and exits 0: skipped,
# never passed. It uses the compose file's fixed loopback ports (9944-9947, 30333-30336,
# 9615-9618, 8090, 9090): stop ./scripts/dev.sh before running it.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
say() { printf 'test-docker: %s\n' "$*"; }
skip() { say "SKIPPED: $*"; exit 0; }

engine_answers() { docker info >/dev/null 2>&1; }
if ! engine_answers; then
  command -v dockerd >/dev/null || skip "no container engine on this machine (install docker.io as root: scripts/setup.sh)"
  [ "$(id -u)" -eq 0 ] || skip "no engine answers and only root may start dockerd"
  say "starting dockerd (log: /tmp/coop-dockerd.log)"
  (dockerd >/tmp/coop-dockerd.log 2>&1 &)
  for _ in $(seq 1 30); do engine_answers && break; sleep 1; done
  engine_answers || skip "dockerd does not start here: $(tail -n 1 /tmp/coop-dockerd.log)"
fi

if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null; then
  compose=(docker-compose)
else
  skip "neither docker compose v2 nor docker-compose is installed"
fi
project="coop-test-$$"
dc() { "${compose[@]}" -p "$project" -f "$REPO_ROOT/docker/compose.yaml" "$@"; }

bash "$REPO_ROOT/docker/build-images.sh"

teardown() {
  local code=$?
  if [ "$code" -ne 0 ]; then
    say "failed; the containers' last lines:"
    dc logs --tail 15 2>&1 | tail -n 80 || true
  fi
  dc down -v --remove-orphans >/dev/null 2>&1 || true
  exit "$code"
}
trap teardown EXIT

say "compose up (${compose[*]})"
dc up -d

names=(alice bob charlie dave)
rpc_port_of() { echo $((9944 + $1)); }
wait_until() { # wait_until SECONDS WHAT COMMAND...
  local deadline=$((SECONDS + $1)) what="$2"; shift 2
  until "$@"; do
    [ $SECONDS -lt $deadline ] || { say "timed out waiting for $what"; return 1; }
    sleep 2
  done
}
finalized_at_least() { local f; f=$(finalized_number "$1"); [ -n "$f" ] && [ "$f" -ge "$2" ]; }

for i in "${!names[@]}"; do
  wait_until 120 "${names[$i]} to finalise" finalized_at_least "$(rpc_port_of "$i")" 2
  say "${names[$i]} finalises"
done
indexer_indexes() { curl -sf http://127.0.0.1:8090/status | grep -q '"indexed_height":[1-9]'; }
wait_until 90 "the indexer to index" indexer_indexes
say "indexer answers: $(curl -sf http://127.0.0.1:8090/status)"
wallet_answers() { curl -sf http://127.0.0.1:8080/ | grep -q '<div id="app"'; }
wait_until 60 "the wallet to answer" wallet_answers
say "wallet answers on http://127.0.0.1:8080/"
prometheus_scrapes() { curl -sf 'http://127.0.0.1:9090/api/v1/query?query=substrate_block_height' | grep -q '"validator":"dave"'; }
wait_until 90 "Prometheus to scrape the validators" prometheus_scrapes
say "prometheus scrapes all four"

before=$(finalized_number 9944)
say "SIGKILL bob's container at finalised block $before"
dc kill -s SIGKILL bob >/dev/null
wait_until 90 "finality to go on without bob" finalized_at_least 9944 $((before + 3))
say "finality went on: $(finalized_number 9944)"
dc start bob >/dev/null
target=$(finalized_number 9944)
wait_until 120 "bob to catch up to $target" finalized_at_least 9945 "$target"
say "bob restarted and caught up: $(finalized_number 9945)"
say "passed"
