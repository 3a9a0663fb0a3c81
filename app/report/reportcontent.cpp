#include "report/reportcontent.h"

#include "evaluation/featurespacename.h"
#include "evaluation/pipelinecontext.h"
#include "models/runpair.h"
#include "models/scorechanges.h"
#include "models/scoredistributions.h"
#include "models/slices.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <genlens/metrics/core/ks.h>
#include <genlens/metrics/metricinfo.h>
#include <numeric>

namespace genlens::app {

namespace {

// The translation context of every report string (lupdate reads Report::tr).
struct Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// Per-sample scores the registry does not describe: direction and title. Keys of set-level
// metrics used per sample (ndcg@10 per user, bleu per sentence) are found in the registry.
struct ScoreInfo
{
    const char* key;
    int direction; // +1 higher is better, -1 lower is better, 0 neither
    const char* title;
};

const ScoreInfo kScoreInfo[] = {
    {"realism", +1, QT_TRANSLATE_NOOP("Report", "Realism score (higher is more realistic)")},
    {"nn_distance", 0, QT_TRANSLATE_NOOP("Report", "Distance to the nearest real sample")},
    {"nearest_real_distance", 0,
     QT_TRANSLATE_NOOP("Report", "Distance to the nearest real sample")},
    {"nearest_generated_distance", 0,
     QT_TRANSLATE_NOOP("Report", "Distance to the nearest generated sample")},
    {"knn_radius", 0, QT_TRANSLATE_NOOP("Report", "Distance to the k-th nearest real sample")},
    {"memorized", -1, QT_TRANSLATE_NOOP("Report", "Flagged as a copy of a real sample (1)")},
    {"inside_real_manifold", +1,
     QT_TRANSLATE_NOOP("Report", "Inside the real manifold (1): counts towards precision")},
    {"inside_generated_manifold", +1,
     QT_TRANSLATE_NOOP("Report", "Inside the generated manifold (1): counts towards recall")},
    {"covered", +1,
     QT_TRANSLATE_NOOP("Report", "Has a generated sample in its neighbourhood (1): coverage")},
    {"nn_ratio", 0,
     QT_TRANSLATE_NOOP("Report", "Nearest / second-nearest real distance (low: likely copy)")},
    {"nearest_ratio", 0,
     QT_TRANSLATE_NOOP("Report", "Nearest / second-nearest real distance (low: likely copy)")},
    {"width", 0, QT_TRANSLATE_NOOP("Report", "Width in pixels")},
    {"height", 0, QT_TRANSLATE_NOOP("Report", "Height in pixels")},
    {"aspect", 0, QT_TRANSLATE_NOOP("Report", "Aspect ratio (width / height)")},
    {"bleu_real", +1,
     QT_TRANSLATE_NOOP("Report", "BLEU-4 against the whole real set (Texygen's test-BLEU)")},
    {"copy_overlap", 0,
     QT_TRANSLATE_NOOP("Report", "Longest run shared with a real sample / sample length")},
    {"relevant_count", 0, QT_TRANSLATE_NOOP("Report", "Relevant items of the user")},
    {"list_length", 0, QT_TRANSLATE_NOOP("Report", "Length of the user's list")},
    {"sharpness", 0, QT_TRANSLATE_NOOP("Report", "Sharpness (variance of the Laplacian)")},
    {"colourfulness", 0, QT_TRANSLATE_NOOP("Report", "Colourfulness (Hasler-Suesstrunk)")},
    {"colorfulness", 0, QT_TRANSLATE_NOOP("Report", "Colourfulness (Hasler-Suesstrunk)")},
    {"brightness", 0, QT_TRANSLATE_NOOP("Report", "Mean brightness")},
    {"clipped", 0, QT_TRANSLATE_NOOP("Report", "Share of clipped pixels")},
    {"noise", 0, QT_TRANSLATE_NOOP("Report", "Noise estimate")},
    {"sentence_bleu", +1, QT_TRANSLATE_NOOP("Report", "Sentence BLEU against the reference")},
    {"bleu", +1, QT_TRANSLATE_NOOP("Report", "Sentence BLEU against the reference")},
    {"self_bleu", -1,
     QT_TRANSLATE_NOOP("Report",
                       "BLEU-4 against the other samples of its set (lower: more "
                       "diverse)")},
    {"perplexity", -1, QT_TRANSLATE_NOOP("Report", "Perplexity under the other set's model")},
    {"repetition", -1, QT_TRANSLATE_NOOP("Report", "Share of repeated n-grams")},
    {"length", 0, QT_TRANSLATE_NOOP("Report", "Length in tokens")},
    {"history_length", 0, QT_TRANSLATE_NOOP("Report", "Training interactions of the user")},
};

const ScoreInfo* scoreInfo(const QString& key)
{
    for (const ScoreInfo& info : kScoreInfo) {
        if (key == QLatin1String(info.key)) {
            return &info;
        }
    }
    return nullptr;
}

// +1 / -1 / 0 (unknown or neutral).
int scoreDirection(const QString& key)
{
    if (const ScoreInfo* info = scoreInfo(key)) {
        return info->direction;
    }
    const QByteArray utf8 = key.toUtf8();
    if (const metrics::MetricInfo* info
        = metrics::findMetric(std::string_view(utf8.constData(), size_t(utf8.size())))) {
        return info->higherIsBetter ? +1 : -1;
    }
    return 0;
}

QString scoreTitle(const QString& key)
{
    if (const ScoreInfo* info = scoreInfo(key)) {
        return QCoreApplication::translate("Report", info->title);
    }
    const QByteArray utf8 = key.toUtf8();
    if (const metrics::MetricInfo* info
        = metrics::findMetric(std::string_view(utf8.constData(), size_t(utf8.size())))) {
        return QStringLiteral("%1: %2").arg(
            key, QString::fromUtf8(info->meaning.data(), qsizetype(info->meaning.size())));
    }
    return key;
}

QString formatNumber(double value)
{
    if (std::isnan(value)) {
        return QStringLiteral("-");
    }
    return QString::number(value, 'g', 4);
}

QString modalityTitle(const QString& modality)
{
    if (modality == QLatin1String("image")) {
        return Report::tr("Image evaluation");
    }
    if (modality == QLatin1String("text")) {
        return Report::tr("Text evaluation");
    }
    if (modality == QLatin1String("recsys")) {
        return Report::tr("Recommendation evaluation");
    }
    return modality;
}

QString statusTitle(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return Report::tr("running");
    case RunStatus::Finished:
        return Report::tr("finished");
    case RunStatus::Cancelled:
        return Report::tr("cancelled");
    case RunStatus::Failed:
        return Report::tr("failed");
    case RunStatus::Interrupted:
        return Report::tr("interrupted");
    }
    return {};
}

QString roleTitle(const QString& modality, SetRole role)
{
    if (modality == QLatin1String("recsys")) {
        return role == SetRole::Real ? Report::tr("Ground truth") : Report::tr("Recommendations");
    }
    return role == SetRole::Real ? Report::tr("Real") : Report::tr("Generated");
}

QString jsonValueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return formatNumber(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray()) {
            parts << jsonValueText(item);
        }
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("-");
}

void flatten(const QJsonObject& object, const QString& prefix, QList<QPair<QString, QString>>& out)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject()) {
            flatten(it.value().toObject(), key, out);
        } else {
            out.append({key, jsonValueText(it.value())});
        }
    }
}

QString extractorWarning(const QString& id)
{
    if (id.isEmpty()) {
        return {};
    }
    if (id.startsWith(QLatin1String("builtin"))) {
        return Report::tr("The built-in extractor (%1) needs no downloaded weights. Its numbers "
                          "compare runs made with it; they are not comparable with published "
                          "FID/KID values, which use Inception features.")
            .arg(id);
    }
    if (!id.contains(QLatin1String("inception"), Qt::CaseInsensitive)) {
        return Report::tr("Feature extractor %1: numbers are comparable only with results "
                          "computed with the same network and preprocessing.")
            .arg(id);
    }
    return {};
}

ReportInput makeInput(const QString& modality, const SampleSet& set)
{
    ReportInput input;
    input.role = roleTitle(modality, set.role);
    input.source = set.source;
    input.kind = set.kind;
    input.count = qint64(set.samples.size());
    input.skipped = set.skipped.size();
    for (qsizetype i = 0; i < set.skipped.size() && i < 5; ++i) {
        const InputIssue& issue = set.skipped.at(i);
        input.skippedExamples
            << (issue.line > 0
                    ? QStringLiteral("%1:%2: %3").arg(issue.item).arg(issue.line).arg(issue.reason)
                    : QStringLiteral("%1: %2").arg(issue.item, issue.reason));
    }
    return input;
}

ReportRunInfo makeRunInfo(const RunResult& run, const RunSummary& summary)
{
    ReportRunInfo info;
    info.runId = summary.id;
    info.name = summary.name;
    info.modality = run.modality;
    info.modalityTitle = modalityTitle(run.modality);
    info.status = statusTitle(summary.status);
    info.startedAt = summary.startedAt;
    info.finishedAt = summary.finishedAt;
    info.inputs << makeInput(run.modality, run.real) << makeInput(run.modality, run.generated);
    info.extractorId = run.extractor.value(QStringLiteral("id")).toString();
    info.extractorDimension = run.extractor.value(QStringLiteral("dim")).toInteger();
    info.extractorWarning = extractorWarning(info.extractorId);
    if (run.modality == QLatin1String("image")) {
        const QString space = featureSpaceOfRun(run.extractor);
        const QString model = run.extractor.value(QStringLiteral("model")).toString();
        if (!space.isEmpty()) {
            info.featureSpace = model.isEmpty()
                ? featureSpaceTitle(space)
                : QStringLiteral("%1 (%2)").arg(featureSpaceTitle(space), model);
        }
    }
    flatten(run.settings, {}, info.settings);
    std::sort(info.settings.begin(), info.settings.end());
    info.signature = run.signature;
    for (auto it = run.timingsMs.constBegin(); it != run.timingsMs.constEnd(); ++it) {
        info.timingsMs.append({it.key(), it.value()});
    }
    return info;
}

const ScoreColumn* findColumn(const QList<ScoreColumn>& columns, const QString& key)
{
    for (const ScoreColumn& column : columns) {
        if (column.key == key) {
            return &column;
        }
    }
    return nullptr;
}

std::vector<double> shares(const std::vector<double>& values, double lower, double upper, int bins,
                           qint64& count)
{
    std::vector<double> out(size_t(bins), 0.0);
    count = 0;
    for (double v : values) {
        if (!std::isfinite(v)) {
            continue;
        }
        const int bin = std::clamp(int((v - lower) / (upper - lower) * bins), 0, bins - 1);
        out[size_t(bin)] += 1;
        ++count;
    }
    if (count > 0) {
        for (double& share : out) {
            share /= double(count);
        }
    }
    return out;
}

ReportHistogram makeHistogram(const QString& key, const ScoreColumn* real,
                              const ScoreColumn* generated, const ScoreColumn* compare, int bins)
{
    ReportHistogram histogram;
    histogram.key = key;
    histogram.title = scoreTitle(key);
    double lower = std::numeric_limits<double>::infinity();
    double upper = -lower;
    for (const ScoreColumn* column : {real, generated, compare}) {
        if (!column) {
            continue;
        }
        for (double v : column->values) {
            if (std::isfinite(v)) {
                lower = std::min(lower, v);
                upper = std::max(upper, v);
            }
        }
    }
    if (!std::isfinite(lower)) {
        return histogram; // no finite values: an empty histogram, left out by the caller
    }
    if (upper - lower < 1e-12 * std::max(1.0, std::abs(upper))) {
        lower -= 0.5;
        upper += 0.5;
    }
    // Flags (every value 0 or 1) get two bins, not a comb of empty ones.
    bool flags = true;
    for (const ScoreColumn* column : {real, generated, compare}) {
        if (column) {
            for (double v : column->values) {
                flags = flags && (!std::isfinite(v) || v == 0.0 || v == 1.0);
            }
        }
    }
    if (flags) {
        lower = 0;
        upper = 1;
        bins = 2;
        histogram.flag = true;
    }
    histogram.lower = lower;
    histogram.upper = upper;
    if (real) {
        histogram.real = shares(real->values, lower, upper, bins, histogram.realCount);
    }
    if (generated) {
        histogram.generated
            = shares(generated->values, lower, upper, bins, histogram.generatedCount);
    }
    if (compare) {
        histogram.compare = shares(compare->values, lower, upper, bins, histogram.compareCount);
    }
    if (real && generated) {
        histogram.ks = metrics::ksStatistic(real->values, generated->values);
    }
    if (real && compare) {
        histogram.compareKs = metrics::ksStatistic(real->values, compare->values);
    }
    if (generated && compare) {
        histogram.runsKs = metrics::ksStatistic(generated->values, compare->values);
    }
    return histogram;
}

QString excerpt(const QString& text, int maxChars = 320)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= maxChars) {
        return simplified;
    }
    return simplified.left(maxChars - 1) + QChar(0x2026);
}

// A user's recommendation list from the sample payload, hits marked. Accepts a list of item ids
// (with "hits": 1-based ranks) or of objects {"item": ..., "hit"/"relevant": ...} under "list" or
// "recommendations".
QStringList listLines(const QJsonObject& payload)
{
    QJsonArray list;
    for (const char* name : {"list", "recommendations"}) {
        const QJsonValue value = payload.value(QLatin1String(name));
        if (value.isArray()) {
            list = value.toArray();
            break;
        }
    }
    // The recsys pipeline stores the list as item ids and the 1-based ranks of hits apart.
    QSet<qint64> hitRanks;
    for (const QJsonValue& rank : payload.value(QStringLiteral("hits")).toArray()) {
        hitRanks.insert(rank.toInteger());
    }
    QStringList lines;
    int rank = 1;
    for (const QJsonValue& entry : list) {
        QString item;
        bool hit = false;
        if (entry.isObject()) {
            const QJsonObject object = entry.toObject();
            item = jsonValueText(object.value(QStringLiteral("item")));
            hit = object.value(QStringLiteral("hit")).toBool()
                || object.value(QStringLiteral("relevant")).toBool()
                || object.value(QStringLiteral("relevance")).toDouble() > 0;
        } else {
            item = jsonValueText(entry);
        }
        hit = hit || hitRanks.contains(rank);
        lines << QStringLiteral("%1. %2%3")
                     .arg(rank++)
                     .arg(item, hit ? QStringLiteral("  \u2713 ") + Report::tr("hit") : QString());
    }
    return lines;
}

ReportSample makeSample(const RunResult& run, SetRole role, qint64 index,
                        const ReportThumbnailLookup& thumbnails)
{
    const SampleSet& set = role == SetRole::Real ? run.real : run.generated;
    const Sample& sample = set.samples.at(size_t(index));
    ReportSample out;
    out.index = index;
    out.label = sample.label.isEmpty() ? sample.source : sample.label;
    out.source = sample.source;
    if (run.modality == QLatin1String("image")) {
        out.thumbnailPng = sample.thumbnailPng;
        if (out.thumbnailPng.isEmpty() && thumbnails) {
            out.thumbnailPng = thumbnails(role, index);
        }
    } else if (run.modality == QLatin1String("recsys")) {
        out.text = sample.text.isEmpty() ? out.label : sample.text;
        out.listLines = listLines(sample.payload);
    } else {
        out.text = excerpt(sample.text.isEmpty() ? out.label : sample.text);
    }
    return out;
}

int samplesPerGroup(const QString& modality, const ReportOptions& options)
{
    if (modality == QLatin1String("image")) {
        return options.imageSamplesPerGroup;
    }
    if (modality == QLatin1String("recsys")) {
        return options.userSamplesPerGroup;
    }
    return options.textSamplesPerGroup;
}

// The per-sample score that ranks generated samples from best to worst: the first known one in
// order of preference, then any with a known direction.
const ScoreColumn* rankingColumn(const RunResult& run, int& direction)
{
    static const char* const preferred[]
        = {"realism", "ndcg@10", "bleu", "bleu_real", "sentence_bleu", "perplexity"};
    for (const char* key : preferred) {
        if (const ScoreColumn* column = findColumn(run.generatedScores, QLatin1String(key))) {
            direction = scoreDirection(column->key);
            return column;
        }
    }
    for (const ScoreColumn& column : run.generatedScores) {
        if (column.key.startsWith(QLatin1String("ndcg@"))) {
            direction = +1;
            return &column;
        }
    }
    for (const ScoreColumn& column : run.generatedScores) {
        if (scoreDirection(column.key) != 0) {
            direction = scoreDirection(column.key);
            return &column;
        }
    }
    direction = 0;
    return nullptr;
}

void addRankedGroups(const RunResult& run, const ReportThumbnailLookup& thumbnails,
                     const ReportOptions& options, QList<ReportSampleGroup>& groups)
{
    int direction = 0;
    const ScoreColumn* column = rankingColumn(run, direction);
    if (!column || direction == 0 || column->values.size() != run.generated.samples.size()) {
        return;
    }
    std::vector<qint64> order;
    for (size_t i = 0; i < column->values.size(); ++i) {
        if (std::isfinite(column->values[i])) {
            order.push_back(qint64(i));
        }
    }
    // Best first; ties by index so the report is deterministic.
    std::stable_sort(order.begin(), order.end(), [&](qint64 a, qint64 b) {
        return direction > 0 ? column->values[size_t(a)] > column->values[size_t(b)]
                             : column->values[size_t(a)] < column->values[size_t(b)];
    });
    const int count = std::min<int>(samplesPerGroup(run.modality, options), int(order.size()) / 2);
    if (count <= 0) {
        return;
    }
    const QString what
        = run.modality == QLatin1String("recsys") ? Report::tr("users") : Report::tr("samples");
    auto group = [&](bool best) {
        ReportSampleGroup g;
        g.title = best ? Report::tr("Best %1 by %2").arg(what, column->key)
                       : Report::tr("Worst %1 by %2").arg(what, column->key);
        g.description = scoreTitle(column->key);
        for (int i = 0; i < count; ++i) {
            const qint64 index = best ? order[size_t(i)] : order[order.size() - 1 - size_t(i)];
            ReportSample sample = makeSample(run, SetRole::Generated, index, thumbnails);
            sample.scoreLine = QStringLiteral("%1 %2").arg(
                column->key, formatNumber(column->values[size_t(index)]));
            g.samples << sample;
        }
        return g;
    };
    groups << group(true) << group(false);
}

void addNeighbourGroups(const RunResult& run, const ReportThumbnailLookup& thumbnails,
                        const ReportOptions& options, QList<ReportSampleGroup>& groups)
{
    if (run.modality == QLatin1String("recsys")) {
        return;
    }
    std::vector<const Neighbour*> copies;
    std::vector<const Neighbour*> uncovered;
    for (const Neighbour& n : run.neighbours) {
        if (n.rank != 0 || !std::isfinite(n.distance)) {
            continue;
        }
        if (n.fromSet == SetRole::Generated && n.toSet == SetRole::Real
            && n.from < qint64(run.generated.samples.size())
            && n.to < qint64(run.real.samples.size())) {
            copies.push_back(&n);
        } else if (n.fromSet == SetRole::Real && n.toSet == SetRole::Generated
                   && n.from < qint64(run.real.samples.size())
                   && n.to < qint64(run.generated.samples.size())) {
            uncovered.push_back(&n);
        }
    }
    auto byDistance = [](const Neighbour* a, const Neighbour* b) {
        return a->distance < b->distance || (a->distance == b->distance && a->from < b->from);
    };
    if (!copies.empty()) {
        std::sort(copies.begin(), copies.end(), byDistance);
        ReportSampleGroup group;
        group.title = Report::tr("Most-copied samples");
        group.description = Report::tr("Generated samples closest to a real sample, closest "
                                       "first: each pair shows the generated sample and its "
                                       "nearest real one.");
        group.paired = true;
        const size_t count = std::min(copies.size(), size_t(options.copiesPerGroup));
        for (size_t i = 0; i < count; ++i) {
            const Neighbour& n = *copies[i];
            ReportSample sample = makeSample(run, SetRole::Generated, n.from, thumbnails);
            const ReportSample real = makeSample(run, SetRole::Real, n.to, thumbnails);
            sample.pairIndex = n.to;
            sample.pairLabel = real.label;
            sample.pairThumbnailPng = real.thumbnailPng;
            sample.pairText = real.text;
            sample.scoreLine = Report::tr("distance %1").arg(formatNumber(n.distance));
            group.samples << sample;
        }
        groups << group;
    }
    if (!uncovered.empty()) {
        std::sort(uncovered.begin(), uncovered.end(), byDistance);
        std::reverse(uncovered.begin(), uncovered.end());
        ReportSampleGroup group;
        group.title = Report::tr("Least covered real samples");
        group.description = Report::tr("Real samples farthest from every generated sample: "
                                       "candidates for modes the model misses.");
        const size_t count
            = std::min(uncovered.size(), size_t(samplesPerGroup(run.modality, options)));
        for (size_t i = 0; i < count; ++i) {
            const Neighbour& n = *uncovered[i];
            ReportSample sample = makeSample(run, SetRole::Real, n.from, thumbnails);
            sample.scoreLine = Report::tr("distance %1").arg(formatNumber(n.distance));
            group.samples << sample;
        }
        groups << group;
    }
}

ReportMetricRow makeRow(const MetricValue& value)
{
    ReportMetricRow row;
    row.key = value.key;
    row.label = value.key;
    row.value = value.value;
    row.std = value.std;
    const QByteArray utf8 = value.key.toUtf8();
    if (const metrics::MetricInfo* info
        = metrics::findMetric(std::string_view(utf8.constData(), size_t(utf8.size())))) {
        row.higherIsBetter = info->higherIsBetter;
        row.meaning = QCoreApplication::translate(
            "MetricInfo",
            QByteArray(info->meaning.data(), qsizetype(info->meaning.size())).constData());
    }
    return row;
}

QString comparisonSetTitle(const QString& modality, SetRole set)
{
    if (modality == QLatin1String("recsys")) {
        return set == SetRole::Real ? Report::tr("Ground-truth users")
                                    : Report::tr("Recommendation lists");
    }
    return set == SetRole::Real ? Report::tr("Real set") : Report::tr("Generated set");
}

QString matchText(SampleMatch match)
{
    switch (match) {
    case SampleMatch::ByIndex:
        return Report::tr("the shared real set pairs each sample with itself");
    case SampleMatch::ByContentHash:
        return Report::tr("images are paired when their content is identical");
    case SampleMatch::ByText:
        return Report::tr("texts are paired when they are identical");
    case SampleMatch::ByUserId:
        return Report::tr("lists are paired by user id");
    case SampleMatch::None:
        break;
    }
    return Report::tr("these samples cannot be paired");
}

QStringList sharedScoreKeys(const RunResult& a, const RunResult& b, SetRole set)
{
    QStringList keys;
    const QList<ScoreColumn>& columnsB = set == SetRole::Real ? b.realScores : b.generatedScores;
    for (const ScoreColumn& column : set == SetRole::Real ? a.realScores : a.generatedScores) {
        if (findColumn(columnsB, column.key) != nullptr && !keys.contains(column.key)) {
            keys << column.key;
        }
    }
    return keys;
}

// The comparison section from values: for each set (the generated one; the real one too, except
// for recommendations, whose ground-truth columns hold the same users' values), the main score's
// overlay and its largest per-sample changes.
ReportComparison makeComparison(const RunResult& run, const RunResult& compare, bool sameReal,
                                const ReportThumbnailLookup& thumbnails,
                                const ReportOptions& options)
{
    ReportComparison comparison;
    comparison.sharedRealSet = sameReal;
    QStringList metricKeys;
    for (const RunResult* r : {&run, &compare}) {
        for (const MetricValue& m : r->metrics) {
            if (!metricKeys.contains(m.key)) {
                metricKeys << m.key;
            }
        }
    }
    comparison.historyKey = headlineMetric(run.modality, metricKeys);
    if (!comparison.historyKey.isEmpty()) {
        comparison.historyHigherIsBetter = makeRow({comparison.historyKey, 0, 0}).higherIsBetter;
    }
    if (!sameReal) {
        comparison.notes << Report::tr("The runs do not share a real set, so their per-sample "
                                       "scores are not compared; see the metrics table.");
        return comparison;
    }
    auto a = std::make_shared<const RunResult>(run);
    auto b = std::make_shared<const RunResult>(compare);
    ScoreDistributions distributions;
    distributions.setRun(a);
    distributions.setCompareRun(b);
    QList<SetRole> sets {SetRole::Generated};
    if (run.modality != QLatin1String("recsys")) {
        sets << SetRole::Real;
    }
    for (SetRole set : sets) {
        const QStringList keys = sharedScoreKeys(run, compare, set);
        const QString key = mainScore(run.modality, set, keys);
        if (key.isEmpty()) {
            continue;
        }
        const QString setName = comparisonSetTitle(run.modality, set);
        const ScoreOverlay o = distributions.overlay(set, key, options.histogramBins);
        if (o.aCount > 0 || o.bCount > 0) {
            ReportOverlay overlay;
            overlay.key = key;
            overlay.title = scoreTitle(key);
            overlay.setTitle = setName;
            overlay.edges = o.edges;
            overlay.a = o.a;
            overlay.b = o.b;
            overlay.aCount = o.aCount;
            overlay.bCount = o.bCount;
            overlay.ks = o.ks;
            comparison.overlays << overlay;
        }

        const ScoreChanges changes = scoreChanges(run, compare, set, key, sameReal);
        if (changes.matched == 0) {
            comparison.notes << Report::tr("%1: no sample of run B is also in run A (%2), so no "
                                           "sample is compared with itself.")
                                    .arg(setName, matchText(changes.match));
            continue;
        }
        ReportSampleGroup group;
        group.title = Report::tr("Largest changes in %1 (%2)").arg(key, setName.toLower());
        group.description = Report::tr("%1 of run B's %2 samples are paired with run A's (%3). "
                                       "Largest |B \u2212 A| first; each line shows A \u2192 "
                                       "B (change). %4.")
                                .arg(changes.matched)
                                .arg(changes.countB)
                                .arg(matchText(changes.match), scoreTitle(key));
        const int limit = samplesPerGroup(run.modality, options);
        for (const ScoreChange& change : changes.changes) {
            if (group.samples.size() >= limit || change.change() == 0.0) {
                break; // largest first: the rest did not change either
            }
            // A pair is the same content in both runs (same index of the shared real set,
            // identical bytes, text or user), so run A's thumbnail stands for both.
            ReportSample sample = makeSample(run, set, change.indexA, thumbnails);
            const SampleSet& setB = set == SetRole::Real ? compare.real : compare.generated;
            const Sample& inB = setB.samples.at(size_t(change.indexB));
            sample.index = change.indexB;
            sample.label = inB.label.isEmpty() ? inB.source : inB.label;
            sample.source = inB.source;
            sample.listLines.clear(); // each run has its own list for the user
            // Three significant digits: the line fits under a thumbnail.
            auto short3 = [](double v) { return QString::number(v, 'g', 3); };
            sample.scoreLine = Report::tr("%1 \u2192 %2 (%3%4)")
                                   .arg(short3(change.valueA), short3(change.valueB),
                                        change.change() > 0 ? QStringLiteral("+") : QString(),
                                        short3(change.change()));
            group.samples << sample;
        }
        if (group.samples.isEmpty()) {
            comparison.notes << Report::tr("%1: %2 samples are paired (%3); none changed its %4.")
                                    .arg(setName)
                                    .arg(changes.matched)
                                    .arg(matchText(changes.match), key);
            continue;
        }
        comparison.changedGroups << group;
    }
    return comparison;
}

// The one value every set has for a score (e.g. the width of same-size images), if there is one.
std::optional<double> constantValue(std::initializer_list<const ScoreColumn*> columns)
{
    std::optional<double> value;
    for (const ScoreColumn* column : columns) {
        if (!column) {
            continue;
        }
        for (double v : column->values) {
            if (!std::isfinite(v)) {
                continue;
            }
            if (value && *value != v) {
                return std::nullopt;
            }
            value = v;
        }
    }
    return value;
}

// A bootstrap interval as a run stores it: extra["intervals"] = {"level": 0.95, "metrics":
// {KEY: {"ci_low": a, "ci_high": b, ...}}} (issue 13 item 5). Nullopt when the run has none.
struct Interval
{
    double low;
    double high;
    double level;
};

std::optional<Interval> storedInterval(const RunResult& run, const QString& key)
{
    const QJsonObject intervals = run.extra.value(QStringLiteral("intervals")).toObject();
    const QJsonObject entry
        = intervals.value(QStringLiteral("metrics")).toObject().value(key).toObject();
    const QJsonValue low = entry.value(QStringLiteral("ci_low"));
    const QJsonValue high = entry.value(QStringLiteral("ci_high"));
    if (!low.isDouble() || !high.isDouble()) {
        return std::nullopt;
    }
    return Interval {low.toDouble(), high.toDouble(),
                     intervals.value(QStringLiteral("level")).toDouble(0.95)};
}

// The metrics a reader looks at first, per modality, in this order (those the run has).
QStringList headlineKeys(const RunResult& run)
{
    QStringList keys;
    for (const MetricValue& m : run.metrics) {
        keys << m.key;
    }
    QStringList wanted;
    if (run.modality == QLatin1String("image")) {
        wanted = {QStringLiteral("fid"), QStringLiteral("kid"), QStringLiteral("precision"),
                  QStringLiteral("recall")};
    } else if (run.modality == QLatin1String("text")) {
        wanted = {QStringLiteral("mauve"), QStringLiteral("bleu"), QStringLiteral("emb_fid"),
                  QStringLiteral("self_bleu")};
    } else {
        wanted = {headlineMetric(run.modality, keys), QStringLiteral("recall@10"),
                  QStringLiteral("coverage")};
    }
    QStringList out;
    for (const QString& key : wanted) {
        const MetricValue* m = run.metric(key);
        if (!key.isEmpty() && m && !std::isnan(m->value) && !out.contains(key)) {
            out << key;
        }
    }
    if (out.isEmpty()) {
        const QString key = headlineMetric(run.modality, keys);
        if (!key.isEmpty()) {
            out << key;
        }
    }
    return out;
}

QString headlineSentence(const RunResult& run)
{
    QStringList parts;
    for (const QString& key : headlineKeys(run)) {
        const MetricValue* m = run.metric(key);
        const int direction = scoreDirection(key);
        const QString better = direction > 0 ? Report::tr("higher is better")
            : direction < 0                  ? Report::tr("lower is better")
                                             : QString();
        QString part = QStringLiteral("%1 %2").arg(key, formatNumber(m->value));
        if (const std::optional<Interval> ci = storedInterval(run, key)) {
            part += QLatin1Char(' ')
                + Report::tr("(%1 % interval %2 to %3)")
                      .arg(QString::number(ci->level * 100.0, 'g', 3), formatNumber(ci->low),
                           formatNumber(ci->high));
        }
        if (!better.isEmpty()) {
            part += QStringLiteral(", ") + better;
        }
        parts << part;
    }
    if (parts.isEmpty()) {
        return Report::tr("This run stored no set-level metric.");
    }
    return Report::tr("Headline metrics: %1.").arg(parts.join(QStringLiteral("; ")));
}

QString sliceList(const QStringList& items)
{
    return items.join(QStringLiteral(", "));
}

QStringList sliceSentences(const RunResult& run, const std::optional<ReportSlices>& slices)
{
    if (!slices) {
        return {Report::tr("This run has no slices: evaluate with --slice-by (folder, field, "
                           "column, user activity or clusters) to see which classes or modes the "
                           "model misses.")};
    }
    QStringList out;
    const SliceSet& set = slices->set;
    if (!slices->rankKey.isEmpty()) {
        QStringList worst;
        for (const qsizetype index : slices->tableOrder) {
            const Slice& slice = set.slices.at(index);
            const double value = slice.metric(slices->rankKey);
            if (std::isnan(value)) {
                continue;
            }
            worst << (slice.warnings.contains(slices->rankKey)
                          ? Report::tr("%1 (%2, unreliable at this size)")
                                .arg(slice.name, formatNumber(value))
                          : QStringLiteral("%1 (%2)").arg(slice.name, formatNumber(value)));
            if (worst.size() == 3) {
                break;
            }
        }
        if (!worst.isEmpty()) {
            out << Report::tr("Worst slices by %1: %2.").arg(slices->rankKey, sliceList(worst));
        }
    }
    QStringList dropped;
    QStringList over;
    for (const qsizetype index : slices->coverageOrder) {
        const Slice& slice = set.slices.at(index);
        const QString counts = Report::tr("%1 (%2 real, %3 generated)")
                                   .arg(slice.name)
                                   .arg(slice.realCount)
                                   .arg(slice.generatedCount);
        if (slice.coverage() == Slice::Coverage::Dropped) {
            dropped << counts;
        } else if (slice.coverage() == Slice::Coverage::Over) {
            over << counts;
        }
    }
    out << (dropped.isEmpty()
                ? Report::tr("No mode is dropped: every slice has at least a tenth of its real "
                             "share among the generated samples.")
                : Report::tr("Dropped modes, which the model makes (almost) none of: %1.")
                      .arg(sliceList(dropped)));
    if (!over.isEmpty()) {
        out << Report::tr("Over-produced, at least twice their real share: %1.")
                   .arg(sliceList(over));
    }
    Q_UNUSED(run);
    return out;
}

// Generated samples flagged as copies (the per-sample "memorized" flag; else the stored share).
QString copiesSentence(const RunResult& run)
{
    const qint64 total = qint64(run.generated.samples.size());
    qint64 copies = -1;
    if (const ScoreColumn* flag = findColumn(run.generatedScores, QStringLiteral("memorized"))) {
        copies = 0;
        for (double v : flag->values) {
            copies += v >= 0.5 ? 1 : 0;
        }
    } else {
        for (const QString& key :
             {QStringLiteral("memorized_fraction"), QStringLiteral("copy_fraction")}) {
            const MetricValue* m = run.metric(key);
            if (m && !std::isnan(m->value) && total > 0) {
                copies = qint64(std::llround(m->value * double(total)));
                break;
            }
        }
    }
    if (copies < 0 || total <= 0) {
        return {};
    }
    if (copies == 0) {
        return Report::tr("No generated sample looks like a copy of a real one.");
    }
    return Report::tr("%1 of %2 generated samples (%3 %) are likely copies of a real sample "
                      "(memorised).")
        .arg(copies)
        .arg(total)
        .arg(QString::number(100.0 * double(copies) / double(total), 'g', 3));
}

std::optional<ReportSlices> makeSlices(const RunResult& run)
{
    SliceSet set = SliceSet::fromRun(&run);
    if (set.isEmpty()) {
        return std::nullopt;
    }
    ReportSlices out;
    out.coverageOrder = set.byCoverage();
    out.rankKey = defaultSliceMetric(run.modality, set);
    out.tableOrder = out.rankKey.isEmpty() ? out.coverageOrder : set.worstFirst(out.rankKey);
    for (const qsizetype index : out.tableOrder) {
        const Slice& slice = set.slices.at(index);
        for (auto it = slice.warnings.cbegin(); it != slice.warnings.cend(); ++it) {
            out.warnings << QStringLiteral("%1, %2: %3").arg(slice.name, it.key(), it.value());
        }
    }
    out.set = std::move(set);
    return out;
}

} // namespace

std::optional<bool> ReportMetricRow::compareIsBetter() const
{
    if (!higherIsBetter || std::isnan(value) || std::isnan(compareValue) || compareValue == value) {
        return std::nullopt;
    }
    return *higherIsBetter ? compareValue > value : compareValue < value;
}

ReportContent buildReportContent(const RunResult& run, const RunSummary& summary,
                                 const ReportThumbnailLookup& thumbnails, const RunResult* compare,
                                 const RunSummary* compareSummary, const ReportOptions& options)
{
    if (compare && compare->modality != run.modality) {
        throw InputError(Report::tr("Run %1 (%2) and run %3 (%4) cannot be compared: different "
                                    "modalities.")
                             .arg(summary.id)
                             .arg(run.modality)
                             .arg(compareSummary ? compareSummary->id : 0)
                             .arg(compare->modality)
                             .toStdString());
    }
    ReportContent content;
    content.title = Report::tr("GenLens report");
    content.createdAt = QDateTime::currentDateTime();
    content.version = QStringLiteral(GENLENS_VERSION);
    content.run = makeRunInfo(run, summary);
    content.subtitle = Report::tr("%1, run %2").arg(content.run.modalityTitle).arg(summary.id);
    if (!summary.name.isEmpty()) {
        content.subtitle += QStringLiteral(": ") + summary.name;
    }
    bool sameReal = false;
    if (compare) {
        RunSummary second = compareSummary ? *compareSummary : RunSummary {};
        content.compare = makeRunInfo(*compare, second);
        content.subtitle = Report::tr("%1: run %2 compared with run %3")
                               .arg(content.run.modalityTitle)
                               .arg(summary.id)
                               .arg(second.id);
        sameReal = compareSummary && summary.realSetId != 0
            ? summary.realSetId == compareSummary->realSetId
            : run.real.source == compare->real.source
                && run.real.samples.size() == compare->real.samples.size();
        if (!sameReal) {
            content.comparisonNotes << Report::tr("The two runs use different real sets, so "
                                                  "their differences mix model and data.");
        }
        if (run.extractor.value(QStringLiteral("id"))
            != compare->extractor.value(QStringLiteral("id"))) {
            content.comparisonNotes << Report::tr("The two runs use different feature "
                                                  "extractors: feature-space numbers are not "
                                                  "comparable.");
        }
        QStringList changed;
        const QStringList keys = run.settings.keys() + compare->settings.keys();
        for (const QString& key : QSet<QString>(keys.cbegin(), keys.cend())) {
            if (run.settings.value(key) != compare->settings.value(key)) {
                changed << key;
            }
        }
        changed.sort();
        if (!changed.isEmpty()) {
            content.comparisonNotes
                << Report::tr("Settings that differ: %1.").arg(changed.join(QStringLiteral(", ")));
        }
        if (run.signature != compare->signature) {
            content.comparisonNotes << Report::tr("The signatures differ: %1 vs %2.")
                                           .arg(run.signature, compare->signature);
        }
    }

    content.fidCurve = fidCurve(run.extra);
    for (const MetricValue& value : run.metrics) {
        ReportMetricRow row = makeRow(value);
        const MetricInterval interval = metricInterval(run.extra, value.key);
        if (interval.isValid()) {
            row.ciLow = interval.low;
            row.ciHigh = interval.high;
        }
        if (compare) {
            if (const MetricValue* other = compare->metric(value.key)) {
                row.compareValue = other->value;
                row.compareStd = other->std;
            }
        }
        content.metrics << row;
    }
    // The metrics the run skipped (extra.not_computed), after the computed ones.
    const QJsonObject skipped = run.extra.value(QStringLiteral("not_computed")).toObject();
    for (auto it = skipped.begin(); it != skipped.end(); ++it) {
        if (run.metric(it.key())) {
            continue;
        }
        MetricValue none;
        none.key = it.key();
        ReportMetricRow row = makeRow(none);
        row.computed = false;
        if (compare) {
            if (const MetricValue* other = compare->metric(none.key)) {
                row.compareValue = other->value;
                row.compareStd = other->std;
            }
        }
        content.metrics << row;
    }
    if (compare) {
        for (const MetricValue& value : compare->metrics) {
            if (!run.metric(value.key) && !skipped.contains(value.key)) {
                ReportMetricRow row = makeRow(value);
                row.compareValue = value.value;
                row.compareStd = value.std;
                row.value = row.std = ReportMetricRow::kNaN;
                content.metrics << row;
            }
        }
    }
    // Distances carry the space they live in (issue 12): "FID (Inception)", "CMMD (CLIP)".
    if (run.modality == QLatin1String("image")) {
        const QString space = featureSpaceOfRun(run.extractor);
        for (ReportMetricRow& row : content.metrics) {
            row.label = metricLabel(row.key, space);
        }
    }

    content.slices = makeSlices(run);
    content.summary << headlineSentence(run);
    content.summary << sliceSentences(run, content.slices);
    const QString copies = copiesSentence(run);
    if (!copies.isEmpty()) {
        content.summary << copies;
    }

    // Histograms: every per-sample score of the generated set (with the real set's when it has
    // the same score), then real-only scores.
    // For recommendations the "real" per-user columns are the same users' values seen from the
    // ground truth, so only the generated side (and the compared run) is drawn.
    const bool overlayReal = run.modality != QLatin1String("recsys");
    QSet<QString> seen;
    // A score with one value in every set (the width of same-size images) says nothing as a
    // histogram: it is named with its value instead.
    const auto constant = [&content](const QString& key, std::optional<double> value) {
        if (value) {
            content.constantScores << QStringLiteral("%1 = %2").arg(key, formatNumber(*value));
        }
        return value.has_value();
    };
    for (const ScoreColumn& column : run.generatedScores) {
        seen.insert(column.key);
        const ScoreColumn* real = overlayReal ? findColumn(run.realScores, column.key) : nullptr;
        const ScoreColumn* other
            = compare ? findColumn(compare->generatedScores, column.key) : nullptr;
        if (constant(column.key, constantValue({real, &column, other}))) {
            continue;
        }
        ReportHistogram histogram
            = makeHistogram(column.key, real, &column, other, options.histogramBins);
        if (histogram.generatedCount > 0) {
            content.histograms << histogram;
        }
    }
    for (const ScoreColumn& column : run.realScores) {
        if (!seen.contains(column.key) && !column.values.empty()) {
            if (constant(column.key, constantValue({&column}))) {
                continue;
            }
            ReportHistogram histogram
                = makeHistogram(column.key, &column, nullptr, nullptr, options.histogramBins);
            if (histogram.realCount > 0) {
                content.histograms << histogram;
            }
        }
    }

    if (compare) {
        content.comparison = makeComparison(run, *compare, sameReal, thumbnails, options);
    }

    addRankedGroups(run, thumbnails, options, content.sampleGroups);
    addNeighbourGroups(run, thumbnails, options, content.sampleGroups);
    return content;
}

} // namespace genlens::app
