#!/usr/bin/env bash
# Runs `node bench-tps.mjs ARGS...` in e2e/ and samples its node's memory every INTERVAL
# seconds (default 10) while it runs: resident, anonymous, file-backed, and LazyFree (pages
# given back with MADV_FREE, which stay counted as resident until the kernel needs them),
# from /proc/PID/status and /proc/PID/smaps_rollup; then the node's largest anonymous
# mappings by resident size, taken at the last sample (jemalloc's extents, wasmtime's
# instance pool and thread stacks are told apart by their size). Environment variables
# reach the node (`_RJEM_MALLOC_CONF=...` for jemalloc's options), and the bench's nodes
# keep their logs (COOP_E2E_KEEP=1).
#
#   scripts/sample-node-memory.sh OUTDIR [INTERVAL] -- dev 30000 600 3
#
# OUTDIR gets bench.jsonl (the bench's lines, each with the UTC time it arrived),
# samples.tsv and maps.txt. samples.tsv's last column is the size of the ParityDB log the
# node is appending to: ParityDB holds every change in that log in memory (its log overlay)
# until it writes the log into its tables. `coop-node` has it do so after every commit
# (node/src/database.rs), so the column stays near 0; a stock node's grows to 64 MiB.
set -euo pipefail
out="$1"; shift
interval=10
if [ "${1:-}" != "--" ]; then interval="$1"; shift; fi
[ "${1:-}" = "--" ] && shift
mkdir -p "$out"
cd "$(dirname "$0")/../e2e"

COOP_E2E_KEEP=1 node bench-tps.mjs "$@" > >(while IFS= read -r line; do
  printf '%s %s\n' "$(date -u +%T)" "$line"; done >"$out/bench.jsonl") 2>"$out/bench.err" &
bench=$!

# The newest `logN` file among those the node has open, in MiB.
paritydb_log_mb() {
  local newest
  newest=$(find "/proc/$1/fd" -lname '*/paritydb/*/log[0-9]*' -printf '%l\n' 2>/dev/null |
    xargs -r ls -t 2>/dev/null | head -n1 || true)
  [ -n "$newest" ] && stat -c %s "$newest" | awk '{printf "%.1f", $1/1048576}' || echo "-"
}

printf 'time\trss_mb\tanon_mb\tfile_mb\tlazyfree_mb\tthreads\tparitydb_log_mb\n' >"$out/samples.tsv"
pid=""
while kill -0 $bench 2>/dev/null; do
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || pid=$(pgrep -P $bench -x coop-node | head -n1 || true)
  if [ -n "$pid" ] && [ -r "/proc/$pid/smaps_rollup" ]; then
    # One read of each file, so a node that exits mid-sample leaves no half line.
    status=$(cat "/proc/$pid/status" 2>/dev/null || true)
    rollup=$(cat "/proc/$pid/smaps_rollup" 2>/dev/null || true)
    if [ -n "$status" ] && [ -n "$rollup" ]; then
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%T)" \
        "$(awk '/^VmRSS:/ {printf "%d", $2/1024}' <<<"$status")" \
        "$(awk '/^RssAnon:/ {printf "%d", $2/1024}' <<<"$status")" \
        "$(awk '/^RssFile:/ {printf "%d", $2/1024}' <<<"$status")" \
        "$(awk '/^LazyFree:/ {printf "%d", $2/1024}' <<<"$rollup")" \
        "$(awk '/^Threads:/ {print $2}' <<<"$status")" \
        "$(paritydb_log_mb "$pid")" >>"$out/samples.tsv"
      # The largest anonymous mappings by resident size: start-end, size, Rss (MiB).
      awk '/^[0-9a-f]+-[0-9a-f]+ / { range=$1; anon=($6=="" || $6 ~ /^\[/); name=$6 }
           /^Size:/ { size=$2 } /^Rss:/ { if (anon) printf "%s\t%s\t%.1f\t%.1f\n", range, name, size/1024, $2/1024 }' \
        "/proc/$pid/smaps" 2>/dev/null | sort -t$'\t' -k4,4nr | head -n 25 >"$out/maps.tmp" || true
      [ -s "$out/maps.tmp" ] && mv "$out/maps.tmp" "$out/maps.txt"
    fi
  fi
  sleep "$interval"
done
wait $bench
