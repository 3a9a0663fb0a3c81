#include "genlens/metrics/text/ngram.h"

#include <algorithm>
#include <stdexcept>

namespace genlens::metrics::text {

NgramVocabulary::NgramVocabulary(int maxOrder)
    : m_maxOrder(maxOrder)
{
    if (maxOrder < 1) {
        throw std::invalid_argument("n-gram order must be >= 1, got " + std::to_string(maxOrder));
    }
    m_higher.resize(static_cast<std::size_t>(maxOrder - 1));
}

std::size_t NgramVocabulary::size(int order) const
{
    if (order == 1) {
        return m_tokens.size();
    }
    return m_higher.at(static_cast<std::size_t>(order - 2)).size();
}

std::uint32_t NgramVocabulary::tokenId(const std::string& token)
{
    const auto [it, inserted]
        = m_tokens.try_emplace(token, static_cast<std::uint32_t>(m_tokens.size()));
    (void)inserted;
    return it->second;
}

std::vector<std::vector<std::uint32_t>>
NgramVocabulary::encode(const std::vector<std::string>& tokens)
{
    std::vector<std::vector<std::uint32_t>> ids(static_cast<std::size_t>(m_maxOrder));
    ids[0].reserve(tokens.size());
    for (const std::string& t : tokens) {
        ids[0].push_back(tokenId(t));
    }
    for (int order = 2; order <= m_maxOrder; ++order) {
        const std::vector<std::uint32_t>& prev = ids[static_cast<std::size_t>(order - 2)];
        std::vector<std::uint32_t>& cur = ids[static_cast<std::size_t>(order - 1)];
        if (prev.size() < 2) {
            break;
        }
        auto& map = m_higher[static_cast<std::size_t>(order - 2)];
        cur.reserve(prev.size() - 1);
        for (std::size_t i = 0; i + 1 < prev.size(); ++i) {
            // prefix (order-1)-gram starting at i, last token at i + order - 1
            const std::uint64_t key = (static_cast<std::uint64_t>(prev[i]) << 32)
                | ids[0][i + static_cast<std::size_t>(order) - 1];
            const auto [it, inserted]
                = map.try_emplace(key, static_cast<std::uint32_t>(map.size()));
            (void)inserted;
            cur.push_back(it->second);
        }
    }
    return ids;
}

SparseCounts countIds(std::vector<std::uint32_t> ids)
{
    std::sort(ids.begin(), ids.end());
    SparseCounts counts;
    for (std::size_t i = 0; i < ids.size();) {
        std::size_t j = i + 1;
        while (j < ids.size() && ids[j] == ids[i]) {
            ++j;
        }
        counts.emplace_back(ids[i], static_cast<std::uint32_t>(j - i));
        i = j;
    }
    return counts;
}

CorpusNgrams countCorpusNgrams(const std::vector<std::vector<std::string>>& samples, int maxOrder)
{
    NgramVocabulary vocabulary(maxOrder);
    CorpusNgrams corpus;
    corpus.maxOrder = maxOrder;
    corpus.lengths.reserve(samples.size());
    corpus.counts.reserve(samples.size());
    for (const auto& tokens : samples) {
        std::vector<std::vector<std::uint32_t>> ids = vocabulary.encode(tokens);
        std::vector<SparseCounts> perOrder;
        perOrder.reserve(ids.size());
        for (auto& v : ids) {
            perOrder.push_back(countIds(std::move(v)));
        }
        corpus.lengths.push_back(tokens.size());
        corpus.counts.push_back(std::move(perOrder));
    }
    for (int order = 1; order <= maxOrder; ++order) {
        corpus.vocabularySize.push_back(vocabulary.size(order));
    }
    return corpus;
}

} // namespace genlens::metrics::text
