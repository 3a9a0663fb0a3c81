#include "models/runpair.h"

namespace genlens::app {

namespace {

QString firstOf(const QStringList& preferred, const QStringList& available)
{
    for (const QString& key : preferred) {
        if (available.contains(key)) {
            return key;
        }
    }
    return {};
}

QString firstWithPrefix(const QString& prefix, const QStringList& available)
{
    for (const QString& key : available) {
        if (key.startsWith(prefix)) {
            return key;
        }
    }
    return {};
}

} // namespace

QStringList RunPair::metricKeys() const
{
    QStringList keys;
    for (const std::shared_ptr<const RunResult>& run : {a, b}) {
        if (!run) {
            continue;
        }
        for (const MetricValue& metric : run->metrics) {
            if (!keys.contains(metric.key)) {
                keys << metric.key;
            }
        }
    }
    return keys;
}

RunPair loadRunPair(const ProjectStore& store, qint64 runA, qint64 runB)
{
    RunPair pair;
    pair.summaryA = store.runSummary(runA);
    pair.summaryB = store.runSummary(runB);
    pair.a = std::make_shared<const RunResult>(store.loadRun(runA));
    pair.b = runB == runA ? pair.a : std::make_shared<const RunResult>(store.loadRun(runB));
    pair.sharedRealSet
        = pair.summaryA.realSetId != 0 && pair.summaryA.realSetId == pair.summaryB.realSetId;
    if (pair.sharedRealSet) {
        for (const QString& key : pair.metricKeys()) {
            pair.history.insert(key, store.metricHistory(pair.summaryA.realSetId, key));
        }
    }
    return pair;
}

QString headlineMetric(const QString& modality, const QStringList& available)
{
    QString key;
    if (modality == QLatin1String("image")) {
        key = firstOf({QStringLiteral("fid"), QStringLiteral("kid")}, available);
    } else if (modality == QLatin1String("text")) {
        key = firstOf({QStringLiteral("mauve"), QStringLiteral("bleu"), QStringLiteral("chrf")},
                      available);
    } else if (modality == QLatin1String("recsys")) {
        key = firstOf({QStringLiteral("ndcg@10")}, available);
        if (key.isEmpty()) {
            key = firstWithPrefix(QStringLiteral("ndcg@"), available);
        }
    }
    return key.isEmpty() ? available.value(0) : key;
}

QString mainScore(const QString& modality, SetRole set, const QStringList& available)
{
    QString key;
    if (modality == QLatin1String("image")) {
        key = set == SetRole::Generated
            ? firstOf({QStringLiteral("realism"), QStringLiteral("nearest_real_distance")},
                      available)
            : firstOf({QStringLiteral("nearest_generated_distance"), QStringLiteral("covered")},
                      available);
    } else if (modality == QLatin1String("text")) {
        key = firstOf({QStringLiteral("bleu"), QStringLiteral("sentence_bleu"),
                       QStringLiteral("bleu_real"), QStringLiteral("perplexity")},
                      available);
    } else if (modality == QLatin1String("recsys")) {
        key = firstOf({QStringLiteral("ndcg@10")}, available);
        if (key.isEmpty()) {
            key = firstWithPrefix(QStringLiteral("ndcg@"), available);
        }
    }
    return key.isEmpty() ? available.value(0) : key;
}

} // namespace genlens::app
