#pragma once

#include "genlens/metrics/progress.h"
#include "genlens/metrics/recsys/interactions.h"

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace genlens::metrics::recsys {

// Which library's definitions the accuracy metrics follow (docs/recsys.md has every formula).
//  - Trec (default): trec_eval. P_k = hits/k (short lists padded), recall_k = hits/|R|,
//    ndcg_cut_k with linear gain (the relevance grade) and the ideal DCG over the best
//    min(|judged with grade > 0|, k) gains, map_cut_k = sum of precision at hits / |R|,
//    recip_rank over the whole list. Relevant = grade >= 1 (trec_eval's -l 1).
//  - RecBole: binary gain, AP@k / min(|R|, k), MRR cut at the largest cut-off. Relevant = grade >
//  0.
//  - Msr (Microsoft recommenders): binary gain (ndcg_at_k's default), map_at_k / min(|R|, k),
//    reciprocal rank over the whole list. Relevant = grade > 0.
enum class Convention { Trec, RecBole, Msr };
enum class Gain { ConventionDefault, Linear, Binary, Exponential };

std::string_view conventionName(Convention convention);
// Throws std::invalid_argument for an unknown name.
Convention conventionFromName(std::string_view name);
std::string_view gainName(Gain gain);
Gain gainFromName(std::string_view name);

struct AccuracyOptions
{
    std::vector<int> cutoffs {5, 10, 20};
    Convention convention = Convention::Trec;
    Gain gain = Gain::ConventionDefault;
    // Relevant iff grade >= relevanceLevel; NaN = the convention's default (see above).
    double relevanceLevel = std::numeric_limits<double>::quiet_NaN();
};

// The resolved rules, for reports and signatures.
struct ResolvedConvention
{
    Convention convention = Convention::Trec;
    Gain gain = Gain::Linear;
    bool relevantAboveZero = false; // true: grade > 0; false: grade >= level
    double level = 1;
    bool apDividesByMinRk = false; // AP / min(|R|, k) instead of / |R|
    bool mrrCutAtLargestK = false;
    std::string signature() const; // e.g. "trec|gain=linear|rel>=1|ap/|R||rr=full"
};
ResolvedConvention resolveConvention(const AccuracyOptions& options);

// Per-user accuracy. Evaluated users = users in the truth with at least one relevant item, in id
// order. Per-user matrices are row-major users x cutoffs.
struct AccuracyResult
{
    std::vector<int> cutoffs; // sorted ascending, unique
    ResolvedConvention rules;
    std::vector<std::int32_t> users; // evaluated users
    std::vector<double> precision, recall, ndcg, ap, hit; // users x cutoffs
    std::vector<double> reciprocalRank; // per evaluated user
    std::vector<std::int32_t> relevantCount; // |R_u|
    std::vector<std::int32_t> listLength; // length of the user's whole list (0 when none)
    std::vector<std::int32_t> firstHitRank; // 1-based rank of the first hit, 0 when none

    // Users in the truth with relevant items but no list: in `users`, scored 0 (trec_eval -c).
    std::vector<std::int32_t> usersWithoutList;
    // Users in the truth with no relevant item: excluded.
    std::vector<std::int32_t> usersWithoutRelevant;
    // Users with a list who are not in the truth: ignored by accuracy.
    std::vector<std::int32_t> usersNotInTruth;

    // Means over evaluated users (NaN when there are none).
    std::vector<double> meanPrecision, meanRecall, meanNdcg, meanAp, meanHit;
    double meanReciprocalRank = 0;

    std::size_t cutoffIndex(int k) const; // throws std::out_of_range
};

// Throws std::invalid_argument for an empty or non-positive cut-off list.
AccuracyResult evaluateAccuracy(const RankedLists& lists, const Truth& truth,
                                const AccuracyOptions& options, const Progress& progress = {});

} // namespace genlens::metrics::recsys
