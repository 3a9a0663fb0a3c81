#!/usr/bin/python3
"""Fixtures for tests/sets/tst_intervals.cpp: confidence intervals computed independently with
numpy/scipy, replaying GenLens's seeded draws (SplitMix64, metrics/core/random.h and
metrics/core/bootstrap.cpp) with Python integers.

  /usr/bin/python3 tests/data/sets/make_interval_fixtures.py

writes interval_*.npy and interval_expected.json next to this script.
"""
import json
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
M = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & M

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & M
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
        return z ^ (z >> 31)

    def below(self, bound):
        return self.next() % bound


def replicate_seed(seed, stream, r):
    mix = SplitMix64(seed ^ ((stream * 0x9E3779B97F4A7C15) & M))
    mix.next()
    second = SplitMix64(mix.next() ^ ((r * 0xD1B54A32D192ED03) & M))
    return second.next()


def stream_of(key):
    h = 0xcbf29ce484222325
    for byte in key.encode():
        h ^= byte
        h = (h * 0x100000001b3) & M
    return h


def resample_counts(n, seed, stream, r):
    rng = SplitMix64(replicate_seed(seed, stream, r))
    counts = np.zeros(n, dtype=np.int64)
    for _ in range(n):
        counts[rng.below(n)] += 1
    return counts


def half_split(n, seed, stream, r):
    rng = SplitMix64(replicate_seed(seed, stream, r))
    p = list(range(n))
    for i in range(n):
        j = i + rng.below(n - i)
        p[i], p[j] = p[j], p[i]
    return sorted(p[: n // 2]), sorted(p[n // 2:])


def fid(x, y):
    """FID in float64 with the symmetric route: Tr (Sr^1/2 Sg Sr^1/2)^1/2 by eigh."""
    x = x.astype(np.float64)
    y = y.astype(np.float64)
    mu1, mu2 = x.mean(0), y.mean(0)
    s1 = np.cov(x, rowvar=False)
    s2 = np.cov(y, rowvar=False)
    w, v = np.linalg.eigh(s1)
    root = (v * np.sqrt(np.clip(w, 0, None))) @ v.T
    inner = root @ s2 @ root
    lam = np.linalg.eigvalsh((inner + inner.T) / 2)
    tr = np.sqrt(np.clip(lam, 0, None)).sum()
    return float(((mu1 - mu2) ** 2).sum() + np.trace(s1) + np.trace(s2) - 2 * tr)


def fid_interval(real, gen, resamples, seed, level=0.95):
    stream = stream_of("fid")
    reps = []
    for s in range((resamples + 1) // 2):
        rh, rr = half_split(len(real), seed, stream, 2 * s)
        gh, gr = half_split(len(gen), seed, stream, 2 * s + 1)
        reps.append(fid(real[rh], gen[gh]))
        reps.append(fid(real[rr], gen[gr]))
    reps = np.array(reps[:resamples])
    n = min(len(real), len(gen))
    m = n // 2
    dev = (reps - reps.mean()) * np.sqrt(m / (n - m))
    est = fid(real, gen)
    lo, hi = np.percentile(dev, [50 * (1 - level), 50 * (1 + level)])
    return est, est + lo, est + hi


def main():
    rng = np.random.default_rng(20261208)
    out = {}

    # Percentile bootstrap of a mean (precision-like indicators and a continuous column).
    indicators = (rng.random(37) < 0.6).astype(np.float64)
    column = rng.normal(2.0, 1.5, size=41)
    for name, values, key in [("indicators", indicators, "precision"),
                              ("column", column, "sharpness_real")]:
        stream = stream_of(key)
        reps = [float((resample_counts(len(values), 7, stream, r) * values).sum() / len(values))
                for r in range(200)]
        lo, hi = np.percentile(reps, [2.5, 97.5])
        out["mean_" + name] = {"key": key, "seed": 7, "resamples": 200,
                               "values": values.tolist(), "ci_low": lo, "ci_high": hi}

    # FID half-sampling: d-route (halves larger than d) and Gram route (halves smaller than d).
    for name, d, nr, ng in [("fid_small_d", 4, 40, 36), ("fid_gram", 64, 40, 36)]:
        real = rng.normal(0.0, 1.0, size=(nr, d)).astype(np.float32)
        gen = (rng.normal(0.3, 1.2, size=(ng, d))).astype(np.float32)
        np.save(os.path.join(HERE, "interval_%s_real.npy" % name), real)
        np.save(os.path.join(HERE, "interval_%s_generated.npy" % name), gen)
        est, lo, hi = fid_interval(real, gen, 20, 3)
        out[name] = {"seed": 3, "resamples": 20, "fid": est, "ci_low": lo, "ci_high": hi}

    with open(os.path.join(HERE, "interval_expected.json"), "w") as f:
        json.dump(out, f, indent=1)


if __name__ == "__main__":
    main()
