#include "evaluation/resultjson.h"

#include "evaluation/featurespacename.h"
#include "intervals/metricinterval.h"
#include "slices/sliceresult.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QMap>

#include <cmath>

namespace genlens::app {

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject setToJson(const SampleSet& set)
{
    QJsonArray skipped;
    for (const InputIssue& issue : set.skipped) {
        QJsonObject entry{{QStringLiteral("item"), issue.item},
                          {QStringLiteral("reason"), issue.reason}};
        if (issue.line > 0) {
            entry.insert(QStringLiteral("line"), issue.line);
        }
        skipped.append(entry);
    }
    return QJsonObject{{QStringLiteral("source"), set.source},
                       {QStringLiteral("kind"), set.kind},
                       {QStringLiteral("count"), static_cast<qint64>(set.samples.size())},
                       {QStringLiteral("skipped"), skipped}};
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvNumber(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 10) : QString();
}

} // namespace

QJsonObject runResultToJson(const RunResult& result, const QStringList& onlyMetrics)
{
    QJsonObject metrics;
    // Image runs name the feature space next to each distance that lives in it (issue 12).
    const QString space = result.modality == QLatin1String("image")
        ? featureSpaceOfRun(result.extractor)
        : QString();
    for (const MetricValue& metric : result.metrics) {
        if (!onlyMetrics.isEmpty() && !onlyMetrics.contains(metric.key)) {
            continue;
        }
        QJsonObject entry{{QStringLiteral("value"), number(metric.value)}};
        if (!std::isnan(metric.std)) {
            entry.insert(QStringLiteral("std"), number(metric.std));
        }
        const QString metricSpace = metricFeatureSpace(metric.key, space);
        if (!metricSpace.isEmpty()) {
            entry.insert(QStringLiteral("feature_space"), metricSpace);
        }
        // design.md §5: the interval travels next to its value.
        const MetricInterval interval = metricInterval(result.extra, metric.key);
        if (interval.isValid()) {
            entry.insert(QStringLiteral("ci_low"), interval.low);
            entry.insert(QStringLiteral("ci_high"), interval.high);
            entry.insert(QStringLiteral("ci_level"), interval.level);
        }
        metrics.insert(metric.key, entry);
    }
    QJsonObject timings;
    for (auto it = result.timingsMs.cbegin(); it != result.timingsMs.cend(); ++it) {
        timings.insert(it.key(), it.value());
    }
    QJsonObject json{
        {QStringLiteral("genlens"), QStringLiteral(GENLENS_VERSION)},
        {QStringLiteral("modality"), result.modality},
        {QStringLiteral("inputs"),
         QJsonObject{{QStringLiteral("real"), setToJson(result.real)},
                     {QStringLiteral("generated"), setToJson(result.generated)}}},
        {QStringLiteral("settings"), result.settings},
        {QStringLiteral("metrics"), metrics},
        {QStringLiteral("timings_ms"), timings},
    };
    if (!result.extractor.isEmpty()) {
        json.insert(QStringLiteral("extractor"), result.extractor);
    }
    if (!result.signature.isEmpty()) {
        json.insert(QStringLiteral("signature"), result.signature);
    }
    // Slices (issue 13) are a top-level list, without the members and warnings the project keeps.
    QJsonObject details = result.extra;
    if (details.contains(QStringLiteral("slices"))) {
        json.insert(QStringLiteral("slices"),
                    publicSlicesJson(details.take(QStringLiteral("slices")).toArray()));
    }
    if (details.contains(fidInfinityKey())) {
        // Its own top-level object (issue 13): {"value", "std_error", "curve": [{"n", "fid", "kid"}]}.
        json.insert(fidInfinityKey(), details.take(fidInfinityKey()));
    }
    if (!details.isEmpty()) {
        json.insert(QStringLiteral("details"), details);
    }
    if (!result.warnings.isEmpty()) {
        json.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings));
    }
    return json;
}

QByteArray perSampleCsv(const RunResult& result)
{
    QStringList keys;
    for (const QList<ScoreColumn>* columns : {&result.realScores, &result.generatedScores}) {
        for (const ScoreColumn& column : *columns) {
            if (!keys.contains(column.key)) {
                keys << column.key;
            }
        }
    }
    // The nearest sample of the other set, from the rank-0 neighbour links.
    QMap<QPair<int, qint64>, const Neighbour*> nearest;
    for (const Neighbour& link : result.neighbours) {
        if (link.rank == 0 && link.fromSet != link.toSet) {
            nearest.insert({static_cast<int>(link.fromSet), link.from}, &link);
        }
    }

    QString out = QStringLiteral("set,index,source,label");
    for (const QString& key : keys) {
        out += QLatin1Char(',') + csvField(key);
    }
    out += QStringLiteral(",nearest_other_index,nearest_other_distance\n");

    const auto writeSet = [&](const SampleSet& set, const QList<ScoreColumn>& columns,
                              const QString& name) {
        for (std::size_t i = 0; i < set.samples.size(); ++i) {
            const Sample& sample = set.samples[i];
            out += name + QLatin1Char(',') + QString::number(i) + QLatin1Char(',')
                   + csvField(sample.source) + QLatin1Char(',') + csvField(sample.label);
            for (const QString& key : keys) {
                out += QLatin1Char(',');
                for (const ScoreColumn& column : columns) {
                    if (column.key == key && i < column.values.size()) {
                        out += csvNumber(column.values[i]);
                        break;
                    }
                }
            }
            const Neighbour* link
                = nearest.value({static_cast<int>(set.role), static_cast<qint64>(i)}, nullptr);
            out += link ? QStringLiteral(",%1,%2").arg(link->to).arg(csvNumber(link->distance))
                        : QStringLiteral(",,");
            out += QLatin1Char('\n');
        }
    };
    writeSet(result.real, result.realScores, QStringLiteral("real"));
    writeSet(result.generated, result.generatedScores, QStringLiteral("generated"));
    return out.toUtf8();
}

} // namespace genlens::app
