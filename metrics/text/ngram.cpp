#include "genlens/metrics/text/ngram.h"

#include "text/textparallel.h"

#include <algorithm>
#include <stdexcept>

namespace genlens::metrics::text {

namespace detail {

namespace {
constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
constexpr int kInitialBits = 10;
} // namespace

FlatIdMap::FlatIdMap()
    : m_keys(std::size_t(1) << kInitialBits, 0)
    , m_ids(std::size_t(1) << kInitialBits, kEmpty)
    , m_mask((std::size_t(1) << kInitialBits) - 1)
    , m_shift(64 - kInitialBits)
{ }

std::uint32_t FlatIdMap::intern(std::uint64_t key)
{
    // Fibonacci hashing: the top bits of key * 2^64/phi.
    std::size_t slot = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> m_shift);
    while (true) {
        const std::uint32_t id = m_ids[slot];
        if (id == kEmpty) {
            break;
        }
        if (m_keys[slot] == key) {
            return id;
        }
        slot = (slot + 1) & m_mask;
    }
    const auto id = static_cast<std::uint32_t>(m_size);
    m_keys[slot] = key;
    m_ids[slot] = id;
    ++m_size;
    if (2 * m_size > m_keys.size()) {
        grow();
    }
    return id;
}

void FlatIdMap::grow()
{
    std::vector<std::uint64_t> keys(m_keys.size() * 2, 0);
    std::vector<std::uint32_t> ids(m_ids.size() * 2, kEmpty);
    --m_shift;
    m_mask = keys.size() - 1;
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        if (m_ids[i] == kEmpty) {
            continue;
        }
        std::size_t slot = static_cast<std::size_t>((m_keys[i] * 0x9E3779B97F4A7C15ull) >> m_shift);
        while (ids[slot] != kEmpty) {
            slot = (slot + 1) & m_mask;
        }
        keys[slot] = m_keys[i];
        ids[slot] = m_ids[i];
    }
    m_keys.swap(keys);
    m_ids.swap(ids);
}

} // namespace detail

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
            cur.push_back(map.intern(key));
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

CorpusNgrams countCorpusNgrams(const std::vector<std::vector<std::string>>& samples, int maxOrder,
                               int threads)
{
    NgramVocabulary vocabulary(maxOrder);
    CorpusNgrams corpus;
    corpus.maxOrder = maxOrder;
    corpus.lengths.reserve(samples.size());
    // Ids are handed out in order of first occurrence (one pass, in sample order); the per-sample
    // counting (a sort per order) is independent and runs in parallel.
    std::vector<std::vector<std::vector<std::uint32_t>>> ids;
    ids.reserve(samples.size());
    for (const auto& tokens : samples) {
        ids.push_back(vocabulary.encode(tokens));
        corpus.lengths.push_back(tokens.size());
    }
    corpus.counts.resize(samples.size());
    constexpr std::size_t kChunk = 256;
    forChunks(samples.size(), kChunk, threads,
              [&](std::size_t, std::size_t first, std::size_t last, int) {
                  for (std::size_t i = first; i < last; ++i) {
                      std::vector<SparseCounts>& perOrder = corpus.counts[i];
                      perOrder.reserve(ids[i].size());
                      for (auto& v : ids[i]) {
                          perOrder.push_back(countIds(std::move(v)));
                      }
                      ids[i].clear();
                      ids[i].shrink_to_fit();
                  }
              });
    for (int order = 1; order <= maxOrder; ++order) {
        corpus.vocabularySize.push_back(vocabulary.size(order));
    }
    return corpus;
}

} // namespace genlens::metrics::text
