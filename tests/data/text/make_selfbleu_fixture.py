#!/usr/bin/python3
"""Self-BLEU fixture from nltk (Debian 12 python3-nltk 3.8): each sample scored with
nltk.translate.bleu_score.sentence_bleu against all *other* samples, uniform weights,
SmoothingFunction().method1 (Texygen / cotk / fast-bleu convention).

Run from the repository root:
    /usr/bin/python3 tests/data/text/make_selfbleu_fixture.py > tests/data/text/selfbleu_nltk.json
Samples are whitespace-tokenized (str.split()); the C++ test uses the `none` tokenizer.
"""
import json
import nltk
from nltk.translate.bleu_score import SmoothingFunction, sentence_bleu

SAMPLES = [
    "It is a guide to action that ensures that the military will forever heed Party commands",
    "It is the guiding principle which guarantees the military forces always being under the command of the Party",
    "It is the practical guide for the army always to heed the directions of the party",
    "It is a guide to action which ensures that the military always obeys the commands of the party",
    "he read the book because he was interested in world history",
    "he was interested in world history because he read the book",
    "the the the the the the the",
    "the the the",
    "a",
    "",
    "the cat sat on the mat",
    "the cat sat on the mat",
    "mat the on sat cat the",
    "今天 天气 很 好 。",
    "今天 的 天气 很 好 。",
    "he read the book",
    "x y z w x y z w x y",
]


def main():
    smooth = SmoothingFunction().method1
    tokens = [s.split() for s in SAMPLES]
    out = {"nltk": nltk.__version__, "samples": SAMPLES, "self_bleu": {}}
    for order in (2, 3, 4, 5):
        weights = tuple([1.0 / order] * order)
        scores = []
        for i, hyp in enumerate(tokens):
            refs = tokens[:i] + tokens[i + 1:]
            scores.append(sentence_bleu(refs, hyp, weights, smoothing_function=smooth))
        out["self_bleu"][str(order)] = scores
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
