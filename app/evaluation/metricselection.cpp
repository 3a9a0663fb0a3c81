#include "evaluation/metricselection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <genlens/metrics/image/measures.h>

namespace genlens::app {

namespace {

struct KeyStages
{
    QString key;
    QList<MetricStage> stages;
};

// The key → stage table of each modality: the dependency graph of deliverable 1. A key needs
// every stage listed; the stages themselves share work inside metrics::evaluateFeatureSpace
// (self and cross k-NN searches are run once for whichever of PRDC/memorisation asks).
const QList<KeyStages>& table(const QString& modality)
{
    static const QList<KeyStages> image = [] {
        QList<KeyStages> t {
            {QStringLiteral("fid"), {MetricStage::FidStatistics}},
            // FID of DINOv2 features (issue 12): the same statistics, its own key and label.
            {QStringLiteral("fd_dinov2"), {MetricStage::FidStatistics}},
            {QStringLiteral("kid"), {MetricStage::Kid}},
            {QStringLiteral("cmmd"), {MetricStage::Cmmd}},
            {QStringLiteral("is"), {MetricStage::InceptionScore}},
            {QStringLiteral("precision"), {MetricStage::Prdc}},
            {QStringLiteral("recall"), {MetricStage::Prdc}},
            {QStringLiteral("density"), {MetricStage::Prdc}},
            {QStringLiteral("coverage"), {MetricStage::Prdc}},
            {QStringLiteral("realism"), {MetricStage::Prdc}},
            {QStringLiteral("vendi_real"), {MetricStage::VendiReal}},
            {QStringLiteral("vendi_generated"), {MetricStage::VendiGenerated}},
            {QStringLiteral("memorized_fraction"), {MetricStage::Memorization}},
            {QStringLiteral("feature_map"), {MetricStage::FeatureMap}},
        };
        for (const std::string& name : metrics::image::measureNames()) {
            const QString base = QString::fromStdString(name);
            for (const char* suffix : {"_real", "_generated", "_ks"}) {
                t.append({base + QLatin1String(suffix), {MetricStage::ImageMeasures}});
            }
        }
        return t;
    }();
    static const QList<KeyStages> text = [] {
        QList<KeyStages> t {
            {QStringLiteral("bleu"), {MetricStage::ReferenceMetrics}},
            {QStringLiteral("chrf"), {MetricStage::ReferenceMetrics}},
            {QStringLiteral("rouge_l"), {MetricStage::ReferenceMetrics}},
            {QStringLiteral("self_bleu"), {MetricStage::SelfBleu}},
            {QStringLiteral("self_bleu_2"), {MetricStage::SelfBleu}},
            {QStringLiteral("self_bleu_3"), {MetricStage::SelfBleu}},
            {QStringLiteral("self_bleu_5"), {MetricStage::SelfBleu}},
        };
        for (int n = 1; n <= 4; ++n) {
            t.append({QStringLiteral("distinct_%1").arg(n), {MetricStage::Diversity}});
        }
        for (int n = 1; n <= 4; ++n) {
            t.append({QStringLiteral("ngram_entropy_%1").arg(n), {MetricStage::Diversity}});
        }
        t.append({QStringLiteral("repetition_4"), {MetricStage::Diversity}});
        t.append({QStringLiteral("length_generated"), {MetricStage::Diversity}});
        t.append({QStringLiteral("length_real"), {MetricStage::Diversity}});
        t.append({QStringLiteral("length_ks"), {MetricStage::Diversity}});
        t.append({QStringLiteral("perplexity_forward"), {MetricStage::LanguageModel}});
        t.append({QStringLiteral("perplexity_reverse"), {MetricStage::LanguageModel}});
        t.append({QStringLiteral("mauve"), {MetricStage::Embeddings, MetricStage::Mauve}});
        t.append({QStringLiteral("emb_fid"), {MetricStage::Embeddings, MetricStage::EmbeddingFid}});
        for (const char* key : {"emb_precision", "emb_recall", "emb_density", "emb_coverage"}) {
            t.append({QLatin1String(key), {MetricStage::Embeddings, MetricStage::EmbeddingPrdc}});
        }
        t.append({QStringLiteral("copy_fraction"), {MetricStage::Copies}});
        t.append(
            {QStringLiteral("feature_map"), {MetricStage::Embeddings, MetricStage::FeatureMap}});
        return t;
    }();
    static const QList<KeyStages> recsys {
        {QStringLiteral("precision@K"), {MetricStage::Accuracy}},
        {QStringLiteral("recall@K"), {MetricStage::Accuracy}},
        {QStringLiteral("ndcg@K"), {MetricStage::Accuracy}},
        {QStringLiteral("map@K"), {MetricStage::Accuracy}},
        {QStringLiteral("hit_rate@K"), {MetricStage::Accuracy}},
        {QStringLiteral("mrr"), {MetricStage::Accuracy}},
        {QStringLiteral("coverage"), {MetricStage::BeyondAccuracy}},
        {QStringLiteral("gini"), {MetricStage::BeyondAccuracy}},
        {QStringLiteral("entropy"), {MetricStage::BeyondAccuracy}},
        {QStringLiteral("novelty"), {MetricStage::BeyondAccuracy}},
        {QStringLiteral("ild"), {MetricStage::BeyondAccuracy}},
        {QStringLiteral("arp"), {MetricStage::BeyondAccuracy}},
        {QStringLiteral("long_tail_share"), {MetricStage::BeyondAccuracy}},
        {QStringLiteral("serendipity"), {MetricStage::BeyondAccuracy}},
        {QStringLiteral("per_user"), {MetricStage::PerUser}},
    };
    static const QList<KeyStages> none;
    if (modality == QLatin1String("image")) {
        return image;
    }
    if (modality == QLatin1String("text")) {
        return text;
    }
    if (modality == QLatin1String("recsys")) {
        return recsys;
    }
    return none;
}

} // namespace

QStringList MetricSelection::splitList(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = item.trimmed().toLower();
        if (!key.isEmpty()) {
            items << key;
        }
    }
    return items;
}

QStringList MetricSelection::validKeys(const QString& modality)
{
    QStringList keys;
    for (const KeyStages& entry : table(modality)) {
        keys << entry.key;
    }
    return keys;
}

QStringList MetricSelection::stageKeys(const QString& modality, MetricStage stage)
{
    QStringList keys;
    for (const KeyStages& entry : table(modality)) {
        if (entry.stages.last() == stage) {
            keys << entry.key;
        }
    }
    return keys;
}

QList<MetricGroup> MetricSelection::groups(const QString& modality)
{
    const auto tr
        = [](const char* text) { return QCoreApplication::translate("MetricSelection", text); };
    const auto keys = [&](MetricStage stage) { return stageKeys(modality, stage); };
    if (modality == QLatin1String("image")) {
        // fd_dinov2 is what the FID stage reports in DINOv2 space; listing it in the group
        // would ask for it in every space (exit 1 outside DINOv2).
        QStringList fidKeys = keys(MetricStage::FidStatistics);
        fidKeys.removeAll(QStringLiteral("fd_dinov2"));
        return {
            {tr("FID (mean and covariance; FD_DINOv2 with DINOv2 features)"), fidKeys},
            {tr("Precision, recall, density, coverage, realism (k-NN)"), keys(MetricStage::Prdc)},
            {tr("Memorisation (nearest real sample)"), keys(MetricStage::Memorization)},
            {tr("KID"), keys(MetricStage::Kid)},
            {tr("CMMD (Gaussian-kernel MMD; by default only with CLIP features)"),
             keys(MetricStage::Cmmd)},
            {tr("Vendi score of each set"),
             keys(MetricStage::VendiReal) + keys(MetricStage::VendiGenerated)},
            {tr("Per-image measures (images only)"), keys(MetricStage::ImageMeasures)},
            {tr("Feature map (2-D)"), keys(MetricStage::FeatureMap)},
        };
    }
    if (modality == QLatin1String("text")) {
        return {
            {tr("BLEU, chrF, ROUGE-L (with references)"), keys(MetricStage::ReferenceMetrics)},
            {tr("Self-BLEU"), keys(MetricStage::SelfBleu)},
            {tr("Distinct-n, entropy, repetition, lengths"), keys(MetricStage::Diversity)},
            {tr("Perplexity (n-gram language model)"), keys(MetricStage::LanguageModel)},
            {tr("MAUVE"), keys(MetricStage::Mauve)},
            {tr("Embedding FID"), keys(MetricStage::EmbeddingFid)},
            {tr("Embedding precision, recall, density, coverage"),
             keys(MetricStage::EmbeddingPrdc)},
            {tr("Copies of real samples"), keys(MetricStage::Copies)},
            {tr("Embedding map (2-D)"), keys(MetricStage::FeatureMap)},
        };
    }
    if (modality == QLatin1String("recsys")) {
        return {
            {tr("Accuracy (nDCG, MAP, MRR, ...)"), {QStringLiteral("mrr")}, true},
            {tr("Beyond accuracy (coverage, novelty, ...)"), keys(MetricStage::BeyondAccuracy)},
            {tr("Per-user drill-down"), keys(MetricStage::PerUser)},
        };
    }
    return {};
}

MetricSelection MetricSelection::parse(const QString& modality, const QStringList& keys,
                                       QString* error)
{
    static const QRegularExpression cutoffKey(QStringLiteral("^([a-z_]+)@([0-9]+)$"));
    MetricSelection selection;
    QStringList unknown;
    const QList<KeyStages>& entries = table(modality);
    for (const QString& raw : keys) {
        const QString key = raw.trimmed().toLower();
        if (key.isEmpty() || selection.m_keys.contains(key)) {
            continue;
        }
        QString lookup = key;
        int cutoff = 0;
        const QRegularExpressionMatch match = cutoffKey.match(key);
        if (modality == QLatin1String("recsys") && match.hasMatch()) {
            bool ok = false;
            cutoff = match.captured(2).toInt(&ok);
            if (!ok || cutoff <= 0) {
                unknown << key;
                continue;
            }
            lookup = match.captured(1) + QStringLiteral("@K");
        }
        const auto found = std::find_if(entries.cbegin(), entries.cend(),
                                        [&](const KeyStages& e) { return e.key == lookup; });
        if (found == entries.cend()) {
            unknown << key;
            continue;
        }
        selection.m_keys << key;
        for (const MetricStage stage : found->stages) {
            selection.m_stages |= bit(stage);
        }
        if (cutoff > 0 && !selection.m_cutoffs.contains(cutoff)) {
            selection.m_cutoffs << cutoff;
        }
    }
    if (!unknown.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("MetricSelection",
                                                 "unknown metric key(s) %1 for %2; valid keys: %3")
                         .arg(unknown.join(QStringLiteral(", ")), modality,
                              validKeys(modality).join(QLatin1Char(' ')));
        }
        return {};
    }
    if (!selection.m_keys.isEmpty() && modality == QLatin1String("recsys")) {
        // Every recommendation run evaluates the lists (accuracy): the users all else refers to.
        selection.m_stages |= bit(MetricStage::Accuracy);
    }
    return selection;
}

QJsonValue MetricSelection::toJson() const
{
    if (isEverything()) {
        return QStringLiteral("all");
    }
    return QJsonArray::fromStringList(m_keys);
}

QString notRequestedReason()
{
    return QStringLiteral("not requested");
}

void markNotComputed(QJsonObject& extra, const QStringList& keys)
{
    if (keys.isEmpty()) {
        return;
    }
    QJsonObject notComputed = extra.value(QStringLiteral("not_computed")).toObject();
    for (const QString& key : keys) {
        if (!notComputed.contains(key)) {
            notComputed.insert(key, notRequestedReason());
        }
    }
    extra.insert(QStringLiteral("not_computed"), notComputed);
}

QStringList notComputedKeys(const QJsonObject& extra)
{
    return extra.value(QStringLiteral("not_computed")).toObject().keys();
}

} // namespace genlens::app
