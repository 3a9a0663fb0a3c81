#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace genlens::metrics::text {

// rouge-score (google-research/rouge): target (reference) first, prediction second.

struct RougeScore
{
    double precision = 0;
    double recall = 0;
    double fmeasure = 0;
};

// rouge-score's default tokenizer without stemming: lower(), every run of [^a-z0-9] becomes a
// space, split, keep ^[a-z0-9]+$ tokens. It deletes CJK and accented letters; callers with such
// text pass tokens of their own (GenLens uses the chosen sacrebleu tokenizer for zh/char).
std::vector<std::string> rougeTokenize(std::string_view utf8);

// Length of the longest common subsequence of two token sequences.
std::size_t lcsLength(const std::vector<std::string>& a, const std::vector<std::string>& b);

// rougeL: P = LCS/|prediction|, R = LCS/|target|, F = 2PR/(P+R); all 0 when either is empty.
RougeScore rougeL(const std::vector<std::string>& target,
                  const std::vector<std::string>& prediction);

// rougeN: clipped n-gram overlap over max(#ngrams, 1).
RougeScore rougeN(const std::vector<std::string>& target,
                  const std::vector<std::string>& prediction, int n);

} // namespace genlens::metrics::text
