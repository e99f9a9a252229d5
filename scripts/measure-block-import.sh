#!/usr/bin/env bash
# What full blocks of payments really cost on this machine, against the weight they are
# charged: runs `bench-tps.mjs dev` keeping its database, exports the blocks that carried
# the load, imports them into a fresh database (decoding, signature checks, execution,
# ParityDB commits: what a validator does with a peer's block) and prints how long each took
# to import and how many extrinsics it held.
#
#   scripts/measure-block-import.sh [transfers] [members]     defaults: 60000 1000
#
# Run it with nothing else busy: the import is one core's work.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

TRANSFERS="${1:-60000}"
MEMBERS="${2:-1000}"
build_node >&2
e2e_deps >/dev/null
work="$(mktemp -d /tmp/coop-block-import-XXXXXX)"
trap 'rm -rf "$work"' EXIT

echo "==> $TRANSFERS payments from $MEMBERS members on a dev chain" >&2
run="$(cd "$REPO_ROOT/e2e" && COOP_E2E_KEEP=1 COOP_NODE_BIN="$NODE_BIN" \
  node bench-tps.mjs dev "$TRANSFERS" "$MEMBERS" 2>"$work/bench.err")"
echo "$run" >&2
kept="$(sed -n 's/^node logs and databases kept in: //p' "$work/bench.err")"
[ -n "$kept" ] || { tail -n 20 "$work/bench.err" >&2; exit 1; }
base="$kept/alice"
# The blocks that carried payments, from the benchmark's own report.
first="$(node -e 'const r = JSON.parse(process.argv[1]); console.log(Math.min(...r.proposals.map((p) => p.block)))' "$run")"
last="$(node -e 'const r = JSON.parse(process.argv[1]); console.log(Math.max(...r.proposals.map((p) => p.block)))' "$run")"

"$NODE_BIN" export-blocks --chain dev --base-path "$base" --from 1 --to "$((first - 1))" --binary "$work/setup.bin" 2>/dev/null
"$NODE_BIN" export-blocks --chain dev --base-path "$base" --from "$first" --to "$last" --binary "$work/load.bin" 2>/dev/null
rm -rf "$kept"
"$NODE_BIN" import-blocks --chain dev --base-path "$work/db" --binary "$work/setup.bin" 2>/dev/null
"$NODE_BIN" import-blocks --chain dev --base-path "$work/db" --binary "$work/load.bin" \
  --detailed-log-output -l sc_service::client=trace 2>"$work/import.log"

# Each "Imported" line's time minus the one before it (so the load's first block, having
# none before it in this import, is not listed).
echo "block,extrinsics,import_ms"
node -e '
const [log, run] = [require("fs").readFileSync(process.argv[1], "utf8"), JSON.parse(process.argv[2])];
const sizes = new Map(run.proposals.map((p) => [p.block, p.extrinsics]));
const at = (t) => { const [h, m, s] = t.split(":"); return (Number(h) * 60 + Number(m)) * 60 + Number(s); };
let before;
for (const line of log.split("\n")) {
  const m = / (\d\d:\d\d:\d\d\.\d+) .*Imported 0x\S+, \(#(\d+)\)/.exec(line);
  if (!m) continue;
  const t = at(m[1]);
  if (before !== undefined) console.log(`${m[2]},${sizes.get(Number(m[2])) ?? "?"},${Math.round((t - before) * 1000)}`);
  before = t;
}' "$work/import.log" "$run"
