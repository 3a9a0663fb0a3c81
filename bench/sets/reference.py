#!/usr/bin/python3
"""Reference routes for bench/sets, timed on the same feature files as bench_sets:

  fid-pytorch: pytorch-fid's route on .npy features exactly, as a whole process: np.load, then
        calculate_activation_statistics' np.mean(act, axis=0) / np.cov(act, rowvar=False) on the
        float32 activations (the mean stays float32, np.cov computes in float64), then
        calculate_frechet_distance (src/pytorch_fid/fid_score.py): scipy.linalg.sqrtm(
        sigma1.dot(sigma2), disp=False), eps retry, imaginary-part check, .real, trace.
  fid-float64: the same route with the features converted to float64 first (mean and covariance
        in float64): the reference GenLens must equal to 1e-9 relative.
  fid:  fid-float64 timed without np.load (the earlier harness; kept for comparison).
  PRDC: clovaai prdc (prdc/prdc.py): sklearn.metrics.pairwise_distances(n_jobs=8) full matrices
        (real-real, fake-fake, real-fake), np.partition radii, strict "<".

usage: reference.py fid-pytorch|fid-float64 REAL.npy GEN.npy   (one run; load_s, stats_s, sqrtm_s,
                                                               blas=<library numpy mapped>)
       reference.py fid REAL.npy GEN.npy [--runs R]
       reference.py prdc REAL.npy GEN.npy [--k K] [--runs R]
Prints: <what> value=<...> median_s=<...> runs_s=<...> peak_rss_mib=<...>
"""
import argparse
import resource
import sys
import time

import numpy as np
import scipy.linalg


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


def calculate_frechet_distance(mu1, sigma1, mu2, sigma2, eps=1e-6):
    """pytorch-fid fid_score.py, as published (b9c1811)."""
    mu1 = np.atleast_1d(mu1)
    mu2 = np.atleast_1d(mu2)
    sigma1 = np.atleast_2d(sigma1)
    sigma2 = np.atleast_2d(sigma2)
    diff = mu1 - mu2
    covmean, _ = scipy.linalg.sqrtm(sigma1.dot(sigma2), disp=False)
    if not np.isfinite(covmean).all():
        offset = np.eye(sigma1.shape[0]) * eps
        covmean = scipy.linalg.sqrtm((sigma1 + offset).dot(sigma2 + offset))
    if np.iscomplexobj(covmean):
        if not np.allclose(np.diagonal(covmean).imag, 0, atol=1e-3):
            raise ValueError("Imaginary component {}".format(np.max(np.abs(covmean.imag))))
        covmean = covmean.real
    tr_covmean = np.trace(covmean)
    return diff.dot(diff) + np.trace(sigma1) + np.trace(sigma2) - 2 * tr_covmean


def blas_library():
    """The BLAS shared object numpy has mapped (Debian's reference libblas or OpenBLAS)."""
    with open("/proc/self/maps") as f:
        libs = {line.split()[-1] for line in f if "blas" in line.split()[-1].lower()}
    return ",".join(sorted(libs)) or "none"


def fid_process(mode, real_path, gen_path):
    t0 = time.perf_counter()
    act1 = np.load(real_path)
    act2 = np.load(gen_path)
    if mode == "fid-float64":
        act1 = act1.astype(np.float64)
        act2 = act2.astype(np.float64)
    t1 = time.perf_counter()
    mu1, sigma1 = np.mean(act1, axis=0), np.cov(act1, rowvar=False)
    mu2, sigma2 = np.mean(act2, axis=0), np.cov(act2, rowvar=False)
    t2 = time.perf_counter()
    value = calculate_frechet_distance(mu1, sigma1, mu2, sigma2)
    t3 = time.perf_counter()
    print("reference_%s value=%.17g load_s=%.3f stats_s=%.3f sqrtm_s=%.3f total_s=%.3f cpu_s=%.3f "
          "blas=%s" % (mode, value, t1 - t0, t2 - t1, t3 - t2, t3 - t0, cpu_seconds(),
                       blas_library()))


def nn_distances(x, k):
    import sklearn.metrics  # only the PRDC route needs scikit-learn
    d = sklearn.metrics.pairwise_distances(x, x, metric="euclidean", n_jobs=8)
    return np.partition(d, k, axis=-1)[:, k]


def prdc(real, fake, k):
    real_nn = nn_distances(real, k)
    fake_nn = nn_distances(fake, k)
    import sklearn.metrics
    d = sklearn.metrics.pairwise_distances(real, fake, metric="euclidean", n_jobs=8)
    precision = (d < np.expand_dims(real_nn, axis=1)).any(axis=0).mean()
    recall = (d < np.expand_dims(fake_nn, axis=0)).any(axis=1).mean()
    density = (1.0 / float(k)) * (d < np.expand_dims(real_nn, axis=1)).sum(axis=0).mean()
    coverage = (d.min(axis=1) < real_nn).mean()
    return "value=%.17g,%.17g,%.17g,%.17g" % (precision, recall, density, coverage)


def main():
    if len(sys.argv) > 1 and sys.argv[1] in ("fid-pytorch", "fid-float64"):
        fid_process(sys.argv[1], sys.argv[2], sys.argv[3])
        return
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
