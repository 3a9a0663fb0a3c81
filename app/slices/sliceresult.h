#pragma once

#include "evaluation/runresult.h"
#include "slices/slicing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <vector>

namespace genlens::app {

// One slice with its metrics, as the run stores it (issue 13; shared contract): the run's
// extra["slices"] holds one object per slice, {"name", "by", "counts": {"real", "generated"},
// "metrics": {key: {"value": v|null[, "std"]}}, "members": {"real": [idx…], "generated":
// [idx…]}, "warnings": {key: sentence}} (plus "rule" when membership needs saying, e.g. the
// activity cut points). The CLI's JSON prints the same objects without members and warnings.
struct SliceResult
{
    QString name;
    QString by; // the --slice-by form ("folder", "clusters:10", ...)
    QString rule; // e.g. "training interactions <= 3"; empty when the name says it
    std::vector<std::int64_t> real;
    std::vector<std::int64_t> generated;
    QList<MetricValue> metrics; // NaN value = undefined at this size
    QMap<QString, QString> warnings; // metric key → why the number is unreliable or undefined

    void setMetric(const QString& key, double value, double stddev = qQNaN());
    void warn(const QString& key, const QString& sentence) { warnings.insert(key, sentence); }
};

QList<SliceResult> toSliceResults(const std::vector<SliceMembers>& members, const QString& by);

// `stored`: with members and warnings (the project's copy); else the CLI JSON's form.
QJsonObject sliceToJson(const SliceResult& slice, bool stored);
QJsonArray slicesToJson(const QList<SliceResult>& slices, bool stored);
// The stored form back (members, warnings included).
SliceResult sliceFromJson(const QJsonObject& object);
QList<SliceResult> slicesFromJson(const QJsonArray& array);
// The stored form without members and warnings (for printing a stored run's slices).
QJsonArray publicSlicesJson(const QJsonArray& stored);

// Stores the slices in result.extra["slices"] and adds one line per slice with warnings to
// result.warnings (stderr and the JSON's "warnings").
void attachSlices(RunResult& result, const QList<SliceResult>& slices);

} // namespace genlens::app
