#!/bin/sh
# Vision-transformer extraction speed: GenLens's ONNX extractor (OpenCV 4.6 after the graph pass)
# against Debian's PyTorch 1.13 on the same random-weight network, batch and thread count, in the
# same run (docs/image.md, "Vision transformers"). Usage, from the repository root:
#   cmake --preset bench && cmake --build --preset bench --target genlens_bench_vit
#   bench/image/vit_speed.sh [build/bench] [N images, default 64] [batch, default 16] [threads, default 2]
# MODELS="dino:vits14 clip:ViT-B/32" limits the list (default: all five, cheapest first).
# Models are exported once to /tmp/genlens_vit (random weights are as fast as real ones; ViT-L/14
# is 1.2 GB: never commit them). Prints one genlens and one torch line per model, then the ratio
# and the hours 50,000 images take at the measured rate.
set -eu
BUILD=${1:-build/bench}
N=${2:-64}
BATCH=${3:-16}
THREADS=${4:-2}
BIN=$BUILD/bench/image/genlens_bench_vit
HERE=$(dirname "$0")
TOOLS=$HERE/../../packaging/tools
DIR=/tmp/genlens_vit
mkdir -p "$DIR"
PY=/usr/bin/python3

for spec in ${MODELS:-dino:vits14 clip:ViT-B/32 dino:vitb14 clip:ViT-L/14 dino:vitl14}; do
    kind=${spec%%:*}
    arch=${spec#*:}
    if [ "$kind" = dino ]; then
        file=$DIR/dinov2_$arch.onnx
    else
        file=$DIR/clip_$(echo "$arch" | tr -d '/-' | tr 'A-Z' 'a-z').onnx
    fi
    if [ ! -f "$file" ]; then
        if [ "$kind" = dino ]; then
            $PY "$TOOLS/export_dinov2_onnx.py" --random-weights --arch "$arch" --out "$file" 2>/dev/null
        else
            $PY "$TOOLS/export_clip_onnx.py" --random-weights --arch "$arch" --out "$file" 2>/dev/null
        fi
    fi
    echo "== $kind $arch  (uptime:$(uptime | sed 's/.*load average//'))"
    g=$("$BIN" "$file" "$N" "$BATCH" "$THREADS")
    echo "$g"
    t=$($PY "$HERE/vit_torch.py" "$kind" "$arch" "$N" "$BATCH" "$THREADS")
    echo "$t"
    echo "$g" "$t" | awk '{
        for (i = 1; i <= NF; ++i) { if ($i == "images_per_s") r[++k] = $(i + 1); if ($i == "cpu_s_per_image") c[++m] = $(i + 1) }
        printf "   genlens/torch images/s %.2f, CPU s/image %.2f; 50,000 images: genlens %.1f h, torch %.1f h\n",
               r[1] / r[2], c[1] / c[2], 50000 / r[1] / 3600, 50000 / r[2] / 3600 }'
done
