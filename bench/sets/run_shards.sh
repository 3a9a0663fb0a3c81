#!/usr/bin/env bash
# Sharded extraction, merging and statistics, measured as whole `genlens` processes (issue 11):
#   1. extraction of each of SHARDS shards vs the whole set (CPU time: the shares must add up to
#      the single-process cost within noise — sharding adds no work);
#   2. `genlens merge` of the shards (features) and of their statistics files;
#   3. `genlens stats` on an N x D float32 matrix (default 50,000 x 2,048) against the reference
#      route, NumPy's np.mean + np.cov (what pytorch-fid runs), in the same run on the same file,
#      with the largest difference of sigma.
#   bench/sets/run_shards.sh [GENLENS]
# Environment: IMAGES (1200: the demo's three image folders), SHARDS (4), RUNS (3), STATS_N (50000),
# DIM (2048), STATS_RUNS (1: the reference route takes minutes), THREADS (1 for extraction, as one
# cluster task per core).
# Prints medians of wall time, user+sys CPU time and peak RSS (/usr/bin/time), and the load average.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
GENLENS=$(realpath "${1:-$ROOT/build/ci/genlens}")
OUT="$ROOT/bench/out/shards"
PY=/usr/bin/python3
SHARDS=${SHARDS:-4}
RUNS=${RUNS:-3}
STATS_N=${STATS_N:-50000}
DIM=${DIM:-2048}
THREADS=${THREADS:-1}
STATS_RUNS=${STATS_RUNS:-1}
mkdir -p "$OUT"
echo "machine: $(nproc) cores, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"

# measure LABEL CMD...: RUNS runs; prints the medians "wall_s cpu_s rss_mib".
measure() {
    local label=$1
    shift
    local samples=()
    for ((r = 0; r < RUNS; ++r)); do
        /usr/bin/time -f '%e %U %S %M' -o "$OUT/time.txt" "$@" >/dev/null 2>"$OUT/stderr.txt" \
            || { cat "$OUT/stderr.txt" >&2; exit 1; }
        samples+=("$(awk '{printf "%.3f %.3f %.0f", $1, $2 + $3, $4 / 1024}' "$OUT/time.txt")")
    done
    printf '%s\n' "${samples[@]}" | "$PY" -c '
import statistics, sys
rows = [list(map(float, line.split())) for line in sys.stdin if line.strip()]
wall, cpu, rss = (statistics.median(col) for col in zip(*rows))
print("%-34s wall %8.2f s  cpu %8.2f s  peak RSS %6.0f MiB  (median of %d)" % (sys.argv[1], wall, cpu, rss, len(rows)))
print("%.3f %.3f %.0f" % (wall, cpu, rss), file=sys.stderr)' "$label" 2>"$OUT/last.txt"
}
cpu_of() { cut -d' ' -f2 "$OUT/last.txt"; }

# 1. Extraction: the demo's images in one folder.
if [ ! -d "$OUT/images" ]; then
    "$GENLENS" demo --data "$OUT/demo" --quiet
    mkdir -p "$OUT/images"
    for set in real generated checkpoint; do
        for f in "$OUT/demo/images/$set"/*.png; do ln -s "$f" "$OUT/images/$set-$(basename "$f")"; done
    done
fi
count=$(find -L "$OUT/images" -type f | wc -l)
echo "== extraction of $count images (builtin-1, --threads $THREADS), $SHARDS shards"
measure "whole set" "$GENLENS" features image --input "$OUT/images" --out "$OUT/whole.npy" --threads "$THREADS" --quiet
whole_cpu=$(cpu_of)
sum=0
shards=()
for ((i = 0; i < SHARDS; ++i)); do
    out=$(printf '%s/shard-%05d.npy' "$OUT" "$i")
    measure "shard $i/$SHARDS" "$GENLENS" features image --input "$OUT/images" --out "$out" --shard "$i/$SHARDS" \
        --threads "$THREADS" --quiet
    sum=$("$PY" -c "print($sum + $(cpu_of))")
    shards+=("$out")
done
"$PY" -c "print('shares add up: sum of shard CPU %.2f s vs whole %.2f s (ratio %.3f)' % ($sum, $whole_cpu, $sum / $whole_cpu))"

echo "== merge"
measure "merge $SHARDS feature shards" "$GENLENS" merge --quiet --out "$OUT/merged.npy" "${shards[@]}"
cmp "$OUT/merged.npy" "$OUT/whole.npy" && echo "merged features equal the single-process file byte for byte"
stats=()
for s in "${shards[@]}"; do
    "$GENLENS" stats --quiet --input "$s" --out "${s%.npy}.npz" 2>/dev/null
    stats+=("${s%.npy}.npz")
done
measure "merge $SHARDS statistics files" "$GENLENS" merge --quiet --out "$OUT/merged.npz" "${stats[@]}"

echo "== statistics of ${STATS_N}x$DIM float32 (genlens stats vs np.mean + np.cov)"
matrix="$OUT/stats_${STATS_N}x$DIM.npy"
[ -f "$matrix" ] || "$PY" -c "
import numpy as np
rng = np.random.default_rng(0)
x = rng.standard_normal(($STATS_N, $DIM), dtype=np.float32)
x[:, 1:] += 0.5 * x[:, :-1]  # correlated neighbours
np.save('$matrix', x + np.float32(1.0))"
RUNS=$STATS_RUNS
measure "genlens stats" "$GENLENS" stats --quiet --input "$matrix" --out "$OUT/stats.npz"
g=$(cat "$OUT/last.txt")
measure "numpy mean + cov (pytorch-fid)" "$PY" -c "
import numpy as np
x = np.load('$matrix')
mu = np.mean(x, axis=0)
sigma = np.cov(x, rowvar=False)
np.savez('$OUT/numpy_stats.npz', mu=mu, sigma=sigma)"
r=$(cat "$OUT/last.txt")
"$PY" - "$OUT/stats.npz" "$OUT/numpy_stats.npz" "$g" "$r" <<'PY'
import sys
import numpy as np
a, b = np.load(sys.argv[1]), np.load(sys.argv[2])
g, r = [list(map(float, s.split())) for s in sys.argv[3:5]]
print("numpy/genlens: wall %.2fx, cpu %.2fx; peak RSS %.0f vs %.0f MiB" % (r[0] / g[0], r[1] / g[1], g[2], r[2]))
print("max |sigma - np.cov| = %.3g (max |sigma| %.3g); max |mu - np.mean| = %.3g"
      % (np.max(np.abs(a["sigma"] - b["sigma"])), np.max(np.abs(b["sigma"])), np.max(np.abs(a["mu"] - b["mu"]))))
PY
echo "load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
