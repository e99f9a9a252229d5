#!/usr/bin/env bash
# Prints how long a release build of the workspace takes and how much memory it needs.
#
#   scripts/measure-build.sh cold   build everything from nothing, in a fresh target
#                                   directory (the shared one is left alone)
#   scripts/measure-build.sh warm   touch one source file of the runtime (a pallet's, once
#                                   there are pallets) and rebuild in the shared directory
#   scripts/measure-build.sh warm-node
#                                   the same, building only the `coop-node` binary
#                                   (`-p coop-node`: the runtime's wasm and the node, not the
#                                   native runtime nor the tests), what running a node needs
#
# Memory is what the whole machine uses above what it used before the build, sampled
# every 2 s, so parallel rustc processes count together. A build still going after
# COOP_BUILD_TIMEOUT seconds (default 7200; a cold one takes about 36 min) is stopped.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
bash scripts/setup.sh >/dev/null

mode="${1:-}"
build_args=(--workspace)
case "$mode" in
  cold)
    CARGO_TARGET_DIR="$(mktemp -d "${TMPDIR:-/tmp}/coop-cold-target.XXXXXX")"
    export CARGO_TARGET_DIR
    trap 'rm -rf "$CARGO_TARGET_DIR"' EXIT
    cargo fetch --locked >/dev/null
    ;;
  warm|warm-node)
    [ "$mode" = warm-node ] && build_args=(-p coop-node)
    touched=$(ls pallets/*/src/lib.rs 2>/dev/null | head -n 1 || true)
    touched="${touched:-runtime/src/lib.rs}"
    cargo build --release "${build_args[@]}" --locked >/tmp/coop-measure-build.log 2>&1 \
      || { tail -n 20 /tmp/coop-measure-build.log; exit 1; }
    touch "$touched"
    echo "touched $touched"
    ;;
  *) echo "usage: $0 cold|warm|warm-node" >&2; exit 2 ;;
esac

used_mib() { free -m | awk '/^Mem:/ {print $3}'; }
baseline=$(used_mib)
peak=$baseline
start=$(date +%s)
cargo build --release "${build_args[@]}" --locked >/tmp/coop-measure-build.log 2>&1 &
build_pid=$!
deadline=$((SECONDS + ${COOP_BUILD_TIMEOUT:-7200}))
while kill -0 "$build_pid" 2>/dev/null; do
  if [ $SECONDS -ge $deadline ]; then
    kill "$build_pid" 2>/dev/null || true
    echo "measure-build: the build took longer than ${COOP_BUILD_TIMEOUT:-7200}s; stopped" >&2
    exit 1
  fi
  now=$(used_mib)
  [ "$now" -gt "$peak" ] && peak=$now
  sleep 2
done
wait "$build_pid" || { tail -n 20 /tmp/coop-measure-build.log; exit 1; }
elapsed=$(($(date +%s) - start))
printf '%s release build: %dm%02ds, peak memory %d MiB above the %d MiB in use before (%s cores)\n' \
  "$mode" $((elapsed / 60)) $((elapsed % 60)) $((peak - baseline)) "$baseline" "$(nproc)"
