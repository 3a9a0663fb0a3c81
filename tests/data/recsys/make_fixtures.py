#!/usr/bin/python3
"""Fixtures for tests/recsys (run: /usr/bin/python3 tests/data/recsys/make_fixtures.py).

Writes, next to this script:
  stats.json          scipy.stats.ttest_rel / scipy.stats.t.cdf / scipy.special.betainc values and the
                      exact sign-flip randomisation p-value of small samples (full enumeration);
  random_truth.csv    user,item,relevance   (graded 0..3, some users without relevant items)
  random_recs.csv     user,item,score       (scores with ties, short lists, users without truth)
  random_train.csv    user,item,rating,timestamp
  random_items.csv    item,categories       (categories separated by '|')
  random_expected.json the accuracy and beyond-accuracy values computed here, independently of the
                      C++ code, from the formulas in shared/reference/recsys-metrics.md
                      (trec_eval m_P.c, m_recall.c, m_ndcg_cut.c, m_map_cut.c, m_recip_rank.c;
                      RecBole metrics.py; Microsoft recommenders python_evaluation.py).
Deterministic (numpy seed 20261125).
"""
import csv
import itertools
import json
import math
import os

import numpy as np
import scipy.special
import scipy.stats

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261125)


def stats_fixture():
    cases = []
    for name, n, shift in [("n5", 5, 0.3), ("n12", 12, 0.05), ("n40", 40, 0.2), ("n200", 200, 0.02),
                           ("n1000", 1000, 0.01)]:
        a = rng.random(n).round(4)
        b = (a - shift + rng.normal(0, 0.2, n)).clip(0, 1).round(4)
        r = scipy.stats.ttest_rel(a, b)
        cases.append({"name": name, "a": a.tolist(), "b": b.tolist(),
                      "t": float(r.statistic), "p": float(r.pvalue)})
    # Strong effect: a tiny p-value checks the tail of the incomplete beta.
    a = rng.random(300).round(4)
    b = (a - 0.2 + rng.normal(0, 0.05, 300)).round(4)
    r = scipy.stats.ttest_rel(a, b)
    cases.append({"name": "tiny_p", "a": a.tolist(), "b": b.tolist(),
                  "t": float(r.statistic), "p": float(r.pvalue)})
    tcdf = []
    for t, df in [(-3.5, 1), (-1.0, 2), (0.0, 5), (0.5, 3.5), (1.96, 1000), (2.5, 10), (8.0, 4),
                  (-12.0, 30), (0.1, 0.5)]:
        tcdf.append({"t": t, "df": df, "cdf": float(scipy.stats.t.cdf(t, df))})
    betainc = []
    for a_, b_, x in [(0.5, 0.5, 0.3), (2, 3, 0.4), (10, 0.5, 0.9), (0.5, 10, 0.01), (50, 50, 0.5),
                      (100, 0.5, 0.999), (1, 1, 0.77), (3.5, 7.25, 0.2)]:
        betainc.append({"a": a_, "b": b_, "x": x, "value": float(scipy.special.betainc(a_, b_, x))})
    # Exact randomisation p: all 2^n sign patterns, two-sided, |mean| >= |observed|.
    exact = []
    for n in (8, 12):
        a = rng.random(n).round(3)
        b = (a - 0.15 + rng.normal(0, 0.2, n)).round(3)
        d = a - b
        obs = abs(d.sum())
        count = 0
        for signs in itertools.product((1, -1), repeat=n):
            if abs(np.dot(signs, d)) >= obs - 1e-12:
                count += 1
        exact.append({"a": a.tolist(), "b": b.tolist(), "p": count / 2 ** n})
    with open(os.path.join(HERE, "stats.json"), "w") as f:
        json.dump({"ttest_rel": cases, "t_cdf": tcdf, "betainc": betainc,
                   "randomization_exact": exact}, f, indent=1)


# ----------------------------------------------------------------------------------------------
def random_dataset():
    items = ["i%03d" % i for i in range(120)]
    # Zipf-like popularity for training.
    weights = 1.0 / np.arange(1, len(items) + 1) ** 0.9
    weights /= weights.sum()
    users = ["u%02d" % u for u in range(70)]
    truth_users = users[:60]          # u60..u69 only in recommendations
    rec_users = users[8:]             # u00..u07 have no list
    truth = []
    for u in truth_users:
        n = int(rng.integers(1, 12))
        chosen = rng.choice(len(items), size=n, replace=False, p=weights)
        for i in chosen:
            grade = int(rng.integers(0, 4))
            if u in ("u10", "u11"):
                grade = 0                 # judged, none relevant
            truth.append((u, items[i], grade))
    recs = []
    for u in rec_users:
        n = int(rng.integers(0, 26))
        if n == 0:
            n = 3
        chosen = rng.choice(len(items), size=n, replace=False, p=weights)
        for i in chosen:
            score = float(rng.integers(0, 12)) / 2.0   # many ties
            recs.append((u, items[i], score))
    train = []
    ts = 1000
    for u in users:
        n = int(rng.integers(1, 20))
        for i in rng.choice(len(items), size=n, p=weights):
            train.append((u, items[i], int(rng.integers(1, 6)), ts))
            ts += 1
    cats = ["action", "drama", "comedy", "horror", "docu", "kids"]
    item_rows = []
    for idx, it in enumerate(items):
        if idx % 17 == 5:
            continue                      # no categories: not described
        k = int(rng.integers(1, 4))
        item_rows.append((it, sorted(rng.choice(cats, size=k, replace=False).tolist())))

    with open(os.path.join(HERE, "random_truth.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["user", "item", "relevance"])
        w.writerows(truth)
    with open(os.path.join(HERE, "random_recs.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["user", "item", "score"])
        w.writerows(recs)
    with open(os.path.join(HERE, "random_train.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["user", "item", "rating", "timestamp"])
        w.writerows(train)
    with open(os.path.join(HERE, "random_items.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["item", "categories"])
        for it, c in item_rows:
            w.writerow([it, "|".join(c)])

    # --- reference computation ------------------------------------------------------------------
    judged = {}
    for u, i, g in truth:
        judged.setdefault(u, {})[i] = g
    lists_by_user = {}
    for order, (u, i, s) in enumerate(recs):
        lists_by_user.setdefault(u, []).append((i, s, order))

    def ranked(u, trec_ties):
        rows = lists_by_user.get(u, [])
        if trec_ties:
            # trec_eval form_res_rels.c: score descending, then docno descending.
            rows = sorted(rows, key=lambda r: r[0], reverse=True)
            rows = sorted(rows, key=lambda r: -r[1])
        else:
            rows = sorted(rows, key=lambda r: -r[1])   # stable: file order on equal scores
        return [r[0] for r in rows]

    cutoffs = [1, 3, 5, 10, 20]
    K = max(cutoffs)
    out = {"cutoffs": cutoffs}

    def accuracy(convention, gain, trec_ties):
        above_zero = convention != "trec"
        per = {m: {k: [] for k in cutoffs} for m in ("precision", "recall", "ndcg", "map", "hit_rate")}
        rr = []
        evaluated = 0
        without_rel = 0
        without_list = 0
        for u in truth_users:
            grades = judged[u]
            rel = {i for i, g in grades.items() if (g > 0 if above_zero else g >= 1)}
            if not rel:
                without_rel += 1
                continue
            evaluated += 1
            if u not in lists_by_user:
                without_list += 1
            lst = ranked(u, trec_ties)

            def g_of(i):
                g = grades.get(i, 0)
                if gain == "binary":
                    return 1.0 if i in rel else 0.0
                if gain == "exp":
                    return 2.0 ** g - 1 if g > 0 else 0.0
                return float(g) if g > 0 else 0.0
            ideal_gains = sorted((g_of(i) for i in grades if g_of(i) > 0), reverse=True)
            for k in cutoffs:
                top = lst[:k]
                hits = [1 if i in rel else 0 for i in top]
                nh = sum(hits)
                per["precision"][k].append(nh / k)
                per["recall"][k].append(nh / len(rel))
                dcg = sum(g_of(i) / math.log2(j + 2) for j, i in enumerate(top))
                idcg = sum(g / math.log2(j + 2) for j, g in enumerate(ideal_gains[:k]))
                per["ndcg"][k].append(dcg / idcg if idcg > 0 else 0.0)
                s = 0.0
                c = 0
                for j, h in enumerate(hits):
                    if h:
                        c += 1
                        s += c / (j + 1)
                div = min(len(rel), k) if convention != "trec" else len(rel)
                per["map"][k].append(s / div)
                per["hit_rate"][k].append(1.0 if nh > 0 else 0.0)
            scope = lst[:K] if convention == "recbole" else lst
            first = next((j + 1 for j, i in enumerate(scope) if i in rel), 0)
            rr.append(1.0 / first if first else 0.0)
        res = {"users_evaluated": evaluated, "users_without_relevant": without_rel,
               "users_without_list": without_list, "mrr": float(np.mean(rr))}
        for m, by_k in per.items():
            for k, vals in by_k.items():
                res["%s@%d" % (m, k)] = float(np.mean(vals))
        return res

    out["trec"] = accuracy("trec", "linear", False)
    out["trec_trecties"] = accuracy("trec", "linear", True)
    out["recbole"] = accuracy("recbole", "binary", False)
    out["msr"] = accuracy("msr", "binary", False)
    out["msr_exp"] = accuracy("msr", "exp", False)

    # Beyond accuracy over every list cut at K (stable ties).
    train_count = {}
    history = {}
    for u, i, _, _ in train:
        train_count[i] = train_count.get(i, 0) + 1
        history.setdefault(u, set()).add(i)
    catalogue = set(train_count) | {i for _, i, _ in truth} | {i for i, _ in item_rows}
    rec_count = {}
    best_rank = {}
    user_lists = {u: ranked(u, False)[:K] for u in lists_by_user}
    for u, lst in user_lists.items():
        for j, i in enumerate(lst):
            rec_count[i] = rec_count.get(i, 0) + 1
            best_rank[i] = min(best_rank.get(i, 10 ** 9), j + 1)
    counts = sorted(rec_count.get(i, 0) for i in catalogue)
    n = len(counts)
    gini = sum((2 * (k + 1) - n - 1) * c for k, c in enumerate(counts)) / (n * sum(counts))
    total = sum(rec_count.values())
    entropy = -sum((c / total) * math.log2(c / total) for c in rec_count.values())
    rows = len(train)
    nov_vals = []
    unseen = 0
    for lst in user_lists.values():
        for i in lst:
            if i in train_count:
                nov_vals.append(-math.log2(train_count[i] / rows))
            else:
                unseen += 1
    arp = np.mean([np.mean([train_count.get(i, 0) for i in lst]) for lst in user_lists.values()])
    # Popularity order: count descending, ties by first appearance of the item id in the files
    # (the C++ side interns truth, then recommendations, then training, then items).
    first_seen = {}
    for seq in ([i for _, i, _ in truth], [i for _, i, _ in recs], [i for _, i, _, _ in train],
                [i for i, _ in item_rows]):
        for i in seq:
            first_seen.setdefault(i, len(first_seen))
    order = sorted(train_count, key=lambda i: (-train_count[i], first_seen[i]))
    head = set()
    cum = 0
    for i in order:
        if cum >= 0.8 * rows:
            break
        head.add(i)
        cum += train_count[i]
    tail_share = np.mean([np.mean([0.0 if i in head else 1.0 for i in lst])
                          for lst in user_lists.values()])
    cats_of = {i: set(c) for i, c in item_rows}
    ild_vals = []
    for lst in user_lists.values():
        known = [i for i in lst if i in cats_of]
        if len(known) < 2:
            continue
        d = [1 - len(cats_of[a] & cats_of[b]) / len(cats_of[a] | cats_of[b])
             for a, b in itertools.combinations(known, 2)]
        ild_vals.append(float(np.mean(d)))
    # Serendipity: relevant hits in the top K not in the popularity baseline's top K (the most
    # popular training items the user has not seen in training), / K; evaluated users (trec
    # relevance, grade >= 1); users without a list score 0.
    seren = []
    for u in truth_users:
        rel = {i for i, g in judged[u].items() if g >= 1}
        if not rel:
            continue
        seen = history.get(u, set())
        baseline = [i for i in order if i not in seen][:K]
        lst = user_lists.get(u, [])
        seren.append(sum(1 for i in lst if i in rel and i not in baseline) / K)
    cov_by_k = [sum(1 for i in catalogue if best_rank.get(i, 10 ** 9) <= k) / len(catalogue)
                for k in range(1, K + 1)]
    out["beyond"] = {
        "catalogue": len(catalogue),
        "coverage": sum(1 for i in catalogue if rec_count.get(i, 0) > 0) / len(catalogue),
        "gini": gini, "entropy": entropy, "novelty": float(np.mean(nov_vals)),
        "novelty_unseen_rows": unseen, "arp": float(arp), "long_tail_share": float(tail_share),
        "head_items": len(head), "ild": float(np.mean(ild_vals)), "ild_users": len(ild_vals),
        "serendipity": float(np.mean(seren)), "coverage_by_cutoff": cov_by_k,
        "users_not_in_truth": sum(1 for u in lists_by_user if u not in judged),
    }
    with open(os.path.join(HERE, "random_expected.json"), "w") as f:
        json.dump(out, f, indent=1)


stats_fixture()
random_dataset()
