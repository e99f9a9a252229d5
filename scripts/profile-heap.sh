#!/usr/bin/env bash
# What a dev node's memory grows by between two runs of the same load: builds the node with
# jemalloc's heap profiler (`--features heap-profiling`), runs `bench-tps.mjs dev` twice on
# one chain with the profiler sampling, and prints `jeprof --base`: what was live at the
# end of the second run and not at the end of the first, by the function that allocated it.
#
#   scripts/profile-heap.sh [transfers] [members]     defaults: 60000 1000
#
# The profiling binary is copied out and the default build restored, so the target
# directory's `coop-node` stays the one every test and script runs. About 12 minutes.
#
# The release profile strips the binary's symbols, which would leave `jeprof` naming no
# function (`??`). Only the final link is redone with them (`cargo rustc ... -- -C
# strip=none` passes the flag to the binary's crate alone, so no dependency is rebuilt:
# about 30 s warm), and `jeprof` reads that binary.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

TRANSFERS="${1:-60000}"
MEMBERS="${2:-1000}"
work="$(mktemp -d /tmp/coop-heap-XXXXXX)"
bash "$REPO_ROOT/scripts/setup.sh" >/dev/null
e2e_deps >/dev/null

echo "==> building coop-node with the heap profiler" >&2
(cd "$REPO_ROOT" && cargo rustc --release -p coop-node --bin coop-node --locked \
  --features heap-profiling -- -C strip=none)
cp "$NODE_BIN" "$work/coop-node"
jeprof="$(ls -t "$CARGO_TARGET_DIR"/release/build/tikv-jemalloc-sys-*/out/build/bin/jeprof | head -n 1)"
echo "==> restoring the default build" >&2
build_node >/dev/null

# One sample per 512 KiB allocated on average; a dump each time 2^29 bytes (512 MiB) more
# have been allocated, named by sequence number.
export _RJEM_MALLOC_CONF="prof:true,prof_active:true,lg_prof_sample:19,lg_prof_interval:29,prof_prefix:$work/heap"
echo "==> two runs of $TRANSFERS payments from $MEMBERS members" >&2
(cd "$REPO_ROOT/e2e" && COOP_NODE_BIN="$work/coop-node" \
  node bench-tps.mjs dev "$TRANSFERS" "$MEMBERS" 2 | tee "$work/runs.jsonl" |
  while read -r line; do echo "$line"; date +%s.%N >>"$work/run-ends"; done)

# The last dump written before each run ended.
dump_before() {
  local until="$1" best=""
  while read -r dump; do
    [ "$(stat -c %Y "$dump")" -le "${until%.*}" ] && best="$dump"
  done < <(ls -1tr "$work"/heap.*.heap)
  echo "$best"
}
mapfile -t ends <"$work/run-ends"
first="$(dump_before "${ends[0]}")"
second="$(dump_before "${ends[1]}")"
echo "==> live at $(basename "$second") and not at $(basename "$first"), by allocating function" >&2
perl "$jeprof" --text --base="$first" "$work/coop-node" "$second" 2>/dev/null | sed -n 1,40p
echo "==> everything live at $(basename "$second")" >&2
perl "$jeprof" --text "$work/coop-node" "$second" 2>/dev/null | sed -n 1,25p
echo "dumps and binary kept in $work" >&2
