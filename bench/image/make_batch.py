#!/usr/bin/python3
"""Writes a deflated .npz with one uint8 member arr_0 of N x SIZE x SIZE x 3 images (the layout of
guided-diffusion's sample batches), streamed into the zip in chunks so that this script never holds
the whole array. Content: a 8 x 8 colour grid per image, upsampled with smooth interpolation, plus
sensor noise, on which deflate gains little, as on real samples.
Usage: make_batch.py OUT.npz N [SIZE] [SEED]
"""
import sys
import zipfile

import numpy as np


def chunk(rng, n, size):
    grid = rng.uniform(0, 255, (n, 8, 8, 3))
    t = np.linspace(0, 7, size)
    i = np.minimum(t.astype(int), 6)
    f = (t - i)[None, :, None, None]
    rows = grid[:, i] * (1 - f) + grid[:, i + 1] * f            # n x size x 8 x 3
    f = (t - i)[None, None, :, None]
    img = rows[:, :, i] * (1 - f) + rows[:, :, i + 1] * f        # n x size x size x 3
    img += rng.normal(0, 4, img.shape)
    return np.clip(np.rint(img), 0, 255).astype(np.uint8)


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 64
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    rng = np.random.default_rng(seed)
    header = {"descr": "|u1", "fortran_order": False, "shape": (n, size, size, 3)}
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("arr_0.npy", "w", force_zip64=True) as member:
            np.lib.format.write_array_header_1_0(member, header)
            for start in range(0, n, 1000):
                member.write(chunk(rng, min(1000, n - start), size).tobytes())


if __name__ == "__main__":
    main()
