#!/bin/sh
# Image throughput and memory (docs/image.md). Usage, from the repository root:
#   cmake --preset bench && cmake --build --preset bench --target genlens_bench_image
#   bench/image/run_image_bench.sh [build/bench]
# Optional ONNX InceptionV3 figure: export a model first (random weights are as fast as real ones)
#   /usr/bin/python3 packaging/tools/export_inception_onnx.py --random-weights 1 --out /tmp/inception.onnx
# Each command is run twice when it has to create its image folder first; quote the second (the
# first run's peak RSS includes the image generator).
set -eu
BUILD=${1:-build/bench}
BIN=$BUILD/bench/image/genlens_bench_image
"$BIN" builtin /tmp/genlens_bench_1k 1000 2
"$BIN" import /tmp/genlens_bench_1k 1000 2
"$BIN" builtin /tmp/genlens_bench_20k 20000 2
"$BIN" import /tmp/genlens_bench_20k 20000 2
if [ -f /tmp/inception.onnx ]; then
    "$BIN" builtin /tmp/genlens_bench_100 100 2 > /dev/null
    "$BIN" onnx /tmp/inception.onnx /tmp/genlens_bench_100 2
fi
