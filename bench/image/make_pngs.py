#!/usr/bin/python3
"""Writes N deterministic, varied RGB PNGs of SIZE x SIZE into DIR (for bench/image/run_import_bench.sh).

Each image is different (its own seed): a vertical colour gradient, two octaves of smooth value
noise as texture, a few soft discs and a little sensor noise, so that PNG and JPEG sizes are those
of natural-looking pictures rather than of flat synthetic ones. PNG is written here with zlib and
the Sub filter (no imaging library needed). Usage: make_pngs.py DIR N [SIZE] [SEED]
"""
import os
import struct
import sys
import zlib

import numpy as np


def smooth_noise(rng, size, cells):
    grid = rng.uniform(-1.0, 1.0, (cells + 1, cells + 1))
    t = np.linspace(0.0, cells, size, endpoint=False)
    i = t.astype(int)
    f = t - i
    f = f * f * (3 - 2 * f)
    top = grid[i][:, i] * (1 - f)[None, :] + grid[i][:, i + 1] * f[None, :]
    bottom = grid[i + 1][:, i] * (1 - f)[None, :] + grid[i + 1][:, i + 1] * f[None, :]
    return top * (1 - f)[:, None] + bottom * f[:, None]


def image(index, size, seed):
    rng = np.random.default_rng([seed, index])
    y = np.linspace(0.0, 1.0, size)[:, None, None]
    top = rng.uniform(20, 230, 3)
    bottom = rng.uniform(20, 230, 3)
    img = top * (1 - y) + bottom * y + np.zeros((size, size, 3))
    texture = smooth_noise(rng, size, 4) + 0.5 * smooth_noise(rng, size, 16)
    img += texture[:, :, None] * rng.uniform(20, 60, 3)
    yy, xx = np.mgrid[0:size, 0:size]
    for _ in range(int(rng.integers(1, 5))):
        cy, cx = rng.uniform(0, size, 2)
        r = rng.uniform(size / 12, size / 4)
        d = np.sqrt((yy - cy) ** 2 + (xx - cx) ** 2)
        alpha = np.clip((r - d) / 3.0, 0.0, 1.0)[:, :, None]
        img = img * (1 - alpha) + rng.uniform(0, 255, 3) * alpha
    img += rng.normal(0.0, 3.0, img.shape)
    return np.clip(np.rint(img), 0, 255).astype(np.uint8)


def png_bytes(rgb):
    h, w, _ = rgb.shape
    rows = rgb.reshape(h, w * 3).astype(np.int16)
    sub = rows.copy()
    sub[:, 3:] -= rows[:, :-3]  # filter 1 (Sub): difference to the pixel on the left
    raw = np.hstack([np.ones((h, 1), np.uint8), (sub & 0xFF).astype(np.uint8)]).tobytes()

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


def main():
    folder, n = sys.argv[1], int(sys.argv[2])
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 128
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    os.makedirs(folder, exist_ok=True)
    for i in range(n):
        path = os.path.join(folder, "img%06d.png" % i)
        if not os.path.exists(path):
            with open(path, "wb") as f:
                f.write(png_bytes(image(i, size, seed)))


if __name__ == "__main__":
    main()
