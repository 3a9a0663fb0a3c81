#pragma once

#include "evaluation/runresult.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace genlens::app {

// Histogram of one per-sample score, real and generated on shared bins.
struct ScoreHistogram
{
    QString key;
    std::vector<double> edges; // bins + 1 edges
    std::vector<double> real; // share of the real set's defined values per bin
    std::vector<double> generated; // same for the generated set
    qint64 realCount = 0; // defined (finite) values used
    qint64 generatedCount = 0;
    double ks = std::numeric_limits<double>::quiet_NaN(); // two-sample KS; NaN if a side is empty
};

// Per-sample score distributions of a run for the Distributions page and the drill-down's
// percentiles. Sorting is done once per run and score, on first use.
class ScoreDistributions
{
public:
    void setRun(std::shared_ptr<const RunResult> run);
    // Every score key of either set, real's first, without duplicates.
    QStringList keys() const;
    // bins equal-width bins over the finite values of both sets (all values, no subsampling).
    ScoreHistogram histogram(const QString& key, int bins = 30) const;
    // Percentage (0-100) of the set's defined values that are <= value; NaN when undefined.
    double percentile(SetRole set, const QString& key, double value) const;

private:
    const std::vector<double>& sortedValues(SetRole set, const QString& key) const;

    std::shared_ptr<const RunResult> m_run;
    mutable QHash<QString, std::vector<double>> m_sorted; // "r:key" / "g:key"
};

} // namespace genlens::app
