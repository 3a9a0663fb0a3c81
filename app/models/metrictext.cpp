#include "models/metrictext.h"

#include <QCoreApplication>
#include <genlens/metrics/metricinfo.h>

namespace genlens::app {

namespace {

// The one-line meanings of metrics/core/metricinfo.cpp, marked for lupdate so that the UI can
// show them translated. tst_models checks that every registry entry is listed here.
const char* const s_meanings[] = {
    QT_TRANSLATE_NOOP("MetricMeaning", "Kolmogorov-Smirnov statistic between real and generated values"),
    QT_TRANSLATE_NOOP("MetricMeaning",
                      "Frechet distance between Gaussian fits of real and generated features"),
    QT_TRANSLATE_NOOP("MetricMeaning",
                      "FID extrapolated to infinitely many generated samples (intercept of FID "
                      "against 1/N)"),
    QT_TRANSLATE_NOOP("MetricMeaning",
                      "Unbiased squared MMD with a cubic polynomial kernel, mean over subsets"),
    QT_TRANSLATE_NOOP("MetricMeaning",
                      "Inception Score: confident and varied classifier predictions"),
    QT_TRANSLATE_NOOP("MetricMeaning",
                      "Share of generated samples inside the real manifold (fidelity)"),
    QT_TRANSLATE_NOOP("MetricMeaning",
                      "Share of real samples inside the generated manifold (diversity)"),
    QT_TRANSLATE_NOOP("MetricMeaning",
                      "How many real neighbourhoods hold each generated sample, on average"),
    QT_TRANSLATE_NOOP("MetricMeaning",
                      "Share of real samples with a generated sample in their neighbourhood; for "
                      "recommendations, share of the catalogue recommended at least once"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Effective number of distinct real samples (Vendi score)"),
    QT_TRANSLATE_NOOP("MetricMeaning",
                      "Effective number of distinct generated samples (Vendi score)"),
    QT_TRANSLATE_NOOP("MetricMeaning",
                      "Share of generated samples that look like copies of a real sample"),
    QT_TRANSLATE_NOOP("MetricMeaning",
                      "Squared MMD with a Gaussian kernel (sigma 10) x 1000, on CLIP embeddings "
                      "as defined"),
    QT_TRANSLATE_NOOP("MetricMeaning",
                      "Frechet distance between Gaussian fits of real and generated DINOv2 "
                      "features"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Corpus BLEU against the references (sacrebleu)"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Character 6-gram F-score against the references"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Longest-common-subsequence F-measure"),
    QT_TRANSLATE_NOOP("MetricMeaning",
                      "BLEU-4 of each generated sample against the others: lower is more diverse"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Self-BLEU with bigrams"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Self-BLEU with trigrams"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Self-BLEU with 5-grams"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Unique unigrams / all unigrams"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Unique bigrams / all bigrams"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Unique trigrams / all trigrams"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Unique 4-grams / all 4-grams"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Shannon entropy (nats) of pooled unigrams"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Shannon entropy (nats) of pooled bigrams"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Shannon entropy (nats) of pooled trigrams"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Shannon entropy (nats) of pooled 4-grams"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Mean within-sample repeated 4-gram share (seq-rep-4)"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Mean tokens per generated sample"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Mean tokens per real sample"),
    QT_TRANSLATE_NOOP("MetricMeaning", "KS statistic of generated vs real lengths"),
    QT_TRANSLATE_NOOP("MetricMeaning",
                      "Generated samples (at least 4 tokens) wholly inside a real sample"),
    QT_TRANSLATE_NOOP("MetricMeaning",
                      "Perplexity of generated text under a model of real text (fluency)"),
    QT_TRANSLATE_NOOP("MetricMeaning",
                      "Perplexity of real text under a model of generated text (coverage)"),
    QT_TRANSLATE_NOOP("MetricMeaning",
                      "Area under the divergence frontier of real and generated embeddings"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Relevant items among the top k"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Share of relevant items found in the top k"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Rank-discounted gain relative to the ideal list"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Mean average precision to rank k"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Users with at least one hit in the top k"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Mean reciprocal rank of the first hit"),
    QT_TRANSLATE_NOOP("MetricMeaning",
                      "Concentration of recommendations on few items (0 even, 1 concentrated)"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Shannon entropy of recommendation counts, in bits"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Mean self-information of recommended items, in bits"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Mean dissimilarity of items within a list"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Average training popularity of recommended items"),
    QT_TRANSLATE_NOOP("MetricMeaning", "Share of recommendations from the long tail"),
    QT_TRANSLATE_NOOP("MetricMeaning",
                      "Relevant recommendations a popularity baseline would not make"),
};

} // namespace

QStringList translatableMetricMeanings()
{
    QStringList meanings;
    for (const char* meaning : s_meanings) {
        meanings << QString::fromUtf8(meaning);
    }
    return meanings;
}

QString metricMeaning(const QString& key)
{
    const metrics::MetricInfo* info = metrics::findMetric(key.toStdString());
    if (info == nullptr) {
        return {};
    }
    const QByteArray english(info->meaning.data(), static_cast<int>(info->meaning.size()));
    return QCoreApplication::translate("MetricMeaning", english.constData());
}

MetricDirection metricDirection(const QString& key)
{
    const metrics::MetricInfo* info = metrics::findMetric(key.toStdString());
    if (info == nullptr) {
        return MetricDirection::Unknown;
    }
    return info->higherIsBetter ? MetricDirection::HigherIsBetter : MetricDirection::LowerIsBetter;
}

std::pair<double, double> metricBounds(const QString& key)
{
    const metrics::MetricInfo* info = metrics::findMetric(key.toStdString());
    if (info == nullptr) {
        return {-std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()};
    }
    return {info->lowerBound, info->upperBound};
}

bool extractorComparableToPublished(const QJsonObject& extractor)
{
    // The built-in extractors measure their own feature space (design.md §3); only an ONNX
    // network or precomputed features can reproduce a published protocol.
    const QString id = extractor.value(QStringLiteral("id")).toString();
    return !id.isEmpty() && !id.startsWith(QLatin1String("builtin"));
}

} // namespace genlens::app
