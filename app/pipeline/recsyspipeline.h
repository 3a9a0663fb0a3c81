#pragma once

#include "evaluation/metricselection.h"
#include "evaluation/pipelinecontext.h"
#include "evaluation/runresult.h"
#include "slices/slicespec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <limits>

namespace genlens::app {

// Settings of a recommendation-list evaluation (docs/recsys.md). Paths: truth and
// recommendations are required; training interactions and the item file are optional.
struct RecsysEvalOptions
{
    QString truthPath, recommendationsPath, trainPath, itemsPath;
    QList<int> cutoffs {5, 10, 20};
    QString convention = QStringLiteral("trec"); // trec | recbole | msr
    QString gain; // "" = the convention's; linear | binary | exp
    double relevanceLevel = std::numeric_limits<double>::quiet_NaN(); // NaN = the convention's
    bool trecTies = false; // trec_eval's tie rule (score desc, item id desc)
    double longTailHead = 0.8; // head = most popular items holding this share of training
    quint64 seed = 0; // randomisation test, confidence intervals
    int bootstrap = 0; // confidence-interval resamples (0 = none)
    int permutations = 10000; // randomisation test
    QString format = QStringLiteral("auto"); // auto | delimited | trec (truth and recommendations)
    QString userColumn, itemColumn; // custom column names (every file with a header)
    QString relevanceColumn; // truth
    QString scoreColumn; // recommendations
    QString compareWithPath; // a second recommendations file: adds extra["comparison"]
    MetricSelection metrics; // what is computed (default: everything)
    // Per-slice metrics (issue 13): users:activity (training interactions) or column:NAME of
    // usersPath, a CSV/TSV with a header: the user column, then attribute columns.
    SliceSpec sliceBy;
    QString usersPath;
};

// One metric of a paired comparison of two recommendation files over the same users.
struct RecsysMetricComparison
{
    QString key;
    qint64 users = 0;
    double meanA = 0, meanB = 0, difference = 0; // difference = mean(A - B)
    double t = 0, pTTest = 0, pRandomization = 0;
    qint64 wins = 0, ties = 0, losses = 0; // per user: A better, equal, B better
};

struct RecsysComparison
{
    QString truth, recommendationsA, recommendationsB;
    QString signature;
    int permutations = 0;
    quint64 seed = 0;
    QList<RecsysMetricComparison> metrics;
    QJsonObject toJson() const;
};

// Loads the inputs, computes accuracy (published as soon as it is done), beyond-accuracy values,
// per-user drill-down data and the distribution data for the charts. Throws InputError for
// unusable input and metrics::Cancelled on cancel.
RunResult evaluateRecsys(const RecsysEvalOptions& options, PipelineContext& context);

// Paired comparison of options.recommendationsPath (A) and `otherRecommendationsPath` (B) on the
// same truth: per metric, mean difference, paired t-test and sign-flip randomisation test over the
// evaluated users (beyond-accuracy per-user values over users defined in both runs).
RecsysComparison compareRecsys(const RecsysEvalOptions& options,
                               const QString& otherRecommendationsPath, PipelineContext& context);

} // namespace genlens::app
