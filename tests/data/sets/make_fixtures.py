#!/usr/bin/python3
"""Fixtures for tests/sets: feature matrices and the metrics computed independently with the
reference projects' formulas (numpy/scipy, full pairwise matrices), never with GenLens code.

Run from anywhere:  /usr/bin/python3 tests/data/sets/make_fixtures.py
Writes, per case, <case>_real.npy, <case>_generated.npy (float32), <case>_expected.npz (arrays)
and one expected.json with the scalar values.

Routes followed (reference note /work/shared/reference/image-metrics.md):
- FID: pytorch-fid fid_score.py: np.mean / np.cov (float64, ddof 1), scipy.linalg.sqrtm(s1.dot(s2)),
  eps*I retry when not finite, imaginary-part check (|Im diag| <= 1e-3) then .real.
- PRDC: clovaai prdc.py (radii = (k+1)-th smallest distance counting self via np.partition,
  strict "<"), but with scipy.spatial.distance.cdist (direct differences, float64) instead of
  sklearn's dot-product expansion, so that the expected values are exact.
- KID: torch-fidelity metric_kid.py unbiased MMD^2 with (x.y/d + 1)^3, in float64, std ddof 0;
  subsets drawn with GenLens' documented SplitMix64 partial Fisher-Yates sampler (kid.h), replayed
  here in integer arithmetic.
- Realism: Kynkaanniemi et al. 2019 (paper): max over real i with r_i <= median(r) of r_i/d(g, x_i).
- Vendi: vertaix vendi.py score_X with q = 1: rows L2-normalised, K = X X^T, eigvalsh(K/n),
  exp(-sum p log p) over p > 0.
- Memorisation: design.md section 4 (nearest real, d1/d2, flag d1 < 0.5 * median real 1-NN).
- k-NN: brute force, np.argsort(kind="stable") (ties by smaller index).
"""
import json
import os

import numpy as np
import scipy.linalg
from scipy.spatial.distance import cdist

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


def fid_pytorch(real, gen, eps=1e-6):
    x1 = real.astype(np.float64)
    x2 = gen.astype(np.float64)
    mu1, mu2 = np.mean(x1, axis=0), np.mean(x2, axis=0)
    s1, s2 = np.cov(x1, rowvar=False), np.cov(x2, rowvar=False)
    diff = mu1 - mu2
    covmean, _ = scipy.linalg.sqrtm(s1.dot(s2), disp=False)
    if not np.isfinite(covmean).all():
        offset = np.eye(s1.shape[0]) * eps
        covmean = scipy.linalg.sqrtm((s1 + offset).dot(s2 + offset))
    if np.iscomplexobj(covmean):
        if not np.allclose(np.diagonal(covmean).imag, 0, atol=1e-3):
            raise ValueError("Imaginary component %g" % np.max(np.abs(covmean.imag)))
        covmean = covmean.real
    return float(diff.dot(diff) + np.trace(s1) + np.trace(s2) - 2 * np.trace(covmean)), mu1, s1, mu2, s2


def fid_nuclear(real, gen):
    """FID with Tr (S1 S2)^(1/2) as the nuclear norm of A B^T, A, B the centred features scaled by
    1/sqrt(N-1) (reference note 1.1): an SVD of an N1 x N2 matrix, the most accurate value when
    N < d (sqrtm of the singular product loses ~1e-8 relative)."""
    x1 = real.astype(np.float64)
    x2 = gen.astype(np.float64)
    a = (x1 - x1.mean(0)) / np.sqrt(len(x1) - 1)
    b = (x2 - x2.mean(0)) / np.sqrt(len(x2) - 1)
    tr = np.linalg.svd(a @ b.T, compute_uv=False).sum()
    d = x1.mean(0) - x2.mean(0)
    return float(d @ d + np.sum(a * a) + np.sum(b * b) - 2 * tr)


def kid_torch_fidelity(real, gen, subsets, subset_size, seed):
    x = real.astype(np.float64)
    y = gen.astype(np.float64)
    n, m_gen, d = x.shape[0], y.shape[0], x.shape[1]
    m = min(subset_size, n, m_gen)
    rng = SplitMix64(seed)
    values = []
    for _ in range(subsets):
        ri = sample_without_replacement(n, m, rng)
        gi = sample_without_replacement(m_gen, m, rng)
        f1, f2 = x[ri], y[gi]
        k11 = (f1 @ f1.T / d + 1) ** 3
        k22 = (f2 @ f2.T / d + 1) ** 3
        k12 = (f1 @ f2.T / d + 1) ** 3
        kt11 = k11.sum() - np.diag(k11).sum()
        kt22 = k22.sum() - np.diag(k22).sum()
        values.append((kt11 + kt22) / (m * (m - 1)) - 2 * k12.sum() / (m * m))
    values = np.array(values)
    return float(values.mean()), float(values.std()), m, values


def prdc_full(real, gen, k):
    x = real.astype(np.float64)
    y = gen.astype(np.float64)
    drr = cdist(x, x)
    dgg = cdist(y, y)
    drg = cdist(x, y)  # real x generated
    r = np.partition(drr, k, axis=-1)[:, k]
    s = np.partition(dgg, k, axis=-1)[:, k]
    precision = (drg < r[:, None]).any(axis=0).mean()
    recall = (drg < s[None, :]).any(axis=1).mean()
    density = (1.0 / k) * (drg < r[:, None]).sum(axis=0).mean()
    coverage = (drg.min(axis=1) < r).mean()
    per = dict(
        real_radius=r, generated_radius=s,
        inside_real=(drg < r[:, None]).any(axis=0).astype(np.uint8),
        balls=(drg < r[:, None]).sum(axis=0).astype(np.int64),
        covered=(drg.min(axis=1) < r).astype(np.uint8),
        inside_generated=(drg < s[None, :]).any(axis=1).astype(np.uint8),
        nearest_generated_distance=drg.min(axis=1),
    )
    # realism (paper): r_i <= median(r)
    keep = r <= np.median(r)
    with np.errstate(divide="ignore"):
        ratio = r[keep][:, None] / drg[keep]
    per["realism"] = ratio.max(axis=0)
    return dict(precision=float(precision), recall=float(recall), density=float(density),
                coverage=float(coverage)), per, drr, dgg, drg


def knn_brute(dist, k, exclude_self):
    d = dist.copy()
    if exclude_self:
        np.fill_diagonal(d, np.inf)
    idx = np.argsort(d, axis=1, kind="stable")[:, :k]
    return idx.astype(np.int64), np.take_along_axis(d, idx, axis=1)


def vendi_n_by_n(x):
    x = x.astype(np.float64)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    x = x / norms
    k = x @ x.T
    w = scipy.linalg.eigvalsh(k / x.shape[0])
    w = w[w > 0]
    return float(np.exp(-np.sum(w * np.log(w))))


def memorization(drg, drr, factor):
    dgr = drg.T
    order = np.argsort(dgr, axis=1, kind="stable")
    d1 = np.take_along_axis(dgr, order[:, :1], axis=1)[:, 0]
    d2 = np.take_along_axis(dgr, order[:, 1:2], axis=1)[:, 0]
    ratio = np.where(d2 > 0, d1 / np.where(d2 > 0, d2, 1), 0.0)
    d = drr.copy()
    np.fill_diagonal(d, np.inf)
    med = float(np.median(d.min(axis=1)))
    flags = (d1 < factor * med).astype(np.uint8)
    return dict(nearest_real=order[:, 0].astype(np.int64), nearest_distance=d1, ratio=ratio,
                memorized=flags), med, float(flags.mean())


def make_case(name, real, gen, k, kid_subsets, kid_size, seed, neighbours, out):
    real = real.astype(np.float32)
    gen = gen.astype(np.float32)
    np.save(os.path.join(HERE, f"{name}_real.npy"), real)
    np.save(os.path.join(HERE, f"{name}_generated.npy"), gen)
    fid, mu1, s1, mu2, s2 = fid_pytorch(real, gen)
    kid, kid_std, kid_m, kid_values = kid_torch_fidelity(real, gen, kid_subsets, kid_size, seed)
    prdc, per, drr, dgg, drg = prdc_full(real, gen, k)
    mem, med, frac = memorization(drg, drr, 0.5)
    gr_idx, gr_d = knn_brute(drg.T, neighbours, False)
    rg_idx, rg_d = knn_brute(drg, neighbours, False)
    rr_idx, rr_d = knn_brute(drr, neighbours, True)
    gg_idx, gg_d = knn_brute(dgg, neighbours, True)
    arrays = dict(per)
    arrays.update(mem)
    arrays.update(gr_idx=gr_idx, gr_d=gr_d, rg_idx=rg_idx, rg_d=rg_d, rr_idx=rr_idx, rr_d=rr_d,
                  gg_idx=gg_idx, gg_d=gg_d, kid_values=kid_values)
    np.savez_compressed(os.path.join(HERE, f"{name}_expected.npz"), **arrays)
    # mu/sigma statistics files in pytorch-fid's layout for the loader test
    np.savez(os.path.join(HERE, f"{name}_real_stats.npz"), mu=mu1, sigma=s1)
    np.savez(os.path.join(HERE, f"{name}_generated_stats.npz"), mu=mu2, sigma=s2)
    out[name] = dict(
        k=k, kid_subsets=kid_subsets, kid_subset_size=kid_size, seed=seed, neighbours=neighbours,
        fid=fid, fid_nuclear=fid_nuclear(real, gen), kid=kid, kid_std=kid_std, kid_m=kid_m, vendi_real=vendi_n_by_n(real),
        vendi_generated=vendi_n_by_n(gen), memorized_fraction=frac, real_nearest_median=med,
        realism_radius_limit=float(np.median(per["real_radius"])), **prdc)


def main():
    rng = np.random.default_rng(20261125)
    out = {}
    # 1. Well-conditioned: Gaussians, shifted and scaled; N != M to catch swaps.
    real = rng.normal(size=(400, 16))
    gen = rng.normal(loc=0.3, scale=1.2, size=(350, 16))
    make_case("well", real, gen, 5, 20, 100, 7, 5, out)
    # 2. Rank-deficient: fewer samples than dimensions, non-negative like pool3 features.
    real = np.abs(rng.normal(size=(60, 128))) + 0.5
    gen = np.abs(rng.normal(loc=0.2, size=(50, 128))) + 0.5
    make_case("rankdef", real, gen, 5, 10, 1000, 3, 4, out)
    # 3. Ties and duplicates: small integer grid, duplicated real rows, generated copies of reals.
    real = rng.integers(0, 4, size=(40, 6)).astype(np.float64)
    real[5] = real[3]
    real[17] = real[3]
    real[30] = real[12]
    gen = rng.integers(0, 4, size=(36, 6)).astype(np.float64)
    gen[0] = real[3]
    gen[7] = real[12]
    gen[20] = real[21]
    gen[21] = gen[20]
    make_case("ties", real, gen, 3, 5, 30, 11, 6, out)
    # Sampler check values: first subset indices for n = 10, m = 4, seed 0.
    r = SplitMix64(0)
    out["sampler"] = dict(first_outputs=[str(r.next()) for _ in range(3)],
                          subset_10_4_seed0=sample_without_replacement(10, 4, SplitMix64(0)))
    with open(os.path.join(HERE, "expected.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
