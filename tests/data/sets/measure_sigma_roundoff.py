#!/usr/bin/python3
"""Provenance of loadFidStatistics' tolerances (metrics/sets/fid.cpp, issue 15).

Prints, for np.cov of N < d normal samples (a singular covariance, as pytorch-fid writes it),
the asymmetry of sigma and its smallest eigenvalue relative to the largest, in float64 and after
a float32 round-trip. Measured on Debian 12 numpy 1.24: asymmetry 0 everywhere; smallest/largest
down to -1.1e-8 (float32, d=2048) and -2.3e-7 for a float32 X^T X product. Hence symmetry
tolerance 1e-6 of the largest entry and eigenvalue tolerance 1e-5 of the largest eigenvalue.
"""
import numpy as np

rng = np.random.default_rng(0)
for d, n in [(128, 60), (512, 300), (2048, 1000)]:
    x = rng.standard_normal((n, d))
    s = np.cov(x, rowvar=False)
    print(d, n, "asymmetry float64", np.abs(s - s.T).max())
    for name, m in [("float64", s), ("float32", s.astype(np.float32).astype(np.float64))]:
        w = np.linalg.eigvalsh(m)
        print("  ", name, "smallest/largest eigenvalue", w.min() / w.max())
    xf = x.astype(np.float32)
    xc = xf - xf.mean(0)
    sf = ((xc.T @ xc) / (n - 1)).astype(np.float64)
    w = np.linalg.eigvalsh(sf)
    print("   float32 product: asymmetry", np.abs(sf - sf.T).max() / np.abs(sf).max(),
          "smallest/largest", w.min() / w.max())
