#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace genlens::metrics::image::detail {

// Runs fn(i) for i in [0, n) on up to `threads` threads (dynamic scheduling, one index at a time:
// the items are whole images, so the overhead is negligible). The first exception is rethrown
// after all threads joined.
template<typename Fn>
void parallelFor(std::size_t n, int threads, Fn&& fn)
{
    const std::size_t workers = std::min<std::size_t>(n, std::size_t(std::max(1, threads)));
    if (workers <= 1) {
        for (std::size_t i = 0; i < n; ++i) {
            fn(i);
        }
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr error;
    std::mutex errorMutex;
    auto work = [&]() {
        for (;;) {
            const std::size_t i = next.fetch_add(1);
            if (i >= n) {
                return;
            }
            try {
                fn(i);
            } catch (...) {
                std::lock_guard<std::mutex> lock(errorMutex);
                if (!error) {
                    error = std::current_exception();
                }
                next.store(n);
                return;
            }
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(workers - 1);
    for (std::size_t t = 1; t < workers; ++t) {
        pool.emplace_back(work);
    }
    work();
    for (std::thread& t : pool) {
        t.join();
    }
    if (error) {
        std::rethrow_exception(error);
    }
}

inline int defaultThreads()
{
    const unsigned hw = std::thread::hardware_concurrency();
    return hw == 0 ? 2 : int(hw);
}

} // namespace genlens::metrics::image::detail
