#!/bin/sh
# Side-by-side benchmark of GenLens' feature-space metrics against the reference routes
# (reference.py: pytorch-fid's np.cov + scipy.linalg.sqrtm; prdc's full sklearn distance matrices).
#
#   bench/sets/run.sh [fid50k|fid|prdc|prdc-large|all]
#
#   RUNS=3 bench/sets/run.sh fid50k     the issue-10 protocol, one command (see bench/sets/README.md):
#       two seeded 50,000 x 2048 float32 .npy files; the .npy reading routes (target: both files
#       in < 2 s); the statistics pass and the exact k-NN passes against the machine's GEMM on the
#       same shapes; then, side by side, each as a whole process under /usr/bin/time -v (median
#       of RUNS, CPU, peak RSS): GenLens' FID-only harness (bench_sets fidfile), the whole
#       `genlens evaluate image --metrics fid --json -` process (PROCESS=1, default), pytorch-fid's
#       route (reference.py fid-pytorch) on Debian's default BLAS and, when OPENBLAS_DIR exists,
#       on OpenBLAS (not installed: `apt-get download libopenblas0-pthread && dpkg -x
#       libopenblas0-pthread_*.deb /tmp/openblas`), and the float64 reference route (value only).
#
# Environment: FID_N (50000), PRDC_N (10000), LARGE_N (50000), DIM (2048), RUNS (3),
# REF_RUNS (1: the reference routes take minutes), THREADS (0 = all cores), PROCESS (1),
# TP_ROWS (10000: rows for the throughput shapes), BUILD (build/bench),
# OPENBLAS_DIR (/tmp/openblas/usr/lib/x86_64-linux-gnu/openblas-pthread).
# Features are generated deterministically by bench_sets (generate) into bench/out/ and read by
# both sides; values are printed side by side with the wall-clock and CPU-time ratios.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/bench/out"
BUILD=${BUILD:-$ROOT/build/bench}
BIN="$BUILD/bench/sets/bench_sets"
GENLENS="$BUILD/genlens"
PY=/usr/bin/python3
PROCESS=${PROCESS:-1}
TP_ROWS=${TP_ROWS:-10000}
OPENBLAS_DIR=${OPENBLAS_DIR:-/tmp/openblas/usr/lib/x86_64-linux-gnu/openblas-pthread}
FID_N=${FID_N:-50000}
PRDC_N=${PRDC_N:-10000}
LARGE_N=${LARGE_N:-50000}
DIM=${DIM:-2048}
RUNS=${RUNS:-3}
REF_RUNS=${REF_RUNS:-1}
THREADS=${THREADS:-0}
WHAT=${1:-all}

mkdir -p "$OUT"
if [ ! -x "$BIN" ] || { [ "$WHAT" = fid50k ] && [ "$PROCESS" = 1 ] && [ ! -x "$GENLENS" ]; }; then
    (cd "$ROOT" && cmake --preset bench >/dev/null && cmake --build --preset bench --target bench_sets genlens)
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

if [ "$WHAT" = fid50k ]; then
    real="$OUT/fid50k_real_$FID_N.npy"
    gen="$OUT/fid50k_gen_$FID_N.npy"
    features "$FID_N" 1 0 "fid50k_real_$FID_N.npy"
    features "$FID_N" 2 0.25 "fid50k_gen_$FID_N.npy"
    M="$PY $ROOT/bench/sets/measure.py"
    echo "== reading the two .npy files ($(du -h "$real" | cut -f1) each; load average $(cut -d' ' -f1-3 /proc/loadavg))"
    "$BIN" load "$real" "$gen" --runs "$RUNS"
    echo "== throughput against the machine's GEMM, ${TP_ROWS} rows (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    "$BIN" throughput "$real" "$gen" --rows "$TP_ROWS" --threads "$THREADS"
    echo "== FID side by side, whole processes (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    h=$($M genlens_fid_harness "$RUNS" -- "$BIN" fidfile "$real" "$gen" --threads "$THREADS")
    echo "$h"
    p=""
    if [ "$PROCESS" = 1 ]; then
        p=$($M genlens_process "$RUNS" -- "$GENLENS" evaluate image --real "$real" --generated "$gen" --metrics fid --json -)
        echo "$p"
    fi
    r=$($M pytorch_fid_route "$REF_RUNS" -- "$PY" "$ROOT/bench/sets/reference.py" fid-pytorch "$real" "$gen")
    echo "$r"
    o=""
    if [ -d "$OPENBLAS_DIR" ]; then
        o=$(LD_LIBRARY_PATH="$OPENBLAS_DIR" $M pytorch_fid_route_openblas "$REF_RUNS" -- "$PY" "$ROOT/bench/sets/reference.py" fid-pytorch "$real" "$gen")
        echo "$o"
    fi
    f=$(LD_LIBRARY_PATH="${OPENBLAS_DIR}" $M float64_reference 1 -- "$PY" "$ROOT/bench/sets/reference.py" fid-float64 "$real" "$gen")
    echo "$f"
    echo "== summary (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    "$PY" - "$h" "$p" "$r" "$o" "$f" <<'PYEOF'
import re, sys
def parse(line):
    return dict(re.findall(r"(\w+)=(\S+)", line)) if line else None
h, p, r, o, f = (parse(a) for a in sys.argv[1:6])
ref64 = float(f["value"])
for name, d in (("harness", h), ("process", p)):
    if d is None or d["value"] in ("nan", "None"):
        continue
    v = float(d["value"])
    print("genlens %s: FID %.17g; vs float64 reference %.2e relative (must be <= 1e-9); vs pytorch-fid route %.2e (<= 1e-6)"
          % (name, v, abs(v - ref64) / abs(ref64), abs(v - float(r["value"])) / abs(float(r["value"]))))
    for label, ref in (("pytorch-fid route, Debian BLAS", r), ("pytorch-fid route, OpenBLAS", o)):
        if ref is None:
            continue
        print("  %s / genlens %s: wall %.1fx, cpu %.1fx; peak RSS %s vs %s MiB"
              % (label, name, float(ref["median_wall_s"]) / float(d["median_wall_s"]),
                 float(ref["median_cpu_s"]) / float(d["median_cpu_s"]), d["peak_rss_mib"], ref["peak_rss_mib"]))
print("float64 reference %.17g; pytorch-fid route %s (%.2e from float64)" % (
    ref64, r["value"], abs(float(r["value"]) - ref64) / abs(ref64)))
PYEOF
fi
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
