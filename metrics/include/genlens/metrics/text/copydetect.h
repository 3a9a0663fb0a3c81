#pragma once

#include "genlens/metrics/progress.h"

#include <cstdint>
#include <string>
#include <vector>

namespace genlens::metrics::text {

// For a generated sample: the real sample sharing the longest contiguous run of tokens with it
// (its longest common token substring with the real set), found exactly with a suffix automaton
// over the real set (unique separators between samples, so no run crosses two samples).
struct CopyMatch
{
    std::int64_t real = -1; // index of the real sample; -1 when no token is shared
    std::size_t longestRun = 0; // tokens in the longest common run
    double overlap = 0; // longestRun / generated length (0 for an empty sample)
};

// Ties between real samples go to the first occurrence in the real set. Memory is linear in the
// real set's tokens.
// threads (0 = all cores): the generated samples are matched against the automaton in parallel
// (each match depends on its own sample only, so the result is the same for any thread count).
std::vector<CopyMatch> longestCommonRuns(const std::vector<std::vector<std::string>>& generated,
                                         const std::vector<std::vector<std::string>>& real,
                                         const Progress& progress = {}, int threads = 0);

} // namespace genlens::metrics::text
