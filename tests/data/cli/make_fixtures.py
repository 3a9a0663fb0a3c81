#!/usr/bin/python3
"""Fixtures for tests/cli: small feature matrices and a statistics file.

FID expected values follow pytorch-fid's route (np.cov + scipy.linalg.sqrtm), computed here
independently of GenLens. Run with Debian's interpreter: /usr/bin/python3 make_fixtures.py
"""
import json

import numpy as np
from scipy import linalg

rng = np.random.default_rng(20261125)
d = 8
real = rng.normal(size=(200, d)).astype(np.float32)
generated = (rng.normal(size=(180, d)) * 1.2 + 0.3).astype(np.float32)
np.save("real.npy", real)
np.save("generated.npy", generated)

with_nan = generated.copy()
with_nan[[3, 50, 99]] = np.nan
with_nan[120, 2] = np.inf
np.save("generated_nan.npy", with_nan)
np.save("generated_dim6.npy", generated[:, :6])
np.save("tiny.npy", generated[:4])
np.save("cube.npy", generated.reshape(180, 2, 4))
with open("not_npy.npy", "wb") as f:
    f.write(b"this is not a numpy file\n")


def fid(mu1, s1, mu2, s2):
    covmean, _ = linalg.sqrtm(s1.dot(s2), disp=False)
    covmean = covmean.real
    diff = mu1 - mu2
    return float(diff.dot(diff) + np.trace(s1) + np.trace(s2) - 2 * np.trace(covmean))


def stats(x):
    x = x.astype(np.float64)
    return x.mean(axis=0), np.cov(x, rowvar=False)


mu_r, s_r = stats(real)
mu_g, s_g = stats(generated)
np.savez("real_stats.npz", mu=mu_r, sigma=s_r)
kept = np.delete(with_nan, [3, 50, 99, 120], axis=0)
mu_k, s_k = stats(kept)
expected = {
    "fid": fid(mu_r, s_r, mu_g, s_g),
    "fid_nan_rows_dropped": fid(mu_r, s_r, mu_k, s_k),
}
with open("expected.json", "w") as f:
    json.dump(expected, f, indent=1)
print(expected)
