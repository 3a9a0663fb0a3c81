#pragma once

#include "genlens/metrics/text/tokenizer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace genlens::metrics::text {

// sacrebleu's BLEU (sacrebleu/metrics/bleu.py, v2.x), statistics + compute.

enum class BleuSmooth { None, Floor, AddK, Exp };

struct BleuOptions
{
    int maxOrder = 4;
    BleuSmooth smooth = BleuSmooth::Exp;
    double smoothValue = -1; // < 0: sacrebleu's default (floor 0.1, add-k 1)
    bool effectiveOrder = false;
};

// [hyp_len, ref_len, correct_1..N, total_1..N] of one segment or summed over a corpus.
struct BleuStatistics
{
    std::int64_t hypLen = 0;
    std::int64_t refLen = 0;
    std::vector<std::int64_t> correct;
    std::vector<std::int64_t> total;

    BleuStatistics& operator+=(const BleuStatistics& other);
};

struct BleuScore
{
    double score = 0; // 0-100
    double brevityPenalty = 0;
    std::vector<double> precisions; // 0-100, after smoothing
    BleuStatistics statistics;
};

// Statistics of one tokenized hypothesis against its tokenized references: n-gram counts
// clipped by the maximum count over the references; ref_len the closest reference length,
// ties going to the shorter one. No references gives ref_len 0 and no matches.
BleuStatistics bleuStatistics(const std::vector<std::string>& hypothesis,
                              const std::vector<std::vector<std::string>>& references,
                              int maxOrder = 4);

// sacrebleu's BLEU.compute_bleu.
BleuScore computeBleu(const BleuStatistics& statistics, const BleuOptions& options = {});

// Corpus BLEU over raw segments: referenceStreams[k][i] is the k-th reference of hypothesis i
// (sacrebleu's `refs` layout). Throws std::invalid_argument when a stream's length differs from
// the hypotheses'.
BleuScore corpusBleu(const std::vector<std::string>& hypotheses,
                     const std::vector<std::vector<std::string>>& referenceStreams,
                     TokenizerKind tokenizer = TokenizerKind::Tok13a,
                     const BleuOptions& options = {});

// sacrebleu's BLEU.sentence_score (sacrebleu.sentence_bleu: effective order on by default).
BleuScore sentenceBleu(const std::string& hypothesis, const std::vector<std::string>& references,
                       TokenizerKind tokenizer = TokenizerKind::Tok13a,
                       BleuOptions options = {BleuOptions {4, BleuSmooth::Exp, -1, true}});

} // namespace genlens::metrics::text
