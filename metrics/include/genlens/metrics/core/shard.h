#pragma once

#include <cstddef>

namespace genlens::metrics {

// One share of a set for sharded extraction (`genlens features ... --shard I/N`, docs/cluster.md):
// shard I of N takes the contiguous positions [⌊I·M/N⌋, ⌊(I+1)·M/N⌋) of the set's documented
// order (sorted file order, batch rows, file records), M items in all. Contiguous ranges, not
// i ≡ I (mod N), so that the shards written in shard order concatenate to the single-process rows
// with no reordering, and a shard's rows are a plain slice of the set; shard sizes differ by at
// most one item.
struct Shard
{
    std::size_t index = 0;
    std::size_t count = 1;
    bool isWhole() const { return count == 1; }
    bool isValid() const { return count >= 1 && index < count; }
};

struct ShardRange
{
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t size() const { return end - begin; }
};

// The positions of `shard` among `total` items. Requires index < count (callers validate).
inline ShardRange shardRange(std::size_t total, const Shard& shard)
{
    // Exact integer arithmetic; M·I fits in 64 bits for any realistic set (M·N < 1.8·10¹⁹).
    const auto at = [&](std::size_t i) {
        return static_cast<std::size_t>((static_cast<unsigned long long>(total) * i) / shard.count);
    };
    return {at(shard.index), at(shard.index + 1)};
}

} // namespace genlens::metrics
