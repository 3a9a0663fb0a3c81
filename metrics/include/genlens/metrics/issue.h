#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace genlens::metrics {

// A bad record is data, not an exception (conventions.md habit 5): the file (or item) it came
// from, the 1-based line or record number when there is one (0 otherwise), and why it was skipped.
struct Issue
{
    std::string file;
    std::int64_t line = 0;
    std::string reason;
};

using Issues = std::vector<Issue>;

} // namespace genlens::metrics
