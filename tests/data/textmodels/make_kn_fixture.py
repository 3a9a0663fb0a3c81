#!/usr/bin/python3
"""Expected values for tests/textmodels/tst_kneserney.cpp.

An independent, deliberately plain implementation of interpolated modified Kneser-Ney
(Chen & Goodman 1998, eq. 26; KenLM's adjusted-count rule for <s>-initial n-grams), written from
the formulas and not from the C++ code: Python dicts of n-gram tuples, continuation counts from
sets of left neighbours, and the recursion written out per order.

Conventions (the same as metrics/include/genlens/metrics/text/kneserney.h):
  * sentences padded with one <s> (KenLM) and one </s>; every word and </s> is predicted; no
    n-gram reaches before the <s>, so the first word has the context "<s>" only;
  * adjusted count a(g) = raw count at the highest order or when g starts with <s>, else the
    number of distinct left neighbours;
  * D1, D2, D3+ per order from n1..n4 of adjusted counts; fallback (0.5, 1.0, 1.5) when n1, n2 or
    n3 is 0 or D2/D3+ <= 0;
  * base distribution uniform over V + <unk>, V = training words + </s>.

Run: /usr/bin/python3 make_kn_fixture.py > kn_fixture.json
"""
import json
import math
import random
from collections import Counter, defaultdict

BOS, EOS, UNK = "<s>", "</s>", "<unk>"


class KN:
    def __init__(self, sents, order):
        self.N = N = order
        self.vocab = set(w for s in sents for w in s)
        self.V = len(self.vocab) + 1  # + </s>
        raw = [Counter() for _ in range(N + 1)]
        for s in sents:
            padded = [BOS] + list(s) + [EOS]
            for i in range(1, len(padded)):
                for k in range(1, min(i + 1, N) + 1):
                    raw[k][tuple(padded[i - k + 1:i + 1])] += 1
        left = [defaultdict(set) for _ in range(N + 1)]
        for k in range(2, N + 1):
            for g in raw[k]:
                left[k - 1][g[1:]].add(g[0])
        self.adj = [dict() for _ in range(N + 1)]
        for k in range(1, N + 1):
            for g, c in raw[k].items():
                if k == N or g[0] == BOS:
                    self.adj[k][g] = c
                else:
                    self.adj[k][g] = len(left[k][g])
        self.coc = {}
        self.disc = {}
        self.fallback = {}
        for k in range(1, N + 1):
            cc = Counter(self.adj[k].values())
            n1, n2, n3, n4 = (cc.get(r, 0) for r in (1, 2, 3, 4))
            self.coc[k] = [n1, n2, n3, n4]
            d = None
            if n1 > 0 and n2 > 0 and n3 > 0:
                y = n1 / (n1 + 2 * n2)
                d = [1 - 2 * y * n2 / n1, 2 - 3 * y * n3 / n2, 3 - 4 * y * n4 / n3]
                if not (0 < d[0] <= 1 and 0 < d[1] <= 2 and 0 < d[2] <= 3):
                    d = None
            self.fallback[k] = d is None
            self.disc[k] = d if d is not None else [0.5, 1.0, 1.5]
        # context statistics
        self.total = [defaultdict(int) for _ in range(N + 1)]
        self.gamma = [defaultdict(float) for _ in range(N + 1)]
        for k in range(1, N + 1):
            for g, a in self.adj[k].items():
                h = g[:-1]
                self.total[k][h] += a
                self.gamma[k][h] += self.disc[k][min(a, 3) - 1]

    def map_word(self, w):
        return w if w in self.vocab else UNK

    def prob(self, context, w):
        """context: the sentence so far (tokens already mapped), without the <s>."""
        N = self.N
        ctx = tuple([BOS] + list(context))
        p = 1.0 / (self.V + 1)
        for k in range(1, N + 1):
            if k - 1 > len(ctx):
                break  # no context this long: the sentence start is closer
            h = ctx[len(ctx) - (k - 1):] if k > 1 else ()
            A = self.total[k].get(h, 0)
            if A == 0:
                continue
            a = self.adj[k].get(h + (w,), 0)
            D = self.disc[k][min(a, 3) - 1] if a > 0 else 0.0
            p = (max(a - D, 0.0) + self.gamma[k][h] * p) / A
        return p

    def sentence_logprob(self, s):
        toks = [self.map_word(w) for w in s] + [EOS]
        hist = []
        total = 0.0
        for w in toks:
            total += math.log(self.prob(hist, w))
            hist.append(w)
        return total


def toy_corpus(seed, n):
    rng = random.Random(seed)
    subjects = ["the cat", "a dog", "the old man", "my sister", "the bird", "he", "she", "they"]
    verbs = ["sees", "likes", "chased", "found", "met", "ate", "wants", "made"]
    objects = ["the ball", "a fish", "the red car", "her friend", "bread", "the garden", "it",
               "a small house"]
    tails = ["", "today", "again", "in the park", "at home", "quickly", "twice"]
    out = []
    for _ in range(n):
        s = " ".join(x for x in [rng.choice(subjects), rng.choice(verbs), rng.choice(objects),
                                 rng.choice(tails)] if x)
        out.append(s.split())
    return out


def markov_corpus(seed, n, words=150):
    """Sentences from a random sparse Markov chain over Zipf-weighted words: count-of-counts rich
    enough that the discount formula (no fallback) applies at every order."""
    rng = random.Random(seed)
    vocab = ["w%d" % i for i in range(words)]
    weights = [1.0 / (i + 1) for i in range(words)]
    succ = {w: rng.choices(vocab, weights, k=6) for w in vocab}
    out = []
    for _ in range(n):
        length = rng.randint(0, 14)
        s = [rng.choices(vocab, weights)[0]] if length else []
        while len(s) < length:
            s.append(rng.choice(succ[s[-1]]) if rng.random() < 0.8 else rng.choices(vocab, weights)[0])
        out.append(s)
    return out


def main():
    corpora = {
        "toy": (toy_corpus(7, 300),
                toy_corpus(11, 40) + [[], ["the", "zebra", "sees", "a", "fish"], ["xyzzy"]],
                [[], ["the"], ["the", "cat"], ["he", "likes"], ["zebra", "the"],
                 ["sees", "the", "red"], ["in", "the"], ["park"]],
                ["the", "cat", "car", "park", EOS, "zebra", "red", "fish"]),
        "markov": (markov_corpus(3, 2000), markov_corpus(5, 60) + [[], ["w1", "nope", "w2"]],
                   [[], ["w0"], ["w0", "w1"], ["w3", "w7"], ["nope", "w2"], ["w5", "w5", "w5"]],
                   ["w0", "w1", "w2", "w9", "w140", EOS, "nope"]),
    }
    out = {"corpora": {}, "cases": []}
    for name, (train, test, contexts, words) in corpora.items():
        out["corpora"][name] = {"train": [" ".join(s) for s in train],
                                "test": [" ".join(s) for s in test]}
        for order in (1, 2, 3, 4):
            m = KN(train, order)
            queries = []
            for c in contexts:
                for w in words:
                    mc = [m.map_word(t) for t in c]
                    mw = EOS if w == EOS else m.map_word(w)
                    queries.append({"context": c, "word": w, "logprob": math.log(m.prob(mc, mw))})
            per = [m.sentence_logprob(s) for s in test]
            tokens = sum(len(s) + 1 for s in test)
            unknown = sum(1 for s in test for w in s if w not in m.vocab)
            out["cases"].append({
                "name": "%s_order%d" % (name, order), "corpus": name, "order": order,
                "vocabularySize": m.V,
                "discounts": [m.disc[k] for k in range(1, order + 1)],
                "fallback": [m.fallback[k] for k in range(1, order + 1)],
                "countOfCounts": [m.coc[k] for k in range(1, order + 1)],
                "queries": queries,
                "perSentence": [math.exp(-lp / (len(s) + 1)) for lp, s in zip(per, test)],
                "corpus_ppl": math.exp(-sum(per) / tokens), "tokens": tokens,
                "unknownTokens": unknown,
            })
    print(json.dumps(out, indent=0))


if __name__ == "__main__":
    main()
