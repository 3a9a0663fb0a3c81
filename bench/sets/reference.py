#!/usr/bin/python3
"""Reference routes for bench/sets, timed on the same feature files as bench_sets:

  FID:  pytorch-fid (src/pytorch_fid/fid_score.py): features as float64, np.mean / np.cov,
        scipy.linalg.sqrtm(sigma1.dot(sigma2), disp=False), eps retry, .real, trace.
  PRDC: clovaai prdc (prdc/prdc.py): sklearn.metrics.pairwise_distances(n_jobs=8) full matrices
        (real-real, fake-fake, real-fake), np.partition radii, strict "<".

usage: reference.py fid REAL.npy GEN.npy [--runs R]
       reference.py prdc REAL.npy GEN.npy [--k K] [--runs R]
Prints: <what> value=<...> median_s=<...> runs_s=<...> peak_rss_mib=<...>
"""
import argparse
import resource
import sys
import time

import numpy as np
import scipy.linalg
import sklearn.metrics


def cpu_seconds():
    # user + sys of this process, all threads (joblib's threads included)
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime


def fid(real, gen, eps=1e-6):
    act1 = real.astype(np.float64)  # pytorch-fid's pred_arr is float64
    act2 = gen.astype(np.float64)
    mu1, sigma1 = np.mean(act1, axis=0), np.cov(act1, rowvar=False)
    mu2, sigma2 = np.mean(act2, axis=0), np.cov(act2, rowvar=False)
    diff = mu1 - mu2
    covmean, _ = scipy.linalg.sqrtm(sigma1.dot(sigma2), disp=False)
    if not np.isfinite(covmean).all():
        offset = np.eye(sigma1.shape[0]) * eps
        covmean = scipy.linalg.sqrtm((sigma1 + offset).dot(sigma2 + offset))
    if np.iscomplexobj(covmean):
        if not np.allclose(np.diagonal(covmean).imag, 0, atol=1e-3):
            raise ValueError("Imaginary component {}".format(np.max(np.abs(covmean.imag))))
        covmean = covmean.real
    return "value=%.17g" % (diff.dot(diff) + np.trace(sigma1) + np.trace(sigma2) - 2 * np.trace(covmean))


def nn_distances(x, k):
    d = sklearn.metrics.pairwise_distances(x, x, metric="euclidean", n_jobs=8)
    return np.partition(d, k, axis=-1)[:, k]


def prdc(real, fake, k):
    real_nn = nn_distances(real, k)
    fake_nn = nn_distances(fake, k)
    d = sklearn.metrics.pairwise_distances(real, fake, metric="euclidean", n_jobs=8)
    precision = (d < np.expand_dims(real_nn, axis=1)).any(axis=0).mean()
    recall = (d < np.expand_dims(fake_nn, axis=0)).any(axis=1).mean()
    density = (1.0 / float(k)) * (d < np.expand_dims(real_nn, axis=1)).sum(axis=0).mean()
    coverage = (d.min(axis=1) < real_nn).mean()
    return "value=%.17g,%.17g,%.17g,%.17g" % (precision, recall, density, coverage)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["fid", "prdc"])
    p.add_argument("real")
    p.add_argument("gen")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--k", type=int, default=5)
    a = p.parse_args()
    real = np.load(a.real)
    gen = np.load(a.gen)
    times = []
    cpu = []
    value = ""
    for r in range(a.runs):
        t = time.perf_counter()
        c = cpu_seconds()
        value = fid(real, gen) if a.mode == "fid" else prdc(real, gen, a.k)
        times.append(time.perf_counter() - t)
        cpu.append(cpu_seconds() - c)
        print("  reference_%s run %d: %.2f s wall, %.2f s cpu" % (a.mode, r + 1, times[-1], cpu[-1]),
              file=sys.stderr)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print("reference_%s %s median_s=%.3f runs_s=%s cpu_s=%.3f peak_rss_mib=%.0f"
          % (a.mode, value, float(np.median(times)), ",".join("%.3f" % t for t in times),
             float(sorted(cpu)[len(cpu) // 2]), rss))


if __name__ == "__main__":
    main()
