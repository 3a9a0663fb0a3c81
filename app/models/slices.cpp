#include "models/slices.h"

#include "models/metrictext.h"
#include "models/runpair.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace genlens::app {

namespace {

QList<qint64> indexList(const QJsonValue& value)
{
    QList<qint64> out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue& index : array) {
        if (index.isDouble()) {
            out << index.toInteger();
        }
    }
    return out;
}

double share(qint64 count, qint64 total)
{
    return total > 0 ? double(count) / double(total) : Slice::kNaN;
}

// A metric's value from {"value": v, ...} (or a bare number); NaN for null/undefined.
double metricValue(const QJsonValue& value)
{
    const QJsonValue v = value.isObject() ? value.toObject().value(QStringLiteral("value")) : value;
    return v.isDouble() ? v.toDouble() : Slice::kNaN;
}

} // namespace

double Slice::ratio() const
{
    if (std::isnan(realShare) || std::isnan(generatedShare)) {
        return kNaN;
    }
    if (realShare == 0) {
        return generatedShare > 0 ? std::numeric_limits<double>::infinity() : kNaN;
    }
    return generatedShare / realShare;
}

Slice::Coverage Slice::coverage() const
{
    const double r = ratio();
    if (std::isnan(r)) {
        return Coverage::Undefined;
    }
    if (r <= kDroppedRatio) {
        return Coverage::Dropped;
    }
    if (r >= kOverProducedRatio) {
        return Coverage::Over;
    }
    return r < 1.0 ? Coverage::Under : Coverage::Balanced;
}

double Slice::rankValue(const QString& key) const
{
    const double value = metric(key);
    if (!std::isnan(value) || coverage() != Coverage::Dropped) {
        return value;
    }
    switch (metricDirection(key)) {
    case MetricDirection::LowerIsBetter:
        return std::numeric_limits<double>::infinity();
    case MetricDirection::HigherIsBetter:
        return -std::numeric_limits<double>::infinity();
    case MetricDirection::Unknown:
        break;
    }
    return value;
}

SliceSet SliceSet::fromRun(const RunResult* run)
{
    if (run == nullptr) {
        return {};
    }
    return fromJson(run->extra.value(QStringLiteral("slices")).toArray(),
                    qint64(run->real.samples.size()), qint64(run->generated.samples.size()));
}

SliceSet SliceSet::fromJson(const QJsonArray& array, qint64 realTotal, qint64 generatedTotal)
{
    SliceSet set;
    qint64 realSum = 0;
    qint64 generatedSum = 0;
    for (const QJsonValue& entry : array) {
        const QJsonObject object = entry.toObject();
        Slice slice;
        slice.name = object.value(QStringLiteral("name")).toString();
        if (slice.name.isEmpty()) {
            continue;
        }
        slice.by = object.value(QStringLiteral("by")).toString();
        const QJsonObject counts = object.value(QStringLiteral("counts")).toObject();
        slice.realCount = counts.value(QStringLiteral("real")).toInteger();
        slice.generatedCount = counts.value(QStringLiteral("generated")).toInteger();
        const QJsonObject metrics = object.value(QStringLiteral("metrics")).toObject();
        for (auto it = metrics.begin(); it != metrics.end(); ++it) {
            slice.metrics.insert(it.key(), metricValue(it.value()));
            if (!set.metricKeys.contains(it.key())) {
                set.metricKeys << it.key();
            }
        }
        const QJsonObject warnings = object.value(QStringLiteral("warnings")).toObject();
        for (auto it = warnings.begin(); it != warnings.end(); ++it) {
            slice.warnings.insert(it.key(), it.value().toString());
        }
        const QJsonObject members = object.value(QStringLiteral("members")).toObject();
        slice.realMembers = indexList(members.value(QStringLiteral("real")));
        slice.generatedMembers = indexList(members.value(QStringLiteral("generated")));
        realSum += slice.realCount;
        generatedSum += slice.generatedCount;
        set.slices << slice;
    }
    // The shares are of the whole set; a run whose sets are not loaded (or a JSON-only test)
    // falls back to the slices' own totals.
    set.realTotal = realTotal > 0 ? realTotal : realSum;
    set.generatedTotal = generatedTotal > 0 ? generatedTotal : generatedSum;
    for (Slice& slice : set.slices) {
        slice.realShare = share(slice.realCount, set.realTotal);
        slice.generatedShare = share(slice.generatedCount, set.generatedTotal);
    }
    return set;
}

QList<qsizetype> SliceSet::byCoverage() const
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < slices.size(); ++i) {
        order << i;
    }
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        const double x = slices[a].ratio();
        const double y = slices[b].ratio();
        if (std::isnan(x) != std::isnan(y)) {
            return std::isnan(y);
        }
        if (!std::isnan(x) && x != y) {
            return x < y;
        }
        return slices[a].name < slices[b].name;
    });
    return order;
}

QList<qsizetype> SliceSet::worstFirst(const QString& key) const
{
    const MetricDirection direction = metricDirection(key);
    if (direction == MetricDirection::Unknown) {
        return {};
    }
    QList<qsizetype> order;
    for (qsizetype i = 0; i < slices.size(); ++i) {
        order << i;
    }
    const bool higherIsBetter = direction == MetricDirection::HigherIsBetter;
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const double x = slices[a].rankValue(key);
        const double y = slices[b].rankValue(key);
        if (std::isnan(x) != std::isnan(y)) {
            return std::isnan(y);
        }
        if (!std::isnan(x) && x != y) {
            return higherIsBetter ? x < y : x > y;
        }
        return slices[a].name < slices[b].name;
    });
    return order;
}

QString defaultSliceMetric(const QString& modality, const SliceSet& slices)
{
    if (slices.metricKeys.isEmpty()) {
        return {};
    }
    const QString headline = headlineMetric(modality, slices.metricKeys);
    if (metricDirection(headline) != MetricDirection::Unknown) {
        return headline;
    }
    for (const QString& key : slices.metricKeys) {
        if (metricDirection(key) != MetricDirection::Unknown) {
            return key;
        }
    }
    return {};
}

} // namespace genlens::app
