#pragma once
// trec_eval's own test files in tests/data/recsys/trec_eval/ (NIST data; provenance and licence
// notice in the README there): its expected output and the GenLens keys of its measures. Used by
// tst_recsyspipeline (loader and pipeline) and tst_cli (the command).

#include <QFile>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

namespace genlens::testing {

// trec_eval's cut-offs (P_k, recall_k, ndcg_cut_k, map_cut_k: 5 ... 1000; success_k: 1, 5, 10),
// its 4 printed decimals (half a unit of the last one, plus rounding slack) and the number of its
// per-topic measures GenLens computes.
inline const QList<int> kTrecEvalCutoffs = {1, 5, 10, 15, 20, 30, 100, 200, 500, 1000};
constexpr double kTrecEvalTolerance = 0.00005 + 1e-9;
constexpr int kTrecEvalMeasuresPerTopic = 45;

struct TrecEvalLine
{
    QString measure, topic;
    double value = 0;
};

// trec_eval's output "measure<padding>\ttopic\tvalue" (non-numeric values are left out).
inline QList<TrecEvalLine> trecEvalOutput(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qFatal("cannot open %s", qPrintable(path));
    }
    QList<TrecEvalLine> lines;
    while (!f.atEnd()) {
        const QList<QByteArray> fields = f.readLine().trimmed().split('\t');
        bool ok = false;
        const double value = fields.size() == 3 ? fields[2].toDouble(&ok) : 0.0;
        if (ok) {
            lines.append(
                {QString::fromLatin1(fields[0].trimmed()), QString::fromLatin1(fields[1]), value});
        }
    }
    return lines;
}

// The GenLens key of a trec_eval measure (docs/recsys.md, "Metrics"), empty when GenLens does not
// compute it. The runs retrieve 500 documents per topic, so trec_eval's whole-run map and
// ndcg are map@1000 and ndcg@1000. num_* are per-user counts: list_length, relevant_count and
// the hits in the list (relevant_retrieved, from the drill-down payload).
inline QString trecEvalKey(const QString& measure)
{
    static const QHash<QString, QString> whole
        = {{QStringLiteral("map"), QStringLiteral("map@1000")},
           {QStringLiteral("ndcg"), QStringLiteral("ndcg@1000")},
           {QStringLiteral("recip_rank"), QStringLiteral("mrr")},
           {QStringLiteral("num_ret"), QStringLiteral("list_length")},
           {QStringLiteral("num_rel"), QStringLiteral("relevant_count")},
           {QStringLiteral("num_rel_ret"), QStringLiteral("relevant_retrieved")}};
    static const QList<QPair<QString, QString>> atK
        = {{QStringLiteral("P_"), QStringLiteral("precision@")},
           {QStringLiteral("recall_"), QStringLiteral("recall@")},
           {QStringLiteral("ndcg_cut_"), QStringLiteral("ndcg@")},
           {QStringLiteral("map_cut_"), QStringLiteral("map@")},
           {QStringLiteral("success_"), QStringLiteral("hit_rate@")}};
    if (whole.contains(measure)) {
        return whole.value(measure);
    }
    for (const auto& [prefix, key] : atK) {
        bool ok = false;
        const int k = measure.startsWith(prefix) ? measure.mid(prefix.size()).toInt(&ok) : 0;
        if (ok && kTrecEvalCutoffs.contains(k)) {
            return key + QString::number(k);
        }
    }
    return QString();
}

} // namespace genlens::testing
