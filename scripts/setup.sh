#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks to build and test Coop Exchange.
# Idempotent: run it as often as you like; it says what it did and skips what is there.
set -euo pipefail

say() { printf 'setup: %s\n' "$*"; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Debian packages: clang + libclang for bindgen, protoc for libp2p, mold as a fast linker,
# curl for the scripts that ask a node how it is doing, linux-perf for
# scripts/profile-payments.sh, PostgreSQL for the indexer's tests (they start a server of
# their own), g++ and python3 for better-sqlite3's native part when npm has no prebuilt one;
# for the containers (docker/): docker.io, docker-compose, mmdebstrap (a base image when no
# registry answers) and prometheus (the image's Prometheus, and promtool for the rules);
# chromium for the wallet's browser test.
need_pkgs=()
for pkg in clang libclang-dev protobuf-compiler mold make pkg-config curl linux-perf systemd postgresql g++ python3 \
  docker.io docker-compose mmdebstrap prometheus chromium; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    need_pkgs+=("$pkg")
  fi
done
if [ "${#need_pkgs[@]}" -gt 0 ]; then
  say "installing ${need_pkgs[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
else
  say "system packages present"
fi

if ! command -v rustup >/dev/null 2>&1; then
  say "rustup not found: install Rust from rustup first" >&2
  exit 1
fi
if ! rustup target list --installed | grep -qx wasm32v1-none; then
  say "adding rust target wasm32v1-none"
  rustup target add wasm32v1-none
else
  say "rust target wasm32v1-none present"
fi
if ! rustup component list --installed | grep -q '^rust-src'; then
  say "adding rust component rust-src"
  rustup component add rust-src
else
  say "rust component rust-src present"
fi
for comp in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$comp"; then
    say "adding rust component $comp"
    rustup component add "$comp"
  fi
done

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  say "installing nodejs and npm (needed by the live tests in e2e/)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs npm >/dev/null
else
  say "node $(node --version) present"
fi
say "done"
