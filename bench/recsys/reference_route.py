#!/usr/bin/python3
"""The reference route for bench/recsys: what a practitioner does in Python without GenLens.

Reads the generated CSV files with the csv module and computes trec_eval-convention accuracy at
5, 10, 20 (P, recall, nDCG with linear gain, map_cut, recip_rank, hit rate) and catalogue
coverage, Gini, entropy and novelty with plain dictionaries and numpy, as the reference libraries'
Python code does (per-user loops). Prints the wall time and a few values to compare with
`recsys_bench` (they must agree).

Usage: /usr/bin/python3 bench/recsys/reference_route.py DATADIR
"""
import csv
import math
import sys
import time
from collections import Counter, defaultdict

import numpy as np


def main(data):
    t0 = time.perf_counter()
    truth = defaultdict(dict)
    with open(f"{data}/truth.csv", newline="") as f:
        r = csv.reader(f)
        next(r)
        for u, i, g in r:
            truth[u].setdefault(i, float(g))
    lists = defaultdict(list)
    with open(f"{data}/recs.csv", newline="") as f:
        r = csv.reader(f)
        next(r)
        for u, i, s in r:
            lists[u].append((float(s), i))
    train = Counter()
    rows = 0
    with open(f"{data}/train.csv", newline="") as f:
        r = csv.reader(f)
        next(r)
        for row in r:
            train[row[1]] += 1
            rows += 1
    t_load = time.perf_counter() - t0

    cutoffs = (5, 10, 20)
    K = max(cutoffs)
    sums = defaultdict(float)
    n = 0
    disc = [1.0 / math.log2(j + 2) for j in range(K)]
    rec_count = Counter()
    nov = []
    for u, judged in truth.items():
        rel = {i for i, g in judged.items() if g >= 1}
        if not rel:
            continue
        n += 1
        ranked = [i for _, i in sorted(lists.get(u, []), key=lambda x: -x[0])]
        gains = sorted((g for g in judged.values() if g > 0), reverse=True)
        for k in cutoffs:
            top = ranked[:k]
            hits = [1 if i in rel else 0 for i in top]
            h = sum(hits)
            sums[f"precision@{k}"] += h / k
            sums[f"recall@{k}"] += h / len(rel)
            dcg = sum(judged.get(i, 0) * disc[j] for j, i in enumerate(top) if judged.get(i, 0) > 0)
            idcg = sum(g * disc[j] for j, g in enumerate(gains[:k]))
            sums[f"ndcg@{k}"] += dcg / idcg if idcg else 0.0
            c, ap = 0, 0.0
            for j, x in enumerate(hits):
                if x:
                    c += 1
                    ap += c / (j + 1)
            sums[f"map@{k}"] += ap / len(rel)
            sums[f"hit_rate@{k}"] += 1.0 if h else 0.0
        first = next((j + 1 for j, i in enumerate(ranked) if i in rel), 0)
        sums["mrr"] += 1.0 / first if first else 0.0
    for u, l in lists.items():
        for _, i in sorted(l, key=lambda x: -x[0])[:K]:
            rec_count[i] += 1
            if train[i] > 0:
                nov.append(-math.log2(train[i] / rows))
    catalogue = set(train) | {i for j in truth.values() for i in j}
    counts = np.sort(np.array([rec_count.get(i, 0) for i in catalogue], dtype=np.float64))
    m = len(counts)
    gini = float(np.sum((2 * np.arange(1, m + 1) - m - 1) * counts) / (m * counts.sum()))
    p = np.array(list(rec_count.values()), dtype=np.float64)
    p /= p.sum()
    entropy = float(-(p * np.log2(p)).sum())
    coverage = sum(1 for i in catalogue if rec_count.get(i, 0) > 0) / len(catalogue)
    t_total = time.perf_counter() - t0
    print(f"reference route: load {t_load:.1f} s, total {t_total:.1f} s")
    for key in ("precision@10", "recall@10", "ndcg@10", "map@10", "mrr"):
        print(f"  {key} {sums[key] / n:.6f}")
    print(f"  coverage {coverage:.6f} gini {gini:.6f} entropy {entropy:.6f} "
          f"novelty {float(np.mean(nov)):.6f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "bench/out/recsys")
