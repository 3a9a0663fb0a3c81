#!/usr/bin/python3
"""Fixtures for the FID trace routes (tests/sets/tst_fid.cpp, routes_*): the Cholesky route
(Σr positive definite), an ill-conditioned Σr and the pivoted-LDLᵀ fallback (singular Σr, N ≤ d).
Run: /usr/bin/python3 tests/data/sets/make_fid_route_fixtures.py

Features are Inception-pool3-like (correlated through a random mixing matrix, ReLU'd, float32).
Expected values, in fid_routes.json per case:
  fid_sqrtm:   the float64 reference route: np.mean / np.cov in float64, scipy.linalg.sqrtm of
               Σr Σg (pytorch-fid's calculate_frechet_distance, eps retry included).
  fid_nuclear: Tr (Σr Σg)^½ as the nuclear norm of A Bᵀ (A, B centred features / √(N−1)), an SVD
               of an N × M matrix: no matrix square root at all, the most accurate value.
  fid_f32mean: pytorch-fid's own route exactly (features kept float32 for np.mean, as its
               fid_score.py does when it is handed float32 activations), to show the size of that
               effect.
"""
import json
import os

import numpy as np
import scipy.linalg

HERE = os.path.dirname(os.path.abspath(__file__))


def features(rng, n, d, rank, shift):
    mix = rng.normal(size=(rank, d)) / np.sqrt(rank)
    z = rng.normal(size=(n, rank)) @ mix + shift
    return np.maximum(z, 0.05 * z).astype(np.float32)


def calculate_frechet_distance(mu1, sigma1, mu2, sigma2, eps=1e-6):
    diff = mu1 - mu2
    covmean, _ = scipy.linalg.sqrtm(sigma1.dot(sigma2), disp=False)
    if not np.isfinite(covmean).all():
        offset = np.eye(sigma1.shape[0]) * eps
        covmean = scipy.linalg.sqrtm((sigma1 + offset).dot(sigma2 + offset))
    if np.iscomplexobj(covmean):
        covmean = covmean.real
    return float(diff.dot(diff) + np.trace(sigma1) + np.trace(sigma2) - 2 * np.trace(covmean))


def fid_sqrtm(real, gen, dtype):
    x1 = real.astype(dtype)
    x2 = gen.astype(dtype)
    return calculate_frechet_distance(np.mean(x1, axis=0).astype(np.float64),
                                      np.cov(x1, rowvar=False).astype(np.float64),
                                      np.mean(x2, axis=0).astype(np.float64),
                                      np.cov(x2, rowvar=False).astype(np.float64))


def fid_nuclear(real, gen):
    x1 = real.astype(np.float64)
    x2 = gen.astype(np.float64)
    a = (x1 - x1.mean(0)) / np.sqrt(len(x1) - 1)
    b = (x2 - x2.mean(0)) / np.sqrt(len(x2) - 1)
    tr = np.linalg.svd(a @ b.T, compute_uv=False).sum()
    d = x1.mean(0) - x2.mean(0)
    return float(d @ d + np.sum(a * a) + np.sum(b * b) - 2 * tr)


def main():
    rng = np.random.default_rng(2024)
    d = 160
    cases = {
        # N well above d: Σr positive definite, Cholesky route.
        "pd": (features(rng, 800, d, d, 0.3), features(rng, 700, d, d, 0.4)),
        # N just above d, rank-120 features plus noise at 1e-4: Σr positive definite but with a
        # condition number around 1e11.
        "illcond": ((features(rng, 170, 120, 120, 0.2) @ rng.normal(size=(120, d)) / 11.0
                     + 1e-4 * rng.normal(size=(170, d))).astype(np.float32),
                    features(rng, 400, d, d, 0.25)),
        # N < d: Σr singular, pivoted LDLᵀ route.
        "singular": (features(rng, 90, d, d, 0.3), features(rng, 120, d, d, 0.35)),
    }
    expected = {}
    for name, (real, gen) in cases.items():
        np.save(os.path.join(HERE, "fidroute_%s_real.npy" % name), real)
        np.save(os.path.join(HERE, "fidroute_%s_generated.npy" % name), gen)
        s1 = np.cov(real.astype(np.float64), rowvar=False)
        ev = np.linalg.eigvalsh(s1)
        expected[name] = dict(fid_sqrtm=fid_sqrtm(real, gen, np.float64),
                              fid_nuclear=fid_nuclear(real, gen),
                              fid_f32mean=fid_sqrtm(real, gen, np.float32),
                              sigma_real_condition=float(ev[-1] / max(ev[0], 1e-300)))
    with open(os.path.join(HERE, "fid_routes.json"), "w") as f:
        json.dump(expected, f, indent=1)
    print(json.dumps(expected, indent=1))


if __name__ == "__main__":
    main()
