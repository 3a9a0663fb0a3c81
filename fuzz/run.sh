#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`: Clang, ASan + UBSan) and, for every
# fuzz/fuzz_<name>.cpp: replays its committed corpus fuzz/corpus/<name>/ (each file once), then
# fuzzes for SECONDS (default 30). Fails on the first finding; the input is saved under
# build/fuzz/findings/<name>/ (docs/fuzzing.md says what to do with it).
#   bash fuzz/run.sh [SECONDS] [NAME...]     e.g. bash fuzz/run.sh 600 npy npz
# New inputs found while fuzzing go to build/fuzz/corpus/<name>/ (not committed; fuzz/merge them
# into the seeds by hand when they add coverage: docs/fuzzing.md).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for source in fuzz/fuzz_*.cpp; do
        name=$(basename "$source" .cpp)
        names+=("${name#fuzz_}")
    done
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:allocator_may_return_null=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
build=build/fuzz
status=0
for name in "${names[@]}"; do
    exe=$build/fuzz/fuzz_$name
    seeds=fuzz/corpus/$name
    work=$build/corpus/$name
    findings=$build/findings/$name
    mkdir -p "$work" "$findings" "$seeds"
    log=$build/fuzz_$name.log
    echo "== fuzz_$name: replaying $(find "$seeds" -type f | wc -l) corpus files"
    if ! "$exe" -runs=0 -rss_limit_mb=2048 -artifact_prefix="$findings/" "$seeds" >"$log" 2>&1; then
        tail -n 40 "$log"
        echo "fuzz_$name: a corpus file fails (log: $log)" >&2
        status=1
        continue
    fi
    echo "== fuzz_$name: fuzzing for ${seconds}s"
    if ! "$exe" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 -print_final_stats=1 \
        -artifact_prefix="$findings/" "$work" "$seeds" >>"$log" 2>&1; then
        tail -n 60 "$log"
        echo "fuzz_$name: finding saved in $findings/ (log: $log)" >&2
        status=1
        continue
    fi
    # The last status line (executions, coverage) and the final statistics.
    grep -E '^#[0-9]+' "$log" | tail -n 1
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" | tr '\n' ' '
    echo
done
exit $status
