#pragma once

// Small helpers to spread blocked work over std::threads without OpenMP, with progress and
// cooperative cancellation (progress.h). Private to genlens_metrics.

#include "genlens/metrics/progress.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace genlens::metrics {

inline int resolveThreads(int threads)
{
    if (threads > 0) {
        return threads;
    }
    const unsigned hw = std::thread::hardware_concurrency();
    return hw == 0 ? 1 : static_cast<int>(hw);
}

// Thread-safe progress counter over a sub-range [offset, offset + span) of an overall total, so
// that several passes can report into one bar. advance() throws Cancelled once the callback has
// asked to stop (in every worker that calls it afterwards).
class ProgressCounter
{
public:
    ProgressCounter(const Progress& progress, std::size_t offset, std::size_t total)
        : m_progress(progress), m_offset(offset), m_total(total)
    {
    }
    void advance(std::size_t units)
    {
        if (m_cancelled.load()) {
            throw Cancelled{};
        }
        if (!m_progress) {
            return;
        }
        std::lock_guard<std::mutex> lock(m_mutex);
        m_done += units;
        if (!m_progress(std::min(m_offset + m_done, m_total), m_total)) {
            m_cancelled = true;
            throw Cancelled{};
        }
    }
    // Checks for cancellation without reporting anything.
    void check()
    {
        if (m_cancelled.load()) {
            throw Cancelled{};
        }
    }

private:
    const Progress& m_progress;
    std::size_t m_offset;
    std::size_t m_total;
    std::size_t m_done = 0;
    std::mutex m_mutex;
    std::atomic<bool> m_cancelled{false};
};

// Runs fn(task, worker) for every task in [0, tasks) on up to `threads` workers (0 = all cores).
// Tasks are handed out dynamically; callers make results independent of the hand-out order. The
// first exception (e.g. Cancelled) stops further tasks and is rethrown after all workers joined.
inline void parallelFor(std::size_t tasks, int threads,
                        const std::function<void(std::size_t task, int worker)>& fn)
{
    const int workers = static_cast<int>(
            std::min<std::size_t>(static_cast<std::size_t>(resolveThreads(threads)), tasks));
    if (workers <= 1) {
        for (std::size_t t = 0; t < tasks; ++t) {
            fn(t, 0);
        }
        return;
    }
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr error;
    std::mutex errorMutex;
    auto run = [&](int worker) {
        while (!failed.load()) {
            const std::size_t t = next.fetch_add(1);
            if (t >= tasks) {
                break;
            }
            try {
                fn(t, worker);
            } catch (...) {
                std::lock_guard<std::mutex> lock(errorMutex);
                if (!error) {
                    error = std::current_exception();
                }
                failed = true;
            }
        }
    };
    std::vector<std::thread> pool;
    for (int w = 1; w < workers; ++w) {
        pool.emplace_back(run, w);
    }
    run(0);
    for (auto& t : pool) {
        t.join();
    }
    if (error) {
        std::rethrow_exception(error);
    }
}

inline int workerCount(std::size_t tasks, int threads)
{
    return static_cast<int>(std::max<std::size_t>(
            1, std::min<std::size_t>(static_cast<std::size_t>(resolveThreads(threads)), tasks)));
}

} // namespace genlens::metrics
