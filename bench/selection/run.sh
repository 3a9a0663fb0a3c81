#!/bin/bash
# Issue 10 deliverable 1, measured: what a metric selection saves, whole `genlens` process.
#   bench/selection/run.sh [GENLENS] [N_IMAGE_ROWS] [N_TEXTS]
# Image: N×2048 float32 random features per side, `--metrics fid` vs every metric.
# Text: N synthetic texts per side (Zipf words, as bench/text/bench_textpipeline), `--metrics
# self_bleu` vs every metric. Prints wall, user+sys CPU and peak RSS (GNU time) and the ratios.
set -euo pipefail
GENLENS=${1:-build/ci/genlens}
ROWS=${2:-10000}
TEXTS=${3:-10000}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
/usr/bin/python3 - "$DIR" "$ROWS" "$TEXTS" <<'PY'
import sys, numpy as np
d, rows, texts = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = np.random.default_rng(0)
np.save(f"{d}/real.npy", rng.standard_normal((rows, 2048), dtype=np.float32))
np.save(f"{d}/gen.npy", (rng.standard_normal((rows, 2048), dtype=np.float32) * 1.1 + 0.05).astype(np.float32))
w = 1.0 / np.arange(1, 5001); w /= w.sum()
for name, seed in (("real", 1), ("gen", 2)):
    r = np.random.default_rng(seed)
    with open(f"{d}/{name}.txt", "w") as f:
        for i in range(texts):
            words = r.choice(5000, size=r.integers(8, 41), p=w)
            f.write(" ".join(f"w{x}" for x in words) + (" ." if i % 3 == 0 else "") + "\n")
PY
run() { # label, then the genlens arguments
    local label=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$DIR/time" "$GENLENS" "$@" --quiet --json "$DIR/out.json" >/dev/null
    read -r wall user sys rss < "$DIR/time"
    local cpu; cpu=$(echo "$user + $sys" | bc)
    printf "%-34s wall %8.2f s   cpu %8.2f s   peak RSS %6d MiB\n" "$label" "$wall" "$cpu" $((rss / 1024))
    echo "$wall $cpu" > "$DIR/$label.t"
}
ratio() { # a b: cpu(a)/cpu(b), wall(a)/wall(b)
    read -r wa ca < "$DIR/$1.t"; read -r wb cb < "$DIR/$2.t"
    printf "  %s / %s: wall %.1fx, cpu %.1fx\n" "$1" "$2" "$(echo "$wa / $wb" | bc -l)" "$(echo "$ca / $cb" | bc -l)"
}
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)   $(nproc) cores"
echo "image: ${ROWS}x2048 float32 per side"
run image-all evaluate image --real "$DIR/real.npy" --generated "$DIR/gen.npy"
run image-fid evaluate image --real "$DIR/real.npy" --generated "$DIR/gen.npy" --metrics fid
ratio image-all image-fid
echo "text: ${TEXTS} texts per side"
run text-all evaluate text --real "$DIR/real.txt" --generated "$DIR/gen.txt"
run text-self_bleu evaluate text --real "$DIR/real.txt" --generated "$DIR/gen.txt" --metrics self_bleu
ratio text-all text-self_bleu
