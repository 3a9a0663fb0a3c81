#!/usr/bin/python3
"""Fixtures for tests/sets/tst_projection.cpp: the 2-D PCA map of two feature sets
(metrics/include/genlens/metrics/sets/projection.h), computed here independently of GenLens.

Run from anywhere:  /usr/bin/python3 tests/data/sets/make_projection_fixture.py
Writes, per case, projection_<case>_real.npy and projection_<case>_generated.npy (float32) and
projection_<case>_expected.npz.

Reference route: scikit-learn's PCA(n_components=2, svd_solver="full") fitted on
np.vstack([real, generated]) in float64 — an SVD of the centred data (LAPACK gesdd), not the
covariance eigenproblem GenLens solves — then GenLens' documented sign rule (the entry of largest
|value| of each axis is positive), x/y = pca.transform(rows). explained_variance_ratio_ is
lambda_i / trace(C) with C = np.cov(..., ddof=1). The subsample replays GenLens' SplitMix64 and
partial Fisher-Yates sampler (core/random.h) with integer arithmetic: one stream seeded with `seed`,
the real set drawn first (only when it exceeds the cap), then the generated set; indices sorted.
"""
import os

import numpy as np
from sklearn.decomposition import PCA

HERE = os.path.dirname(os.path.abspath(__file__))
MASK = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, bound):
        return self.next() % bound


def sample_without_replacement(n, m, rng):
    p = list(range(n))
    for i in range(m):
        j = i + rng.below(n - i)
        p[i], p[j] = p[j], p[i]
    return p[:m]


def signed(axes):
    out = axes.copy()
    for i in range(out.shape[0]):
        order = np.argsort(-np.abs(out[i]), kind="stable")
        # The rule must be unambiguous for the fixture: a clear largest entry.
        assert abs(out[i, order[0]]) - abs(out[i, order[1]]) > 1e-3, "ambiguous sign"
        if out[i, order[0]] < 0:
            out[i] = -out[i]
    return out


def spectrum_data(rng, n, d, scales, rotation, shift):
    z = rng.standard_normal((n, d)) * scales
    return (z @ rotation.T + shift).astype(np.float32)


def make_case(name, real, gen, cap, seed):
    both = np.vstack([real, gen]).astype(np.float64)
    pca = PCA(n_components=2, svd_solver="full").fit(both)
    axes = signed(pca.components_)
    mean = pca.mean_
    cov = np.cov(both, rowvar=False, ddof=1)
    total = np.trace(cov)
    variance = np.array([axes[i] @ cov @ axes[i] for i in range(2)])
    assert np.allclose(variance, pca.explained_variance_, rtol=1e-10)
    ratio = pca.explained_variance_ / total
    assert np.allclose(ratio, pca.explained_variance_ratio_, rtol=1e-10)

    rng = SplitMix64(seed)
    arrays = {}
    for role, rows in (("real", real), ("generated", gen)):
        n = rows.shape[0]
        if cap > 0 and n > cap:
            kept = np.array(sorted(sample_without_replacement(n, cap, rng)), dtype=np.int64)
        else:
            kept = np.arange(n, dtype=np.int64)
        xy = (rows[kept].astype(np.float64) - mean) @ axes.T
        arrays[f"{role}_kept"] = kept
        arrays[f"{role}_xy"] = xy
    arrays.update(
        mean=mean,
        axes=axes,
        explained_variance=pca.explained_variance_,
        explained_variance_ratio=ratio,
        total_variance=np.array([total]),
        cap=np.array([cap], dtype=np.int64),
        seed=np.array([seed], dtype=np.int64),
    )
    np.save(os.path.join(HERE, f"projection_{name}_real.npy"), real)
    np.save(os.path.join(HERE, f"projection_{name}_generated.npy"), gen)
    np.savez_compressed(os.path.join(HERE, f"projection_{name}_expected.npz"), **arrays)
    print(name, real.shape, gen.shape, "ratio", ratio, "kept",
          len(arrays["real_kept"]), len(arrays["generated_kept"]))


def main():
    rng = np.random.default_rng(20240611)

    # d = 160 (above the dense-solver switch of 64), n > d: two strong directions, a decaying
    # tail, rotated so that no axis is a coordinate axis; generated shifted and narrower.
    d = 160
    rotation, _ = np.linalg.qr(rng.standard_normal((d, d)))
    scales = np.concatenate([[6.0, 3.5], 1.5 / (1.0 + np.arange(d - 2)) ** 0.6])
    real = spectrum_data(rng, 260, d, scales, rotation, 2.0)
    gen = spectrum_data(rng, 220, d, scales * 0.8, rotation, 2.0 + 0.8 * rotation[:, 0])
    make_case("gauss", real, gen, 0, 0)

    # n < d (rank-deficient covariance, rank 34 > the 16 subspace vectors).
    d = 100
    rotation, _ = np.linalg.qr(rng.standard_normal((d, d)))
    scales = np.concatenate([[5.0, 3.0], 1.0 / (1.0 + np.arange(d - 2)) ** 0.3])
    real = spectrum_data(rng, 20, d, scales, rotation, -1.0)
    gen = spectrum_data(rng, 15, d, scales, rotation, -1.0 + 1.5 * rotation[:, 1])
    make_case("wide", real, gen, 0, 0)

    # Subsample bookkeeping: both sets above a cap of 50, seed 42; d = 8 (dense solver).
    d = 8
    rotation, _ = np.linalg.qr(rng.standard_normal((d, d)))
    scales = np.array([4.0, 2.0, 1.0, 0.8, 0.6, 0.4, 0.3, 0.2])
    real = spectrum_data(rng, 120, d, scales, rotation, 0.5)
    gen = spectrum_data(rng, 90, d, scales, rotation, 0.5 - rotation[:, 0])
    make_case("subsample", real, gen, 50, 42)


if __name__ == "__main__":
    main()
