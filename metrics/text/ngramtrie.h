#pragma once

#include <cstdint>
#include <vector>

namespace genlens::metrics::text::detail {

// Open-addressing hash map from (parent node, token) to a child node id: the edges of an n-gram
// trie. Linear probing, power-of-two capacity, load factor ≤ 1/2. Far faster than
// std::unordered_map for the tens of millions of lookups of LM training and scoring.
class TrieEdges
{
public:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

    TrieEdges() { rehash(1024); }

    std::uint32_t find(std::uint32_t parent, std::uint32_t token) const
    {
        const std::uint64_t key = makeKey(parent, token);
        std::size_t slot = mix(key) & m_mask;
        while (true) {
            const Slot& s = m_slots[slot];
            if (s.value == kNone) {
                return kNone;
            }
            if (s.key == key) {
                return s.value;
            }
            slot = (slot + 1) & m_mask;
        }
    }

    // Returns the existing child, or inserts `fresh` and returns it (`inserted` tells which).
    std::uint32_t findOrInsert(std::uint32_t parent, std::uint32_t token, std::uint32_t fresh,
                               bool& inserted)
    {
        if ((m_size + 1) * 2 > m_slots.size()) {
            rehash(m_slots.size() * 2);
        }
        const std::uint64_t key = makeKey(parent, token);
        std::size_t slot = mix(key) & m_mask;
        while (true) {
            Slot& s = m_slots[slot];
            if (s.value == kNone) {
                s.key = key;
                s.value = fresh;
                ++m_size;
                inserted = true;
                return fresh;
            }
            if (s.key == key) {
                inserted = false;
                return s.value;
            }
            slot = (slot + 1) & m_mask;
        }
    }

    std::size_t size() const { return m_size; }

private:
    struct Slot
    {
        std::uint64_t key = 0;
        std::uint32_t value = kNone;
    };

    static std::uint64_t makeKey(std::uint32_t parent, std::uint32_t token)
    {
        return (static_cast<std::uint64_t>(parent) << 32) | token;
    }

    // splitmix64 finaliser: spreads the structured keys over all bits.
    static std::uint64_t mix(std::uint64_t x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9ULL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebULL;
        x ^= x >> 31;
        return x;
    }

    void rehash(std::size_t capacity)
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.assign(capacity, Slot {});
        m_mask = capacity - 1;
        m_size = 0;
        for (const Slot& s : old) {
            if (s.value != kNone) {
                std::size_t slot = mix(s.key) & m_mask;
                while (m_slots[slot].value != kNone) {
                    slot = (slot + 1) & m_mask;
                }
                m_slots[slot] = s;
                ++m_size;
            }
        }
    }

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
};

} // namespace genlens::metrics::text::detail
