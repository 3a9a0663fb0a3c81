#!/usr/bin/env bash
# The sanitizer part of `bash packaging/dev.sh test` (docs/fuzzing.md):
#   1. the dev-asan preset (GCC, Debug, AddressSanitizer + UndefinedBehaviorSanitizer): builds the
#      project and runs the metrics and app test suites (every test but the widgets, packaging and
#      cluster ones; GENLENS_ASAN_WIDGETS=1 adds the widgets tests);
#   2. the libFuzzer targets (fuzz/run.sh): each replays its committed corpus, then fuzzes for
#      GENLENS_FUZZ_SECONDS (default 30).
# Any sanitizer report fails the test that produced it, and so this script.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${GENLENS_FUZZ_SECONDS:-30}
exclude='^(widgets|packaging|cluster)$'
if [ "${GENLENS_ASAN_WIDGETS:-0}" = "1" ]; then
    exclude='^(packaging|cluster)$'
fi

start=$(date +%s)
# Leak checking is opt-in (GENLENS_ASAN_LEAKS=1): the suites load fontconfig, Qt plugins and
# OpenCV's thread pool, whose process-lifetime allocations LeakSanitizer reports as leaks.
leaks=${GENLENS_ASAN_LEAKS:-0}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=$leaks:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cmake --preset dev-asan
cmake --build --preset dev-asan
# simd_isolation inspects the optimised build's object files (no AVX code in generic callers);
# a sanitized Debug build inlines differently, so the check only means something in the ci build.
ctest --preset dev-asan --label-exclude "$exclude" --exclude-regex '^simd_isolation$'
echo "sanitize: dev-asan build and tests took $(( $(date +%s) - start ))s"

unset ASAN_OPTIONS UBSAN_OPTIONS
start=$(date +%s)
bash fuzz/run.sh "$seconds"
echo "sanitize: fuzz targets took $(( $(date +%s) - start ))s"
