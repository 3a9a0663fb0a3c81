#include "genlens/metrics/text/bleu.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

namespace genlens::metrics::text {

namespace {

// An n-gram key: its tokens joined by U+0001, which no tokenizer leaves inside a token run
// ambiguously (tokens never hold the separator between themselves).
using NgramCounts = std::unordered_map<std::string, std::int64_t>;

std::vector<NgramCounts> countNgrams(const std::vector<std::string>& tokens, int maxOrder)
{
    std::vector<NgramCounts> counts(static_cast<std::size_t>(maxOrder));
    const std::size_t n = tokens.size();
    std::string key;
    for (std::size_t i = 0; i < n; ++i) {
        key.clear();
        for (int order = 1; order <= maxOrder && i + static_cast<std::size_t>(order) <= n;
             ++order) {
            if (order > 1) {
                key.push_back('\x01');
            }
            key += tokens[i + static_cast<std::size_t>(order) - 1];
            ++counts[static_cast<std::size_t>(order - 1)][key];
        }
    }
    return counts;
}

double myLog(double x)
{
    return x == 0 ? -9999999999.0 : std::log(x);
}

} // namespace

BleuStatistics& BleuStatistics::operator+=(const BleuStatistics& other)
{
    hypLen += other.hypLen;
    refLen += other.refLen;
    if (correct.size() < other.correct.size()) {
        correct.resize(other.correct.size(), 0);
        total.resize(other.total.size(), 0);
    }
    for (std::size_t i = 0; i < other.correct.size(); ++i) {
        correct[i] += other.correct[i];
        total[i] += other.total[i];
    }
    return *this;
}

BleuStatistics bleuStatistics(const std::vector<std::string>& hypothesis,
                              const std::vector<std::vector<std::string>>& references, int maxOrder)
{
    if (maxOrder < 1) {
        throw std::invalid_argument("BLEU: max n-gram order must be >= 1, got "
                                    + std::to_string(maxOrder));
    }
    BleuStatistics stats;
    stats.correct.assign(static_cast<std::size_t>(maxOrder), 0);
    stats.total.assign(static_cast<std::size_t>(maxOrder), 0);
    const auto hypLen = static_cast<std::int64_t>(hypothesis.size());
    stats.hypLen = hypLen;

    // Closest reference length, ties to the shorter (sacrebleu's extract_reference_info).
    std::int64_t closestDiff = -1;
    std::int64_t closestLen = 0;
    std::vector<NgramCounts> refMax(static_cast<std::size_t>(maxOrder));
    for (const auto& ref : references) {
        const auto refLen = static_cast<std::int64_t>(ref.size());
        const std::int64_t diff = std::llabs(hypLen - refLen);
        if (closestDiff < 0 || diff < closestDiff || (diff == closestDiff && refLen < closestLen)) {
            closestDiff = diff;
            closestLen = refLen;
        }
        const std::vector<NgramCounts> counts = countNgrams(ref, maxOrder);
        for (std::size_t o = 0; o < counts.size(); ++o) {
            for (const auto& [ngram, count] : counts[o]) {
                std::int64_t& m = refMax[o][ngram];
                m = std::max(m, count);
            }
        }
    }
    stats.refLen = closestLen;

    const std::vector<NgramCounts> hypCounts = countNgrams(hypothesis, maxOrder);
    for (std::size_t o = 0; o < hypCounts.size(); ++o) {
        for (const auto& [ngram, count] : hypCounts[o]) {
            stats.total[o] += count;
            const auto it = refMax[o].find(ngram);
            if (it != refMax[o].end()) {
                stats.correct[o] += std::min(count, it->second);
            }
        }
    }
    return stats;
}

BleuScore computeBleu(const BleuStatistics& statistics, const BleuOptions& options)
{
    const int maxOrder = options.maxOrder;
    if (static_cast<int>(statistics.correct.size()) < maxOrder
        || static_cast<int>(statistics.total.size()) < maxOrder) {
        throw std::invalid_argument("BLEU: statistics have "
                                    + std::to_string(statistics.correct.size())
                                    + " orders, options ask for " + std::to_string(maxOrder));
    }
    double smoothValue = options.smoothValue;
    if (smoothValue < 0) {
        smoothValue = options.smooth == BleuSmooth::Floor ? 0.1 : 1.0;
    }
    BleuScore result;
    result.statistics = statistics;
    result.precisions.assign(static_cast<std::size_t>(maxOrder), 0.0);

    const double sysLen = static_cast<double>(statistics.hypLen);
    const double refLen = static_cast<double>(statistics.refLen);
    double bp = 1.0;
    if (sysLen < refLen) {
        bp = sysLen > 0 ? std::exp(1.0 - refLen / sysLen) : 0.0;
    }
    result.brevityPenalty = bp;

    // Early stop when nothing matches at all (sacrebleu #141).
    bool anyCorrect = false;
    for (int n = 0; n < maxOrder; ++n) {
        anyCorrect = anyCorrect || statistics.correct[static_cast<std::size_t>(n)] != 0;
    }
    if (!anyCorrect) {
        result.score = 0.0;
        return result;
    }

    double smoothMteval = 1.0;
    int effOrder = maxOrder;
    for (int n = 1; n <= maxOrder; ++n) {
        const auto idx = static_cast<std::size_t>(n - 1);
        double correct = static_cast<double>(statistics.correct[idx]);
        double total = static_cast<double>(statistics.total[idx]);
        if (options.smooth == BleuSmooth::AddK && n > 1) {
            correct += smoothValue;
            total += smoothValue;
        }
        if (total == 0) {
            break;
        }
        if (options.effectiveOrder) {
            effOrder = n;
        }
        if (correct == 0) {
            if (options.smooth == BleuSmooth::Exp) {
                smoothMteval *= 2;
                result.precisions[idx] = 100.0 / (smoothMteval * total);
            } else if (options.smooth == BleuSmooth::Floor) {
                result.precisions[idx] = 100.0 * smoothValue / total;
            }
        } else {
            result.precisions[idx] = 100.0 * correct / total;
        }
    }
    double sumLog = 0;
    for (int n = 0; n < effOrder; ++n) {
        sumLog += myLog(result.precisions[static_cast<std::size_t>(n)]);
    }
    result.score = bp * std::exp(sumLog / effOrder);
    return result;
}

BleuScore corpusBleu(const std::vector<std::string>& hypotheses,
                     const std::vector<std::vector<std::string>>& referenceStreams,
                     TokenizerKind tokenizer, const BleuOptions& options)
{
    for (std::size_t k = 0; k < referenceStreams.size(); ++k) {
        if (referenceStreams[k].size() != hypotheses.size()) {
            throw std::invalid_argument("BLEU: reference stream " + std::to_string(k + 1) + " has "
                                        + std::to_string(referenceStreams[k].size())
                                        + " segments, the hypotheses "
                                        + std::to_string(hypotheses.size()));
        }
    }
    BleuStatistics sum;
    sum.correct.assign(static_cast<std::size_t>(options.maxOrder), 0);
    sum.total.assign(static_cast<std::size_t>(options.maxOrder), 0);
    std::vector<std::vector<std::string>> refs;
    for (std::size_t i = 0; i < hypotheses.size(); ++i) {
        refs.clear();
        for (const auto& stream : referenceStreams) {
            refs.push_back(tokenize(stream[i], tokenizer));
        }
        sum += bleuStatistics(tokenize(hypotheses[i], tokenizer), refs, options.maxOrder);
    }
    return computeBleu(sum, options);
}

BleuScore sentenceBleu(const std::string& hypothesis, const std::vector<std::string>& references,
                       TokenizerKind tokenizer, BleuOptions options)
{
    std::vector<std::vector<std::string>> refs;
    refs.reserve(references.size());
    for (const std::string& r : references) {
        refs.push_back(tokenize(r, tokenizer));
    }
    return computeBleu(bleuStatistics(tokenize(hypothesis, tokenizer), refs, options.maxOrder),
                       options);
}

} // namespace genlens::metrics::text
