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

// True for the set-level metrics computed in a feature space (fid, kid, precision, recall,
// density, coverage, vendi_*, memorized_fraction, cmmd, fd_dinov2): their values depend on the
// extractor, so the views and the JSON name the space next to them. Image keys (no emb_ prefix).
bool isFeatureSpaceMetric(std::string_view key);

// The entry for a key ("precision@10" finds "precision@"), or nullptr.
const MetricInfo* findMetric(std::string_view key);

} // namespace genlens::metrics
