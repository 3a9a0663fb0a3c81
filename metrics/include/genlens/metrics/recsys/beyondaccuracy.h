#pragma once

#include "genlens/metrics/progress.h"
#include "genlens/metrics/recsys/accuracy.h"
#include "genlens/metrics/recsys/interactions.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace genlens::metrics::recsys {

// What describes an item for intra-list diversity: a set of categories (Jaccard distance) or a
// dense vector (cosine distance). Both are indexed by item id; an item without a description is
// an empty category list / a row of `vectorDim` zeros with hasVector[item] == 0.
struct ItemFeatures
{
    // Categories as CSR (categoryOffsets.size() == items + 1), category ids ascending per item.
    std::vector<std::size_t> categoryOffsets;
    std::vector<std::int32_t> categories;
    // Vectors, row-major items x vectorDim.
    std::size_t vectorDim = 0;
    std::vector<double> vectors;
    std::vector<std::uint8_t> hasVector;

    bool hasCategories() const { return !categoryOffsets.empty(); }
    bool hasVectors() const { return vectorDim > 0; }
    bool describes(std::int32_t item) const;
};

struct BeyondOptions
{
    int cutoff = 20; // lists are cut at the largest accuracy cut-off K
    double longTailHead = 0.8; // head = most popular items holding this share of training rows
};

// Beyond-accuracy values (docs/recsys.md). NaN where an input is missing (no training data: no
// novelty, ARP, long tail or serendipity; no item features: no ILD).
struct BeyondResult
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    std::size_t catalogueSize = 0;
    std::size_t recommendedCatalogueItems = 0;
    std::size_t recommendedOutsideCatalogue = 0; // distinct recommended items not in the catalogue
    std::size_t listsEvaluated = 0; // users with a non-empty list
    double coverage = kNaN;
    double gini = kNaN;
    double entropy = kNaN; // bits
    double novelty = kNaN; // bits
    std::size_t noveltyRowsUnseen = 0; // recommended rows whose item never occurs in training
    double ild = kNaN;
    std::size_t ildUsers = 0; // lists with at least one describable pair
    std::size_t itemsWithoutFeatures = 0; // distinct recommended items without a description
    double arp = kNaN;
    double longTailShare = kNaN;
    std::size_t headItems = 0;
    double serendipity = kNaN;

    // Per user (indexed by user id; NaN where undefined, e.g. no list).
    std::vector<double> userNovelty, userIld, userArp, userLongTail;
    // Per user, the recommended rows with a training count (novelty's pooled denominator).
    std::vector<double> userNoveltyRows;

    // Items sorted by training popularity (count descending, id ascending) with their counts, and
    // how often each was recommended: the long-tail curve.
    std::vector<std::int32_t> popularityOrder;
    std::vector<std::int64_t> recommendationCount; // by item id
    // Coverage of the catalogue by the top k of every list, k = 1..min(cutoff, longest list)
    // (flat beyond the longest list, so not stored further).
    std::vector<double> coverageByCutoff;
};

// `catalogue[item]` is 1 for catalogue items (training ∪ truth ∪ item file). `training` may be
// null (then popularity-based values are NaN), `features` may be null (no ILD).
BeyondResult evaluateBeyondAccuracy(const RankedLists& lists,
                                    const std::vector<std::uint8_t>& catalogue,
                                    const Training* training, const ItemFeatures* features,
                                    const BeyondOptions& options, const Progress& progress = {});

// Serendipity per evaluated user: hits in the top K that the popularity baseline (the K most
// popular training items the user has not interacted with in training; ties by item id) would not
// recommend, divided by K. Users without a list score 0. Returns per-user values aligned with
// `users`.
std::vector<double> serendipityPerUser(const RankedLists& lists, const Truth& truth,
                                       const std::vector<std::int32_t>& users,
                                       const Training& training,
                                       const std::vector<std::int32_t>& popularityOrder, int cutoff,
                                       const ResolvedConvention& rules);

// Catalogue coverage, Gini index and entropy (as evaluateBeyondAccuracy) of the top-`cutoff`
// lists of the given users only (each user's list counted once per occurrence in `users`): the
// confidence intervals recompute them on subsets of users.
struct Concentration
{
    double coverage = BeyondResult::kNaN;
    double gini = BeyondResult::kNaN;
    double entropy = BeyondResult::kNaN;
};
Concentration concentrationOf(const RankedLists& lists, const std::vector<std::int64_t>& users,
                              const std::vector<std::uint8_t>& catalogue, int cutoff);

// Gini index of counts (RecBole GiniIndex): sorted ascending, sum (2i - n - 1) c_i / (n sum c).
double giniIndex(std::vector<std::int64_t> counts);
// Shannon entropy in bits of the distribution proportional to `counts` (zeros ignored).
double entropyBits(const std::vector<std::int64_t>& counts);

} // namespace genlens::metrics::recsys
