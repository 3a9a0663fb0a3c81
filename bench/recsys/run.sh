#!/bin/sh
# Recommendation-list benchmark (docs/recsys.md "Performance"): generates 100,000 users with top-100
# lists, 1,000,000 training rows and 50,000 items (Zipf popularity), times GenLens's full
# evaluation (loading CSV + every metric + per-user data) and the Python reference route.
# Usage: bench/recsys/run.sh [DATADIR]   (run from the repository root)
set -e
DATA=${1:-bench/out/recsys}
cmake --preset bench >/dev/null
cmake --build --preset bench --target recsys_bench_generate recsys_bench -j2
mkdir -p "$DATA"
[ -f "$DATA/recs.csv" ] || build/bench/bench/recsys/recsys_bench_generate "$DATA"
echo "== GenLens (median of 5) =="
build/bench/bench/recsys/recsys_bench "$DATA" --repeat 5
echo "== GenLens, single run with /usr/bin/time =="
/usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KiB" \
    build/bench/bench/recsys/recsys_bench "$DATA" --repeat 1 | tail -1
echo "== reference route (Python csv + dicts) =="
/usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KiB" \
    /usr/bin/python3 bench/recsys/reference_route.py "$DATA"
