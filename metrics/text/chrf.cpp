#include "genlens/metrics/text/chrf.h"

#include "genlens/metrics/text/utf8.h"

#include <algorithm>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

namespace genlens::metrics::text {

namespace {

using CharNgrams = std::vector<std::unordered_map<std::u32string_view, double>>;

std::u32string prepare(const std::string& text, const ChrfOptions& options)
{
    const std::u32string decoded = decodeUtf8(text);
    if (options.whitespace) {
        return decoded;
    }
    std::u32string out;
    out.reserve(decoded.size());
    for (char32_t c : decoded) {
        if (!isPythonSpace(c)) {
            out.push_back(c);
        }
    }
    return out;
}

// The views point into `s`, which must outlive the result.
CharNgrams extract(const std::u32string& s, int order)
{
    CharNgrams grams(static_cast<std::size_t>(order));
    const std::u32string_view view(s);
    for (int n = 1; n <= order; ++n) {
        auto& m = grams[static_cast<std::size_t>(n - 1)];
        const auto len = static_cast<std::size_t>(n);
        for (std::size_t i = 0; i + len <= view.size(); ++i) {
            m[view.substr(i, len)] += 1;
        }
    }
    return grams;
}

std::vector<double> matchStatistics(const CharNgrams& hyp, const CharNgrams& ref)
{
    std::vector<double> stats;
    stats.reserve(hyp.size() * 3);
    for (std::size_t o = 0; o < hyp.size(); ++o) {
        double hypCount = 0;
        double refCount = 0;
        double match = 0;
        for (const auto& [g, c] : hyp[o]) {
            hypCount += c;
            const auto it = ref[o].find(g);
            if (it != ref[o].end()) {
                match += std::min(c, it->second);
            }
        }
        for (const auto& [g, c] : ref[o]) {
            (void)g;
            refCount += c;
        }
        // sacrebleu: a hypothesis n-gram count is only kept when the reference has n-grams.
        stats.push_back(refCount > 0 ? hypCount : 0);
        stats.push_back(refCount);
        stats.push_back(match);
    }
    return stats;
}

} // namespace

double chrfFromStatistics(const std::vector<double>& statistics, const ChrfOptions& options)
{
    const std::size_t order = statistics.size() / 3;
    const double eps = 1e-16;
    const double factor = options.beta * options.beta;
    double score = 0;
    double avgPrec = 0;
    double avgRec = 0;
    int effectiveOrder = 0;
    for (std::size_t i = 0; i < order; ++i) {
        const double nHyp = statistics[3 * i];
        const double nRef = statistics[3 * i + 1];
        const double nMatch = statistics[3 * i + 2];
        const double prec = nHyp > 0 ? nMatch / nHyp : eps;
        const double rec = nRef > 0 ? nMatch / nRef : eps;
        const double denom = factor * prec + rec;
        score += denom > 0 ? (1 + factor) * prec * rec / denom : eps;
        if (nHyp > 0 && nRef > 0) {
            avgPrec += prec;
            avgRec += rec;
            ++effectiveOrder;
        }
    }
    if (options.epsSmoothing) {
        return 100.0 * score / static_cast<double>(order);
    }
    if (effectiveOrder == 0) {
        return 0.0;
    }
    avgPrec /= effectiveOrder;
    avgRec /= effectiveOrder;
    if (avgPrec + avgRec == 0) {
        return 0.0;
    }
    return 100.0 * (1 + factor) * avgPrec * avgRec / (factor * avgPrec + avgRec);
}

std::vector<double> chrfStatistics(const std::string& hypothesis,
                                   const std::vector<std::string>& references,
                                   const ChrfOptions& options)
{
    if (options.charOrder < 1) {
        throw std::invalid_argument("chrF: character order must be >= 1");
    }
    const std::u32string hyp = prepare(hypothesis, options);
    const CharNgrams hypGrams = extract(hyp, options.charOrder);
    std::vector<double> best(static_cast<std::size_t>(options.charOrder) * 3, 0.0);
    double bestF = -1.0;
    for (const std::string& r : references) {
        const std::u32string ref = prepare(r, options);
        const std::vector<double> stats
            = matchStatistics(hypGrams, extract(ref, options.charOrder));
        const double f = chrfFromStatistics(stats, options);
        if (f > bestF) {
            bestF = f;
            best = stats;
        }
    }
    return best;
}

double corpusChrf(const std::vector<std::string>& hypotheses,
                  const std::vector<std::vector<std::string>>& referenceStreams,
                  const ChrfOptions& options)
{
    for (std::size_t k = 0; k < referenceStreams.size(); ++k) {
        if (referenceStreams[k].size() != hypotheses.size()) {
            throw std::invalid_argument("chrF: reference stream " + std::to_string(k + 1) + " has "
                                        + std::to_string(referenceStreams[k].size())
                                        + " segments, the hypotheses "
                                        + std::to_string(hypotheses.size()));
        }
    }
    std::vector<double> sum(static_cast<std::size_t>(options.charOrder) * 3, 0.0);
    std::vector<std::string> refs;
    for (std::size_t i = 0; i < hypotheses.size(); ++i) {
        refs.clear();
        for (const auto& stream : referenceStreams) {
            refs.push_back(stream[i]);
        }
        const std::vector<double> stats = chrfStatistics(hypotheses[i], refs, options);
        for (std::size_t j = 0; j < sum.size(); ++j) {
            sum[j] += stats[j];
        }
    }
    return chrfFromStatistics(sum, options);
}

double sentenceChrf(const std::string& hypothesis, const std::vector<std::string>& references,
                    const ChrfOptions& options)
{
    return chrfFromStatistics(chrfStatistics(hypothesis, references, options), options);
}

} // namespace genlens::metrics::text
