#!/usr/bin/python3
"""Reference route for bench_textmodels, on the files it writes with --out DIR.

MAUVE: the reference's own pipeline (compute_mauve.cluster_feats + curve) with scikit-learn in
place of faiss (not packaged in Debian): normalize, PCA(0.9), KMeans(k-means++, n_init=5,
max_iter=500). Kneser-Ney: nltk.lm.KneserNeyInterpolated (order 3, single discount 0.1 — NOT
modified KN, timing only) on a 100k-token slice, because nltk's Python model is far too slow for
1M tokens.

usage: /usr/bin/python3 run_reference.py DIR
"""
import sys
import time

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.metrics import auc
from sklearn.preprocessing import normalize


def mauve_sklearn(p, q, seed=25):
    data = normalize(np.vstack([q, p]), norm="l2", axis=1)
    pca = PCA(n_components=None, whiten=False).fit(data)
    idx = int(np.argmax(np.cumsum(pca.explained_variance_ratio_) >= 0.9))
    data = pca.transform(data)[:, :idx + 1].astype(np.float32)
    k = max(2, int(round(min(len(p), len(q)) / 10)))
    labels = KMeans(k, n_init=5, max_iter=500, random_state=seed).fit_predict(data)
    qh = np.bincount(labels[:len(q)], minlength=k) / len(q)
    ph = np.bincount(labels[len(q):], minlength=k) / len(p)
    curve = [[0, np.inf]]
    for w in np.linspace(1e-6, 1 - 1e-6, 25):
        r = w * ph + (1 - w) * qh
        kl = lambda a, b: np.sum(a[(a > 0) & (b > 0)] * np.log(a[(a > 0) & (b > 0)] / b[(a > 0) & (b > 0)]))
        curve.append([kl(qh, r), kl(ph, r)])
    curve.append([np.inf, 0])
    x, y = np.exp(-5 * np.asarray(curve)).T
    i1, i2 = np.argsort(x), np.argsort(y)
    return 0.5 * (auc(x[i1], y[i1]) + auc(y[i2], x[i2])), k, idx + 1


def main():
    d = sys.argv[1]
    p = np.fromfile(d + "/mauve_p.f32", "<f4").reshape(-1, 256)
    q = np.fromfile(d + "/mauve_q.f32", "<f4").reshape(-1, 256)
    t0, c0 = time.perf_counter(), time.process_time()
    value, k, dims = mauve_sklearn(p, q)
    print("sklearn_mauve_5000x256   wall %.3f s cpu %.3f s  mauve %.4f buckets %d pca dims %d"
          % (time.perf_counter() - t0, time.process_time() - c0, value, k, dims))

    from nltk.lm import KneserNeyInterpolated
    from nltk.lm.preprocessing import padded_everygram_pipeline
    train = [line.split() for line in open(d + "/kn_train.txt")]
    sl, n = [], 0
    for s in train:
        sl.append(s)
        n += len(s)
        if n >= 100000:
            break
    t0 = time.perf_counter()
    grams, vocab = padded_everygram_pipeline(3, sl)
    lm = KneserNeyInterpolated(3)
    lm.fit(grams, vocab)
    t1 = time.perf_counter()
    test = [line.split() for line in open(d + "/kn_test.txt")][:200]
    scored = 0
    for s in test:
        padded = ["<s>", "<s>"] + s + ["</s>"]
        for i in range(2, len(padded)):
            lm.logscore(padded[i], padded[i - 2:i])
            scored += 1
    t2 = time.perf_counter()
    print("nltk_kn_train_100k_tokens wall %.3f s; scoring %d tokens %.3f s (%.1f tokens/s)"
          % (t1 - t0, scored, t2 - t1, scored / (t2 - t1)))


if __name__ == "__main__":
    main()
