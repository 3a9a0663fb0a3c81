#!/usr/bin/python3
"""The reference route for Self-BLEU: nltk sentence_bleu leave-one-out with method1 (Texygen's
definition), timed on the first N lines of a corpus written by `bench_selfbleu --dump FILE N`.

    build/bench/bench/text/bench_selfbleu --dump /tmp/sb.txt 1000
    /usr/bin/python3 bench/text/selfbleu_nltk.py /tmp/sb.txt 200
"""
import sys
import time

from nltk.translate.bleu_score import SmoothingFunction, sentence_bleu


def main():
    path, n = sys.argv[1], int(sys.argv[2])
    with open(path, encoding='utf-8') as f:
        samples = [line.split() for line in f][:n]
    smooth = SmoothingFunction().method1
    t0 = time.perf_counter()
    scores = [sentence_bleu(samples[:i] + samples[i + 1:], h, (0.25,) * 4,
                            smoothing_function=smooth) for i, h in enumerate(samples)]
    dt = time.perf_counter() - t0
    print('nltk n=%d self_bleu (order 4) = %.12f in %.2f s' % (n, sum(scores) / n, dt))


if __name__ == '__main__':
    main()
