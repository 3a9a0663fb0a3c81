#!/bin/sh
# Side-by-side benchmark of GenLens' feature-space metrics against the reference routes
# (reference.py: pytorch-fid's np.cov + scipy.linalg.sqrtm; prdc's full sklearn distance matrices).
#
#   bench/sets/run.sh [fid|prdc|prdc-large|all]
#
# Environment: FID_N (50000), PRDC_N (10000), LARGE_N (50000), DIM (2048), RUNS (3),
# REF_RUNS (1: the reference routes take minutes), THREADS (0 = all cores).
# Features are generated deterministically by bench_sets (generate) into bench/out/ and read by
# both sides; values are printed side by side with the wall-clock and CPU-time ratios.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/bench/out"
BIN="$ROOT/build/bench/bench/sets/bench_sets"
PY=/usr/bin/python3
FID_N=${FID_N:-50000}
PRDC_N=${PRDC_N:-10000}
LARGE_N=${LARGE_N:-50000}
DIM=${DIM:-2048}
RUNS=${RUNS:-3}
REF_RUNS=${REF_RUNS:-1}
THREADS=${THREADS:-0}
WHAT=${1:-all}

mkdir -p "$OUT"
if [ ! -x "$BIN" ]; then
    (cd "$ROOT" && cmake --preset bench >/dev/null && cmake --build --preset bench --target bench_sets)
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

features() { # N SEED SHIFT NAME
    [ -f "$OUT/$4" ] || "$BIN" generate "$OUT/$4" "$1" "$DIM" "$2" "$3"
}

ratio() { # label genlens_line reference_line
    awk -v label="$1" -v g="$2" -v r="$3" 'BEGIN {
        split(g, gf, " "); split(r, rf, " ");
        for (i in gf) { split(gf[i], kv, "="); G[kv[1]] = kv[2] }
        for (i in rf) { split(rf[i], kv, "="); R[kv[1]] = kv[2] }
        printf "%s: reference/genlens wall %.2fx, cpu %.2fx; peak RSS %s vs %s MiB\n", label,
               R["median_s"] / G["median_s"], R["cpu_s"] / G["cpu_s"], G["peak_rss_mib"], R["peak_rss_mib"] }'
}

if [ "$WHAT" = fid ] || [ "$WHAT" = all ]; then
    features "$FID_N" 1 0 "fid_real_$FID_N.npy"
    features "$FID_N" 2 0.05 "fid_gen_$FID_N.npy"
    g=$("$BIN" fid "$OUT/fid_real_$FID_N.npy" "$OUT/fid_gen_$FID_N.npy" --runs "$RUNS" --threads "$THREADS")
    echo "$g"
    r=$("$PY" "$ROOT/bench/sets/reference.py" fid "$OUT/fid_real_$FID_N.npy" "$OUT/fid_gen_$FID_N.npy" --runs "$REF_RUNS")
    echo "$r"
    ratio "FID ${FID_N}x$DIM" "$g" "$r"
    "$PY" -c "import sys; a=float(sys.argv[1].split('value=')[1].split()[0]); b=float(sys.argv[2].split('value=')[1].split()[0]); print('FID relative difference: %.3g' % (abs(a-b)/abs(b)))" "$g" "$r"
fi
if [ "$WHAT" = prdc ] || [ "$WHAT" = all ]; then
    features "$PRDC_N" 3 0 "prdc_real_$PRDC_N.npy"
    features "$PRDC_N" 4 0.05 "prdc_gen_$PRDC_N.npy"
    g=$("$BIN" prdc "$OUT/prdc_real_$PRDC_N.npy" "$OUT/prdc_gen_$PRDC_N.npy" --runs "$RUNS" --threads "$THREADS")
    echo "$g"
    r=$("$PY" "$ROOT/bench/sets/reference.py" prdc "$OUT/prdc_real_$PRDC_N.npy" "$OUT/prdc_gen_$PRDC_N.npy" --runs "$REF_RUNS")
    echo "$r"
    ratio "PRDC ${PRDC_N}x${PRDC_N}x$DIM" "$g" "$r"
fi
if [ "$WHAT" = prdc-large ] || [ "$WHAT" = all ]; then
    # In memory (no files): the full-matrix route would need 3 x N^2 distances (30 GB at 50k).
    "$BIN" prdc "gen:$LARGE_N:$DIM:5:0" "gen:$LARGE_N:$DIM:6:0.05" --runs 1 --threads "$THREADS"
fi
