#!/usr/bin/env bash
# Builds the project's images from what this checkout built and tested: the release
# coop-node; the indexer with its node_modules and this machine's Node.js; the wallet's
# static build with that Node.js to serve it; and Debian's Prometheus. Tags:
# coop-exchange/{node,indexer,wallet,prometheus}:local. The base is debian:bookworm-slim, or the same release built here when no registry is reachable
# (docker/base-image.sh).
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
DOCKER_DIR="$REPO_ROOT/docker"
say() { printf 'build-images: %s\n' "$*"; }

[ -x "$NODE_BIN" ] || { say "no $NODE_BIN: run cargo build --release first"; exit 1; }
npm_deps indexer
base=$("$DOCKER_DIR/base-image.sh")
say "base image $base"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

build() { # build NAME DOCKERFILE: the staged context is $stage/NAME
  say "coop-exchange/$1:local"
  docker build --quiet --network host --build-arg "BASE_IMAGE=$base" \
    -f "$DOCKER_DIR/$2" -t "coop-exchange/$1:local" "$stage/$1" >/dev/null
}

mkdir -p "$stage/node" && cp "$NODE_BIN" "$stage/node/coop-node"
build node node.Dockerfile

mkdir -p "$stage/indexer/indexer"
cp "$(command -v node)" "$stage/indexer/node"
cp -r "$REPO_ROOT/indexer/bin" "$REPO_ROOT/indexer/src" "$REPO_ROOT/indexer/package.json" "$REPO_ROOT/indexer/node_modules" "$stage/indexer/indexer/"
build indexer indexer.Dockerfile

npm_deps wallet
[ -s "$REPO_ROOT/wallet/dist/index.html" ] || build_wallet
mkdir -p "$stage/wallet"
cp "$(command -v node)" "$stage/wallet/node"
cp -r "$REPO_ROOT/wallet/serve.mjs" "$REPO_ROOT/wallet/csp.js" "$REPO_ROOT/wallet/dist" "$stage/wallet/"
build wallet wallet.Dockerfile

command -v prometheus >/dev/null || { say "prometheus is missing (scripts/setup.sh installs Debian's)"; exit 1; }
mkdir -p "$stage/prometheus" && cp "$(command -v prometheus)" "$stage/prometheus/prometheus"
build prometheus prometheus.Dockerfile
say "done"
