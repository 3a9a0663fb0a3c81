#include "slices/sliceresult.h"

#include <cmath>

namespace genlens::app {

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonArray indexArray(const std::vector<std::int64_t>& indices)
{
    QJsonArray out;
    for (const std::int64_t i : indices) {
        out.append(static_cast<qint64>(i));
    }
    return out;
}

std::vector<std::int64_t> indexVector(const QJsonValue& value)
{
    std::vector<std::int64_t> out;
    for (const QJsonValue& v : value.toArray()) {
        out.push_back(static_cast<std::int64_t>(v.toInteger()));
    }
    return out;
}

} // namespace

void SliceResult::setMetric(const QString& key, double value, double stddev)
{
    for (MetricValue& m : metrics) {
        if (m.key == key) {
            m.value = value;
            m.std = stddev;
            return;
        }
    }
    MetricValue m;
    m.key = key;
    m.value = value;
    m.std = stddev;
    metrics << m;
}

QList<SliceResult> toSliceResults(const std::vector<SliceMembers>& members, const QString& by)
{
    QList<SliceResult> out;
    for (const SliceMembers& m : members) {
        SliceResult s;
        s.name = QString::fromStdString(m.name);
        s.by = by;
        s.rule = QString::fromStdString(m.rule);
        s.real = m.real;
        s.generated = m.generated;
        out << s;
    }
    return out;
}

QJsonObject sliceToJson(const SliceResult& slice, bool stored)
{
    QJsonObject metrics;
    for (const MetricValue& m : slice.metrics) {
        QJsonObject entry {{QStringLiteral("value"), number(m.value)}};
        if (!std::isnan(m.std)) {
            entry.insert(QStringLiteral("std"), number(m.std));
        }
        metrics.insert(m.key, entry);
    }
    QJsonObject out {
        {QStringLiteral("name"), slice.name},
        {QStringLiteral("by"), slice.by},
        {QStringLiteral("counts"),
         QJsonObject {{QStringLiteral("real"), static_cast<qint64>(slice.real.size())},
                      {QStringLiteral("generated"), static_cast<qint64>(slice.generated.size())}}},
        {QStringLiteral("metrics"), metrics}};
    if (!slice.rule.isEmpty()) {
        out.insert(QStringLiteral("rule"), slice.rule);
    }
    if (stored) {
        out.insert(QStringLiteral("members"),
                   QJsonObject {{QStringLiteral("real"), indexArray(slice.real)},
                                {QStringLiteral("generated"), indexArray(slice.generated)}});
        QJsonObject warnings;
        for (auto it = slice.warnings.cbegin(); it != slice.warnings.cend(); ++it) {
            warnings.insert(it.key(), it.value());
        }
        out.insert(QStringLiteral("warnings"), warnings);
    }
    return out;
}

QJsonArray slicesToJson(const QList<SliceResult>& slices, bool stored)
{
    QJsonArray out;
    for (const SliceResult& s : slices) {
        out.append(sliceToJson(s, stored));
    }
    return out;
}

SliceResult sliceFromJson(const QJsonObject& object)
{
    SliceResult s;
    s.name = object.value(QStringLiteral("name")).toString();
    s.by = object.value(QStringLiteral("by")).toString();
    s.rule = object.value(QStringLiteral("rule")).toString();
    const QJsonObject members = object.value(QStringLiteral("members")).toObject();
    s.real = indexVector(members.value(QStringLiteral("real")));
    s.generated = indexVector(members.value(QStringLiteral("generated")));
    const QJsonObject metrics = object.value(QStringLiteral("metrics")).toObject();
    for (auto it = metrics.constBegin(); it != metrics.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QJsonValue value = entry.value(QStringLiteral("value"));
        const QJsonValue stddev = entry.value(QStringLiteral("std"));
        s.setMetric(it.key(), value.isDouble() ? value.toDouble() : qQNaN(),
                    stddev.isDouble() ? stddev.toDouble() : qQNaN());
    }
    const QJsonObject warnings = object.value(QStringLiteral("warnings")).toObject();
    for (auto it = warnings.constBegin(); it != warnings.constEnd(); ++it) {
        s.warnings.insert(it.key(), it.value().toString());
    }
    return s;
}

QList<SliceResult> slicesFromJson(const QJsonArray& array)
{
    QList<SliceResult> out;
    for (const QJsonValue& v : array) {
        out << sliceFromJson(v.toObject());
    }
    return out;
}

QJsonArray publicSlicesJson(const QJsonArray& stored)
{
    QJsonArray out;
    for (const QJsonValue& v : stored) {
        QJsonObject o = v.toObject();
        o.remove(QStringLiteral("members"));
        o.remove(QStringLiteral("warnings"));
        out.append(o);
    }
    return out;
}

void attachSlices(RunResult& result, const QList<SliceResult>& slices)
{
    result.extra.insert(QStringLiteral("slices"), slicesToJson(slices, true));
    for (const SliceResult& s : slices) {
        if (s.warnings.isEmpty()) {
            continue;
        }
        result.warnings << QStringLiteral("slice %1 (%2 real, %3 generated): %4 undefined or "
                                          "unreliable at this size (the stored slice says why)")
                               .arg(s.name)
                               .arg(s.real.size())
                               .arg(s.generated.size())
                               .arg(s.warnings.keys().join(QStringLiteral(", ")));
    }
}

} // namespace genlens::app
