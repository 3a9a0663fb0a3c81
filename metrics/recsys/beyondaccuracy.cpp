#include "genlens/metrics/recsys/beyondaccuracy.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace genlens::metrics::recsys {

bool ItemFeatures::describes(std::int32_t item) const
{
    if (item < 0) {
        return false;
    }
    const auto i = static_cast<std::size_t>(item);
    if (hasCategories()) {
        return i + 1 < categoryOffsets.size() && categoryOffsets[i + 1] > categoryOffsets[i];
    }
    if (hasVectors()) {
        return i < hasVector.size() && hasVector[i];
    }
    return false;
}

double giniIndex(std::vector<std::int64_t> counts)
{
    const std::size_t n = counts.size();
    if (n == 0) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    std::sort(counts.begin(), counts.end());
    double weighted = 0;
    double total = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double c = static_cast<double>(counts[i]);
        weighted += (2.0 * static_cast<double>(i + 1) - static_cast<double>(n) - 1.0) * c;
        total += c;
    }
    if (total <= 0) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    return weighted / (static_cast<double>(n) * total);
}

double entropyBits(const std::vector<std::int64_t>& counts)
{
    double total = 0;
    for (std::int64_t c : counts) {
        total += static_cast<double>(std::max<std::int64_t>(c, 0));
    }
    if (total <= 0) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    double h = 0;
    for (std::int64_t c : counts) {
        if (c > 0) {
            const double p = static_cast<double>(c) / total;
            h -= p * std::log2(p);
        }
    }
    return h;
}

namespace {

double jaccardDistance(const ItemFeatures& f, std::int32_t a, std::int32_t b)
{
    const auto ia = static_cast<std::size_t>(a);
    const auto ib = static_cast<std::size_t>(b);
    const std::int32_t* pa = f.categories.data() + f.categoryOffsets[ia];
    const std::int32_t* ea = f.categories.data() + f.categoryOffsets[ia + 1];
    const std::int32_t* pb = f.categories.data() + f.categoryOffsets[ib];
    const std::int32_t* eb = f.categories.data() + f.categoryOffsets[ib + 1];
    const auto sizeA = static_cast<std::size_t>(ea - pa);
    const auto sizeB = static_cast<std::size_t>(eb - pb);
    std::size_t common = 0;
    while (pa != ea && pb != eb) {
        if (*pa < *pb) {
            ++pa;
        } else if (*pb < *pa) {
            ++pb;
        } else {
            ++common;
            ++pa;
            ++pb;
        }
    }
    const std::size_t unionSize = sizeA + sizeB - common;
    return 1.0 - static_cast<double>(common) / static_cast<double>(unionSize);
}

} // namespace

Concentration concentrationOf(const RankedLists& lists, const std::vector<std::int64_t>& users,
                              const std::vector<std::uint8_t>& catalogue, int cutoff)
{
    const auto K = static_cast<std::size_t>(std::max(cutoff, 1));
    std::size_t itemCount = catalogue.size();
    for (const std::int32_t item : lists.items) {
        itemCount = std::max(itemCount, static_cast<std::size_t>(item) + 1);
    }
    std::vector<std::int64_t> counts(itemCount, 0);
    std::size_t rows = 0;
    for (const std::int64_t user : users) {
        const auto u = static_cast<std::size_t>(user);
        const std::size_t depth = std::min(lists.length(u), K);
        const std::int32_t* list = lists.begin(u);
        for (std::size_t j = 0; j < depth; ++j) {
            ++counts[static_cast<std::size_t>(list[j])];
        }
        rows += depth;
    }
    Concentration c;
    std::vector<std::int64_t> catalogueCounts;
    std::size_t recommended = 0;
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
        if (catalogue[i]) {
            catalogueCounts.push_back(counts[i]);
            recommended += counts[i] > 0 ? 1 : 0;
        }
    }
    if (!catalogueCounts.empty()) {
        c.coverage = static_cast<double>(recommended) / static_cast<double>(catalogueCounts.size());
        c.gini = giniIndex(catalogueCounts);
    }
    if (rows > 0) {
        c.entropy = entropyBits(counts);
    }
    return c;
}

BeyondResult evaluateBeyondAccuracy(const RankedLists& lists,
                                    const std::vector<std::uint8_t>& catalogue,
                                    const Training* training, const ItemFeatures* features,
                                    const BeyondOptions& options, const Progress& progress)
{
    if (options.cutoff <= 0) {
        throw std::invalid_argument("beyond-accuracy cut-off must be positive");
    }
    if (!(options.longTailHead > 0 && options.longTailHead <= 1)) {
        throw std::invalid_argument("long-tail head share must be in (0, 1]");
    }
    const auto K = static_cast<std::size_t>(options.cutoff);
    BeyondResult r;

    std::size_t itemCount = catalogue.size();
    for (std::int32_t item : lists.items) {
        itemCount = std::max(itemCount, static_cast<std::size_t>(item) + 1);
    }
    if (training) {
        itemCount = std::max(itemCount, training->itemCount.size());
    }
    const std::size_t userCount = lists.userCount();
    auto inCatalogue
        = [&catalogue](std::size_t item) { return item < catalogue.size() && catalogue[item]; };

    // Recommendation counts and the best rank at which each item appears.
    r.recommendationCount.assign(itemCount, 0);
    std::vector<std::size_t> bestRank(itemCount, 0); // 0 = never
    std::size_t rows = 0;
    for (std::size_t u = 0; u < userCount; ++u) {
        const std::size_t depth = std::min(lists.length(u), K);
        if (depth == 0) {
            continue;
        }
        ++r.listsEvaluated;
        const std::int32_t* list = lists.begin(u);
        for (std::size_t j = 0; j < depth; ++j) {
            const auto item = static_cast<std::size_t>(list[j]);
            ++r.recommendationCount[item];
            if (bestRank[item] == 0 || j + 1 < bestRank[item]) {
                bestRank[item] = j + 1;
            }
        }
        rows += depth;
    }
    reportProgress(progress, 1, 4);

    // Coverage, Gini over the catalogue; entropy over everything recommended.
    std::vector<std::int64_t> catalogueCounts;
    // Ranks go no deeper than the longest list: size by that, not by the cut-off (issue 15).
    std::size_t longestList = 0;
    for (std::size_t u = 0; u < userCount; ++u) {
        longestList = std::max(longestList, lists.length(u));
    }
    const std::size_t deepest = std::min(K, longestList);
    std::vector<std::size_t> firstSeenAt(deepest + 2, 0);
    for (std::size_t i = 0; i < itemCount; ++i) {
        if (inCatalogue(i)) {
            ++r.catalogueSize;
            catalogueCounts.push_back(r.recommendationCount[i]);
            if (r.recommendationCount[i] > 0) {
                ++r.recommendedCatalogueItems;
                ++firstSeenAt[bestRank[i]];
            }
        } else if (r.recommendationCount[i] > 0) {
            ++r.recommendedOutsideCatalogue;
        }
    }
    if (r.catalogueSize > 0) {
        r.coverage = static_cast<double>(r.recommendedCatalogueItems)
            / static_cast<double>(r.catalogueSize);
        r.gini = giniIndex(catalogueCounts);
        std::size_t cumulative = 0;
        for (std::size_t k = 1; k <= deepest; ++k) { // flat beyond the longest list
            cumulative += firstSeenAt[k];
            r.coverageByCutoff.push_back(static_cast<double>(cumulative)
                                         / static_cast<double>(r.catalogueSize));
        }
    }
    if (rows > 0) {
        r.entropy = entropyBits(r.recommendationCount);
    }
    reportProgress(progress, 2, 4);

    // Popularity-based values.
    if (training && training->rows > 0) {
        for (std::size_t i = 0; i < training->itemCount.size(); ++i) {
            if (training->itemCount[i] > 0) {
                r.popularityOrder.push_back(static_cast<std::int32_t>(i));
            }
        }
        std::stable_sort(r.popularityOrder.begin(), r.popularityOrder.end(),
                         [training](std::int32_t a, std::int32_t b) {
                             return training->count(a) > training->count(b);
                         });
        std::vector<std::uint8_t> head(itemCount, 0);
        const double headMass = options.longTailHead * static_cast<double>(training->rows);
        double cumulative = 0;
        for (std::int32_t item : r.popularityOrder) {
            if (cumulative >= headMass) {
                break;
            }
            head[static_cast<std::size_t>(item)] = 1;
            ++r.headItems;
            cumulative += static_cast<double>(training->count(item));
        }

        const double logRows = std::log2(static_cast<double>(training->rows));
        r.userNovelty.assign(userCount, BeyondResult::kNaN);
        r.userArp.assign(userCount, BeyondResult::kNaN);
        r.userLongTail.assign(userCount, BeyondResult::kNaN);
        r.userNoveltyRows.assign(userCount, BeyondResult::kNaN);
        double noveltySum = 0;
        std::size_t noveltyRows = 0;
        double arpSum = 0;
        double tailSum = 0;
        for (std::size_t u = 0; u < userCount; ++u) {
            const std::size_t depth = std::min(lists.length(u), K);
            if (depth == 0) {
                continue;
            }
            const std::int32_t* list = lists.begin(u);
            double userNovelty = 0;
            std::size_t userNoveltyRows = 0;
            double popularity = 0;
            std::size_t tail = 0;
            for (std::size_t j = 0; j < depth; ++j) {
                const std::int64_t c = training->count(list[j]);
                popularity += static_cast<double>(c);
                if (c > 0) {
                    userNovelty += logRows - std::log2(static_cast<double>(c));
                    ++userNoveltyRows;
                } else {
                    ++r.noveltyRowsUnseen;
                }
                if (!head[static_cast<std::size_t>(list[j])]) {
                    ++tail;
                }
            }
            noveltySum += userNovelty;
            noveltyRows += userNoveltyRows;
            r.userNoveltyRows[u] = static_cast<double>(userNoveltyRows);
            if (userNoveltyRows > 0) {
                r.userNovelty[u] = userNovelty / static_cast<double>(userNoveltyRows);
            }
            r.userArp[u] = popularity / static_cast<double>(depth);
            r.userLongTail[u] = static_cast<double>(tail) / static_cast<double>(depth);
            arpSum += r.userArp[u];
            tailSum += r.userLongTail[u];
        }
        if (noveltyRows > 0) {
            r.novelty = noveltySum / static_cast<double>(noveltyRows);
        }
        if (r.listsEvaluated > 0) {
            r.arp = arpSum / static_cast<double>(r.listsEvaluated);
            r.longTailShare = tailSum / static_cast<double>(r.listsEvaluated);
        }
    }
    reportProgress(progress, 3, 4);

    // Intra-list diversity.
    if (features && (features->hasCategories() || features->hasVectors())) {
        std::vector<double> norms;
        if (features->hasVectors()) {
            const std::size_t d = features->vectorDim;
            const std::size_t n = features->vectors.size() / d;
            norms.assign(n, 0.0);
            for (std::size_t i = 0; i < n; ++i) {
                double s = 0;
                for (std::size_t c = 0; c < d; ++c) {
                    s += features->vectors[i * d + c] * features->vectors[i * d + c];
                }
                norms[i] = std::sqrt(s);
            }
        }
        auto describable = [&](std::int32_t item) {
            if (!features->describes(item)) {
                return false;
            }
            return !features->hasVectors() || norms[static_cast<std::size_t>(item)] > 0;
        };
        auto distance = [&](std::int32_t a, std::int32_t b) {
            if (features->hasCategories()) {
                return jaccardDistance(*features, a, b);
            }
            const std::size_t d = features->vectorDim;
            const double* va = features->vectors.data() + static_cast<std::size_t>(a) * d;
            const double* vb = features->vectors.data() + static_cast<std::size_t>(b) * d;
            double dot = 0;
            for (std::size_t c = 0; c < d; ++c) {
                dot += va[c] * vb[c];
            }
            return 1.0
                - dot / (norms[static_cast<std::size_t>(a)] * norms[static_cast<std::size_t>(b)]);
        };
        std::vector<std::uint8_t> undescribedSeen(itemCount, 0);
        r.userIld.assign(userCount, BeyondResult::kNaN);
        std::vector<std::int32_t> known;
        double ildSum = 0;
        for (std::size_t u = 0; u < userCount; ++u) {
            const std::size_t depth = std::min(lists.length(u), K);
            const std::int32_t* list = depth ? lists.begin(u) : nullptr;
            known.clear();
            for (std::size_t j = 0; j < depth; ++j) {
                if (describable(list[j])) {
                    known.push_back(list[j]);
                } else if (!undescribedSeen[static_cast<std::size_t>(list[j])]) {
                    undescribedSeen[static_cast<std::size_t>(list[j])] = 1;
                    ++r.itemsWithoutFeatures;
                }
            }
            if (known.size() < 2) {
                continue;
            }
            double sum = 0;
            for (std::size_t a = 0; a < known.size(); ++a) {
                for (std::size_t b = a + 1; b < known.size(); ++b) {
                    sum += distance(known[a], known[b]);
                }
            }
            const double pairs = static_cast<double>(known.size() * (known.size() - 1) / 2);
            r.userIld[u] = sum / pairs;
            ildSum += r.userIld[u];
            ++r.ildUsers;
        }
        if (r.ildUsers > 0) {
            r.ild = ildSum / static_cast<double>(r.ildUsers);
        }
    }
    reportProgress(progress, 4, 4);
    return r;
}

std::vector<double> serendipityPerUser(const RankedLists& lists, const Truth& truth,
                                       const std::vector<std::int32_t>& users,
                                       const Training& training,
                                       const std::vector<std::int32_t>& popularityOrder, int cutoff,
                                       const ResolvedConvention& rules)
{
    const auto K = static_cast<std::size_t>(cutoff);
    std::int32_t maxItem = -1;
    for (std::int32_t item : truth.items) {
        maxItem = std::max(maxItem, item);
    }
    for (std::int32_t item : lists.items) {
        maxItem = std::max(maxItem, item);
    }
    for (std::int32_t item : popularityOrder) {
        maxItem = std::max(maxItem, item);
    }
    const auto items = static_cast<std::size_t>(maxItem + 1);
    std::vector<std::int64_t> position(items, -1);
    for (std::size_t p = 0; p < popularityOrder.size(); ++p) {
        position[static_cast<std::size_t>(popularityOrder[p])] = static_cast<std::int64_t>(p);
    }
    std::vector<std::int32_t> relevantStamp(items, 0);
    std::vector<std::int32_t> historyStamp(items, 0);
    std::vector<std::int64_t> historyPositions;

    std::vector<double> values;
    values.reserve(users.size());
    for (std::int32_t user : users) {
        const auto u = static_cast<std::size_t>(user);
        const std::size_t depth = u < lists.userCount() ? std::min(lists.length(u), K) : 0;
        if (depth == 0) {
            values.push_back(0.0);
            continue;
        }
        for (std::size_t i = truth.offsets[u]; i < truth.offsets[u + 1]; ++i) {
            const double g = truth.relevance[i];
            if (rules.relevantAboveZero ? g > 0 : g >= rules.level) {
                relevantStamp[static_cast<std::size_t>(truth.items[i])] = user + 1;
            }
        }
        historyPositions.clear();
        if (u + 1 < training.historyOffsets.size()) {
            for (std::size_t i = training.historyOffsets[u]; i < training.historyOffsets[u + 1];
                 ++i) {
                const auto h = static_cast<std::size_t>(training.historyItems[i]);
                if (h < items) {
                    historyStamp[h] = user + 1;
                    if (position[h] >= 0) {
                        historyPositions.push_back(position[h]);
                    }
                }
            }
        }
        std::sort(historyPositions.begin(), historyPositions.end());
        const std::int32_t* list = lists.begin(u);
        std::size_t serendipitous = 0;
        for (std::size_t j = 0; j < depth; ++j) {
            const auto item = static_cast<std::size_t>(list[j]);
            if (relevantStamp[item] != user + 1) {
                continue;
            }
            bool inBaseline = false;
            if (historyStamp[item] != user + 1 && position[item] >= 0) {
                // The baseline skips the user's history: its rank among the rest.
                const std::int64_t p = position[item];
                const auto before
                    = std::lower_bound(historyPositions.begin(), historyPositions.end(), p)
                    - historyPositions.begin();
                inBaseline = p - before < static_cast<std::int64_t>(K);
            }
            if (!inBaseline) {
                ++serendipitous;
            }
        }
        values.push_back(static_cast<double>(serendipitous) / static_cast<double>(K));
    }
    return values;
}

} // namespace genlens::metrics::recsys
