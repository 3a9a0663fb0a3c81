#include "genlens/metrics/recsys/accuracy.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace genlens::metrics::recsys {

std::string_view conventionName(Convention convention)
{
    switch (convention) {
    case Convention::Trec:
        return "trec";
    case Convention::RecBole:
        return "recbole";
    case Convention::Msr:
        return "msr";
    }
    return "trec";
}

Convention conventionFromName(std::string_view name)
{
    if (name == "trec") {
        return Convention::Trec;
    }
    if (name == "recbole") {
        return Convention::RecBole;
    }
    if (name == "msr") {
        return Convention::Msr;
    }
    throw std::invalid_argument("unknown convention '" + std::string(name)
                                + "' (expected trec, recbole or msr)");
}

std::string_view gainName(Gain gain)
{
    switch (gain) {
    case Gain::ConventionDefault:
        return "default";
    case Gain::Linear:
        return "linear";
    case Gain::Binary:
        return "binary";
    case Gain::Exponential:
        return "exp";
    }
    return "default";
}

Gain gainFromName(std::string_view name)
{
    if (name.empty() || name == "default") {
        return Gain::ConventionDefault;
    }
    if (name == "linear") {
        return Gain::Linear;
    }
    if (name == "binary") {
        return Gain::Binary;
    }
    if (name == "exp") {
        return Gain::Exponential;
    }
    throw std::invalid_argument("unknown gain '" + std::string(name)
                                + "' (expected linear, binary or exp)");
}

ResolvedConvention resolveConvention(const AccuracyOptions& options)
{
    ResolvedConvention r;
    r.convention = options.convention;
    switch (options.convention) {
    case Convention::Trec:
        r.gain = Gain::Linear;
        r.relevantAboveZero = false;
        r.level = 1;
        r.apDividesByMinRk = false;
        r.mrrCutAtLargestK = false;
        break;
    case Convention::RecBole:
        r.gain = Gain::Binary;
        r.relevantAboveZero = true;
        r.level = 0;
        r.apDividesByMinRk = true;
        r.mrrCutAtLargestK = true;
        break;
    case Convention::Msr:
        r.gain = Gain::Binary;
        r.relevantAboveZero = true;
        r.level = 0;
        r.apDividesByMinRk = true;
        r.mrrCutAtLargestK = false;
        break;
    }
    if (options.gain != Gain::ConventionDefault) {
        r.gain = options.gain;
    }
    if (!std::isnan(options.relevanceLevel)) {
        r.relevantAboveZero = false;
        r.level = options.relevanceLevel;
    }
    return r;
}

std::string ResolvedConvention::signature() const
{
    std::ostringstream s;
    s << "convention=" << conventionName(convention) << ";gain=" << gainName(gain) << ";relevant=";
    if (relevantAboveZero) {
        s << "grade>0";
    } else {
        s << "grade>=" << level;
    }
    s << ";ap=" << (apDividesByMinRk ? "/min(|R|,k)" : "/|R|")
      << ";mrr=" << (mrrCutAtLargestK ? "cut@K" : "full-list");
    return s.str();
}

std::size_t AccuracyResult::cutoffIndex(int k) const
{
    const auto it = std::find(cutoffs.begin(), cutoffs.end(), k);
    if (it == cutoffs.end()) {
        throw std::out_of_range("cut-off " + std::to_string(k) + " was not evaluated");
    }
    return static_cast<std::size_t>(it - cutoffs.begin());
}

AccuracyResult evaluateAccuracy(const RankedLists& lists, const Truth& truth,
                                const AccuracyOptions& options, const Progress& progress)
{
    AccuracyResult result;
    result.cutoffs = options.cutoffs;
    std::sort(result.cutoffs.begin(), result.cutoffs.end());
    result.cutoffs.erase(std::unique(result.cutoffs.begin(), result.cutoffs.end()),
                         result.cutoffs.end());
    if (result.cutoffs.empty() || result.cutoffs.front() <= 0) {
        throw std::invalid_argument("cut-offs must be a non-empty list of positive integers");
    }
    const ResolvedConvention rules = resolveConvention(options);
    result.rules = rules;
    const std::size_t nk = result.cutoffs.size();
    const auto maxK = static_cast<std::size_t>(result.cutoffs.back());

    auto isRelevant = [&rules](double grade) {
        return rules.relevantAboveZero ? grade > 0 : grade >= rules.level;
    };
    auto gainOf = [&rules, &isRelevant](double grade) {
        switch (rules.gain) {
        case Gain::Binary:
            return isRelevant(grade) ? 1.0 : 0.0;
        case Gain::Exponential:
            return grade > 0 ? std::exp2(grade) - 1.0 : 0.0;
        case Gain::Linear:
        case Gain::ConventionDefault:
            break;
        }
        return grade > 0 ? grade : 0.0;
    };

    // Memory by what the inputs hold, not by the cut-off (issue 15: --cutoffs 10000000 took
    // 3.2 GB): list positions go no deeper than the longest list, ideal gains no further than
    // the most judged items of one user. Values at any k stay exact (P@k still divides by k).
    std::size_t longestList = 0;
    for (std::size_t u = 0; u < lists.userCount(); ++u) {
        longestList = std::max(longestList, lists.length(u));
    }
    std::size_t mostJudged = 0;
    for (std::size_t u = 0; u + 1 < truth.offsets.size(); ++u) {
        mostJudged = std::max(mostJudged, truth.offsets[u + 1] - truth.offsets[u]);
    }
    const std::size_t depthLimit = std::min(maxK, longestList);
    const std::size_t discountLimit = std::min(maxK, std::max(longestList, mostJudged));
    std::vector<double> discount(discountLimit + 1, 0.0);
    for (std::size_t j = 1; j <= discountLimit; ++j) {
        discount[j] = 1.0 / std::log2(static_cast<double>(j) + 1.0);
    }

    std::int32_t maxItem = -1;
    for (std::int32_t item : truth.items) {
        maxItem = std::max(maxItem, item);
    }
    // stamp[item] == user + 1 marks the current user's judged items; grade holds their grade.
    std::vector<std::int32_t> stamp(static_cast<std::size_t>(maxItem + 1), 0);
    std::vector<double> grade(static_cast<std::size_t>(maxItem + 1), 0.0);
    std::vector<double> gains;
    // Cumulative values at list position j (1-based; index 0 = nothing retrieved).
    std::vector<double> cumHits(depthLimit + 1), cumDcg(depthLimit + 1), cumAp(depthLimit + 1);

    const std::size_t userCount = truth.userCount();
    for (std::size_t u = 0; u < lists.userCount(); ++u) {
        if (lists.present[u] && (u >= userCount || !truth.present[u])) {
            result.usersNotInTruth.push_back(static_cast<std::int32_t>(u));
        }
    }

    for (std::size_t u = 0; u < userCount; ++u) {
        if ((u & 0xfff) == 0) {
            reportProgress(progress, u, userCount);
        }
        if (!truth.present[u]) {
            continue;
        }
        const auto user = static_cast<std::int32_t>(u);
        gains.clear();
        std::int32_t relevant = 0;
        for (std::size_t i = truth.offsets[u]; i < truth.offsets[u + 1]; ++i) {
            const auto item = static_cast<std::size_t>(truth.items[i]);
            stamp[item] = user + 1;
            grade[item] = truth.relevance[i];
            if (isRelevant(truth.relevance[i])) {
                ++relevant;
            }
            const double g = gainOf(truth.relevance[i]);
            if (g > 0) {
                gains.push_back(g);
            }
        }
        if (relevant == 0) {
            result.usersWithoutRelevant.push_back(user);
            continue;
        }
        std::sort(gains.begin(), gains.end(), std::greater<double>());

        const bool hasList = u < lists.userCount() && lists.present[u];
        const std::size_t length = hasList ? lists.length(u) : 0;
        const std::int32_t* list = hasList ? lists.begin(u) : nullptr;
        if (!hasList) {
            result.usersWithoutList.push_back(user);
        }

        auto judged = [&](std::int32_t item) {
            return item >= 0 && item <= maxItem
                && stamp[static_cast<std::size_t>(item)] == user + 1;
        };

        const std::size_t depth = std::min(length, depthLimit);
        std::int32_t firstHit = 0;
        for (std::size_t j = 1; j <= depth; ++j) {
            const std::int32_t item = list[j - 1];
            double hit = 0;
            double gain = 0;
            if (judged(item)) {
                const double g = grade[static_cast<std::size_t>(item)];
                hit = isRelevant(g) ? 1.0 : 0.0;
                gain = gainOf(g);
            }
            cumHits[j] = cumHits[j - 1] + hit;
            cumDcg[j] = cumDcg[j - 1] + gain * discount[j];
            cumAp[j] = cumAp[j - 1] + (hit > 0 ? cumHits[j] / static_cast<double>(j) : 0.0);
            if (hit > 0 && firstHit == 0) {
                firstHit = static_cast<std::int32_t>(j);
            }
        }
        if (firstHit == 0 && !rules.mrrCutAtLargestK) {
            for (std::size_t j = depth + 1; j <= length; ++j) {
                const std::int32_t item = list[j - 1];
                if (judged(item) && isRelevant(grade[static_cast<std::size_t>(item)])) {
                    firstHit = static_cast<std::int32_t>(j);
                    break;
                }
            }
        }

        result.users.push_back(user);
        result.relevantCount.push_back(relevant);
        result.listLength.push_back(static_cast<std::int32_t>(length));
        result.firstHitRank.push_back(firstHit);
        result.reciprocalRank.push_back(firstHit > 0 ? 1.0 / firstHit : 0.0);
        for (std::size_t c = 0; c < nk; ++c) {
            const auto k = static_cast<std::size_t>(result.cutoffs[c]);
            const std::size_t at = std::min(k, depth);
            const double hits = cumHits[at];
            double ideal = 0;
            for (std::size_t i = 0; i < std::min(k, gains.size()); ++i) {
                ideal += gains[i] * discount[i + 1];
            }
            const double apDivisor = rules.apDividesByMinRk
                ? static_cast<double>(std::min<std::size_t>(static_cast<std::size_t>(relevant), k))
                : static_cast<double>(relevant);
            result.precision.push_back(hits / static_cast<double>(k));
            result.recall.push_back(hits / relevant);
            result.ndcg.push_back(ideal > 0 ? cumDcg[at] / ideal : 0.0);
            result.ap.push_back(cumAp[at] / apDivisor);
            result.hit.push_back(hits > 0 ? 1.0 : 0.0);
        }
    }
    reportProgress(progress, userCount, userCount);

    const std::size_t n = result.users.size();
    auto columnMean = [&](const std::vector<double>& m, std::size_t c) {
        if (n == 0) {
            return std::numeric_limits<double>::quiet_NaN();
        }
        double sum = 0;
        for (std::size_t i = 0; i < n; ++i) {
            sum += m[i * nk + c];
        }
        return sum / static_cast<double>(n);
    };
    for (std::size_t c = 0; c < nk; ++c) {
        result.meanPrecision.push_back(columnMean(result.precision, c));
        result.meanRecall.push_back(columnMean(result.recall, c));
        result.meanNdcg.push_back(columnMean(result.ndcg, c));
        result.meanAp.push_back(columnMean(result.ap, c));
        result.meanHit.push_back(columnMean(result.hit, c));
    }
    double rrSum = 0;
    for (double rr : result.reciprocalRank) {
        rrSum += rr;
    }
    result.meanReciprocalRank
        = n ? rrSum / static_cast<double>(n) : std::numeric_limits<double>::quiet_NaN();
    return result;
}

} // namespace genlens::metrics::recsys
