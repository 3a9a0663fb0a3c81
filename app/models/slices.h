#pragma once

#include "evaluation/runresult.h"

#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <limits>

namespace genlens::app {

// One slice of a run as stored in run_extra["slices"] (common contract: name, by,
// counts {real, generated}, metrics {key: {value, ...}}, members {real: [idx], generated: [idx]},
// warnings {key: sentence}), with each side's share of its whole set.
struct Slice
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    // How the generated set covers this slice, from the ratio of the shares.
    enum class Coverage {
        Undefined, // no real sample in the slice and no generated one either
        Dropped, // (almost) no generated samples where the real set has some
        Under, // fewer generated than real, but not dropped
        Balanced,
        Over, // over-produced: far more generated than real
    };

    QString name;
    QString by; // "folder", "field:NAME", "clusters:10", ...
    qint64 realCount = 0;
    qint64 generatedCount = 0;
    double realShare = kNaN; // realCount / real set size
    double generatedShare = kNaN;
    QMap<QString, double> metrics; // NaN for a metric that is undefined on this slice
    QMap<QString, QString> warnings; // metric key -> one-sentence reason the number is unreliable
    QList<qint64> realMembers; // sample indices (the samples table's idx)
    QList<qint64> generatedMembers;

    // generatedShare / realShare: 0 for a dropped mode, +inf for a slice only the model makes,
    // NaN when both shares are zero or unknown.
    double ratio() const;
    Coverage coverage() const;
    double metric(const QString& key) const { return metrics.value(key, kNaN); }
    // The value a slice is ranked by for `key`: its metric, except that a dropped mode, whose
    // metrics are undefined for want of generated samples, ranks as the worst possible value
    // (+inf when lower is better, -inf when higher is better), so worst-first lists start with
    // it. NaN otherwise when undefined.
    double rankValue(const QString& key) const;
};

// Thresholds of Slice::coverage(), on the generated/real share ratio.
constexpr double kDroppedRatio = 0.1; // at most a tenth of the real share: dropped
constexpr double kOverProducedRatio = 2.0; // at least twice the real share: over-produced

// A run's slices, in stored order, with every metric key that any slice has (first-seen order).
struct SliceSet
{
    QList<Slice> slices;
    QStringList metricKeys;
    qint64 realTotal = 0; // the set sizes the shares are taken of
    qint64 generatedTotal = 0;

    bool isEmpty() const { return slices.isEmpty(); }
    // Reads run->extra["slices"]; an empty set for a run without slices (or null). Malformed
    // entries (no name) are skipped; missing members are empty lists.
    static SliceSet fromRun(const RunResult* run);
    static SliceSet fromJson(const QJsonArray& slices, qint64 realTotal, qint64 generatedTotal);

    // Indices into `slices`, sorted by the generated/real ratio, lowest first (dropped modes
    // first, over-produced last); slices with an undefined ratio at the end; ties by name.
    QList<qsizetype> byCoverage() const;
    // Indices into `slices`, worst first by `key` (the registry's direction): dropped modes
    // first (Slice::rankValue), undefined values last; ties by name. Empty when the key has no
    // known direction.
    QList<qsizetype> worstFirst(const QString& key) const;
};

// The key the slices are ranked by by default: the run's headline metric when slices have it,
// else the first slice metric with a known direction; empty when none.
QString defaultSliceMetric(const QString& modality, const SliceSet& slices);

} // namespace genlens::app
