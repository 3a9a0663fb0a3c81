#pragma once

#include <string_view>
#include <vector>

namespace genlens::metrics {

enum class Modality { Image, Text, Recsys, Any };

// Metric metadata as data (conventions.md habit 2): the dashboard's arrows, the chart axes and the
// report read it; no per-metric special case lives in the UI.
struct MetricInfo
{
    std::string_view key;         // JSON key, e.g. "fid", "precision@10" is "precision@"
    bool higherIsBetter;
    double lowerBound;            // -inf / +inf when unbounded
    double upperBound;
    Modality modality;
    std::string_view meaning;     // one line, English; translated in the UI layer
};

// Every metric GenLens reports. Keys ending in '@' take a cut-off suffix.
const std::vector<MetricInfo>& metricRegistry();

// The entry for a key ("precision@10" finds "precision@"), or nullptr.
const MetricInfo* findMetric(std::string_view key);

} // namespace genlens::metrics
