#!/usr/bin/env bash
# Prints how long a release build of the workspace takes and how much memory it needs.
#
#   scripts/measure-build.sh cold   build everything from nothing, in a fresh target
#                                   directory (the shared one is left alone)
#   scripts/measure-build.sh warm   touch one source file of the runtime (a pallet's, once
#                                   there are pallets) and rebuild in the shared directory
#
# Memory is what the whole machine uses above what it used before the build, sampled
# every 2 s, so parallel rustc processes count together.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
bash scripts/setup.sh >/dev/null

mode="${1:-}"
case "$mode" in
  cold)
    CARGO_TARGET_DIR="$(mktemp -d "${TMPDIR:-/tmp}/coop-cold-target.XXXXXX")"
    export CARGO_TARGET_DIR
    trap 'rm -rf "$CARGO_TARGET_DIR"' EXIT
    cargo fetch --locked >/dev/null
    ;;
  warm)
    touched=$(ls pallets/*/src/lib.rs 2>/dev/null | head -n 1 || true)
    touched="${touched:-runtime/src/lib.rs}"
    cargo build --release --workspace --locked >/dev/null 2>&1
    touch "$touched"
    echo "touched $touched"
    ;;
  *) echo "usage: $0 cold|warm" >&2; exit 2 ;;
esac

used_mib() { free -m | awk '/^Mem:/ {print $3}'; }
baseline=$(used_mib)
peak=$baseline
start=$(date +%s)
cargo build --release --workspace --locked >/tmp/coop-measure-build.log 2>&1 &
build_pid=$!
while kill -0 "$build_pid" 2>/dev/null; do
  now=$(used_mib)
  [ "$now" -gt "$peak" ] && peak=$now
  sleep 2
done
wait "$build_pid" || { tail -n 20 /tmp/coop-measure-build.log; exit 1; }
elapsed=$(($(date +%s) - start))
printf '%s release build: %dm%02ds, peak memory %d MiB above the %d MiB in use before (%s cores)\n' \
  "$mode" $((elapsed / 60)) $((elapsed % 60)) $((peak - baseline)) "$baseline" "$(nproc)"
