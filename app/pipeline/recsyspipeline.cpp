#include "pipeline/recsyspipeline.h"

#include "loaders/textloader.h"
#include "slices/sliceresult.h"
#include "intervals/columnintervals.h"
#include "intervals/intervalstage.h"

#include "loaders/recsysloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <exception>
#include <genlens/metrics/recsys/accuracy.h>
#include <genlens/metrics/recsys/beyondaccuracy.h>
#include <genlens/metrics/recsys/interactions.h>
#include <genlens/metrics/recsys/significance.h>
#include <stdexcept>
#include <thread>

namespace genlens::app {

namespace rs = metrics::recsys;

namespace {

constexpr int kHistogramBins = 20;
constexpr int kCurveBuckets = 100;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Messages reach the window: translated, in domain words (the CLI adds its flag names).
struct RecsysPipeline
{
    Q_DECLARE_TR_FUNCTIONS(RecsysPipeline)
};

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QJsonValue jsonOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject reportJson(const RecsysFileReport& r)
{
    QJsonObject o;
    o[QStringLiteral("path")] = r.path;
    o[QStringLiteral("format")] = r.format;
    o[QStringLiteral("header")] = r.header;
    o[QStringLiteral("columns")] = QJsonArray::fromStringList(r.columns);
    o[QStringLiteral("lines")] = r.lines;
    o[QStringLiteral("records")] = r.records;
    o[QStringLiteral("issues")] = r.issueCount;
    return o;
}

void appendIssues(QList<InputIssue>& to, const RecsysFileReport& r)
{
    to.append(r.issues);
    if (r.issueCount > r.issues.size()) {
        to.append(InputIssue {
            r.path, 0,
            QStringLiteral("... and %1 more issues").arg(r.issueCount - r.issues.size())});
    }
}

// Adds derived issues with a cap; the count of all goes to `counter`.
struct IssueSink
{
    QList<InputIssue>& list;
    QString file;
    qint64 stored = 0;
    qint64 total = 0;

    void add(qint64 line, const QString& reason)
    {
        ++total;
        if (stored < RecsysInputs::kMaxStoredIssues) {
            list.append(InputIssue {file, line, reason});
            ++stored;
        }
    }
    void finish(const QString& what)
    {
        if (total > stored) {
            list.append(InputIssue {
                file, 0, QStringLiteral("... and %1 more: %2").arg(total - stored).arg(what)});
        }
    }
};

struct Loaded
{
    RecsysInputs in;
    RecsysFileReport truthReport, trainReport, itemsReport;
    RecommendationFile recsA, recsB;
    rs::Truth truth;
    rs::Training training;
    std::vector<std::uint8_t> catalogue;
    std::vector<rs::DroppedDuplicate> truthDuplicates;
    std::size_t trainingDuplicateRows = 0;
};

struct Evaluated
{
    rs::RankedLists lists;
    std::vector<rs::DroppedDuplicate> duplicates;
    rs::AccuracyResult accuracy;
    rs::BeyondResult beyond;
    std::vector<double> serendipity; // aligned with accuracy.users
    std::vector<std::int32_t>
        unknownItemLines; // lines of first rows of items outside the catalogue
    std::vector<std::int32_t> unknownItems;
    bool hasBeyond = false;
};

rs::AccuracyOptions accuracyOptions(const RecsysEvalOptions& options)
{
    rs::AccuracyOptions a;
    a.cutoffs.clear();
    for (int k : options.cutoffs) {
        a.cutoffs.push_back(k);
    }
    try {
        a.convention = rs::conventionFromName(options.convention.toStdString());
        a.gain = rs::gainFromName(options.gain.toStdString());
    } catch (const std::invalid_argument& e) {
        throw InputError(e.what());
    }
    a.relevanceLevel = options.relevanceLevel;
    if (a.cutoffs.empty()
        || std::any_of(a.cutoffs.begin(), a.cutoffs.end(), [](int k) { return k <= 0; })) {
        throw InputError(
            RecsysPipeline::tr("cut-offs must be positive integers, e.g. 5,10,20").toStdString());
    }
    return a;
}

int largestCutoff(const RecsysEvalOptions& options)
{
    return *std::max_element(options.cutoffs.begin(), options.cutoffs.end());
}

enum class FileRole { Truth, Run, Other };

// `--input-format` names the run files' format; "trec" forces a TREC run and leaves the truth to
// detection (TREC qrels are recognised by shape, a CSV truth stays CSV: issue 15). Training and
// item files are always delimited.
RecsysFileOptions fileOptions(const RecsysEvalOptions& o, const QString& path,
                              const QString& valueColumn, FileRole role)
{
    RecsysFileOptions f;
    f.path = path;
    f.format = o.format;
    if (role == FileRole::Other) {
        f.format = QStringLiteral("delimited");
    } else if (role == FileRole::Truth && o.format == QLatin1String("trec")) {
        f.format = QStringLiteral("auto");
    }
    f.userColumn = o.userColumn;
    f.itemColumn = o.itemColumn;
    f.valueColumn = valueColumn;
    return f;
}

void load(Loaded& L, const RecsysEvalOptions& options, const QString& otherPath,
          PipelineContext& context)
{
    if (options.truthPath.isEmpty()) {
        throw InputError(RecsysPipeline::tr("no ground truth given").toStdString());
    }
    if (options.recommendationsPath.isEmpty()) {
        throw InputError(RecsysPipeline::tr("no recommendations given").toStdString());
    }
    if (!(options.longTailHead > 0 && options.longTailHead <= 1)) {
        throw InputError(
            RecsysPipeline::tr("the long-tail head share must be in (0, 1]").toStdString());
    }
    context.beginStage(QStringLiteral("load truth"), 1);
    L.truthReport = L.in.loadTruth(
        fileOptions(options, options.truthPath, options.relevanceColumn, FileRole::Truth), context.progress());
    context.beginStage(QStringLiteral("load recommendations"), 1);
    L.recsA = L.in.loadRecommendations(
        fileOptions(options, options.recommendationsPath, options.scoreColumn, FileRole::Run),
        context.progress());
    if (!otherPath.isEmpty()) {
        L.recsB = L.in.loadRecommendations(
            fileOptions(options, otherPath, options.scoreColumn, FileRole::Run), context.progress());
    }
    if (!options.trainPath.isEmpty()) {
        context.beginStage(QStringLiteral("load training"), 1);
        L.trainReport = L.in.loadTraining(fileOptions(options, options.trainPath, QString(), FileRole::Other),
                                          context.progress());
    }
    if (!options.itemsPath.isEmpty()) {
        context.beginStage(QStringLiteral("load items"), 1);
        RecsysFileOptions f = fileOptions(options, options.itemsPath, QString(), FileRole::Other);
        f.userColumn.clear();
        L.itemsReport = L.in.loadItems(f, context.progress());
    }
    L.in.finalizeFeatures();
    context.checkCanceled();

    const std::size_t users = L.in.users.size();
    const std::size_t items = L.in.items.size();
    L.truth = rs::buildTruth(std::move(L.in.truth), users, &L.truthDuplicates);
    L.in.truth.clear();
    if (L.in.hasTraining) {
        L.training = rs::buildTraining(L.in.training, users, items, &L.trainingDuplicateRows);
        L.in.training.clear();
        L.in.training.shrink_to_fit();
    }
    L.catalogue.assign(items, 0);
    for (std::int32_t item : L.truth.items) {
        L.catalogue[static_cast<std::size_t>(item)] = 1;
    }
    for (std::size_t i = 0; i < items; ++i) {
        if ((L.in.hasTraining && L.training.itemCount[i] > 0) || L.in.itemFileItems[i]) {
            L.catalogue[i] = 1;
        }
    }
}

Evaluated evaluateLists(const Loaded& L, RecommendationFile& recs, const RecsysEvalOptions& options,
                        PipelineContext& context, bool beyond)
{
    Evaluated E;
    const std::size_t users = L.in.users.size();
    // Items outside the catalogue (only meaningful when training or an item file widens it).
    if (L.in.hasTraining || L.in.hasItemFile) {
        std::vector<std::uint8_t> reported(L.in.items.size(), 0);
        for (const rs::RecRecord& r : recs.records) {
            const auto i = static_cast<std::size_t>(r.item);
            if (!L.catalogue[i] && !reported[i]) {
                reported[i] = 1;
                E.unknownItems.push_back(r.item);
                E.unknownItemLines.push_back(static_cast<std::int32_t>(r.order));
            }
        }
    }
    E.lists = rs::buildRankedLists(std::move(recs.records), users, recs.hasScores,
                                   options.trecTies ? rs::TieRule::TrecEval : rs::TieRule::Stable,
                                   &L.in.items, &E.duplicates);
    recs.records.clear();
    recs.records.shrink_to_fit();
    for (std::size_t u = 0; u < recs.emptyList.size(); ++u) {
        if (recs.emptyList[u]) {
            E.lists.present[u] = 1;
        }
    }
    context.beginStage(QStringLiteral("accuracy"), static_cast<qint64>(users));
    E.accuracy
        = rs::evaluateAccuracy(E.lists, L.truth, accuracyOptions(options), context.progress());
    if (!beyond) {
        return E;
    }
    context.beginStage(QStringLiteral("beyond accuracy"), 4);
    rs::BeyondOptions b;
    b.cutoff = largestCutoff(options);
    b.longTailHead = options.longTailHead;
    const bool haveFeatures
        = L.in.hasItemFile && (L.in.features.hasCategories() || L.in.features.hasVectors());
    E.beyond = rs::evaluateBeyondAccuracy(
        E.lists, L.catalogue, L.in.hasTraining ? &L.training : nullptr,
        haveFeatures ? &L.in.features : nullptr, b, context.progress());
    if (L.in.hasTraining) {
        E.serendipity
            = rs::serendipityPerUser(E.lists, L.truth, E.accuracy.users, L.training,
                                     E.beyond.popularityOrder, b.cutoff, E.accuracy.rules);
        if (!E.serendipity.empty()) {
            double s = 0;
            for (double v : E.serendipity) {
                s += v;
            }
            E.beyond.serendipity = s / static_cast<double>(E.serendipity.size());
        }
    }
    E.hasBeyond = true;
    return E;
}

QString key(const char* name, int k)
{
    return QStringLiteral("%1@%2").arg(QLatin1String(name)).arg(k);
}

// Per-user accuracy series (aligned with accuracy.users) by metric key.
std::vector<std::pair<QString, std::vector<double>>> accuracySeries(const rs::AccuracyResult& a)
{
    std::vector<std::pair<QString, std::vector<double>>> out;
    const std::size_t nk = a.cutoffs.size();
    const std::size_t n = a.users.size();
    struct M
    {
        const char* name;
        const std::vector<double>* values;
    };
    const M ms[] = {{"precision", &a.precision},
                    {"recall", &a.recall},
                    {"ndcg", &a.ndcg},
                    {"map", &a.ap},
                    {"hit_rate", &a.hit}};
    for (const M& m : ms) {
        for (std::size_t c = 0; c < nk; ++c) {
            std::vector<double> v(n);
            for (std::size_t i = 0; i < n; ++i) {
                v[i] = (*m.values)[i * nk + c];
            }
            out.emplace_back(key(m.name, a.cutoffs[c]), std::move(v));
        }
    }
    out.emplace_back(QStringLiteral("mrr"), a.reciprocalRank);
    return out;
}

void addAccuracyMetrics(RunResult& result, const rs::AccuracyResult& a)
{
    for (std::size_t c = 0; c < a.cutoffs.size(); ++c) {
        const int k = a.cutoffs[c];
        result.metrics.append({key("precision", k), a.meanPrecision[c], kNaN});
        result.metrics.append({key("recall", k), a.meanRecall[c], kNaN});
        result.metrics.append({key("ndcg", k), a.meanNdcg[c], kNaN});
        result.metrics.append({key("map", k), a.meanAp[c], kNaN});
        result.metrics.append({key("hit_rate", k), a.meanHit[c], kNaN});
    }
    result.metrics.append({QStringLiteral("mrr"), a.meanReciprocalRank, kNaN});
}

void addBeyondMetrics(RunResult& result, const rs::BeyondResult& b, QJsonObject& notComputed)
{
    auto add = [&](const char* name, double v, const QString& why) {
        if (std::isfinite(v)) {
            result.metrics.append({QLatin1String(name), v, kNaN});
        } else {
            notComputed[QLatin1String(name)] = why;
        }
    };
    const QString noTrain = QStringLiteral("needs training interactions");
    add("coverage", b.coverage, QStringLiteral("empty catalogue"));
    add("gini", b.gini, QStringLiteral("nothing recommended from the catalogue"));
    add("entropy", b.entropy, QStringLiteral("nothing recommended"));
    add("novelty", b.novelty, noTrain);
    add("ild", b.ild,
        QStringLiteral("needs item categories or vectors and lists with "
                       "two described items"));
    add("arp", b.arp, noTrain);
    add("long_tail_share", b.longTailShare, noTrain);
    add("serendipity", b.serendipity, noTrain);
}

QJsonObject histogram(const std::vector<double>& values, int bins)
{
    QJsonArray counts;
    std::vector<qint64> c(static_cast<std::size_t>(bins), 0);
    for (double v : values) {
        if (!std::isfinite(v)) {
            continue;
        }
        int b = static_cast<int>(std::floor(v * bins));
        b = std::clamp(b, 0, bins - 1);
        ++c[static_cast<std::size_t>(b)];
    }
    QJsonArray edges;
    for (int i = 0; i <= bins; ++i) {
        edges.append(static_cast<double>(i) / bins);
    }
    for (qint64 x : c) {
        counts.append(x);
    }
    QJsonObject o;
    o[QStringLiteral("edges")] = edges;
    o[QStringLiteral("counts")] = counts;
    return o;
}

// Items by popularity (training counts, or truth counts without training), bucketed: for each
// bucket its share of training interactions, of recommendations (top K) and of truth items.
QJsonObject longTailCurve(const Loaded& L, const Evaluated& E)
{
    const std::size_t items = L.in.items.size();
    std::vector<std::int64_t> truthCount(items, 0);
    for (std::int32_t i : L.truth.items) {
        ++truthCount[static_cast<std::size_t>(i)];
    }
    std::vector<std::int64_t> popularity(items, 0);
    for (std::size_t i = 0; i < items; ++i) {
        popularity[i]
            = L.in.hasTraining ? L.training.count(static_cast<std::int32_t>(i)) : truthCount[i];
    }
    std::vector<std::int32_t> order;
    for (std::size_t i = 0; i < items; ++i) {
        if (L.catalogue[i] || E.beyond.recommendationCount.size() > i) {
            if (L.catalogue[i] || E.beyond.recommendationCount[i] > 0) {
                order.push_back(static_cast<std::int32_t>(i));
            }
        }
    }
    std::stable_sort(order.begin(), order.end(), [&popularity](std::int32_t a, std::int32_t b) {
        return popularity[static_cast<std::size_t>(a)] > popularity[static_cast<std::size_t>(b)];
    });
    double popTotal = 0, recTotal = 0, truthTotal = 0;
    for (std::int32_t i : order) {
        const auto x = static_cast<std::size_t>(i);
        popTotal += static_cast<double>(popularity[x]);
        recTotal += static_cast<double>(
            x < E.beyond.recommendationCount.size() ? E.beyond.recommendationCount[x] : 0);
        truthTotal += static_cast<double>(truthCount[x]);
    }
    const std::size_t n = order.size();
    const std::size_t buckets = std::min<std::size_t>(kCurveBuckets, std::max<std::size_t>(n, 1));
    QJsonArray rankEnd, popShare, recShare, truthShare;
    for (std::size_t b = 0; b < buckets && n > 0; ++b) {
        const std::size_t from = b * n / buckets;
        const std::size_t to = (b + 1) * n / buckets;
        double p = 0, r = 0, t = 0;
        for (std::size_t j = from; j < to; ++j) {
            const auto x = static_cast<std::size_t>(order[j]);
            p += static_cast<double>(popularity[x]);
            r += static_cast<double>(
                x < E.beyond.recommendationCount.size() ? E.beyond.recommendationCount[x] : 0);
            t += static_cast<double>(truthCount[x]);
        }
        rankEnd.append(static_cast<qint64>(to));
        popShare.append(popTotal > 0 ? p / popTotal : 0.0);
        recShare.append(recTotal > 0 ? r / recTotal : 0.0);
        truthShare.append(truthTotal > 0 ? t / truthTotal : 0.0);
    }
    QJsonObject o;
    o[QStringLiteral("popularity_source")]
        = L.in.hasTraining ? QStringLiteral("training") : QStringLiteral("truth");
    o[QStringLiteral("items")] = static_cast<qint64>(n);
    o[QStringLiteral("head_items")] = static_cast<qint64>(E.beyond.headItems);
    o[QStringLiteral("bucket_rank_end")] = rankEnd;
    o[QStringLiteral("popularity_share")] = popShare;
    o[QStringLiteral("recommended_share")] = recShare;
    o[QStringLiteral("truth_share")] = truthShare;
    return o;
}

QJsonObject conventionJson(const rs::ResolvedConvention& r, bool trecTies)
{
    QJsonObject o;
    o[QStringLiteral("name")] = q(rs::conventionName(r.convention));
    o[QStringLiteral("gain")] = q(rs::gainName(r.gain));
    o[QStringLiteral("relevant")] = r.relevantAboveZero
        ? QStringLiteral("grade > 0")
        : QStringLiteral("grade >= %1").arg(r.level);
    o[QStringLiteral("ap_divisor")]
        = r.apDividesByMinRk ? QStringLiteral("min(|R|,k)") : QStringLiteral("|R|");
    o[QStringLiteral("mrr")] = r.mrrCutAtLargestK ? QStringLiteral("cut at the largest cut-off")
                                                  : QStringLiteral("whole list");
    o[QStringLiteral("ties")] = trecTies
        ? QStringLiteral("trec_eval: score desc, item id desc")
        : QStringLiteral("stable: score desc, then rank, then file order");
    return o;
}

QString signatureOf(const Evaluated& E, const RecsysEvalOptions& options)
{
    return QString::fromStdString(E.accuracy.rules.signature())
        + (options.trecTies ? QStringLiteral(";ties=trec_eval") : QStringLiteral(";ties=stable"));
}

// Issue 15: a run none of whose users is in the ground truth scores 0 everywhere (every truth
// user counts as without recommendations); said in words rather than left to the numbers.
QString noUserInTruthWarning(const Evaluated& e, const QString& runFile, const QString& truthFile)
{
    std::size_t withList = 0;
    for (std::size_t u = 0; u < e.lists.userCount(); ++u) {
        withList += e.lists.present[u] ? 1 : 0;
    }
    if (withList == 0 || e.accuracy.usersNotInTruth.size() < withList) {
        return {};
    }
    return RecsysPipeline::tr("%1: none of its users (%2) is in the ground truth %3: every user "
                              "of the truth counts as without recommendations (accuracy 0)")
        .arg(runFile)
        .arg(withList)
        .arg(truthFile);
}

RecsysComparison comparisonOf(const Loaded& L, const Evaluated& A, const Evaluated& B,
                              const RecsysEvalOptions& options, const QString& otherPath,
                              PipelineContext& context)
{
    RecsysComparison c;
    c.truth = options.truthPath;
    c.recommendationsA = options.recommendationsPath;
    c.recommendationsB = otherPath;
    c.signature = signatureOf(A, options);
    c.permutations = options.permutations;
    c.seed = options.seed;
    const auto seriesA = accuracySeries(A.accuracy);
    const auto seriesB = accuracySeries(B.accuracy);
    std::vector<std::tuple<QString, std::vector<double>, std::vector<double>>> all;
    for (std::size_t m = 0; m < seriesA.size(); ++m) {
        all.emplace_back(seriesA[m].first, seriesA[m].second, seriesB[m].second);
    }
    if (A.hasBeyond && B.hasBeyond) {
        if (!A.serendipity.empty()) {
            all.emplace_back(QStringLiteral("serendipity"), A.serendipity, B.serendipity);
        }
        // Per-user beyond values: users with a value in both runs.
        auto paired
            = [&](const char* name, const std::vector<double>& a, const std::vector<double>& b) {
                  std::vector<double> x, y;
                  for (std::size_t u = 0; u < std::min(a.size(), b.size()); ++u) {
                      if (std::isfinite(a[u]) && std::isfinite(b[u])) {
                          x.push_back(a[u]);
                          y.push_back(b[u]);
                      }
                  }
                  if (!x.empty()) {
                      all.emplace_back(QLatin1String(name), std::move(x), std::move(y));
                  }
              };
        paired("novelty", A.beyond.userNovelty, B.beyond.userNovelty);
        paired("ild", A.beyond.userIld, B.beyond.userIld);
        paired("arp", A.beyond.userArp, B.beyond.userArp);
        paired("long_tail_share", A.beyond.userLongTail, B.beyond.userLongTail);
    }
    (void)L;
    context.beginStage(QStringLiteral("comparison"), static_cast<qint64>(all.size()));
    qint64 done = 0;
    for (const auto& [name, a, b] : all) {
        context.checkCanceled();
        const rs::PairedTest t
            = rs::comparePaired(a, b, static_cast<std::size_t>(options.permutations), options.seed);
        RecsysMetricComparison m;
        m.key = name;
        m.users = static_cast<qint64>(t.n);
        m.meanA = t.meanA;
        m.meanB = t.meanB;
        m.difference = t.meanDifference;
        m.t = t.t;
        m.pTTest = t.pTTest;
        m.pRandomization = t.pRandomization;
        m.wins = static_cast<qint64>(t.wins);
        m.ties = static_cast<qint64>(t.ties);
        m.losses = static_cast<qint64>(t.losses);
        c.metrics.append(m);
        context.advance(++done, static_cast<qint64>(all.size()));
    }
    return c;
}

} // namespace

QJsonObject RecsysComparison::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("truth")] = truth;
    o[QStringLiteral("a")] = recommendationsA;
    o[QStringLiteral("b")] = recommendationsB;
    o[QStringLiteral("signature")] = signature;
    o[QStringLiteral("test")]
        = QStringLiteral("paired t-test (two-sided) and sign-flip randomisation test over users");
    o[QStringLiteral("permutations")] = permutations;
    o[QStringLiteral("seed")] = static_cast<qint64>(seed);
    QJsonObject ms;
    for (const RecsysMetricComparison& m : metrics) {
        QJsonObject e;
        e[QStringLiteral("users")] = m.users;
        e[QStringLiteral("a")] = jsonOrNull(m.meanA);
        e[QStringLiteral("b")] = jsonOrNull(m.meanB);
        e[QStringLiteral("difference")] = jsonOrNull(m.difference);
        e[QStringLiteral("t")] = std::isfinite(m.t) ? QJsonValue(m.t)
            : std::isnan(m.t)
            ? QJsonValue(QJsonValue::Null)
            : QJsonValue(m.t > 0 ? QStringLiteral("inf") : QStringLiteral("-inf"));
        e[QStringLiteral("p_ttest")] = jsonOrNull(m.pTTest);
        e[QStringLiteral("p_randomization")] = jsonOrNull(m.pRandomization);
        e[QStringLiteral("wins")] = m.wins;
        e[QStringLiteral("ties")] = m.ties;
        e[QStringLiteral("losses")] = m.losses;
        ms[m.key] = e;
    }
    o[QStringLiteral("metrics")] = ms;
    return o;
}

// The slice label of every user id: its --users attribute (column:NAME), or nothing for
// users:activity (sliced by counts instead).
std::vector<std::string> userAttributes(const Loaded& L, const RecsysEvalOptions& options,
                                        PipelineContext& context)
{
    // (evaluateRecsys refused a missing --users before reading anything.)
    // The users file is a delimited file like a text set: the attribute column is read as the
    // "text", the user column as the slice value of each record.
    TextLoadOptions load;
    load.column = options.sliceBy.name;
    load.sliceKey = options.userColumn.isEmpty() ? QStringLiteral("user") : options.userColumn;
    const TextRecords records = readTextRecords(options.usersPath, load, &context);
    std::vector<std::string> labels(L.in.users.size(), kMissingSliceName);
    for (std::size_t r = 0; r < records.texts.size(); ++r) {
        const std::int32_t user = L.in.users.find(records.sliceValues[r]);
        if (user >= 0) {
            labels[static_cast<std::size_t>(user)] = records.texts[r];
        }
    }
    return labels;
}

// The slices stage (issue 13): per slice of users, the mean NDCG@k and recall@k over its
// evaluated users (as the whole run averages them), and catalogue coverage and novelty of its
// users' lists (beyond-accuracy on those lists only).
void addRecsysSlices(RunResult& result, const Loaded& L, const Evaluated& E,
                     const RecsysEvalOptions& options, bool withBeyond, PipelineContext& context)
{
    const SliceSpec& spec = options.sliceBy;
    const std::size_t users = L.in.users.size();
    context.beginStage(QStringLiteral("slices"), 1);
    // The user's index in each set: real = users of the truth, generated = users with a list,
    // both in id order (the per-user samples).
    std::vector<std::int64_t> realIndex(users, -1);
    std::vector<std::int64_t> generatedIndex(users, -1);
    std::int64_t nextReal = 0;
    std::int64_t nextGenerated = 0;
    for (std::size_t u = 0; u < users; ++u) {
        if (u < L.truth.present.size() && L.truth.present[u]) {
            realIndex[u] = nextReal++;
        }
        if (E.lists.present[u]) {
            generatedIndex[u] = nextGenerated++;
        }
    }
    std::vector<SliceMembers> members;
    std::vector<std::size_t> sliceOfUser(users, 0);
    if (spec.kind == SliceSpec::Kind::UsersActivity) {
        // (evaluateRecsys refused a missing --train before reading anything.)
        std::vector<double> counts(users);
        for (std::size_t u = 0; u < users; ++u) {
            counts[u] = static_cast<double>(L.training.historyLength(u));
        }
        const ActivitySlicing activity = activitySlices(counts, realIndex, generatedIndex);
        members = activity.slices;
        for (std::size_t u = 0; u < users; ++u) {
            sliceOfUser[u] = counts[u] <= activity.lowCut ? 0 : counts[u] <= activity.highCut ? 1 : 2;
        }
        result.settings[QStringLiteral("slice_activity_cut_points")]
            = QJsonArray{activity.lowCut, activity.highCut};
    } else {
        const std::vector<std::string> labels = userAttributes(L, options, context);
        std::vector<std::string> realLabels;
        std::vector<std::string> generatedLabels;
        for (std::size_t u = 0; u < users; ++u) {
            if (realIndex[u] >= 0) {
                realLabels.push_back(labels[u]);
            }
            if (generatedIndex[u] >= 0) {
                generatedLabels.push_back(labels[u]);
            }
        }
        members = slicesFromLabels(realLabels, generatedLabels);
        for (std::size_t u = 0; u < users; ++u) {
            const auto it = std::lower_bound(
                members.begin(), members.end(), labels[u],
                [](const SliceMembers& m, const std::string& name) { return m.name < name; });
            sliceOfUser[u] = static_cast<std::size_t>(it - members.begin());
        }
    }
    QList<SliceResult> slices = toSliceResults(members, spec.text());
    const rs::AccuracyResult& acc = E.accuracy;
    const std::size_t nk = acc.cutoffs.size();
    context.beginStage(QStringLiteral("slices"), slices.size());
    for (qsizetype s = 0; s < slices.size(); ++s) {
        if (!context.advance(s, slices.size())) {
            throw metrics::Cancelled{};
        }
        SliceResult& slice = slices[s];
        const auto inSlice = [&](std::size_t u) {
            return u < sliceOfUser.size() && sliceOfUser[u] == static_cast<std::size_t>(s)
                && (realIndex[u] >= 0 || generatedIndex[u] >= 0);
        };
        for (std::size_t c = 0; c < nk; ++c) {
            double ndcg = 0;
            double recall = 0;
            std::size_t n = 0;
            for (std::size_t i = 0; i < acc.users.size(); ++i) {
                if (inSlice(static_cast<std::size_t>(acc.users[i]))) {
                    ndcg += acc.ndcg[i * nk + c];
                    recall += acc.recall[i * nk + c];
                    ++n;
                }
            }
            const double count = static_cast<double>(n);
            slice.setMetric(key("ndcg", acc.cutoffs[c]), n > 0 ? ndcg / count : kNaN);
            slice.setMetric(key("recall", acc.cutoffs[c]), n > 0 ? recall / count : kNaN);
            if (n == 0 && c == 0) {
                slice.warn(key("ndcg", acc.cutoffs[c]),
                           RecsysPipeline::tr("undefined: no user of this slice has relevant "
                                              "items in the ground truth"));
            }
        }
        if (withBeyond) {
            // The lists of the slice's users only.
            rs::RankedLists lists;
            lists.present.assign(users, 0);
            lists.offsets.assign(users + 1, 0);
            for (std::size_t u = 0; u < users; ++u) {
                if (inSlice(u) && E.lists.present[u]) {
                    lists.present[u] = 1;
                    lists.items.insert(lists.items.end(), E.lists.begin(u),
                                       E.lists.begin(u) + E.lists.length(u));
                }
                lists.offsets[u + 1] = lists.items.size();
            }
            rs::BeyondOptions b;
            b.cutoff = largestCutoff(options);
            b.longTailHead = options.longTailHead;
            const rs::BeyondResult beyond = rs::evaluateBeyondAccuracy(
                lists, L.catalogue, L.in.hasTraining ? &L.training : nullptr, nullptr, b, {});
            slice.setMetric(QStringLiteral("coverage"), beyond.coverage);
            if (L.in.hasTraining) {
                slice.setMetric(QStringLiteral("novelty"), beyond.novelty);
            }
        }
    }
    context.advance(slices.size(), slices.size());
    attachSlices(result, slices);
}

// The intervals of the set-level values (docs/intervals.md): the accuracy metrics, ARP,
// long-tail share, ILD and serendipity are means over users, novelty a pooled ratio over users'
// rows — percentile bootstrap over users; catalogue coverage, Gini and entropy count distinct
// items over all lists, which a duplicated user would distort — half-samples of the users with a
// list.
void addRecsysIntervals(RunResult& result, const Loaded& L, const Evaluated& E,
                        const RecsysEvalOptions& options, PipelineContext& context)
{
    IntervalStage intervals(options.bootstrap, options.seed, context.session().threads());
    if (!intervals.isEnabled()) {
        return;
    }
    const QString users = QStringLiteral("evaluated users");
    for (auto& [key, values] : accuracySeries(E.accuracy)) {
        addMeanInterval(intervals, key, std::move(values), users);
    }
    if (E.hasBeyond) {
        const rs::BeyondResult& b = E.beyond;
        const QString withList = QStringLiteral("users with a list");
        addMeanInterval(intervals, QStringLiteral("arp"), b.userArp, withList);
        addMeanInterval(intervals, QStringLiteral("long_tail_share"), b.userLongTail, withList);
        addMeanInterval(intervals, QStringLiteral("ild"), b.userIld, withList);
        addMeanInterval(intervals, QStringLiteral("serendipity"), E.serendipity, users);
        if (!b.userNoveltyRows.empty()) {
            std::vector<double> numerator(b.userNovelty.size());
            for (std::size_t u = 0; u < numerator.size(); ++u) {
                numerator[u] = b.userNovelty[u] * b.userNoveltyRows[u];
            }
            const std::uint64_t stream = metrics::streamOf("novelty");
            intervals.add(QStringLiteral("novelty"),
                          QStringLiteral("percentile bootstrap over users of the pooled "
                                         "self-information per recommended row"),
                          [numerator = std::move(numerator), den = b.userNoveltyRows,
                           stream](const metrics::BootstrapOptions& o, const metrics::Progress& p) {
                              return metrics::bootstrapRatio(numerator, den, o, stream, p);
                          });
        }
        std::vector<std::int64_t> listed;
        for (std::size_t u = 0; u < E.lists.userCount(); ++u) {
            if (E.lists.length(u) > 0) {
                listed.push_back(static_cast<std::int64_t>(u));
            }
        }
        const std::vector<double> estimates{b.coverage, b.gini, b.entropy};
        const int cutoff = largestCutoff(options);
        const std::uint64_t stream = metrics::streamOf("coverage");
        intervals.add(
            {QStringLiteral("coverage"), QStringLiteral("gini"), QStringLiteral("entropy")},
            QStringLiteral("half-samples of the users with a list without replacement; value + "
                           "percentiles of the centred replicates"),
            [&E, &L, listed, estimates, cutoff, stream](const metrics::BootstrapOptions& o,
                                                        const metrics::Progress& p) {
                return metrics::halfSampleIntervals(
                    estimates, static_cast<std::int64_t>(listed.size()), o, stream,
                    [&](const std::vector<std::int64_t>& rows) {
                        std::vector<std::int64_t> chosen;
                        chosen.reserve(rows.size());
                        for (const std::int64_t r : rows) {
                            chosen.push_back(listed[static_cast<std::size_t>(r)]);
                        }
                        const rs::Concentration c
                            = rs::concentrationOf(E.lists, chosen, L.catalogue, cutoff);
                        return std::vector<double>{c.coverage, c.gini, c.entropy};
                    },
                    p);
            });
    }
    context.publishPartial(result);
    intervals.run(result, context);
}

RunResult evaluateRecsys(const RecsysEvalOptions& options, PipelineContext& context)
{
    QElapsedTimer clock;
    clock.start();
    RunResult result;
    result.modality = QStringLiteral("recsys");
    requireSliceSpecFor(options.sliceBy, result.modality);
    // Refused before any input is read.
    if (options.sliceBy.kind == SliceSpec::Kind::UsersActivity && options.trainPath.isEmpty()) {
        throw InputError(RecsysPipeline::tr("--slice-by users:activity counts training "
                                            "interactions: give --train FILE")
                             .toStdString());
    }
    if (options.sliceBy.kind == SliceSpec::Kind::Column && options.usersPath.isEmpty()) {
        throw InputError(RecsysPipeline::tr("--slice-by %1 reads the attribute from a users file: "
                                            "give --users FILE (a CSV/TSV with a header: the user "
                                            "column and attribute columns)")
                             .arg(options.sliceBy.text())
                             .toStdString());
    }
    const rs::AccuracyOptions accOptions = accuracyOptions(options); // validates early
    (void)accOptions;

    Loaded L;
    load(L, options, options.compareWithPath, context);
    result.timingsMs.insert(QStringLiteral("load"), clock.restart());

    const MetricSelection& selection = options.metrics;
    const bool withBeyond = selection.needs(MetricStage::BeyondAccuracy);
    const bool withPerUser = selection.needs(MetricStage::PerUser);
    Evaluated E = evaluateLists(L, L.recsA, options, context, withBeyond);
    const rs::AccuracyResult& acc = E.accuracy;
    const int K = largestCutoff(options);
    const QString truthFile = options.truthPath;
    const QString recsFile = options.recommendationsPath;

    // Settings and signature.
    QJsonObject settings;
    QJsonArray cutoffs;
    for (int k : acc.cutoffs) {
        cutoffs.append(k);
    }
    settings[QStringLiteral("metrics")] = selection.toJson();
    settings[QStringLiteral("cutoffs")] = cutoffs;
    settings[QStringLiteral("convention")] = q(rs::conventionName(acc.rules.convention));
    settings[QStringLiteral("gain")] = q(rs::gainName(acc.rules.gain));
    settings[QStringLiteral("trec_ties")] = options.trecTies;
    settings[QStringLiteral("long_tail_head")] = options.longTailHead;
    settings[QStringLiteral("seed")] = static_cast<qint64>(options.seed);
    if (options.sliceBy.isSet()) {
        settings[QStringLiteral("slice_by")] = options.sliceBy.text();
    }
    settings[QStringLiteral("bootstrap")] = options.bootstrap;
    settings[QStringLiteral("beyond_cutoff")] = K;
    if (!std::isnan(options.relevanceLevel)) {
        settings[QStringLiteral("relevance_level")] = options.relevanceLevel;
    }
    // Issue 15: a cut-off past the longest list is evaluated to that list's depth (memory by
    // list length); its values stay as defined at the cut-off. Said in the JSON and on stderr.
    std::size_t longestList = 0;
    for (std::size_t u = 0; u < E.lists.userCount(); ++u) {
        longestList = std::max(longestList, E.lists.length(u));
    }
    QJsonArray pastLongest;
    QStringList pastLongestText;
    for (int k : acc.cutoffs) {
        if (static_cast<std::size_t>(k) > longestList) {
            pastLongest.append(k);
            pastLongestText << QString::number(k);
        }
    }
    if (!pastLongest.isEmpty()) {
        settings[QStringLiteral("longest_list")] = static_cast<qint64>(longestList);
        settings[QStringLiteral("cutoffs_past_longest_list")] = pastLongest;
        result.warnings << QStringLiteral(
                               "cut-off %1 exceeds the longest recommendation list (%2 items): "
                               "lists are evaluated to depth %2; precision@k still divides by k")
                               .arg(pastLongestText.join(QStringLiteral(", ")))
                               .arg(longestList);
    }
    const QString runOutsideTruth = noUserInTruthWarning(E, recsFile, truthFile);
    if (!runOutsideTruth.isEmpty()) {
        result.warnings << runOutsideTruth;
    }
    if (acc.users.empty()) {
        // Issue 15: this used to end in NaN metrics without a word.
        result.warnings << QStringLiteral("%1: no user has a relevant item (convention %2): the "
                                          "accuracy metrics are undefined (NaN)")
                               .arg(truthFile, q(rs::conventionName(acc.rules.convention)));
    }
    result.settings = settings;
    result.signature = signatureOf(E, options);

    // Sets and their issues.
    result.real.role = SetRole::Real;
    result.real.source = truthFile;
    result.real.kind = QStringLiteral("recsys");
    result.generated.role = SetRole::Generated;
    result.generated.source = recsFile;
    result.generated.kind = QStringLiteral("recsys");
    appendIssues(result.real.skipped, L.truthReport);
    appendIssues(result.generated.skipped, L.recsA.report);
    if (L.in.hasTraining) {
        appendIssues(result.real.skipped, L.trainReport);
    }
    if (L.in.hasItemFile) {
        appendIssues(result.real.skipped, L.itemsReport);
    }
    {
        IssueSink sink {result.real.skipped, truthFile};
        for (const rs::DroppedDuplicate& d : L.truthDuplicates) {
            sink.add(d.order,
                     QStringLiteral("duplicate (user %1, item %2): first judgement kept")
                         .arg(q(L.in.users.name(d.user)), q(L.in.items.name(d.item))));
        }
        sink.finish(QStringLiteral("duplicate judgements"));
    }
    {
        IssueSink sink {result.real.skipped, truthFile};
        for (std::int32_t u : acc.usersWithoutList) {
            sink.add(L.in.truthFirstLine[static_cast<std::size_t>(u)],
                     QStringLiteral("user %1 has no recommendations: counted as 0 (trec_eval -c)")
                         .arg(q(L.in.users.name(u))));
        }
        sink.finish(QStringLiteral("users without recommendations"));
    }
    {
        IssueSink sink {result.real.skipped, truthFile};
        for (std::int32_t u : acc.usersWithoutRelevant) {
            sink.add(L.in.truthFirstLine[static_cast<std::size_t>(u)],
                     QStringLiteral("user %1 has no relevant item: excluded from accuracy")
                         .arg(q(L.in.users.name(u))));
        }
        sink.finish(QStringLiteral("users without relevant items"));
    }
    {
        IssueSink sink {result.generated.skipped, recsFile};
        for (const rs::DroppedDuplicate& d : E.duplicates) {
            sink.add(
                d.order,
                QStringLiteral("duplicate (user %1, item %2): the better-ranked occurrence kept")
                    .arg(q(L.in.users.name(d.user)), q(L.in.items.name(d.item))));
        }
        sink.finish(QStringLiteral("duplicate recommendations"));
    }
    {
        IssueSink sink {result.generated.skipped, recsFile};
        for (std::int32_t u : acc.usersNotInTruth) {
            const auto ux = static_cast<std::size_t>(u);
            sink.add(ux < L.recsA.firstLine.size() ? L.recsA.firstLine[ux] : 0,
                     QStringLiteral("user %1 is not in the ground truth: ignored by accuracy, kept "
                                    "for beyond-accuracy")
                         .arg(q(L.in.users.name(u))));
        }
        sink.finish(QStringLiteral("users not in the ground truth"));
    }
    {
        IssueSink sink {result.generated.skipped, recsFile};
        for (std::size_t i = 0; i < E.unknownItems.size(); ++i) {
            sink.add(E.unknownItemLines[i],
                     QStringLiteral("item %1 is in neither training, truth nor the item file: "
                                    "outside the catalogue (popularity 0, novelty skips it)")
                         .arg(q(L.in.items.name(E.unknownItems[i]))));
        }
        sink.finish(QStringLiteral("items outside the catalogue"));
    }

    // Accuracy first: publish.
    addAccuracyMetrics(result, acc);
    QJsonObject extra;
    extra[QStringLiteral("convention")] = conventionJson(acc.rules, options.trecTies);
    QJsonObject userCounts;
    userCounts[QStringLiteral("evaluated")] = static_cast<qint64>(acc.users.size());
    userCounts[QStringLiteral("without_list")] = static_cast<qint64>(acc.usersWithoutList.size());
    userCounts[QStringLiteral("without_relevant")]
        = static_cast<qint64>(acc.usersWithoutRelevant.size());
    userCounts[QStringLiteral("not_in_truth")] = static_cast<qint64>(acc.usersNotInTruth.size());
    userCounts[QStringLiteral("with_list")] = static_cast<qint64>(
        std::count(E.lists.present.begin(), E.lists.present.end(), std::uint8_t(1)));
    extra[QStringLiteral("users")] = userCounts;
    QJsonObject inputs;
    inputs[QStringLiteral("truth")] = reportJson(L.truthReport);
    inputs[QStringLiteral("recommendations")] = reportJson(L.recsA.report);
    if (L.in.hasTraining) {
        QJsonObject t = reportJson(L.trainReport);
        t[QStringLiteral("repeated_pairs")] = static_cast<qint64>(L.trainingDuplicateRows);
        inputs[QStringLiteral("train")] = t;
    }
    if (L.in.hasItemFile) {
        QJsonObject it = reportJson(L.itemsReport);
        it[QStringLiteral("kind")]
            = L.in.features.hasVectors() ? QStringLiteral("vectors") : QStringLiteral("categories");
        inputs[QStringLiteral("items")] = it;
    }
    QJsonObject dups;
    dups[QStringLiteral("truth")] = static_cast<qint64>(L.truthDuplicates.size());
    dups[QStringLiteral("recommendations")] = static_cast<qint64>(E.duplicates.size());
    dups[QStringLiteral("train_repeated_pairs")] = static_cast<qint64>(L.trainingDuplicateRows);
    extra[QStringLiteral("duplicates")] = dups;
    extra[QStringLiteral("inputs")] = inputs;
    const std::size_t ndcgCut
        = std::find(acc.cutoffs.begin(), acc.cutoffs.end(), 10) != acc.cutoffs.end()
        ? acc.cutoffIndex(10)
        : acc.cutoffs.size() - 1;
    {
        std::vector<double> ndcg(acc.users.size());
        for (std::size_t i = 0; i < acc.users.size(); ++i) {
            ndcg[i] = acc.ndcg[i * acc.cutoffs.size() + ndcgCut];
        }
        QJsonObject h = histogram(ndcg, kHistogramBins);
        h[QStringLiteral("cutoff")] = acc.cutoffs[ndcgCut];
        extra[QStringLiteral("ndcg_histogram")] = h;
    }
    result.extra = extra;
    result.timingsMs.insert(QStringLiteral("accuracy"), clock.restart());
    context.publishPartial(result);

    // Beyond accuracy.
    if (withBeyond) {
        QJsonObject notComputed;
        addBeyondMetrics(result, E.beyond, notComputed);
        QJsonObject catalogue;
        catalogue[QStringLiteral("size")] = static_cast<qint64>(E.beyond.catalogueSize);
        catalogue[QStringLiteral("recommended")]
            = static_cast<qint64>(E.beyond.recommendedCatalogueItems);
        catalogue[QStringLiteral("recommended_outside")]
            = static_cast<qint64>(E.beyond.recommendedOutsideCatalogue);
        catalogue[QStringLiteral("definition")] = QStringLiteral("training ∪ truth ∪ item file");
        extra[QStringLiteral("catalogue")] = catalogue;
        extra[QStringLiteral("novelty_unseen_rows")]
            = static_cast<qint64>(E.beyond.noveltyRowsUnseen);
        extra[QStringLiteral("ild_users")] = static_cast<qint64>(E.beyond.ildUsers);
        extra[QStringLiteral("ild_distance")]
            = L.in.features.hasVectors() ? QStringLiteral("cosine") : QStringLiteral("jaccard");
        extra[QStringLiteral("items_without_features")]
            = static_cast<qint64>(E.beyond.itemsWithoutFeatures);
        extra[QStringLiteral("not_computed")] = notComputed;
        QJsonArray coverageByK;
        for (std::size_t k = 0; k < E.beyond.coverageByCutoff.size(); ++k) {
            QJsonObject p;
            p[QStringLiteral("k")] = static_cast<qint64>(k + 1);
            p[QStringLiteral("coverage")] = E.beyond.coverageByCutoff[k];
            coverageByK.append(p);
        }
        extra[QStringLiteral("coverage_by_cutoff")] = coverageByK;
        extra[QStringLiteral("long_tail_curve")] = longTailCurve(L, E);
        result.extra = extra;
        result.timingsMs.insert(QStringLiteral("beyond"), clock.restart());
        context.publishPartial(result);
    } else {
        markNotComputed(result.extra,
                        {QStringLiteral("coverage"), QStringLiteral("gini"),
                         QStringLiteral("entropy"), QStringLiteral("novelty"),
                         QStringLiteral("ild"), QStringLiteral("arp"),
                         QStringLiteral("long_tail_share"), QStringLiteral("serendipity")});
    }
    if (withPerUser) {
        // Per-user drill-down: real = truth users, generated = users with a list.
        context.beginStage(QStringLiteral("per-user data"), 1);
        const std::size_t users = L.in.users.size();
        const std::size_t nk = acc.cutoffs.size();
        std::vector<std::int64_t> evaluatedIndex(users, -1);
        for (std::size_t i = 0; i < acc.users.size(); ++i) {
            evaluatedIndex[static_cast<std::size_t>(acc.users[i])] = static_cast<std::int64_t>(i);
        }
        const auto series = accuracySeries(acc);
        auto historyLength = [&](std::size_t u) -> qint64 {
            return L.in.hasTraining ? static_cast<qint64>(L.training.historyLength(u)) : 0;
        };
        // Item names converted once (lists repeat popular items millions of times), before the two
        // threads below read them.
        std::vector<QString> itemNames(L.in.items.size());
        for (std::size_t i = 0; i < itemNames.size(); ++i) {
            itemNames[i] = q(L.in.items.name(static_cast<std::int32_t>(i)));
        }
        auto itemName = [&itemNames](std::int32_t item) -> const QString& {
            return itemNames[static_cast<std::size_t>(item)];
        };
        const rs::ResolvedConvention& rules = acc.rules;
        auto relevant
            = [&rules](double g) { return rules.relevantAboveZero ? g > 0 : g >= rules.level; };

        std::vector<std::size_t> realUsers, generatedUsers;
        for (std::size_t u = 0; u < users; ++u) {
            if (u < L.truth.present.size() && L.truth.present[u]) {
                realUsers.push_back(u);
            }
            if (E.lists.present[u]) {
                generatedUsers.push_back(u);
            }
        }
        // Generated samples by index: this thread takes the first share, the real-set thread the
        // rest after its own (the real set is about a third of the work).
        result.generated.samples.resize(generatedUsers.size());
        auto buildGenerated = [&](std::size_t from, std::size_t to) {
            std::vector<std::int32_t> relevantStamp(L.in.items.size(), -1);
            for (std::size_t index = from; index < to; ++index) {
                const std::size_t u = generatedUsers[index];
                Sample s;
                const QString name = q(L.in.users.name(static_cast<std::int32_t>(u)));
                const qint64 line = u < L.recsA.firstLine.size() ? L.recsA.firstLine[u] : 0;
                s.source = QStringLiteral("%1:%2").arg(recsFile).arg(line);
                s.label = name;
                s.text = name;
                qint64 relevantCount = 0;
                if (u < L.truth.present.size() && L.truth.present[u]) {
                    for (std::size_t i = L.truth.offsets[u]; i < L.truth.offsets[u + 1]; ++i) {
                        if (relevant(L.truth.relevance[i])) {
                            relevantStamp[static_cast<std::size_t>(L.truth.items[i])]
                                = static_cast<std::int32_t>(u);
                            ++relevantCount;
                        }
                    }
                }
                // The list up to the largest cut-off (what the metrics saw) and the 1-based hit
                // ranks.
                const std::size_t depth
                    = std::min<std::size_t>(E.lists.length(u), static_cast<std::size_t>(K));
                QString list;
                list.reserve(static_cast<qsizetype>(depth) * 8);
                QJsonArray hits;
                const std::int32_t* items = E.lists.begin(u);
                for (std::size_t j = 0; j < depth; ++j) {
                    if (j > 0) {
                        list += QLatin1Char('\t');
                    }
                    list += itemName(items[j]);
                    if (relevantStamp[static_cast<std::size_t>(items[j])]
                        == static_cast<std::int32_t>(u)) {
                        hits.append(static_cast<qint64>(j + 1));
                    }
                }
                s.payload[QStringLiteral("list")] = list;
                s.payload[QStringLiteral("hits")] = hits;
                s.payload[QStringLiteral("list_length")] = static_cast<qint64>(E.lists.length(u));
                s.payload[QStringLiteral("relevant")] = relevantCount;
                s.payload[QStringLiteral("history_length")] = historyLength(u);
                result.generated.samples[index] = std::move(s);
            }
        };
        const std::size_t split = generatedUsers.size() * 2 / 3;
        // The real set's samples are built on a second thread while this one builds the lists'.
        std::exception_ptr realError;
        std::thread realThread([&]() {
            try {
                result.real.samples.reserve(realUsers.size());
                for (std::size_t u : realUsers) {
                    Sample s;
                    const QString name = q(L.in.users.name(static_cast<std::int32_t>(u)));
                    s.source = QStringLiteral("%1:%2").arg(truthFile).arg(L.in.truthFirstLine[u]);
                    s.label = name;
                    s.text = name;
                    // Tab-separated strings, not JSON arrays: 100k users x their items as JSON
                    // values cost seconds; one string per user is a copy (docs/recsys.md, "Per-user
                    // data").
                    QString rel;
                    QString grades;
                    for (std::size_t i = L.truth.offsets[u]; i < L.truth.offsets[u + 1]; ++i) {
                        if (i > L.truth.offsets[u]) {
                            rel += QLatin1Char('\t');
                            grades += QLatin1Char('\t');
                        }
                        rel += itemName(L.truth.items[i]);
                        grades += QString::number(L.truth.relevance[i]);
                    }
                    s.payload[QStringLiteral("items")] = rel;
                    s.payload[QStringLiteral("grades")] = grades;
                    s.payload[QStringLiteral("history_length")] = historyLength(u);
                    result.real.samples.push_back(std::move(s));
                }
                buildGenerated(split, generatedUsers.size());
            } catch (...) {
                realError = std::current_exception();
            }
        });
        try {
            buildGenerated(0, split);
        } catch (...) {
            realThread.join();
            throw;
        }
        realThread.join();
        if (realError) {
            std::rethrow_exception(realError);
        }
        context.checkCanceled();

        // Score columns.
        for (const auto& [name, values] : series) {
            ScoreColumn real {name, {}};
            real.values.reserve(realUsers.size());
            for (std::size_t u : realUsers) {
                const std::int64_t i = evaluatedIndex[u];
                real.values.push_back(i >= 0 ? values[static_cast<std::size_t>(i)] : kNaN);
            }
            ScoreColumn gen {name, {}};
            gen.values.reserve(generatedUsers.size());
            for (std::size_t u : generatedUsers) {
                const std::int64_t i = evaluatedIndex[u];
                gen.values.push_back(i >= 0 ? values[static_cast<std::size_t>(i)] : kNaN);
            }
            result.realScores.append(std::move(real));
            result.generatedScores.append(std::move(gen));
        }
        {
            ScoreColumn rel {QStringLiteral("relevant_count"), {}};
            ScoreColumn hist {QStringLiteral("history_length"), {}};
            for (std::size_t u : realUsers) {
                const std::int64_t i = evaluatedIndex[u];
                rel.values.push_back(i >= 0 ? acc.relevantCount[static_cast<std::size_t>(i)] : 0.0);
                hist.values.push_back(L.in.hasTraining ? static_cast<double>(historyLength(u))
                                                       : kNaN);
            }
            result.realScores.append(std::move(rel));
            result.realScores.append(std::move(hist));
        }
        {
            auto perUser = [&](const char* name, const std::vector<double>& byUser) {
                if (byUser.empty()) {
                    return;
                }
                ScoreColumn c {QLatin1String(name), {}};
                for (std::size_t u : generatedUsers) {
                    c.values.push_back(byUser[u]);
                }
                result.generatedScores.append(std::move(c));
            };
            perUser("novelty", E.beyond.userNovelty);
            perUser("ild", E.beyond.userIld);
            perUser("arp", E.beyond.userArp);
            perUser("long_tail_share", E.beyond.userLongTail);
            if (!E.serendipity.empty()) {
                ScoreColumn c {QStringLiteral("serendipity"), {}};
                for (std::size_t u : generatedUsers) {
                    const std::int64_t i = evaluatedIndex[u];
                    c.values.push_back(i >= 0 ? E.serendipity[static_cast<std::size_t>(i)] : kNaN);
                }
                result.generatedScores.append(std::move(c));
            }
            ScoreColumn len {QStringLiteral("list_length"), {}};
            ScoreColumn hist {QStringLiteral("history_length"), {}};
            for (std::size_t u : generatedUsers) {
                len.values.push_back(static_cast<double>(E.lists.length(u)));
                hist.values.push_back(L.in.hasTraining ? static_cast<double>(historyLength(u))
                                                       : kNaN);
            }
            result.generatedScores.append(std::move(len));
            result.generatedScores.append(std::move(hist));
        }
        (void)nk;
        result.timingsMs.insert(QStringLiteral("per_user"), clock.restart());
    } else {
        // Without the per-user stage the sets still name their users (the counts of the run),
        // with no payload and no score columns.
        const auto userSample = [&](std::size_t u, const QString& file, qint64 line) {
            Sample sample;
            sample.label = q(L.in.users.name(static_cast<std::int32_t>(u)));
            sample.text = sample.label;
            sample.source = QStringLiteral("%1:%2").arg(file).arg(line);
            return sample;
        };
        for (std::size_t u = 0; u < L.in.users.size(); ++u) {
            if (u < L.truth.present.size() && L.truth.present[u]) {
                result.real.samples.push_back(userSample(u, truthFile, L.in.truthFirstLine[u]));
            }
            if (E.lists.present[u]) {
                result.generated.samples.push_back(userSample(
                    u, recsFile, u < L.recsA.firstLine.size() ? L.recsA.firstLine[u] : 0));
            }
        }
    }

    if (options.sliceBy.isSet()) {
        context.publishPartial(result);
        addRecsysSlices(result, L, E, options, withBeyond, context);
        result.timingsMs.insert(QStringLiteral("slices"), clock.restart());
    }
    addRecsysIntervals(result, L, E, options, context);

    if (!options.compareWithPath.isEmpty()) {
        Evaluated B = evaluateLists(L, L.recsB, options, context, withBeyond);
        const QString otherOutsideTruth
            = noUserInTruthWarning(B, options.compareWithPath, truthFile);
        if (!otherOutsideTruth.isEmpty()) {
            result.warnings << otherOutsideTruth
                    + RecsysPipeline::tr("; the comparison is against empty lists");
        }
        const RecsysComparison c = comparisonOf(L, E, B, options, options.compareWithPath, context);
        QJsonObject cj = c.toJson();
        QJsonObject otherInput = reportJson(L.recsB.report);
        otherInput[QStringLiteral("duplicates")] = static_cast<qint64>(B.duplicates.size());
        cj[QStringLiteral("input_b")] = otherInput;
        result.extra[QStringLiteral("comparison")] = cj;
        result.timingsMs.insert(QStringLiteral("comparison"), clock.restart());
    }
    return result;
}

RecsysComparison compareRecsys(const RecsysEvalOptions& options,
                               const QString& otherRecommendationsPath, PipelineContext& context)
{
    if (otherRecommendationsPath.isEmpty()) {
        throw InputError("no second recommendations file to compare with");
    }
    Loaded L;
    load(L, options, otherRecommendationsPath, context);
    Evaluated A = evaluateLists(L, L.recsA, options, context, true);
    Evaluated B = evaluateLists(L, L.recsB, options, context, true);
    return comparisonOf(L, A, B, options, otherRecommendationsPath, context);
}

} // namespace genlens::app
