#!/bin/sh
# Live k against a fresh run, one command (issue 13 item 4):
#
#   bench/livek/run.sh            N=10000 DIM=256 K=7 RUNS=3 BUILD=build/bench
#
# 1. two seeded N x DIM float32 .npy files (numpy); 2. `genlens evaluate image --k 5 --project`
# stores a run with its live-k statistics (whole process, /usr/bin/time -v); 3. reading the
# blob back from the project (SQLite, python's sqlite3: the "load"); 4. bench_livek: decode and
# recompute at every k = 1..20 (median per k) and the values at K; 5. the fresh route: a whole
# `genlens evaluate image --k K` process (median of RUNS, CPU user+sys, peak RSS); 6. the values
# of both routes side by side (they must be equal) and the time ratio; 7. what keeping the
# statistics costs: the neighbour passes with and without them (CPU). Prints the load average.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD:-$ROOT/build/bench}
N=${N:-10000}
DIM=${DIM:-256}
K=${K:-7}
RUNS=${RUNS:-3}
OUT="$ROOT/bench/out/livek"
PY=/usr/bin/python3
GENLENS="$BUILD/genlens"
BENCH="$BUILD/bench/livek/bench_livek"
if [ ! -x "$BENCH" ] || [ ! -x "$GENLENS" ]; then
    (cd "$ROOT" && cmake --preset bench >/dev/null && cmake --build --preset bench --target bench_livek genlens)
fi
mkdir -p "$OUT"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
$PY - "$OUT" "$N" "$DIM" <<'PYEOF'
import os, sys, numpy as np
out, n, d = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for name, seed, shift in (("real", 1, 0.0), ("generated", 2, 0.25)):
    path = os.path.join(out, f"{name}_{n}x{d}.npy")
    if not os.path.exists(path):
        rng = np.random.default_rng(seed)
        np.save(path, (rng.standard_normal((n, d)) + shift).astype(np.float32))
PYEOF
REAL="$OUT/real_${N}x${DIM}.npy"
GEN="$OUT/generated_${N}x${DIM}.npy"
METRICS=precision,recall,density,coverage,memorized_fraction

timed() { # label command...: one line with wall, cpu (user+sys) and peak RSS
    label=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/time.txt" "$@" >/dev/null
    awk -v l="$label" '{ printf "%s wall_s=%.2f cpu_s=%.2f peak_rss_mib=%.0f\n", l, $1, $2 + $3, $4 / 1024 }' "$OUT/time.txt"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

rm -f "$OUT/stored.genlens"
timed "stored run (--k 5, with live statistics):" \
    "$GENLENS" evaluate image --real "$REAL" --generated "$GEN" --metrics $METRICS --k 5 \
    --project "$OUT/stored.genlens" --quiet
$PY - "$OUT/stored.genlens" "$OUT/live.blob" <<'PYEOF'
import sqlite3, sys, time
t = time.perf_counter()
con = sqlite3.connect(sys.argv[1])
blob = con.execute("SELECT data FROM live_statistics WHERE prefix = ''").fetchone()[0]
print(f"load (SQLite read of the blob): {len(blob)} bytes in {time.perf_counter() - t:.4f} s")
open(sys.argv[2], "wb").write(blob)
PYEOF
"$BENCH" "$OUT/live.blob" "$K" 5 > "$OUT/live.txt"
head -2 "$OUT/live.txt"

walls=""; cpus=""
for r in $(seq "$RUNS"); do
    line=$(timed "fresh" "$GENLENS" evaluate image --real "$REAL" --generated "$GEN" --metrics $METRICS \
        --k "$K" --json "$OUT/fresh.json" --quiet)
    walls="$walls $(echo "$line" | sed 's/.*wall_s=\([^ ]*\).*/\1/')"
    cpus="$cpus $(echo "$line" | sed 's/.*cpu_s=\([^ ]*\).*/\1/')"
    rss=$(echo "$line" | sed 's/.*peak_rss_mib=\([^ ]*\).*/\1/')
done
wall=$(echo $walls | tr ' ' '\n' | median)
cpu=$(echo $cpus | tr ' ' '\n' | median)
echo "fresh genlens evaluate image --k $K (median of $RUNS): wall_s=$wall cpu_s=$cpu peak_rss_mib=$rss"
$PY - "$OUT/fresh.json" "$OUT/live.txt" "$wall" <<'PYEOF'
import json, sys
fresh = json.load(open(sys.argv[1]))["metrics"]
live = dict(l.strip().split("=", 1) for l in open(sys.argv[2]) if "=" in l and " " not in l.strip())
same = True
for key in ("precision", "recall", "density", "coverage", "memorized_fraction"):
    f, l = fresh[key]["value"], float(live[key])
    same &= f == l
    print(f"  {key:20s} fresh {f!r:24} live {l!r:24} {'equal' if f == l else 'DIFFERENT'}")
lines = open(sys.argv[2]).read().split()
med = float([w for w in lines if w.startswith("recompute_median_s=")][0].split("=")[1])
print(f"live recomputation at one k: {med * 1000:.2f} ms; a fresh process: {float(sys.argv[3]):.2f} s "
      f"({float(sys.argv[3]) / med:.0f}x); values {'all equal' if same else 'DIFFER'}")
PYEOF
"$BENCH" cost "$REAL" "$GEN" "$RUNS"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
