#!/usr/bin/python3
"""Deterministic synthetic text sets for bench/text/run_threads.sh.

make_texts.py OUT_DIR N writes OUT_DIR/real.txt and OUT_DIR/generated.txt, N lines each.
Sentences are drawn from a small template grammar over a Zipf-weighted vocabulary, so that the
sets share n-grams the way model output shares them with its training data: the generated set
uses a flatter word distribution, repeats phrases more often and copies 3 % of real lines.
"""
import itertools
import random
import sys


def vocabulary(rng, size):
    consonants = "bcdfghjklmnprstvwz"
    vowels = "aeiou"
    words = set()
    while len(words) < size:
        syllables = rng.choice((1, 1, 2, 2, 2, 3, 3, 4))
        words.add("".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(syllables)))
    return sorted(words)


def zipf_cumulative(n, exponent):
    return list(itertools.accumulate(1.0 / (i + 1) ** exponent for i in range(n)))


def sentence(rng, words, cumulative, repeat):
    length = rng.randint(6, 45)
    out = []
    while len(out) < length:
        if out and rng.random() < repeat:
            start = rng.randrange(len(out))
            out.extend(out[start:start + rng.randint(2, 4)])
        else:
            out.append(rng.choices(words, cum_weights=cumulative)[0])
        if rng.random() < 0.08:
            out.append(rng.choice((",", ";", "and", "the", "of")))
    text = " ".join(out[:length])
    return text[0].upper() + text[1:] + rng.choice((" .", " .", " !", " ?"))


def main():
    out_dir, n = sys.argv[1], int(sys.argv[2])
    rng = random.Random(20261207)
    words = vocabulary(rng, 20000)
    real_weights = zipf_cumulative(len(words), 1.1)
    generated_weights = zipf_cumulative(len(words), 0.9)
    real = [sentence(rng, words, real_weights, 0.02) for _ in range(n)]
    generated = []
    for _ in range(n):
        if rng.random() < 0.03:
            generated.append(rng.choice(real))
        else:
            generated.append(sentence(rng, words, generated_weights, 0.08))
    for name, lines in (("real.txt", real), ("generated.txt", generated)):
        with open(f"{out_dir}/{name}", "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
