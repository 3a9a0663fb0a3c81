#!/usr/bin/python3
"""Reads a `genlens stats` file the way pytorch-fid does and checks it against numpy.

usage: check_stats_npz.py STATS.npz FEATURES.npy

pytorch-fid (src/pytorch_fid/fid_score.py, compute_statistics_of_path) loads a statistics file
with `f = np.load(path); m, s = f["mu"][:], f["sigma"][:]`. This script does the same, then
compares with np.mean and np.cov (N - 1) of the features, and checks n and m2. Exit 0 when all
agree to 1e-12 (relative to the largest entry), 1 otherwise with the reason.
"""
import sys

import numpy as np


def main():
    stats_path, features_path = sys.argv[1], sys.argv[2]
    with np.load(stats_path) as f:  # no allow_pickle: plain arrays only
        m, s = f["mu"][:], f["sigma"][:]
        n, m2 = f["n"], f["m2"][:]
    x = np.load(features_path).astype(np.float64)
    mu = np.mean(x, axis=0)
    sigma = np.cov(x, rowvar=False)
    checks = [
        ("mu dtype", m.dtype == np.float64 and s.dtype == np.float64),
        ("shapes", m.shape == (x.shape[1],) and s.shape == (x.shape[1], x.shape[1])),
        ("n", int(n) == x.shape[0] and n.shape == ()),
        ("mu", np.max(np.abs(m - mu)) <= 1e-12 * max(1.0, np.max(np.abs(mu)))),
        ("sigma", np.max(np.abs(s - sigma)) <= 1e-12 * np.max(np.abs(sigma))),
        ("m2", np.max(np.abs(m2 - sigma * (x.shape[0] - 1))) <= 1e-12 * np.max(np.abs(m2))),
    ]
    failed = [name for name, ok in checks if not ok]
    if failed:
        print("mismatch: " + ", ".join(failed))
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
