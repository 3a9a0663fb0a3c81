#include "pipeline/textpipeline.h"

#include "loaders/textloader.h"
#include "intervals/columnintervals.h"
#include "intervals/featureintervals.h"
#include "intervals/textintervals.h"
#include "pipeline/featuremap.h"
#include "pipeline/featuremetrics.h"
#include "slices/featureslices.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <future>
#include <genlens/metrics/core/ks.h>
#include <genlens/metrics/sets/featurespace.h>
#include <genlens/metrics/text/bleu.h>
#include <genlens/metrics/text/chrf.h>
#include <genlens/metrics/text/copydetect.h>
#include <genlens/metrics/text/diversity.h>
#include <genlens/metrics/text/embedding.h>
#include <genlens/metrics/text/kneserney.h>
#include <genlens/metrics/text/mauve.h>
#include <genlens/metrics/text/rouge.h>
#include <genlens/metrics/text/selfbleu.h>
#include <genlens/metrics/text/tokenizer.h>
#include <limits>
#include <optional>
#include <thread>
#include <tuple>
#include <utility>

namespace genlens::app {

namespace {

namespace mt = metrics::text;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Messages reach the window: translated, in domain words.
struct TextPipeline
{
    Q_DECLARE_TR_FUNCTIONS(TextPipeline)
};
// Self-BLEU and distinct-n orders reported (keys self_bleu_2, _3, self_bleu (4), _5).
constexpr int kSelfBleuMaxOrder = 5;
constexpr int kDistinctMaxOrder = 4;
// seq-rep-n of Welleck et al. (2019) used for the per-sample `repetition` score.
constexpr int kRepetitionOrder = 4;
// Shortest generated sample (tokens) that counts towards copy_fraction.
constexpr std::size_t kMinCopyTokens = 4;

using TokenLists = std::vector<std::vector<std::string>>;

// Every text's tokens, tokenised in parallel on the session's threads (same result for any count).
TokenLists tokenizeAll(const std::vector<std::string>& texts, mt::TokenizerKind kind,
                       PipelineContext& context)
{
    TokenLists out = mt::tokenizeAll(texts, kind, {}, context.session().threads());
    context.checkCanceled();
    return out;
}

// ROUGE tokens: rouge-score's own tokenizer (it keeps [a-z0-9] only), except for zh/char, where
// it would delete every CJK character; there the chosen tokenizer's tokens are used.
TokenLists rougeTokens(const std::vector<std::string>& texts, mt::TokenizerKind kind)
{
    TokenLists out;
    out.reserve(texts.size());
    for (const std::string& t : texts) {
        if (kind == mt::TokenizerKind::Zh || kind == mt::TokenizerKind::Char) {
            out.push_back(mt::tokenize(t, kind));
        } else {
            out.push_back(mt::rougeTokenize(t));
        }
    }
    return out;
}

void addMetric(RunResult& r, const QString& key, double value, double stddev = kNaN)
{
    MetricValue m;
    m.key = key;
    m.value = value;
    m.std = stddev;
    r.metrics.append(m);
}

void addScores(QList<ScoreColumn>& columns, const QString& key, std::vector<double> values)
{
    columns.append(ScoreColumn {key, std::move(values)});
}

std::vector<double> lengthsOf(const TokenLists& tokens)
{
    std::vector<double> out;
    out.reserve(tokens.size());
    for (const auto& t : tokens) {
        out.push_back(static_cast<double>(t.size()));
    }
    return out;
}

void meanStd(const std::vector<double>& v, double& mean, double& stddev)
{
    mean = kNaN;
    stddev = kNaN;
    if (v.empty()) {
        return;
    }
    double s = 0;
    for (double x : v) {
        s += x;
    }
    mean = s / static_cast<double>(v.size());
    double ss = 0;
    for (double x : v) {
        ss += (x - mean) * (x - mean);
    }
    stddev = v.size() > 1 ? std::sqrt(ss / static_cast<double>(v.size() - 1)) : kNaN;
}

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QString version()
{
    return QStringLiteral(GENLENS_VERSION);
}

// The session's thread count with 0 (all cores) spelled out.
int resolvedThreads(int threads)
{
    return threads > 0 ? threads
                       : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
}

// n-gram counts of the generated and the real set, shared by Self-BLEU and distinct-n. Interning
// the n-grams is serial within a set, so with more than one thread the real set is counted on its
// own thread (half of the threads each) while this one counts the generated set; each set's
// counts depend on that set only.
std::pair<mt::CorpusNgrams, mt::CorpusNgrams>
countBothSets(const TokenLists& genTokens, const TokenLists& realTokens, int maxOrder, int threads)
{
    const int resolved = resolvedThreads(threads);
    if (resolved < 2) {
        return {mt::countCorpusNgrams(genTokens, maxOrder, 1),
                mt::countCorpusNgrams(realTokens, maxOrder, 1)};
    }
    const int realThreads = resolved / 2;
    std::future<mt::CorpusNgrams> real = std::async(std::launch::async, [&] {
        return mt::countCorpusNgrams(realTokens, maxOrder, realThreads);
    });
    mt::CorpusNgrams generated;
    try {
        generated = mt::countCorpusNgrams(genTokens, maxOrder, resolved - realThreads);
    } catch (...) {
        real.wait();
        throw;
    }
    return {std::move(generated), real.get()};
}

// Forward perplexity: a Kneser-Ney model trained on the real set scores the generated set
// (fluency as the real data sees it); reverse: trained on the generated set, scores the real set
// (coverage). Same tokens as BLEU; words unseen in training are <unk> (kneserney.h).
void languageModelMetrics(const TextEvalOptions& options, const TokenLists& realTokens,
                          const TokenLists& genTokens, RunResult& result, PipelineContext& context,
                          IntervalStage& intervals)
{
    context.beginStage(QStringLiteral("language model"), 2);
    const int threads = context.session().threads();
    // Training is serial inside a model; the two models share nothing, so with more than one
    // thread the reverse model trains on its own thread while this one trains the forward model.
    // Each model's numbers do not depend on where it was trained.
    mt::KneserNeyModel forward(options.lmOrder);
    mt::KneserNeyModel reverse(options.lmOrder);
    if (resolvedThreads(threads) > 1) {
        std::future<void> reverseTraining
            = std::async(std::launch::async, [&reverse, &genTokens] { reverse.train(genTokens); });
        try {
            forward.train(realTokens);
        } catch (...) {
            reverseTraining.wait();
            throw;
        }
        reverseTraining.get();
    } else {
        forward.train(realTokens);
        reverse.train(genTokens);
    }
    context.checkCanceled();
    const mt::PerplexityResult pf = forward.perplexity(genTokens, threads);
    context.checkCanceled();
    context.advance(1, 2);
    const mt::PerplexityResult pr = reverse.perplexity(realTokens, threads);
    context.advance(2, 2);
    addMetric(result, QStringLiteral("perplexity_forward"), pf.corpus);
    addMetric(result, QStringLiteral("perplexity_reverse"), pr.corpus);
    addScores(result.generatedScores, QStringLiteral("perplexity"), pf.perSentence);
    const auto predicted = [](const TokenLists& tokens) {
        std::vector<double> out;
        out.reserve(tokens.size());
        for (const auto& sentence : tokens) {
            out.push_back(static_cast<double>(sentence.size() + 1)); // words and </s>
        }
        return out;
    };
    addPerplexityInterval(intervals, QStringLiteral("perplexity_forward"), pf.perSentence,
                          predicted(genTokens));
    addPerplexityInterval(intervals, QStringLiteral("perplexity_reverse"), pr.perSentence,
                          predicted(realTokens));
    addScores(result.realScores, QStringLiteral("perplexity"), pr.perSentence);
    QJsonObject lm;
    lm.insert(QStringLiteral("order"), options.lmOrder);
    lm.insert(QStringLiteral("smoothing"), QStringLiteral("interpolated modified Kneser-Ney"));
    lm.insert(QStringLiteral("forward_tokens"), static_cast<qint64>(pf.tokens));
    lm.insert(QStringLiteral("forward_unknown_tokens"), static_cast<qint64>(pf.unknownTokens));
    lm.insert(QStringLiteral("reverse_tokens"), static_cast<qint64>(pr.tokens));
    lm.insert(QStringLiteral("reverse_unknown_tokens"), static_cast<qint64>(pr.unknownTokens));
    result.extra.insert(QStringLiteral("language_model"), lm);
}

// builtin-text-1 embeddings of both sets in one IDF space, then the feature-space metrics
// (prefixed emb_) and MAUVE (p = generated, q = real). Sets too small for k-NN or for the MAUVE
// buckets are reported in extra.embedding_skipped rather than failing the run.
void embeddingMetrics(const TextEvalOptions& options, const TextRecords& realRecords,
                      const TextRecords& genRecords, RunResult& result, PipelineContext& context,
                      metrics::RowMatrixXf* keepReal, metrics::RowMatrixXf* keepGenerated,
                      IntervalStage& intervals)
{
    const std::vector<std::string>& realTexts = realRecords.texts;
    const std::vector<std::string>& genTexts = genRecords.texts;
    QElapsedTimer timer;
    timer.start();
    metrics::RowMatrixXf real;
    metrics::RowMatrixXf generated;
    QJsonObject extractor;
    if (options.realFeatures.isSet()) {
        // Attached embeddings (both sets: checked by evaluateText).
        context.beginStage(QStringLiteral("embeddings"), 0);
        // The headers first: differing dimensions are refused before either matrix is read.
        const qint64 realDim = attachedFeaturesDim(options.realFeatures);
        const qint64 generatedDim = attachedFeaturesDim(options.generatedFeatures);
        if (realDim != generatedDim) {
            throw InputError(QStringLiteral("%1 has %2 dimensions but %3 has %4")
                                 .arg(options.realFeatures.matrix)
                                 .arg(realDim)
                                 .arg(options.generatedFeatures.matrix)
                                 .arg(generatedDim)
                                 .toStdString());
        }
        real = alignAttachedTextFeatures(options.realFeatures, options.realPath,
                                         realRecords.records, realRecords.recordCount);
        generated = alignAttachedTextFeatures(options.generatedFeatures, options.generatedPath,
                                              genRecords.records, genRecords.recordCount);
        if (real.cols() != generated.cols()) {
            throw InputError(QStringLiteral("%1 has %2 dimensions but %3 has %4")
                                 .arg(options.realFeatures.matrix)
                                 .arg(real.cols())
                                 .arg(options.generatedFeatures.matrix)
                                 .arg(generated.cols())
                                 .toStdString());
        }
        extractor.insert(QStringLiteral("id"), options.realFeatures.featuresId);
        extractor.insert(QStringLiteral("dim"), static_cast<qint64>(real.cols()));
        extractor.insert(QStringLiteral("spec"), QStringLiteral("attached"));
        const QJsonObject files{{QStringLiteral("real"), options.realFeatures.matrix},
                                {QStringLiteral("generated"), options.generatedFeatures.matrix}};
        extractor.insert(QStringLiteral("attached"), files);
    } else {
        std::vector<std::string> all = realTexts;
        all.insert(all.end(), genTexts.begin(), genTexts.end());
        mt::TextEmbeddingOptions embOptions;
        context.beginStage(QStringLiteral("embeddings"), static_cast<qint64>(2 * all.size()));
        const metrics::RowMatrixXf features = mt::embedTexts(all, embOptions, context.progress(),
                                                             context.session().threads());
        real = features.topRows(static_cast<Eigen::Index>(realTexts.size()));
        generated = features.bottomRows(static_cast<Eigen::Index>(genTexts.size()));
        extractor.insert(QStringLiteral("id"), QString::fromLatin1(mt::textEmbeddingId()));
        extractor.insert(QStringLiteral("dim"), embOptions.dim);
    }
    result.timingsMs.insert(QStringLiteral("embeddings"), timer.restart());
    result.extractor = extractor;
    const auto nReal = real.rows();
    const auto nGen = generated.rows();

    QJsonArray skipped;
    const MetricSelection& selection = options.metrics;
    std::optional<metrics::FeatureSpaceReport> report;
    metrics::FeatureSpaceOptions fs;
    fs.k = options.k;
    fs.seed = options.seed;
    fs.kid = false;
    fs.threads = context.session().threads();
    fs.vendiReal = false;
    fs.vendiGenerated = false;
    fs.memorization = false;
    fs.fid = selection.needs(MetricStage::EmbeddingFid);
    fs.prdc = selection.needs(MetricStage::EmbeddingPrdc);
    fs.liveKMax = metrics::kLiveMaxK;
    if (fs.fid || fs.prdc) {
        context.beginStage(QStringLiteral("embedding metrics"), 0);
        try {
            report = metrics::evaluateFeatureSpace(real, generated, fs, context.progress());
            if (fs.fid) {
                addMetric(result, QStringLiteral("emb_fid"), report->fid);
            }
            if (fs.prdc) {
                addMetric(result, QStringLiteral("emb_precision"), report->precision);
                addMetric(result, QStringLiteral("emb_recall"), report->recall);
                addMetric(result, QStringLiteral("emb_density"), report->density);
                addMetric(result, QStringLiteral("emb_coverage"), report->coverage);
                addLiveStatistics(result, *report, QStringLiteral("emb_"));
            }
        } catch (const std::invalid_argument& e) {
            skipped.append(
                QStringLiteral("feature-space metrics: %1").arg(QString::fromUtf8(e.what())));
        }
        result.timingsMs.insert(QStringLiteral("emb_feature_space"), timer.restart());
    }
    QStringList notComputed;
    if (!fs.fid) {
        notComputed << QStringLiteral("emb_fid");
    }
    if (!fs.prdc) {
        notComputed << QStringLiteral("emb_precision") << QStringLiteral("emb_recall")
                    << QStringLiteral("emb_density") << QStringLiteral("emb_coverage");
    }
    // The 2-D map of the embeddings (Distributions page), from the statistics just computed
    // when the feature-space metrics ran; sets too small for k-NN still get a map.
    context.publishPartial(result);
    if (selection.needs(MetricStage::FeatureMap)) {
        try {
            FeatureMapOptions map;
            map.seed = options.seed;
            map.threads = context.session().threads();
            map.features = extractor.value(QStringLiteral("id")).toString();
            if (report && report->realStatistics.n > 0) {
                map.realStatistics = &report->realStatistics;
                map.generatedStatistics = &report->generatedStatistics;
            }
            addFeatureMap(result, real, generated, map, context);
        } catch (const std::invalid_argument& e) {
            const QString reason = QString::fromUtf8(e.what());
            skipped.append(QStringLiteral("feature map: %1").arg(reason));
            result.extra.insert(QStringLiteral("feature_map"), featureMapFailed(reason));
        }
    }
    if (report && intervals.isEnabled()) {
        // The intervals stage runs at the end of the pipeline: it keeps the embeddings and the
        // report alive until then.
        struct Kept
        {
            metrics::RowMatrixXf real, generated;
            metrics::FeatureSpaceReport report;
        };
        auto kept = std::make_shared<Kept>(Kept{real, generated, std::move(*report)});
        addFeatureSpaceIntervals(intervals, kept->report, kept->real, kept->generated, fs,
                                 QStringLiteral("emb_"), kept);
    }
    report.reset();
    timer.restart(); // addFeatureMap() records its own time
    if (!selection.needs(MetricStage::Mauve)) {
        notComputed << QStringLiteral("mauve");
    } else {
        try {
            context.beginStage(QStringLiteral("mauve"), 0);
            mt::MauveOptions mo;
            mo.seed = options.seed;
            // The reference's README: k-means cost grows with the square of the bucket count; above
            // 500 buckets use num_buckets=500, kmeans_num_redo=1, kmeans_max_iter=100.
            constexpr int kMaxBuckets = 500;
            if (mt::mauveAutoBuckets(static_cast<std::size_t>(nGen),
                                     static_cast<std::size_t>(nReal))
                > kMaxBuckets) {
                mo.numBuckets = kMaxBuckets;
                mo.kmeansRestarts = 1;
                mo.kmeansMaxIter = 100;
            }
            const mt::MauveResult m = mt::mauve(generated, real, mo, context.progress(), context.session().threads());
            addMetric(result, QStringLiteral("mauve"), m.mauve);
            addMauveInterval(intervals, m.labelsP, m.labelsQ, m.numBuckets, mo);
            QJsonObject mj;
            mj.insert(QStringLiteral("buckets"), m.numBuckets);
            mj.insert(QStringLiteral("pca_dims"), m.pcaDims);
            mj.insert(QStringLiteral("frontier_integral"), jsonNumber(m.frontierIntegral));
            QJsonArray cx;
            QJsonArray cy;
            for (std::size_t i = 0; i < m.curveX.size(); ++i) {
                cx.append(jsonNumber(m.curveX[i]));
                cy.append(jsonNumber(m.curveY[i]));
            }
            mj.insert(QStringLiteral("curve_x"), cx);
            mj.insert(QStringLiteral("curve_y"), cy);
            mj.insert(QStringLiteral("seed"), QString::number(options.seed));
            mj.insert(QStringLiteral("kmeans_restarts"), mo.kmeansRestarts);
            mj.insert(QStringLiteral("kmeans_max_iter"), mo.kmeansMaxIter);
            result.extra.insert(QStringLiteral("mauve"), mj);
        } catch (const std::invalid_argument& e) {
            skipped.append(QStringLiteral("mauve: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    if (selection.needs(MetricStage::Mauve)) {
        result.timingsMs.insert(QStringLiteral("mauve"), timer.restart());
    }
    markNotComputed(result.extra, notComputed);
    if (!skipped.isEmpty()) {
        result.extra.insert(QStringLiteral("embedding_skipped"), skipped);
    }
    if (keepReal && keepGenerated) {
        *keepReal = std::move(real);
        *keepGenerated = std::move(generated);
    }
}

// What the slices stage of a text run reuses from the whole-set stages (never re-extracted).
struct TextSliceInputs
{
    const TokenLists* realTokens = nullptr;
    const TokenLists* genTokens = nullptr;
    // Per generated text with a usable reference: its BLEU and chrF statistics.
    const std::vector<mt::BleuStatistics>* bleuStatistics = nullptr;
    const std::vector<std::vector<double>>* chrfStatistics = nullptr;
    const std::vector<std::uint8_t>* scored = nullptr;
    const metrics::RowMatrixXf* realEmbeddings = nullptr; // empty when not computed
    const metrics::RowMatrixXf* genEmbeddings = nullptr;
    bool references = false, selfBleu = false, diversity = false, embFid = false, embPrdc = false;
};

TokenLists subsetTokens(const TokenLists& tokens, const std::vector<std::int64_t>& members)
{
    TokenLists out;
    out.reserve(members.size());
    for (const std::int64_t i : members) {
        out.push_back(tokens[static_cast<std::size_t>(i)]);
    }
    return out;
}

// The slices stage (issue 13): per slice, BLEU/chrF over its generated texts with references,
// Self-BLEU and distinct-n of its generated texts, and the emb_ feature-space metrics on its
// rows of the embeddings; each computed as a run on that subset alone would.
void addTextSlices(RunResult& result, const TextEvalOptions& options, const TextRecords& realRecords,
                   const TextRecords& genRecords, const TextSliceInputs& in,
                   PipelineContext& context)
{
    QElapsedTimer timer;
    timer.start();
    const SliceSpec& spec = options.sliceBy;
    std::vector<SliceMembers> members;
    context.beginStage(QStringLiteral("slices"), 1);
    const bool haveEmbeddings = in.realEmbeddings && in.realEmbeddings->rows() > 0;
    if (spec.kind == SliceSpec::Kind::Clusters) {
        if (!haveEmbeddings) {
            throw InputError(TextPipeline::tr("--slice-by %1 clusters the embeddings, which this "
                                              "run did not compute (see --metrics)")
                                 .arg(spec.text())
                                 .toStdString());
        }
        try {
            members = clusterSlices(*in.realEmbeddings, *in.genEmbeddings, spec.clusters,
                                    options.seed, context.session().threads(), context.progress())
                          .slices;
        } catch (const std::invalid_argument& error) {
            throw InputError(QStringLiteral("--slice-by %1: %2")
                                 .arg(spec.text(), QString::fromUtf8(error.what()))
                                 .toStdString());
        }
    } else {
        members = slicesFromLabels(realRecords.sliceValues, genRecords.sliceValues);
    }
    QList<SliceResult> slices = toSliceResults(members, spec.text());
    context.beginStage(QStringLiteral("slices"), slices.size());
    const int threads = context.session().threads();
    for (qsizetype s = 0; s < slices.size(); ++s) {
        if (!context.advance(s, slices.size())) {
            throw metrics::Cancelled{};
        }
        SliceResult& slice = slices[s];
        const std::size_t nGen = slice.generated.size();
        if (in.references) {
            mt::BleuStatistics bleuSum;
            bleuSum.correct.assign(4, 0);
            bleuSum.total.assign(4, 0);
            std::vector<double> chrfSum(6 * 3, 0.0);
            std::size_t scored = 0;
            for (const std::int64_t i : slice.generated) {
                const auto u = static_cast<std::size_t>(i);
                if ((*in.scored)[u]) {
                    ++scored;
                    bleuSum += (*in.bleuStatistics)[u];
                    for (std::size_t j = 0; j < chrfSum.size(); ++j) {
                        chrfSum[j] += (*in.chrfStatistics)[u][j];
                    }
                }
            }
            if (scored == 0) {
                slice.setMetric(QStringLiteral("bleu"), kNaN);
                slice.setMetric(QStringLiteral("chrf"), kNaN);
                const QString why = TextPipeline::tr("undefined: no generated text of this slice "
                                                     "has a usable reference");
                slice.warn(QStringLiteral("bleu"), why);
                slice.warn(QStringLiteral("chrf"), why);
            } else {
                slice.setMetric(QStringLiteral("bleu"), mt::computeBleu(bleuSum).score);
                slice.setMetric(QStringLiteral("chrf"), mt::chrfFromStatistics(chrfSum));
            }
        }
        if (in.selfBleu || in.diversity) {
            const TokenLists tokens = subsetTokens(*in.genTokens, slice.generated);
            const mt::CorpusNgrams ngrams = mt::countCorpusNgrams(
                tokens, in.selfBleu ? kSelfBleuMaxOrder : kDistinctMaxOrder, threads);
            if (in.selfBleu) {
                // Leave-one-out needs another text to compare with.
                if (nGen < 2) {
                    slice.setMetric(QStringLiteral("self_bleu"), kNaN);
                    slice.warn(QStringLiteral("self_bleu"),
                               TextPipeline::tr("undefined: Self-BLEU needs at least 2 generated "
                                                "texts (%1)")
                                   .arg(nGen));
                } else {
                    const mt::NltkBleuStatistics self
                        = mt::selfBleuStatistics(ngrams, {}, threads);
                    slice.setMetric(QStringLiteral("self_bleu"), mt::selfBleu(self, 4).mean);
                }
            }
            if (in.diversity) {
                const mt::DiversityResult div = mt::diversity(ngrams, kDistinctMaxOrder, threads);
                for (int n = 1; n <= kDistinctMaxOrder; ++n) {
                    slice.setMetric(QStringLiteral("distinct_%1").arg(n),
                                    nGen == 0 ? kNaN : div.distinct[static_cast<std::size_t>(n - 1)]);
                }
                if (nGen == 0) {
                    slice.warn(QStringLiteral("distinct_1"),
                               TextPipeline::tr("undefined: the slice has no generated text"));
                }
            }
        }
    }
    context.advance(slices.size(), slices.size());
    if (haveEmbeddings && (in.embFid || in.embPrdc)) {
        metrics::FeatureSpaceOptions fs;
        fs.k = options.k;
        fs.seed = options.seed;
        fs.kid = false;
        fs.memorization = false;
        fs.vendiReal = false;
        fs.vendiGenerated = false;
        fs.threads = threads;
        fs.fid = in.embFid;
        fs.prdc = in.embPrdc;
        context.beginStage(QStringLiteral("slices embeddings"), slices.size());
        addFeatureSliceMetrics(slices, *in.realEmbeddings, *in.genEmbeddings, fs,
                               QStringLiteral("emb_"), context);
    }
    attachSlices(result, slices);
    result.timingsMs.insert(QStringLiteral("slices"), timer.elapsed());
}

} // namespace

RunResult evaluateText(const TextEvalOptions& options, PipelineContext& context)
{
    QElapsedTimer stageTimer;
    stageTimer.start();
    RunResult result;
    result.modality = QStringLiteral("text");

    const bool autoTokenize = options.tokenize == QLatin1String("auto");
    std::optional<mt::TokenizerKind> requested;
    if (!autoTokenize) {
        requested = mt::parseTokenizer(options.tokenize.toStdString());
        if (!requested) {
            throw InputError(TextPipeline::tr("unknown tokenizer \"%1\" (use 13a, intl, zh, char, "
                                              "none or auto)")
                                 .arg(options.tokenize)
                                 .toStdString());
        }
    }
    if (options.realPath.isEmpty() || options.generatedPath.isEmpty()) {
        throw InputError(
            TextPipeline::tr("text evaluation needs a real and a generated file").toStdString());
    }
    if (options.realFeatures.isSet() != options.generatedFeatures.isSet()) {
        // The built-in embedding on one side and the user's on the other would be two spaces.
        throw InputError("attached embeddings need both --real-features and --generated-features");
    }
    if (options.realFeatures.isSet()) {
        checkFeaturesId(options.realFeatures.featuresId);
    }

    requireSliceSpecFor(options.sliceBy, result.modality);

    // 1. Load.
    TextLoadOptions load;
    load.field = options.field;
    load.column = options.column;
    TextLoadOptions loadSets = load;
    if (options.sliceBy.kind == SliceSpec::Kind::Field
        || options.sliceBy.kind == SliceSpec::Kind::Column) {
        loadSets.sliceKey = options.sliceBy.name;
    }
    const TextRecords realRecords = readTextRecords(options.realPath, loadSets, &context);
    const TextRecords genRecords = readTextRecords(options.generatedPath, loadSets, &context);
    std::vector<TextRecords> refRecords;
    for (const QString& path : options.referencePaths) {
        refRecords.push_back(readTextRecords(path, load, &context));
    }
    result.real = toSampleSet(realRecords, SetRole::Real);
    result.generated = toSampleSet(genRecords, SetRole::Generated);
    for (const auto& [records, what] :
         {std::pair {&realRecords, "real"}, std::pair {&genRecords, "generated"}}) {
        if (records->texts.empty()) {
            throw InputError(
                TextPipeline::tr("%1: no usable text samples in the %2 set (%3 records "
                                 "skipped)")
                    .arg(records->path, QString::fromLatin1(what))
                    .arg(records->skipped.size())
                    .toStdString());
        }
    }
    const AlignedReferences refs = alignReferences(genRecords, refRecords);
    result.generated.skipped.append(refs.skipped);
    result.timingsMs.insert(QStringLiteral("load"), stageTimer.restart());
    // The embedding map is drawn late in the run; until then the page says so.
    if (options.metrics.needs(MetricStage::FeatureMap)) {
        result.extra.insert(QStringLiteral("feature_map"), featureMapPending());
    }
    context.publishPartial(result);

    // 2. Tokenize.
    mt::TokenizerKind kind = mt::TokenizerKind::Tok13a;
    if (autoTokenize) {
        std::vector<std::string> both = realRecords.texts;
        both.insert(both.end(), genRecords.texts.begin(), genRecords.texts.end());
        kind = mt::chooseTokenizer(both);
    } else {
        kind = *requested;
    }
    const QString tokName = QString::fromLatin1(
        mt::tokenizerName(kind).data(), static_cast<qsizetype>(mt::tokenizerName(kind).size()));
    const MetricSelection& selection = options.metrics;
    const bool withReferences
        = !refRecords.empty() && selection.needs(MetricStage::ReferenceMetrics);
    const bool withSelfBleu = selection.needs(MetricStage::SelfBleu);
    const bool withDiversity = selection.needs(MetricStage::Diversity);
    const bool withLanguageModel = selection.needs(MetricStage::LanguageModel);
    const bool withCopies = selection.needs(MetricStage::Copies);
    QStringList notComputed;
    if (!refRecords.empty() && !withReferences) {
        notComputed << QStringLiteral("bleu") << QStringLiteral("chrf")
                    << QStringLiteral("rouge_l");
    }
    if (!withSelfBleu) {
        notComputed << QStringLiteral("self_bleu");
    }
    if (!withDiversity) {
        notComputed << QStringLiteral("distinct_1") << QStringLiteral("distinct_2")
                    << QStringLiteral("distinct_3") << QStringLiteral("distinct_4");
    }
    if (!withLanguageModel) {
        notComputed << QStringLiteral("perplexity_forward") << QStringLiteral("perplexity_reverse");
    }
    if (!withCopies) {
        notComputed << QStringLiteral("copy_fraction");
    }
    // Only the token-based stages need the tokens (embeddings and MAUVE read the raw text).
    const bool withTokens
        = withReferences || withSelfBleu || withDiversity || withLanguageModel || withCopies;
    TokenLists realTokens;
    TokenLists genTokens;
    if (withTokens) {
        context.beginStage(QStringLiteral("tokenize"), 0);
        realTokens = tokenizeAll(realRecords.texts, kind, context);
        genTokens = tokenizeAll(genRecords.texts, kind, context);
    }
    const std::size_t nGen = genRecords.texts.size();
    const std::size_t nReal = realRecords.texts.size();

    // Settings and signature: everything that shaped the numbers.
    QJsonObject settings;
    settings.insert(QStringLiteral("metrics"), selection.toJson());
    settings.insert(QStringLiteral("tokenize"), tokName);
    settings.insert(QStringLiteral("tokenize_requested"), options.tokenize);
    settings.insert(QStringLiteral("bleu_max_order"), 4);
    settings.insert(QStringLiteral("bleu_smooth"), QStringLiteral("exp"));
    settings.insert(QStringLiteral("chrf_char_order"), 6);
    settings.insert(QStringLiteral("chrf_beta"), 2);
    settings.insert(QStringLiteral("rouge_tokenizer"),
                    kind == mt::TokenizerKind::Zh || kind == mt::TokenizerKind::Char
                        ? tokName
                        : QStringLiteral("rouge-score"));
    settings.insert(QStringLiteral("self_bleu"),
                    QStringLiteral("leave-one-out, nltk method1 (epsilon 0.1), uniform weights, "
                                   "all samples"));
    settings.insert(QStringLiteral("distinct"), QStringLiteral("pooled unique/all n-grams"));
    settings.insert(QStringLiteral("repetition_order"), kRepetitionOrder);
    settings.insert(QStringLiteral("copy_min_tokens"), static_cast<int>(kMinCopyTokens));
    settings.insert(QStringLiteral("references"), static_cast<int>(options.referencePaths.size()));
    settings.insert(QStringLiteral("lm_order"), options.lmOrder);
    settings.insert(QStringLiteral("seed"), QString::number(options.seed));
    settings.insert(QStringLiteral("k"), options.k);
    settings.insert(QStringLiteral("field"), options.field);
    settings.insert(QStringLiteral("column"), options.column);
    settings.insert(QStringLiteral("samples_real"), static_cast<qint64>(nReal));
    settings.insert(QStringLiteral("samples_generated"), static_cast<qint64>(nGen));
    if (options.sliceBy.isSet()) {
        settings.insert(QStringLiteral("slice_by"), options.sliceBy.text());
    }
    result.settings = settings;
    result.signature = QStringLiteral("nrefs:%1|case:mixed|eff:no|tok:%2|smooth:exp|ngram:4|"
                                      "selfbleu:loo-nltk-m1|lm:mkn%3|emb:%4|n:%5|nreal:%6|seed:%7|"
                                      "version:genlens-%8")
                           .arg(options.referencePaths.size())
                           .arg(tokName)
                           .arg(options.lmOrder)
                           .arg(options.realFeatures.isSet()
                                    ? options.realFeatures.featuresId
                                    : QString::fromLatin1(mt::textEmbeddingId()))
                           .arg(nGen)
                           .arg(nReal)
                           .arg(options.seed)
                           .arg(version());
    result.timingsMs.insert(QStringLiteral("tokenize"), stageTimer.restart());
    IntervalStage intervals(options.bootstrap, options.seed, context.session().threads());
    result.settings.insert(QStringLiteral("bootstrap"), options.bootstrap);

    // 3. Set-level metrics.
    // 3a. Against references: corpus BLEU and chrF as sacrebleu, mean best ROUGE-L F.
    std::vector<double> sentenceBleu;
    // Kept per generated text for the slices stage.
    const bool slicing = options.sliceBy.isSet();
    std::vector<mt::BleuStatistics> bleuPerText;
    std::vector<std::vector<double>> chrfPerText;
    std::vector<std::uint8_t> scoredText;
    if (withReferences) {
        sentenceBleu.assign(nGen, kNaN);
        if (slicing) {
            bleuPerText.resize(nGen);
            chrfPerText.resize(nGen);
            scoredText.assign(nGen, 0);
        }
        context.beginStage(QStringLiteral("reference metrics"), static_cast<qint64>(nGen));
        std::vector<TokenLists> refTokens;
        std::vector<TokenLists> refRouge;
        for (const auto& stream : refs.streams) {
            refTokens.push_back(tokenizeAll(stream, kind, context));
            refRouge.push_back(rougeTokens(stream, kind));
        }
        const TokenLists genRouge = rougeTokens(genRecords.texts, kind);
        mt::BleuStatistics bleuSum;
        bleuSum.correct.assign(4, 0);
        bleuSum.total.assign(4, 0);
        std::vector<double> chrfSum(6 * 3, 0.0);
        double rougeSum = 0;
        std::size_t scored = 0;
        std::vector<mt::BleuStatistics> segmentBleu;
        std::vector<std::vector<double>> segmentChrf;
        std::vector<double> segmentRouge;
        const mt::BleuOptions sentenceOptions {4, mt::BleuSmooth::Exp, -1, true};
        for (std::size_t i = 0; i < nGen; ++i) {
            if (i % 256 == 0
                && !context.advance(static_cast<qint64>(i), static_cast<qint64>(nGen))) {
                throw metrics::Cancelled {};
            }
            TokenLists segRefs;
            std::vector<std::string> segRefTexts;
            double bestRouge = 0;
            for (std::size_t k = 0; k < refs.streams.size(); ++k) {
                if (!refs.present[k][i]) {
                    continue;
                }
                segRefs.push_back(refTokens[k][i]);
                segRefTexts.push_back(refs.streams[k][i]);
                bestRouge = std::max(bestRouge, mt::rougeL(refRouge[k][i], genRouge[i]).fmeasure);
            }
            if (segRefs.empty()) {
                continue; // no usable reference for this sample: left out of BLEU/chrF/ROUGE
            }
            ++scored;
            const mt::BleuStatistics st = mt::bleuStatistics(genTokens[i], segRefs, 4);
            bleuSum += st;
            segmentBleu.push_back(st);
            sentenceBleu[i] = mt::computeBleu(st, sentenceOptions).score;
            const std::vector<double> cs = mt::chrfStatistics(genRecords.texts[i], segRefTexts);
            for (std::size_t j = 0; j < chrfSum.size(); ++j) {
                chrfSum[j] += cs[j];
            }
            if (slicing) {
                bleuPerText[i] = st;
                chrfPerText[i] = cs;
                scoredText[i] = 1;
            }
            rougeSum += bestRouge;
            segmentChrf.push_back(cs);
            segmentRouge.push_back(bestRouge);
        }
        if (scored == 0) {
            throw InputError(TextPipeline::tr("no generated sample has a usable reference in %1")
                                 .arg(options.referencePaths.join(QStringLiteral(", ")))
                                 .toStdString());
        }
        addMetric(result, QStringLiteral("bleu"), mt::computeBleu(bleuSum).score);
        addMetric(result, QStringLiteral("chrf"), mt::chrfFromStatistics(chrfSum));
        addMetric(result, QStringLiteral("rouge_l"), rougeSum / static_cast<double>(scored));
        result.settings.insert(QStringLiteral("reference_segments"), static_cast<qint64>(scored));
        addCorpusBleuInterval(intervals, std::move(segmentBleu));
        addCorpusChrfInterval(intervals, std::move(segmentChrf));
        addMeanInterval(intervals, QStringLiteral("rouge_l"), std::move(segmentRouge),
                        QStringLiteral("segments"));
    }
    if (withReferences) {
        result.timingsMs.insert(QStringLiteral("reference_metrics"), stageTimer.restart());
    }

    // 3b. Self-BLEU (exact, all samples) and diversity of the generated set; the real set's
    // values as a baseline in `extra`.
    QJsonObject realBaseline;
    mt::SelfBleuResult self4;
    mt::SelfBleuResult realSelf4;
    mt::CorpusNgrams genNgrams;
    mt::CorpusNgrams realNgrams;
    if (withSelfBleu || withDiversity) {
        context.beginStage(QStringLiteral("n-gram counts"), 0);
        std::tie(genNgrams, realNgrams) = countBothSets(
            genTokens, realTokens, withSelfBleu ? kSelfBleuMaxOrder : kDistinctMaxOrder,
            context.session().threads());
        context.checkCanceled();
        result.timingsMs.insert(QStringLiteral("ngram_counts"), stageTimer.restart());
    }
    if (withSelfBleu) {
        context.beginStage(QStringLiteral("self-bleu"), static_cast<qint64>(nGen));
        const mt::NltkBleuStatistics genSelf
            = mt::selfBleuStatistics(genNgrams, context.progress(), context.session().threads());
        self4 = mt::selfBleu(genSelf, 4);
        addMetric(result, QStringLiteral("self_bleu"), self4.mean);
        const QString selfOver = QStringLiteral(
            "generated samples of their own Self-BLEU (each against all others, fixed)");
        addMeanInterval(intervals, QStringLiteral("self_bleu"), self4.perSample, selfOver);
        for (const int order : {2, 3, 5}) {
            const mt::SelfBleuResult other = mt::selfBleu(genSelf, order);
            const QString key = QStringLiteral("self_bleu_%1").arg(order);
            addMetric(result, key, other.mean);
            addMeanInterval(intervals, key, other.perSample, selfOver);
        }
        const mt::NltkBleuStatistics realSelf
            = mt::selfBleuStatistics(realNgrams, {}, context.session().threads());
        realSelf4 = mt::selfBleu(realSelf, 4);
        realBaseline.insert(QStringLiteral("self_bleu"), jsonNumber(realSelf4.mean));
        result.timingsMs.insert(QStringLiteral("self_bleu"), stageTimer.restart());
    }
    mt::DiversityResult genDiv;
    mt::DiversityResult realDiv;
    std::vector<double> genLengths;
    std::vector<double> realLengths;
    if (withDiversity) {
        context.beginStage(QStringLiteral("diversity"), 0);
        genDiv = mt::diversity(genNgrams, kDistinctMaxOrder, context.session().threads());
        for (int n = 1; n <= kDistinctMaxOrder; ++n) {
            addMetric(result, QStringLiteral("distinct_%1").arg(n),
                      genDiv.distinct[static_cast<std::size_t>(n - 1)]);
        }
        for (int n = 1; n <= kDistinctMaxOrder; ++n) {
            addMetric(result, QStringLiteral("ngram_entropy_%1").arg(n),
                      genDiv.entropy[static_cast<std::size_t>(n - 1)]);
        }
        addMetric(result, QStringLiteral("repetition_%1").arg(kRepetitionOrder),
                  genDiv.repetition[kRepetitionOrder - 1]);
        std::vector<double> pooled = genDiv.distinct;
        pooled.insert(pooled.end(), genDiv.entropy.begin(), genDiv.entropy.end());
        // Not owned: genTokens outlives the intervals stage, which runs at the end.
        addPooledDiversityIntervals(
            intervals, std::shared_ptr<const TokenLists>(std::shared_ptr<void>(), &genTokens),
            kDistinctMaxOrder, pooled);
        addMeanInterval(intervals, QStringLiteral("repetition_%1").arg(kRepetitionOrder),
                        genDiv.perSampleRepetition[kRepetitionOrder - 1],
                        QStringLiteral("generated samples of their own repetition"));
        genLengths = lengthsOf(genTokens);
        realLengths = lengthsOf(realTokens);
        double mean = 0;
        double sd = 0;
        meanStd(genLengths, mean, sd);
        addMetric(result, QStringLiteral("length_generated"), mean, sd);
        meanStd(realLengths, mean, sd);
        addMetric(result, QStringLiteral("length_real"), mean, sd);
        addMetric(result, QStringLiteral("length_ks"),
                  metrics::ksStatistic(genLengths, realLengths));
        addMeanInterval(intervals, QStringLiteral("length_generated"), genLengths,
                        QStringLiteral("generated samples"));
        addMeanInterval(intervals, QStringLiteral("length_real"), realLengths,
                        QStringLiteral("real samples"));
        addKsInterval(intervals, QStringLiteral("length_ks"), genLengths, realLengths);
        realDiv = mt::diversity(realNgrams, kDistinctMaxOrder, context.session().threads());
        for (int n = 1; n <= kDistinctMaxOrder; ++n) {
            realBaseline.insert(QStringLiteral("distinct_%1").arg(n),
                                jsonNumber(realDiv.distinct[static_cast<std::size_t>(n - 1)]));
            realBaseline.insert(QStringLiteral("ngram_entropy_%1").arg(n),
                                jsonNumber(realDiv.entropy[static_cast<std::size_t>(n - 1)]));
        }
        realBaseline.insert(QStringLiteral("repetition_%1").arg(kRepetitionOrder),
                            jsonNumber(realDiv.repetition[kRepetitionOrder - 1]));
        result.timingsMs.insert(QStringLiteral("diversity"), stageTimer.restart());
    }
    genNgrams = {};
    realNgrams = {};
    if (!realBaseline.isEmpty()) {
        result.extra.insert(QStringLiteral("real_baseline"), realBaseline);
    }
    result.timingsMs.insert(QStringLiteral("set_metrics"), stageTimer.restart());
    context.publishPartial(result);

    // 3c. Language-model scores and the embedding-space metrics.
    if (withLanguageModel) {
        languageModelMetrics(options, realTokens, genTokens, result, context, intervals);
        result.timingsMs.insert(QStringLiteral("language_model"), stageTimer.restart());
        context.publishPartial(result);
    }
    metrics::RowMatrixXf realEmbeddings;
    metrics::RowMatrixXf genEmbeddings;
    if (selection.needs(MetricStage::Embeddings)) {
        embeddingMetrics(options, realRecords, genRecords, result, context,
                         slicing ? &realEmbeddings : nullptr, slicing ? &genEmbeddings : nullptr,
                         intervals);
        stageTimer.restart(); // embeddingMetrics() records its own parts
        context.publishPartial(result);
    } else {
        markNotComputed(result.extra,
                        {QStringLiteral("mauve"), QStringLiteral("emb_fid"),
                         QStringLiteral("emb_precision"), QStringLiteral("emb_recall"),
                         QStringLiteral("emb_density"), QStringLiteral("emb_coverage")});
    }

    // 4. Per sample: BLEU vs the real set (Texygen test-BLEU), copying, repetition, length.
    std::vector<double> bleuReal;
    std::vector<double> copyOverlap;
    if (withCopies) {
        context.beginStage(QStringLiteral("per-sample"), static_cast<qint64>(nGen));
        const mt::NltkBleuStatistics vsReal
            = mt::bleuAgainstSetStatistics(genTokens, realTokens, 4, {}, context.session().threads());
        bleuReal.resize(nGen);
        for (std::size_t i = 0; i < nGen; ++i) {
            bleuReal[i] = mt::nltkBleuFromStatistics(vsReal, i, 4);
        }
        const std::vector<mt::CopyMatch> copies
            = mt::longestCommonRuns(genTokens, realTokens, context.progress(), context.session().threads());
        copyOverlap.resize(nGen);
        std::size_t fullCopies = 0;
        for (std::size_t i = 0; i < nGen; ++i) {
            copyOverlap[i] = genTokens[i].empty() ? kNaN : copies[i].overlap;
            if (copies[i].real >= 0) {
                Neighbour nb;
                nb.fromSet = SetRole::Generated;
                nb.from = static_cast<qint64>(i);
                nb.toSet = SetRole::Real;
                nb.to = copies[i].real;
                nb.rank = 0;
                nb.distance = 1.0 - copies[i].overlap;
                result.neighbours.push_back(nb);
                // A whole sample inside one real sample; very short samples ("Yes .") are not
                // copies.
                if (copies[i].overlap >= 1.0 && genTokens[i].size() >= kMinCopyTokens) {
                    ++fullCopies;
                }
            }
        }
        addMetric(result, QStringLiteral("copy_fraction"),
                  static_cast<double>(fullCopies) / static_cast<double>(nGen));
        std::vector<double> copied(nGen, 0.0);
        for (std::size_t i = 0; i < nGen; ++i) {
            copied[i] = copies[i].real >= 0 && copies[i].overlap >= 1.0 && genTokens[i].size() >= kMinCopyTokens ? 1.0 : 0.0;
        }
        addMeanInterval(intervals, QStringLiteral("copy_fraction"), std::move(copied),
                        QStringLiteral("generated samples of the copy flag"));
    }

    // Columns of the stages that ran only: a skipped stage's column is absent, not zero.
    if (withReferences) {
        addScores(result.generatedScores, QStringLiteral("bleu"), sentenceBleu);
    }
    if (withCopies) {
        addScores(result.generatedScores, QStringLiteral("bleu_real"), bleuReal);
    }
    if (withSelfBleu) {
        addScores(result.generatedScores, QStringLiteral("self_bleu"), self4.perSample);
    }
    if (withDiversity) {
        addScores(result.generatedScores, QStringLiteral("repetition"),
                  genDiv.perSampleRepetition[kRepetitionOrder - 1]);
        addScores(result.generatedScores, QStringLiteral("length"), genLengths);
    }
    if (withCopies) {
        addScores(result.generatedScores, QStringLiteral("copy_overlap"), copyOverlap);
    }
    if (withSelfBleu) {
        addScores(result.realScores, QStringLiteral("self_bleu"), realSelf4.perSample);
    }
    if (withDiversity) {
        addScores(result.realScores, QStringLiteral("repetition"),
                  realDiv.perSampleRepetition[kRepetitionOrder - 1]);
        addScores(result.realScores, QStringLiteral("length"), realLengths);
    }
    markNotComputed(result.extra, notComputed);
    result.timingsMs.insert(QStringLiteral("per_sample"), stageTimer.restart());
    if (slicing) {
        context.publishPartial(result);
        TextSliceInputs in;
        in.realTokens = &realTokens;
        in.genTokens = &genTokens;
        in.bleuStatistics = &bleuPerText;
        in.chrfStatistics = &chrfPerText;
        in.scored = &scoredText;
        in.realEmbeddings = &realEmbeddings;
        in.genEmbeddings = &genEmbeddings;
        in.references = withReferences;
        in.selfBleu = withSelfBleu;
        in.diversity = withDiversity;
        in.embFid = selection.needs(MetricStage::EmbeddingFid);
        in.embPrdc = selection.needs(MetricStage::EmbeddingPrdc);
        addTextSlices(result, options, realRecords, genRecords, in, context);
    }
    if (intervals.isEnabled()) {
        context.publishPartial(result); // the metrics are kept if the intervals are cancelled
        intervals.run(result, context);
    }
    return result;
}

} // namespace genlens::app
