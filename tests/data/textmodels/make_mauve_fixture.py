#!/usr/bin/python3
"""Expected values for tests/textmodels/tst_mauve.cpp.

Part A (histograms): the divergence curve, area and frontier integral written from the
reference's formulas (krishnap25/mauve src/mauve/compute_mauve.py: kl_multinomial,
get_divergence_curve_for_multinomials, sklearn.metrics.auc both ways after argsort,
get_fronter_integral), re-typed here, on fixed histograms.

Part B (end to end): an independent numpy/scikit-learn MAUVE on fixed features: vstack([q, p]),
sklearn normalize(l2), PCA(n_components=None, whiten=False) to 90% explained variance,
KMeans(k-means++, n_init=5, max_iter=500, random_state=seed), histograms, the curve and area of
part A. The reference uses faiss.Kmeans; scikit-learn is the independent route available here.
  * "separated": 20 tight, far-apart blobs, p uses every blob, q a skewed subset: with k = 20 the
    optimal quantisation is unique (the blobs), so every correct k-means finds it and MAUVE must
    agree to float rounding.
  * "overlapping": two shifted Gaussian clouds: k-means optima depend on the seed, so the fixture
    stores scikit-learn's MAUVE for seeds 0..4 (mean, std, min, max) and the test compares
    GenLens's own 5-seed mean within a tolerance derived from the spread.

Features are written as little-endian float32 (*.f32, row-major) with shapes in mauve_fixture.json.
Run: /usr/bin/python3 make_mauve_fixture.py   (in this folder)
"""
import json
import math

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.metrics import auc
from sklearn.preprocessing import normalize


def kl_multinomial(p, q):
    if np.logical_and(p != 0, q == 0).any():
        return np.inf
    idxs = np.logical_and(p != 0, q != 0)
    return np.sum(p[idxs] * np.log(p[idxs] / q[idxs]))


def divergence_curve(p, q, weights, c):
    curve = [[0, np.inf]]
    for w in np.sort(weights):
        r = w * p + (1 - w) * q
        curve.append([kl_multinomial(q, r), kl_multinomial(p, r)])
    curve.append([np.inf, 0])
    return np.exp(-c * np.asarray(curve))


def mauve_hist(p, q, c=5.0, points=25):
    p = np.asarray(p, dtype=np.float64)
    q = np.asarray(q, dtype=np.float64)
    p, q = p / p.sum(), q / q.sum()
    curve = divergence_curve(p, q, np.linspace(1e-6, 1 - 1e-6, points), c)
    x, y = curve.T
    i1, i2 = np.argsort(x), np.argsort(y)
    score = 0.5 * (auc(x[i1], y[i1]) + auc(y[i2], x[i2]))
    return score, x, y


def frontier_integral(p, q):
    total = 0.0
    for p1, q1 in zip(p, q):
        if p1 == 0 and q1 == 0:
            pass
        elif p1 == 0:
            total += q1 / 4
        elif q1 == 0:
            total += p1 / 4
        elif abs(p1 - q1) > 1e-8:
            total += 0.25 * (p1 + q1) - 0.5 * (p1 * q1 * (math.log(p1) - math.log(q1)) / (p1 - q1))
    return total * 2


def histogram_cases():
    rng = np.random.RandomState(4)
    cases = [
        ("note_1", [.5, .5, 0], [.25, .25, .5], 5.0, 25),
        ("note_2", [.7, .2, .1], [.1, .2, .7], 5.0, 25),
        ("note_disjoint", [1, 0], [0, 1], 5.0, 25),
        ("note_4", [.4, .3, .2, .1], [.25] * 4, 5.0, 25),
        ("counts", [5, 3, 2, 0], [1, 2, 3, 4], 5.0, 25),
        ("counts_kt", [5.5, 3.5, 2.5, 0.5], [1.5, 2.5, 3.5, 4.5], 5.0, 25),
        ("identical", [.2, .3, .5], [.2, .3, .5], 5.0, 25),
        ("c2_points50", [.6, .1, .3], [.2, .5, .3], 2.0, 50),
    ]
    for i in range(3):
        p = rng.randint(0, 6, size=40).astype(float)
        q = rng.randint(0, 6, size=40).astype(float)
        cases.append(("random_%d" % i, list(p), list(q), 5.0, 25))
    out = []
    for name, p, q, c, points in cases:
        score, x, y = mauve_hist(p, q, c, points)
        pn = np.asarray(p, float) / np.sum(p)
        qn = np.asarray(q, float) / np.sum(q)
        out.append({"name": name, "p": [float(v) for v in p], "q": [float(v) for v in q],
                    "scalingFactor": c, "points": points, "mauve": float(score),
                    "frontierIntegral": float(frontier_integral(pn, qn)),
                    "curveX": [float(v) for v in x], "curveY": [float(v) for v in y]})
    return out


def sklearn_mauve(p_feat, q_feat, seed, k=None, explained=0.9):
    data = np.vstack([q_feat, p_feat]).astype(np.float64)
    data = normalize(data, norm="l2", axis=1)
    pca = PCA(n_components=None, whiten=False).fit(data)
    s = np.cumsum(pca.explained_variance_ratio_)
    idx = int(np.argmax(s >= explained))
    reduced = pca.transform(data)[:, :idx + 1].astype(np.float32)
    if k is None:
        k = max(2, int(round(min(len(p_feat), len(q_feat)) / 10)))
    km = KMeans(n_clusters=k, init="k-means++", n_init=5, max_iter=500, random_state=seed)
    labels = km.fit_predict(reduced)
    q_labels, p_labels = labels[:len(q_feat)], labels[len(q_feat):]
    p_hist = np.bincount(p_labels, minlength=k) / len(p_labels)
    q_hist = np.bincount(q_labels, minlength=k) / len(q_labels)
    score, _, _ = mauve_hist(p_hist, q_hist)
    return score, idx + 1, pca.explained_variance_ratio_, km.inertia_, k


def write_f32(name, a):
    np.asarray(a, dtype="<f4").tofile(name)


def main():
    rng = np.random.RandomState(2021)
    out = {"histograms": histogram_cases(), "features": []}

    # Separated: 20 blob centres in 12-d, tiny noise; p uniform over blobs, q skewed.
    centres = rng.normal(size=(20, 12)) * 3.0
    p_blob = np.repeat(np.arange(20), 10)
    q_weights = np.r_[np.linspace(3, 1, 14), np.zeros(6)]
    q_blob = rng.choice(20, size=200, p=q_weights / q_weights.sum())
    p_sep = centres[p_blob] + 0.01 * rng.normal(size=(200, 12))
    q_sep = centres[q_blob] + 0.01 * rng.normal(size=(200, 12))
    # Overlapping: two shifted Gaussian clouds, 300 samples each in 16-d.
    shift = np.zeros(16)
    shift[:4] = 0.6
    p_ov = rng.normal(size=(300, 16)) + 1.0
    q_ov = rng.normal(size=(300, 16)) * 1.1 + 1.0 + shift

    for name, p, q in (("separated", p_sep, q_sep), ("overlapping", p_ov, q_ov)):
        p = p.astype(np.float32)
        q = q.astype(np.float32)
        write_f32("mauve_%s_p.f32" % name, p)
        write_f32("mauve_%s_q.f32" % name, q)
        values = []
        for seed in range(5):
            score, dims, evr, inertia, k = sklearn_mauve(p, q, seed)
            values.append(score)
        values = np.asarray(values)
        out["features"].append({
            "name": name, "p": "mauve_%s_p.f32" % name, "q": "mauve_%s_q.f32" % name,
            "rowsP": int(p.shape[0]), "rowsQ": int(q.shape[0]), "cols": int(p.shape[1]),
            "numBuckets": int(k), "pcaDims": int(dims),
            "explainedVarianceRatio": [float(v) for v in evr],
            "sklearnMauve": [float(v) for v in values],
            "mean": float(values.mean()), "std": float(values.std(ddof=1)),
            "min": float(values.min()), "max": float(values.max()),
            "inertiaSeed0": float(sklearn_mauve(p, q, 0)[3]),
        })
    with open("mauve_fixture.json", "w") as f:
        json.dump(out, f, indent=1)


if __name__ == "__main__":
    main()
