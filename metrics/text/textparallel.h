#pragma once

// Fixed partitioning for the text metrics' parallel loops: a range is cut into chunks whose
// boundaries depend only on the range and the chunk size, never on the thread count, and every
// reduction over chunks is merged in chunk order afterwards. Results are therefore bit-identical
// for any number of threads (docs/textmodels.md, "Threads"). Private to genlens_metrics.

#include "core/parallel.h"

#include <cstddef>

namespace genlens::metrics::text {

inline std::size_t chunkCount(std::size_t items, std::size_t chunk)
{
    return (items + chunk - 1) / chunk;
}

// Runs fn(chunkIndex, begin, end, worker) for every chunk [begin, end) of [0, items) of `chunk`
// items (the last one shorter) on up to `threads` workers (0 = all cores).
template<typename Fn> void forChunks(std::size_t items, std::size_t chunk, int threads, Fn&& fn)
{
    const std::size_t chunks = chunkCount(items, chunk);
    parallelFor(chunks, threads, [&](std::size_t c, int worker) {
        const std::size_t begin = c * chunk;
        const std::size_t end = begin + chunk < items ? begin + chunk : items;
        fn(c, begin, end, worker);
    });
}

} // namespace genlens::metrics::text
