#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace genlens::metrics::recsys {

// String ids (users, items) mapped to dense integers in order of first appearance. Names live in
// one contiguous arena and the index is an open-addressing table of (hash tag, id) pairs: tens of
// millions of look-ups (a 100k-user top-100 file) stay in cache far better than node-based maps.
class IdInterner
{
public:
    // The id of `name`, adding it when new.
    std::int32_t intern(std::string_view name);
    // The id of `name`, or -1 when unknown.
    std::int32_t find(std::string_view name) const;
    // Valid until the next intern() call (the arena may grow).
    std::string_view name(std::int32_t id) const
    {
        const auto i = static_cast<std::size_t>(id);
        return std::string_view(m_arena.data() + m_offsets[i], m_offsets[i + 1] - m_offsets[i]);
    }
    std::size_t size() const { return m_offsets.size() - 1; }
    void reserve(std::size_t n);

private:
    // The first 8 bytes of the name live in the slot: short ids (the usual case) compare without
    // touching the arena.
    struct Slot
    {
        std::uint64_t head = 0; // first 8 bytes, zero-padded
        std::uint32_t tag = 0; // upper hash bits
        std::int32_t id = -1; // -1 = empty
        std::uint32_t length = 0;
    };
    static std::uint64_t hash(std::string_view s);
    static std::uint64_t headOf(std::string_view s);
    bool matches(const Slot& slot, std::uint32_t tag, std::uint64_t head,
                 std::string_view name) const;
    void grow();

    std::string m_arena;
    std::vector<std::size_t> m_offsets {0};
    std::vector<Slot> m_slots = std::vector<Slot>(64);
};

// One recommendation record as read from a file. `score` is used when the file has scores;
// `rank` is an explicit rank column (0 when absent); `order` is the record's position in the file
// (its line number when read by the loader): equal keys keep file order.
struct RecRecord
{
    std::int32_t user = 0;
    std::int32_t item = 0;
    double score = 0;
    std::int32_t rank = 0;
    std::uint32_t order = 0;
};

// How a user's records become a ranked list (docs/recsys.md, "Ties"):
//  - Stable: explicit order is trusted: with scores, score descending, equal scores by explicit
//    rank (when given) and then file order; without scores, explicit rank ascending (file order on
//    equal ranks), else file order.
//  - TrecEval: trec_eval's rule: rank ignored, score descending, equal scores by item id string
//    descending (strcmp(b, a) in trec_eval's form_res_rels.c).
enum class TieRule { Stable, TrecEval };

// Ranked lists of every user in compressed rows: user u's list is items[offsets[u], offsets[u+1]).
// `present[u]` is 1 when the user had at least one record (an empty list is not "no list").
struct RankedLists
{
    std::vector<std::size_t> offsets {0};
    std::vector<std::int32_t> items;
    std::vector<std::uint8_t> present;

    std::size_t userCount() const { return present.size(); }
    std::size_t length(std::size_t user) const { return offsets[user + 1] - offsets[user]; }
    const std::int32_t* begin(std::size_t user) const { return items.data() + offsets[user]; }
};

// A (user, item) pair that appeared again in a user's list, after ranking (the better-ranked
// occurrence is kept; this one was dropped).
struct DroppedDuplicate
{
    std::int32_t user = 0;
    std::int32_t item = 0;
    std::uint32_t order = 0;
};

// Groups records by user (users are ids < userCount) and ranks each list by `rule`. A user's
// duplicate items keep their best-ranked occurrence; the others are returned in `duplicates`.
// `itemNames` is needed by TieRule::TrecEval only. `hasScores` says whether scores are meaningful.
RankedLists buildRankedLists(std::vector<RecRecord> records, std::size_t userCount, bool hasScores,
                             TieRule rule, const IdInterner* itemNames,
                             std::vector<DroppedDuplicate>* duplicates);

// Ground truth: for every user the judged items with their relevance grade (CSR, by user).
// Relevance is 1 when the file has no grade. A user is "in the truth" when present[u] == 1.
struct Truth
{
    std::vector<std::size_t> offsets {0};
    std::vector<std::int32_t> items;
    std::vector<double> relevance;
    std::vector<std::uint8_t> present;

    std::size_t userCount() const { return present.size(); }
};

struct TruthRecord
{
    std::int32_t user = 0;
    std::int32_t item = 0;
    double relevance = 1;
    std::uint32_t order = 0;
};

// Groups judgements by user. A repeated (user, item) keeps its first judgement; the later ones
// are returned in `duplicates`.
Truth buildTruth(std::vector<TruthRecord> records, std::size_t userCount,
                 std::vector<DroppedDuplicate>* duplicates);

// Training interactions: per-item counts (rows, duplicates included: a repeated interaction is an
// interaction) and per-user histories (distinct items, CSR).
struct Training
{
    std::size_t rows = 0;
    std::vector<std::int64_t> itemCount; // by item id; 0 for items never in training
    std::vector<std::size_t> historyOffsets {0}; // by user id
    std::vector<std::int32_t> historyItems; // distinct items of each user, ascending
    std::vector<std::int64_t> historyRows; // rows per user (duplicates included)

    std::int64_t count(std::int32_t item) const
    {
        const auto i = static_cast<std::size_t>(item);
        return i < itemCount.size() ? itemCount[i] : 0;
    }
    std::size_t historyLength(std::size_t user) const
    {
        return user + 1 < historyOffsets.size() ? historyOffsets[user + 1] - historyOffsets[user]
                                                : 0;
    }
};

struct TrainRecord
{
    std::int32_t user = 0;
    std::int32_t item = 0;
};

// `duplicateRows` receives the number of rows whose (user, item) pair occurred before.
Training buildTraining(const std::vector<TrainRecord>& records, std::size_t userCount,
                       std::size_t itemCount, std::size_t* duplicateRows);

} // namespace genlens::metrics::recsys
