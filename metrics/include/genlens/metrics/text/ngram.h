#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace genlens::metrics::text {

namespace detail {

// An open-addressing (linear probing) map from 64-bit keys to dense 32-bit ids: n-gram interning
// is the hot loop of Self-BLEU and distinct-n, and std::unordered_map's node per entry costs a
// cache miss and an allocation each.
class FlatIdMap
{
public:
    FlatIdMap();
    // The id of `key`, inserting it with id size() when new.
    std::uint32_t intern(std::uint64_t key);
    std::size_t size() const { return m_size; }

private:
    void grow();

    std::vector<std::uint64_t> m_keys;
    std::vector<std::uint32_t> m_ids; // kEmpty marks a free slot
    std::size_t m_size = 0;
    std::size_t m_mask = 0;
    int m_shift = 0;
};

} // namespace detail

// Interns tokens and n-grams into dense integer ids, one id space per order: an n-gram's id is
// looked up from (id of its (n-1)-gram prefix, id of its last token), so equal n-grams get equal
// ids without building n-gram strings.
class NgramVocabulary
{
public:
    explicit NgramVocabulary(int maxOrder);

    int maxOrder() const { return m_maxOrder; }
    // Number of distinct n-grams of `order` (1-based) seen so far.
    std::size_t size(int order) const;

    std::uint32_t tokenId(const std::string& token);

    // The ids of the n-grams of every order 1..maxOrder of a token sequence, in text order:
    // result[order - 1] has max(0, tokens - order + 1) entries.
    std::vector<std::vector<std::uint32_t>> encode(const std::vector<std::string>& tokens);

private:
    int m_maxOrder;
    std::unordered_map<std::string, std::uint32_t> m_tokens;
    std::vector<detail::FlatIdMap> m_higher; // orders 2..max
};

// (id, count) pairs sorted by id.
using SparseCounts = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

// Counts the ids of one order (sorted copy, then run lengths).
SparseCounts countIds(std::vector<std::uint32_t> ids);

// Every sample's n-gram counts per order: counts[sample][order - 1].
struct CorpusNgrams
{
    int maxOrder = 0;
    std::vector<std::size_t> vocabularySize; // per order
    std::vector<std::size_t> lengths; // tokens per sample
    std::vector<std::vector<SparseCounts>> counts;
};

// threads (0 = all cores) counts the samples in parallel once the ids are assigned (in sample
// order); the result is the same for any thread count.
CorpusNgrams countCorpusNgrams(const std::vector<std::vector<std::string>>& samples, int maxOrder,
                               int threads = 0);

} // namespace genlens::metrics::text
