#pragma once

#include "intervals/metricinterval.h"

#include "evaluation/runresult.h"
#include "models/slices.h"
#include "project/projectstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace genlens::app {

// The content of a PDF report as plain values: what to show, already chosen, labelled and
// translated. widgets/report/ only lays it out and paints it; tests check it without painting.

struct ReportInput
{
    QString role; // translated "Real" / "Generated"
    QString source;
    QString kind;
    qint64 count = 0;
    qint64 skipped = 0;
    QStringList skippedExamples; // "file:line: reason", at most a few
};

// One run's identity, inputs and settings (the title page; and the second run's, when compared).
struct ReportRunInfo
{
    qint64 runId = 0;
    QString name; // the user's name for the run; may be empty
    QString modality; // "image", "text", "recsys"
    QString modalityTitle; // translated
    QString status;
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<ReportInput> inputs;
    QString extractorId; // empty when no feature extractor was used
    qint64 extractorDimension = 0;
    QString extractorWarning; // non-empty when the numbers are not comparable to published ones
    QString featureSpace; // image runs: "DINOv2 (ViT-L/14)", "Inception", "built-in" (translated)
    QList<QPair<QString, QString>> settings; // flattened, sorted by key
    QString signature; // text: sacrebleu-style; recsys: the convention
    QList<QPair<QString, qint64>> timingsMs;
};

struct ReportMetricRow
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    QString key;
    QString label; // the key with its feature space for set-level distances: "FID (Inception)"
    double value = kNaN;
    double std = kNaN;
    // The 95 % confidence interval when the run has one (NaN otherwise; docs/intervals.md).
    double ciLow = kNaN;
    double ciHigh = kNaN;
    std::optional<bool> higherIsBetter; // unset for a metric the registry does not know
    QString meaning;
    // False for a metric the run skipped (not asked for): shown as "not computed", distinct
    // from an undefined value.
    bool computed = true;
    // The second run's value when two runs are compared (NaN otherwise or when it lacks the key).
    double compareValue = kNaN;
    double compareStd = kNaN;
    // compareValue - value; and whether that change is an improvement (unset when unknown).
    double difference() const { return compareValue - value; }
    std::optional<bool> compareIsBetter() const;
};

// Overlaid histograms of one per-sample score: the share of each set in each of the bins over
// [lower, upper].
struct ReportHistogram
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    QString key;
    QString title; // translated description
    double lower = 0;
    double upper = 1;
    // A 0/1 flag (every value 0 or 1): two bins, drawn as two bars ("0", "1") rather than binned.
    bool flag = false;
    std::vector<double> real; // empty when the real set has no such score
    std::vector<double> generated;
    std::vector<double> compare; // the second run's generated set; empty when none
    qint64 realCount = 0;
    qint64 generatedCount = 0;
    qint64 compareCount = 0;
    double ks = kNaN; // real vs generated, two-sample KS statistic
    double compareKs = kNaN; // real vs the second run's generated
    double runsKs = kNaN; // the two runs' generated sets against each other
};

struct ReportSample
{
    qint64 index = -1; // position in its set
    QString label;
    QString source;
    QByteArray thumbnailPng; // images
    QString text; // text: the sample; recsys: the user id
    QStringList listLines; // recsys: the user's list, hits marked
    QString scoreLine; // "realism 1.23"
    // Paired groups (copies): the real sample it is closest to.
    qint64 pairIndex = -1;
    QString pairLabel;
    QByteArray pairThumbnailPng;
    QString pairText;
};

struct ReportSampleGroup
{
    QString title;
    QString description;
    bool paired = false;
    QList<ReportSample> samples;
};

// One per-sample score of one set in the two compared runs, on shared bins
// (ScoreDistributions::overlay): run A is the report's run, run B the compared one.
struct ReportOverlay
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    QString key;
    QString title; // translated description of the score
    QString setTitle; // translated: "Generated set", "Real set", "Recommendation lists"
    std::vector<double> edges; // bins + 1
    std::vector<double> a; // share of run A's defined values per bin
    std::vector<double> b; // same for run B
    qint64 aCount = 0;
    qint64 bCount = 0;
    double ks = kNaN; // two-sample KS statistic between A and B
};

// One run in the history of the headline metric.
struct ReportHistoryPoint
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    qint64 runId = 0;
    QString runName;
    QDateTime startedAt;
    double value = kNaN;
};

// The run comparison section (when a second run is given). Overlays, changes and history need
// a shared real set; without one only `notes` says why they are missing.
struct ReportComparison
{
    bool sharedRealSet = false;
    QList<ReportOverlay> overlays; // the main score of each set, generated first
    // The samples whose main score changed most (|B − A|, largest first), paired across the
    // runs (scorechanges.h); the score line shows A → B.
    QList<ReportSampleGroup> changedGroups;
    QStringList notes; // e.g. no sample paired, or no paired sample changed
    QString historyKey; // the headline metric (fid, mauve/bleu, ndcg@10)
    std::optional<bool> historyHigherIsBetter;
    // The finished runs on the shared real set with historyKey, oldest first (from a project;
    // empty when built from values).
    QList<ReportHistoryPoint> history;
};

// The run's slices (run_extra["slices"]): the mode coverage chart and the slices table.
struct ReportSlices
{
    SliceSet set;
    QList<qsizetype> coverageOrder; // SliceSet::byCoverage(): dropped modes first
    QString rankKey; // the metric the table is sorted by, worst first; empty: by coverage
    QList<qsizetype> tableOrder; // the table's rows, worst first
    // "name: sentence" for each unreliable number of the table (marked there).
    QStringList warnings;
};

struct ReportContent
{
    QString title;
    QString subtitle;
    QDateTime createdAt;
    QString projectPath;
    QString version;
    ReportRunInfo run;
    std::optional<ReportRunInfo> compare;
    QStringList comparisonNotes; // e.g. the runs use different real sets
    // The first page's summary, one translated sentence each: headline metrics (with their
    // intervals when the run has them), the worst three slices, dropped modes, likely copies.
    QStringList summary;
    QList<ReportMetricRow> metrics;
    std::optional<ReportSlices> slices; // set when the run has slices
    FidCurve fidCurve; // FID/KID against the sample count with the FID∞ line, when computed
    QList<ReportHistogram> histograms;
    // Scores with one value in every set (e.g. the width of same-size images): not drawn, each
    // named with its value ("width = 64").
    QStringList constantScores;
    QList<ReportSampleGroup> sampleGroups;
    std::optional<ReportComparison> comparison; // set when a second run is compared
};

// Thumbnails are not part of RunResult when loaded from a project; the builder asks for them.
using ReportThumbnailLookup = std::function<QByteArray(SetRole role, qint64 index)>;

struct ReportOptions
{
    int histogramBins = 24;
    int imageSamplesPerGroup = 12;
    int textSamplesPerGroup = 8;
    int userSamplesPerGroup = 6;
    int copiesPerGroup = 8;
};

// From values: a run, its summary (id, status, dates), and optionally a second run to compare.
// Throws InputError when the two runs are of different modalities.
ReportContent buildReportContent(const RunResult& run, const RunSummary& summary,
                                 const ReportThumbnailLookup& thumbnails,
                                 const RunResult* compare = nullptr,
                                 const RunSummary* compareSummary = nullptr,
                                 const ReportOptions& options = {});

// From a project: loads the run(s) and their thumbnails. Throws StoreError / InputError.
ReportContent buildReportContent(const ProjectStore& store, qint64 runId,
                                 std::optional<qint64> compareRunId,
                                 const ReportOptions& options = {});

} // namespace genlens::app
