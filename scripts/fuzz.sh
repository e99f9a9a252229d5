#!/usr/bin/env bash
# Coverage-guided fuzzing of the runtime under `cargo fuzz` (libFuzzer): the harness
# `coop_runtime::fuzzing::run`, which turns bytes into blocks of signed transactions on the
# dev chain and checks every invariant after each block (docs/testing.md, "Fuzzing").
#
#   scripts/fuzz.sh [seconds]     default 300
#
# Starts from the committed seed corpus (fuzz/corpus/runtime/) and keeps what it finds in
# ~/.cache/coop-exchange/fuzz-corpus/runtime/, so the next run goes on from there. A finding
# (a panic: a broken invariant, or the runtime's own) is written to fuzz/artifacts/runtime/;
# replay it with the `replays_one_input` test (docs/testing.md). Prints executions, coverage
# and findings at the end. Needs no other setup than scripts/setup.sh's; installs cargo-fuzz
# if it is missing. The first run builds the whole runtime instrumented: long on 2 cores.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

seconds="${1:-300}"
# Instrumented artifacts can't share the release target directory: their own, also kept.
fuzz_target_dir="$HOME/.cache/coop-exchange/fuzz-target"
work_corpus="$HOME/.cache/coop-exchange/fuzz-corpus/runtime"
seeds="$REPO_ROOT/fuzz/corpus/runtime"
artifacts="$REPO_ROOT/fuzz/artifacts/runtime"
log="$(mktemp -t coop-fuzz.XXXXXX.log)"

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi
mkdir -p "$work_corpus" "$artifacts"

# cargo-fuzz asks rustc for unstable flags; the stable toolchain takes them with this.
export RUSTC_BOOTSTRAP=1
export SKIP_WASM_BUILD=1
cd "$REPO_ROOT/fuzz"
# Findings are crashes (a panic: a broken invariant), timeouts and out-of-memory; libFuzzer
# also writes `slow-unit-*` files for inputs over 10 s, which are reported but are no finding
# (a long chain of blocks, each checked by every try_state, in an instrumented build).
findings() { find "$artifacts" -type f ! -name 'slow-unit-*' | wc -l; }
before=$(findings)
status=0
# No sanitizer: our code forbids `unsafe`, and findings are panics; debug assertions on, so
# overflow and `defensive!` branches panic too. New inputs go to the first corpus directory.
cargo fuzz run --release --debug-assertions --sanitizer none --target-dir "$fuzz_target_dir" \
  runtime "$work_corpus" "$seeds" -- \
  -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$artifacts/" \
  2>&1 | tee "$log" || status=$?

after=$(findings)
slow=$(find "$artifacts" -type f -name 'slow-unit-*' | wc -l)
executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
coverage=$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[^ ]+' "$log" | tail -n 1)
echo
echo "fuzz: ${executions:-?} executions in ${seconds} s; ${coverage:-no coverage line}"
echo "fuzz: corpus $(find "$work_corpus" -type f | wc -l) inputs in $work_corpus"
echo "fuzz: $slow slow inputs (over 10 s each, no finding) in $artifacts"
if [ "$after" -gt "$before" ] || [ "$status" -ne 0 ]; then
  echo "fuzz: FINDINGS: $((after - before)) new in $artifacts (exit $status); log: $log"
  exit 1
fi
echo "fuzz: no findings; log: $log"
