#pragma once

#include <cstddef>
#include <functional>

namespace genlens::metrics {

// Progress and cancellation across the Qt-free boundary (design.md §1). Called with the work done
// so far and the total; returning false asks the computation to stop at its next block, after
// which it throws Cancelled.
using Progress = std::function<bool(std::size_t done, std::size_t total)>;

// Thrown by a metric when its Progress callback returned false.
struct Cancelled {
};

// Reports progress when a callback is set; throws Cancelled when it asks to stop.
inline void reportProgress(const Progress& progress, std::size_t done, std::size_t total)
{
    if (progress && !progress(done, total)) {
        throw Cancelled{};
    }
}

} // namespace genlens::metrics
