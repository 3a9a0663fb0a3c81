#!/usr/bin/env bash
# CMMD, whole `genlens` process vs the reference formula (google-research cmmd/distance.py, written
# in numpy float32 as its JAX code computes it: full n x n kernel matrices), side by side on the
# same random L2-normalised embeddings. One command; prints values, CPU time (user+sys), wall time,
# peak RSS and the ratios, plus the load average (the machine may be shared).
#   bench/cmmd/run.sh [BUILD_DIR=build/ci] [N=10000] [D=768] [THREADS=2]
set -euo pipefail
BUILD=${1:-build/ci}
N=${N:-10000}
D=${D:-768}
THREADS=${THREADS:-2}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
/usr/bin/python3 - "$WORK" "$N" "$D" <<'PY'
import sys, numpy as np
work, n, d = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = np.random.default_rng(0)
def unit(a): return (a / np.linalg.norm(a, axis=1, keepdims=True)).astype(np.float32)
np.save(work + "/real.npy", unit(rng.standard_normal((n, d))))
np.save(work + "/gen.npy", unit(rng.standard_normal((n, d)) + 0.05 * rng.standard_normal(d)))
PY
cat > "$WORK/reference.py" <<'PY'
import sys, numpy as np
x = np.load(sys.argv[1]); y = np.load(sys.argv[2])
gamma = 1 / (2 * 10.0 ** 2)
xn = np.einsum("ij,ij->i", x, x); yn = np.einsum("ij,ij->i", y, y)
k_xx = np.mean(np.exp(-gamma * (-2 * x @ x.T + xn[:, None] + xn[None, :])), dtype=np.float64)
k_xy = np.mean(np.exp(-gamma * (-2 * x @ y.T + xn[:, None] + yn[None, :])), dtype=np.float64)
k_yy = np.mean(np.exp(-gamma * (-2 * y @ y.T + yn[:, None] + yn[None, :])), dtype=np.float64)
print("%.9f" % (1000 * (k_xx + k_yy - 2 * k_xy)))
PY
measure() {  # prints: value cpu_seconds wall_seconds max_rss_mib
    local out="$WORK/out" tv="$WORK/time"
    /usr/bin/time -v -o "$tv" "$@" > "$out"
    local value cpu wall rss
    value=$(tail -1 "$out")
    cpu=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{printf "%.1f", u+s}' "$tv")
    wall=$(awk -F': ' '/Elapsed/{n=split($2,a,":"); w=0; for(i=1;i<=n;i++) w=w*60+a[i]; printf "%.1f", w}' "$tv")
    rss=$(awk -F': ' '/Maximum resident/{printf "%.0f", $2/1024}' "$tv")
    echo "$value $cpu $wall $rss"
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); N=$N per side, D=$D, $THREADS threads"
read -r gv gc gw gr < <(measure bash -c "'$BUILD/genlens' evaluate image --real '$WORK/real.npy' --generated '$WORK/gen.npy' --metrics cmmd --threads $THREADS --json - --quiet | /usr/bin/python3 -c 'import json,sys; print(\"%.9f\" % json.load(sys.stdin)[\"metrics\"][\"cmmd\"][\"value\"])'")
read -r rv rc rw rr < <(measure env OMP_NUM_THREADS=$THREADS OPENBLAS_NUM_THREADS=$THREADS /usr/bin/python3 "$WORK/reference.py" "$WORK/real.npy" "$WORK/gen.npy")
printf "%-28s %14s %10s %10s %10s\n" route cmmd "cpu s" "wall s" "rss MiB"
printf "%-28s %14s %10s %10s %10s\n" "genlens (whole process)" "$gv" "$gc" "$gw" "$gr"
printf "%-28s %14s %10s %10s %10s\n" "numpy reference formula" "$rv" "$rc" "$rw" "$rr"
awk -v gc="$gc" -v rc="$rc" -v gr="$gr" -v rr="$rr" -v gv="$gv" -v rv="$rv" 'BEGIN{printf "cpu ratio reference/genlens %.2f, rss ratio %.1f, |difference| %.2e\n", rc/gc, rr/gr, (gv>rv?gv-rv:rv-gv)}'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
