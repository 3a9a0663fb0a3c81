#include "genlens/metrics/recsys/interactions.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace genlens::metrics::recsys {

std::uint64_t IdInterner::hash(std::string_view s)
{
    // 64-bit FNV-1a followed by a murmur-style finaliser (ids are short; this is cheap).
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : s) {
        h = (h ^ c) * 1099511628211ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

std::uint64_t IdInterner::headOf(std::string_view s)
{
    std::uint64_t head = 0;
    std::memcpy(&head, s.data(), std::min<std::size_t>(s.size(), 8));
    return head;
}

bool IdInterner::matches(const Slot& slot, std::uint32_t tag, std::uint64_t head,
                         std::string_view name) const
{
    if (slot.tag != tag || slot.head != head || slot.length != name.size()) {
        return false;
    }
    return name.size() <= 8
        || std::memcmp(m_arena.data() + m_offsets[static_cast<std::size_t>(slot.id)] + 8,
                       name.data() + 8, name.size() - 8)
        == 0;
}

std::int32_t IdInterner::find(std::string_view name) const
{
    const std::uint64_t h = hash(name);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    const std::uint64_t head = headOf(name);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot& slot = m_slots[i];
        if (slot.id < 0) {
            return -1;
        }
        if (matches(slot, tag, head, name)) {
            return slot.id;
        }
    }
}

std::int32_t IdInterner::intern(std::string_view name)
{
    const std::uint64_t h = hash(name);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    const std::uint64_t head = headOf(name);
    std::size_t mask = m_slots.size() - 1;
    std::size_t i = h & mask;
    for (;; i = (i + 1) & mask) {
        const Slot& slot = m_slots[i];
        if (slot.id < 0) {
            break;
        }
        if (matches(slot, tag, head, name)) {
            return slot.id;
        }
    }
    if (size() >= static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max())
        || name.size() > std::numeric_limits<std::uint32_t>::max()) {
        throw std::length_error("more than 2^31 distinct ids");
    }
    const auto id = static_cast<std::int32_t>(size());
    m_arena.append(name.data(), name.size());
    m_offsets.push_back(m_arena.size());
    m_slots[i] = Slot {head, tag, id, static_cast<std::uint32_t>(name.size())};
    if (2 * size() > m_slots.size()) {
        grow();
    }
    return id;
}

void IdInterner::grow()
{
    std::vector<Slot> slots(m_slots.size() * 2);
    const std::size_t mask = slots.size() - 1;
    for (std::size_t id = 0; id < size(); ++id) {
        const std::uint64_t h = hash(name(static_cast<std::int32_t>(id)));
        std::size_t i = h & mask;
        while (slots[i].id >= 0) {
            i = (i + 1) & mask;
        }
        const std::string_view n = name(static_cast<std::int32_t>(id));
        slots[i] = Slot {headOf(n), static_cast<std::uint32_t>(h >> 32),
                         static_cast<std::int32_t>(id), static_cast<std::uint32_t>(n.size())};
    }
    m_slots.swap(slots);
}

void IdInterner::reserve(std::size_t n)
{
    m_offsets.reserve(n + 1);
    while (m_slots.size() < 2 * n) {
        grow();
    }
}

namespace {

// Counting sort of records by user (stable: file order kept within a user).
template<typename Record>
std::vector<std::size_t> groupByUser(std::vector<Record>& records, std::size_t userCount)
{
    std::vector<std::size_t> offsets(userCount + 1, 0);
    for (const Record& r : records) {
        if (r.user < 0 || static_cast<std::size_t>(r.user) >= userCount) {
            throw std::invalid_argument("record with user id " + std::to_string(r.user)
                                        + " outside 0.." + std::to_string(userCount));
        }
        ++offsets[static_cast<std::size_t>(r.user) + 1];
    }
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    bool sorted = true;
    for (std::size_t i = 1; i < records.size() && sorted; ++i) {
        sorted = records[i - 1].user <= records[i].user;
    }
    if (!sorted) {
        std::vector<Record> grouped(records.size());
        std::vector<std::size_t> next(offsets.begin(), offsets.end() - 1);
        for (const Record& r : records) {
            grouped[next[static_cast<std::size_t>(r.user)]++] = r;
        }
        records.swap(grouped);
    }
    return offsets;
}

} // namespace

RankedLists buildRankedLists(std::vector<RecRecord> records, std::size_t userCount, bool hasScores,
                             TieRule rule, const IdInterner* itemNames,
                             std::vector<DroppedDuplicate>* duplicates)
{
    if (rule == TieRule::TrecEval && hasScores && !itemNames) {
        throw std::invalid_argument("TieRule::TrecEval needs the item names");
    }
    const std::vector<std::size_t> offsets = groupByUser(records, userCount);

    RankedLists lists;
    lists.present.assign(userCount, 0);
    lists.offsets.assign(userCount + 1, 0);
    lists.items.reserve(records.size());

    std::int32_t maxItem = -1;
    for (const RecRecord& r : records) {
        maxItem = std::max(maxItem, r.item);
    }
    // seen[item] == user + 1 while building that user's list: duplicates in O(1).
    std::vector<std::int32_t> seen(static_cast<std::size_t>(maxItem + 1), 0);

    for (std::size_t u = 0; u < userCount; ++u) {
        const auto first = records.begin() + static_cast<std::ptrdiff_t>(offsets[u]);
        const auto last = records.begin() + static_cast<std::ptrdiff_t>(offsets[u + 1]);
        if (first != last) {
            lists.present[u] = 1;
        }
        if (hasScores) {
            if (rule == TieRule::TrecEval) {
                std::sort(first, last, [itemNames](const RecRecord& a, const RecRecord& b) {
                    if (a.score != b.score) {
                        return a.score > b.score;
                    }
                    return itemNames->name(a.item) > itemNames->name(b.item);
                });
            } else {
                auto before = [](const RecRecord& a, const RecRecord& b) {
                    if (a.score != b.score) {
                        return a.score > b.score;
                    }
                    return a.rank < b.rank;
                };
                // Lists are usually written best first: nothing to do then.
                if (!std::is_sorted(first, last, before)) {
                    std::stable_sort(first, last, before);
                }
            }
        } else {
            bool ranked = std::any_of(first, last, [](const RecRecord& r) { return r.rank != 0; });
            if (ranked) {
                std::stable_sort(first, last, [](const RecRecord& a, const RecRecord& b) {
                    return a.rank < b.rank;
                });
            }
        }
        for (auto it = first; it != last; ++it) {
            std::int32_t& mark = seen[static_cast<std::size_t>(it->item)];
            if (mark == static_cast<std::int32_t>(u) + 1) {
                if (duplicates) {
                    duplicates->push_back({it->user, it->item, it->order});
                }
                continue;
            }
            mark = static_cast<std::int32_t>(u) + 1;
            lists.items.push_back(it->item);
        }
        lists.offsets[u + 1] = lists.items.size();
    }
    return lists;
}

Truth buildTruth(std::vector<TruthRecord> records, std::size_t userCount,
                 std::vector<DroppedDuplicate>* duplicates)
{
    const std::vector<std::size_t> offsets = groupByUser(records, userCount);
    Truth truth;
    truth.present.assign(userCount, 0);
    truth.offsets.assign(userCount + 1, 0);
    truth.items.reserve(records.size());
    truth.relevance.reserve(records.size());
    std::int32_t maxItem = -1;
    for (const TruthRecord& r : records) {
        maxItem = std::max(maxItem, r.item);
    }
    std::vector<std::int32_t> seen(static_cast<std::size_t>(maxItem + 1), 0);
    for (std::size_t u = 0; u < userCount; ++u) {
        for (std::size_t i = offsets[u]; i < offsets[u + 1]; ++i) {
            const TruthRecord& r = records[i];
            truth.present[u] = 1;
            std::int32_t& mark = seen[static_cast<std::size_t>(r.item)];
            if (mark == static_cast<std::int32_t>(u) + 1) {
                if (duplicates) {
                    duplicates->push_back({r.user, r.item, r.order});
                }
                continue;
            }
            mark = static_cast<std::int32_t>(u) + 1;
            truth.items.push_back(r.item);
            truth.relevance.push_back(r.relevance);
        }
        truth.offsets[u + 1] = truth.items.size();
    }
    return truth;
}

Training buildTraining(const std::vector<TrainRecord>& records, std::size_t userCount,
                       std::size_t itemCount, std::size_t* duplicateRows)
{
    Training training;
    training.rows = records.size();
    training.itemCount.assign(itemCount, 0);
    training.historyRows.assign(userCount, 0);
    std::vector<std::size_t> offsets(userCount + 1, 0);
    for (const TrainRecord& r : records) {
        if (r.user < 0 || static_cast<std::size_t>(r.user) >= userCount || r.item < 0
            || static_cast<std::size_t>(r.item) >= itemCount) {
            throw std::invalid_argument("training record outside the user or item range");
        }
        ++training.itemCount[static_cast<std::size_t>(r.item)];
        ++training.historyRows[static_cast<std::size_t>(r.user)];
        ++offsets[static_cast<std::size_t>(r.user) + 1];
    }
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    std::vector<std::int32_t> items(records.size());
    {
        std::vector<std::size_t> next(offsets.begin(), offsets.end() - 1);
        for (const TrainRecord& r : records) {
            items[next[static_cast<std::size_t>(r.user)]++] = r.item;
        }
    }
    std::size_t duplicates = 0;
    training.historyOffsets.assign(userCount + 1, 0);
    training.historyItems.reserve(records.size());
    for (std::size_t u = 0; u < userCount; ++u) {
        const auto first = items.begin() + static_cast<std::ptrdiff_t>(offsets[u]);
        const auto last = items.begin() + static_cast<std::ptrdiff_t>(offsets[u + 1]);
        std::sort(first, last);
        const auto end = std::unique(first, last);
        duplicates += static_cast<std::size_t>(last - end);
        training.historyItems.insert(training.historyItems.end(), first, end);
        training.historyOffsets[u + 1] = training.historyItems.size();
    }
    if (duplicateRows) {
        *duplicateRows = duplicates;
    }
    return training;
}

} // namespace genlens::metrics::recsys
