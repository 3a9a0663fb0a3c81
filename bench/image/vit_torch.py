#!/usr/bin/python3
"""PyTorch's side of bench/image/vit_speed.sh: the same network as the ONNX file (the same
random-weight constructor of packaging/tools/genlens_vit.py), the same batch and thread count.

    vit_torch.py dino|clip ARCH N BATCH THREADS

Prints one line in genlens_bench_vit's format: images/s (wall) and CPU seconds per image over
the timed part (one warm-up batch first), peak RSS.
"""
import os
import resource
import sys
import time

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "packaging", "tools"))
import genlens_vit  # noqa: E402


def main():
    kind, arch, n, batch, threads = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    torch.set_num_threads(threads)
    model = genlens_vit.random_dino(arch) if kind == "dino" else genlens_vit.random_clip(arch)
    if kind == "dino":
        model.fix_input_size()
    x = torch.randn(batch, 3, 224, 224)
    with torch.inference_mode():
        model(x)  # warm-up
        cpu0, t0 = time.process_time(), time.perf_counter()
        done = 0
        while done < n:
            count = min(batch, n - done)
            out = model(x[:count])
            done += count
        wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"torch    images {n} batch {batch} threads {threads} dim {out.shape[1]} load_s 0 "
          f"images_per_s {n / wall:.2f} cpu_s_per_image {cpu / n:.3f} peak_rss_mib {rss:.0f}")


if __name__ == "__main__":
    main()
