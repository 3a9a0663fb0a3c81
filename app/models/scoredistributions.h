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

// One per-sample score of one set in two runs (run comparison): run A's and run B's values on
// shared bins, and the two-sample KS statistic between A and B.
struct ScoreOverlay
{
    QString key;
    SetRole set = SetRole::Generated;
    std::vector<double> edges; // bins + 1 edges
    std::vector<double> a; // share of run A's defined values per bin
    std::vector<double> b; // same for run B
    qint64 aCount = 0; // defined (finite) values used
    qint64 bCount = 0;
    double ks = std::numeric_limits<double>::quiet_NaN(); // A vs B; NaN if a side is empty
};

// Per-sample score distributions of a run for the Distributions page and the drill-down's
// percentiles, and of a second run for the run comparison's overlays. Sorting is done once per
// run, set and score, on first use. Binning (both kinds): `bins` equal-width bins over the
// finite values of both sides, the last bin closed on the right; a constant score gets one bin
// of width 1 around its value; a flag (every value 0 or 1) gets the two bins [0, 0.5), [0.5, 1].
class ScoreDistributions
{
public:
    void setRun(std::shared_ptr<const RunResult> run);
    // The second run (B) of a comparison; the run of setRun() is A.
    void setCompareRun(std::shared_ptr<const RunResult> run);
    // Every score key of either set, real's first, without duplicates.
    QStringList keys() const;
    // bins equal-width bins over the finite values of both sets (all values, no subsampling).
    ScoreHistogram histogram(const QString& key, int bins = 30) const;
    // Percentage (0-100) of the set's defined values that are <= value; NaN when undefined.
    double percentile(SetRole set, const QString& key, double value) const;

    // Score keys of `set` that both runs have, in run A's order.
    QStringList overlayKeys(SetRole set) const;
    // The set's score in run A and run B on shared bins (all values, no subsampling).
    ScoreOverlay overlay(SetRole set, const QString& key, int bins = 30) const;

private:
    const std::vector<double>& sortedValues(const RunResult* run, SetRole set,
                                            const QString& key) const;

    std::shared_ptr<const RunResult> m_run;
    std::shared_ptr<const RunResult> m_compare;
    // "a:r:key" / "a:g:key" for run A, "b:…" for run B.
    mutable QHash<QString, std::vector<double>> m_sorted;
};

} // namespace genlens::app
