#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace genlens::app {

// The stages of an evaluation that a metric selection switches (issue 10, deliverable 1). A
// skipped stage costs nothing: the pipelines neither run it nor allocate its buffers.
enum class MetricStage {
    // Images and feature matrices.
    FidStatistics, // mean and covariance of each set: fid
    Prdc, // self k-NN radii of both sets + the cross pass: precision, recall, density,
    // coverage, realism
    Memorization, // nearest real sample (cross g→r) + real 1-NN median (self r→r)
    Kid,
    VendiReal,
    VendiGenerated,
    InceptionScore,
    Cmmd, // cmmd (an O(n²d) pass of its own)
    ImageMeasures, // per-image measures and their means/KS
    FeatureMap, // the 2-D map (images and text embeddings)
    // Text.
    ReferenceMetrics, // bleu, chrf, rouge_l (with references)
    SelfBleu,
    Diversity, // distinct-n, n-gram entropy, repetition, lengths
    LanguageModel, // perplexity_forward, perplexity_reverse
    Embeddings, // the text embeddings (needed by emb_*, mauve, the map)
    EmbeddingFid, // emb_fid
    EmbeddingPrdc, // emb_precision, emb_recall, emb_density, emb_coverage
    Mauve,
    Copies, // per-sample copy detection and BLEU vs the real set: copy_fraction
    // Recommendation lists.
    Accuracy, // always computed: the evaluated users everything else refers to
    BeyondAccuracy,
    PerUser, // per-user drill-down data and score columns
};

// A choice the New-evaluation dialog offers: one stage's keys under one label.
struct MetricGroup
{
    QString label; // translated
    QStringList keys;
    bool required = false; // always computed (recsys accuracy): shown checked, not switchable
};

// Which metric keys of one modality a run computes, and therefore which stages it runs. Keys are
// those of design.md §5 and the README; recommendation keys carry a cut-off (`ndcg@10`). Group
// keys select a stage that has no single key: `feature_map` (image, text), `per_user` (recsys).
// Default (no keys): everything.
class MetricSelection
{
public:
    // Everything of the modality.
    MetricSelection() = default;

    // Parses requested keys (case-insensitive, blanks ignored). On an unknown key returns an
    // everything-selection and sets *error to a message (translated) that lists the valid keys.
    static MetricSelection parse(const QString& modality, const QStringList& keys, QString* error);
    // "a,b , c" -> {"a", "b", "c"} (lower case, empty items dropped).
    static QStringList splitList(const QString& text);

    // The keys `--metrics` accepts for a modality, for messages and the dialog ("precision@K"
    // stands for every cut-off).
    static QStringList validKeys(const QString& modality);
    // The keys of one stage.
    static QStringList stageKeys(const QString& modality, MetricStage stage);
    // The stages as the dialog offers them, in its order.
    static QList<MetricGroup> groups(const QString& modality);

    bool isEverything() const { return m_keys.isEmpty(); }
    // The requested keys as given (normalised), empty for everything.
    const QStringList& keys() const { return m_keys; }
    bool needs(MetricStage stage) const { return isEverything() || (m_stages & bit(stage)) != 0; }
    // True when `key` was requested (or everything was).
    bool wants(const QString& key) const { return isEverything() || m_keys.contains(key); }
    // Recsys: the cut-offs the requested `@k` keys name (empty for everything).
    QList<int> requestedCutoffs() const { return m_cutoffs; }

    // settings.metrics of a run: the requested keys, or "all".
    QJsonValue toJson() const;

private:
    static quint64 bit(MetricStage stage) { return quint64(1) << static_cast<int>(stage); }

    QStringList m_keys;
    quint64 m_stages = 0;
    QList<int> m_cutoffs;
};

// Records keys a run skipped in extra.not_computed (key -> reason), which the views and the report
// show as "not computed" (not as an undefined value).
void markNotComputed(QJsonObject& extra, const QStringList& keys);
// The reason markNotComputed() stores.
QString notRequestedReason();
// The keys in extra.not_computed, in the run's order.
QStringList notComputedKeys(const QJsonObject& extra);

} // namespace genlens::app
