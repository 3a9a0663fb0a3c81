#pragma once

#include "evaluation/runresult.h"
#include "project/projectstore.h"

#include <QMap>
#include <QStringList>
#include <memory>

namespace genlens::app {

// Two stored runs read together for the run comparison: both results, whether they share the
// real set, and the history of every metric over the finished runs on that real set.
struct RunPair
{
    RunSummary summaryA;
    RunSummary summaryB;
    std::shared_ptr<const RunResult> a;
    std::shared_ptr<const RunResult> b;
    // Both runs use the same stored real set (the same set id): their real samples are the same
    // samples at the same indices, and the overlays, changes and history apply.
    bool sharedRealSet = false;
    // Metric key (every key of either run) -> the finished runs on the shared real set that have
    // it, oldest first (ProjectStore::metricHistory). Empty without a shared real set.
    QMap<QString, QList<MetricPoint>> history;

    qint64 idA() const { return summaryA.id; }
    qint64 idB() const { return summaryB.id; }
    // Metric keys of A, then B's that A lacks.
    QStringList metricKeys() const;
};

// Reads both runs and the history from `store` (on the store's thread). Throws StoreError.
RunPair loadRunPair(const ProjectStore& store, qint64 runA, qint64 runB);

// The metric a comparison leads with (the history chart's first choice, the report's history):
// fid, then kid (images); mauve, then bleu, then chrf (text); ndcg@10, then any ndcg@k (lists);
// else the first of `available`. Empty when nothing is available.
QString headlineMetric(const QString& modality, const QStringList& available);

// The per-sample score a comparison leads with for a set (the overlay and "changed most"
// choices): realism (generated images), nearest_generated_distance (real images), sentence
// bleu then bleu_real then perplexity (text), ndcg@10 then any ndcg@k (lists); else the first of
// `available`.
QString mainScore(const QString& modality, SetRole set, const QStringList& available);

} // namespace genlens::app
