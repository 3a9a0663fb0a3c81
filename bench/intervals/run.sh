#!/bin/bash
# What the FID confidence interval costs (issue 13, docs/intervals.md): the whole
# `genlens evaluate image --metrics fid` process on N × 2048 float32 features per side, without
# intervals and with --bootstrap R, CPU seconds (user + sys) and peak RSS from /usr/bin/time.
# The per-replicate cost is (with − without) / R; 200 resamples cost 200 × that.
#
#   bench/intervals/run.sh [GENLENS] [SIZES] [R]      default: build/ci/genlens "10000 50000" 4
set -euo pipefail
GENLENS=${1:-build/ci/genlens}
SIZES=${2:-"10000 50000"}
R=${3:-4}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "load: $(uptime)"
for n in $SIZES; do
    /usr/bin/python3 - "$WORK" "$n" <<'PY'
import sys, numpy as np
work, n = sys.argv[1], int(sys.argv[2])
rng = np.random.default_rng(0)
for name, shift in (("real", 0.0), ("generated", 0.05)):
    x = rng.standard_normal((n, 2048), dtype=np.float32)
    x[:, :64] += shift
    np.save(f"{work}/{name}_{n}.npy", x)
PY
    for r in 0 "$R"; do
        /usr/bin/time -f "%U %S %M" -o "$WORK/time" "$GENLENS" evaluate image \
            --real "$WORK/real_$n.npy" --generated "$WORK/generated_$n.npy" --metrics fid \
            --bootstrap "$r" --quiet --json "$WORK/out.json"
        read -r user sys rss < "$WORK/time"
        cpu=$(echo "$user + $sys" | bc)
        interval=$(/usr/bin/python3 -c "import json; m=json.load(open('$WORK/out.json'))['metrics']['fid']; print(m['value'], m.get('ci_low', '-'), m.get('ci_high', '-'))")
        echo "n=$n bootstrap=$r cpu_s=$cpu peak_mib=$((rss / 1024)) fid[low,high]=$interval"
        eval "cpu_$r=$cpu"
    done
    per=$(echo "scale=2; ($(eval echo \$cpu_$R) - $cpu_0) / $R" | bc)
    echo "n=$n per_replicate_cpu_s=$per  200_resamples_cpu_s≈$(echo "$per * 200" | bc)"
    rm -f "$WORK"/*_"$n".npy
done
echo "load: $(uptime)"
