// The run comparison's app-side pieces (issue 6 item 7) on hand-made RunResult values and small
// project files: pairing samples across two runs, ranking score changes, the A/B overlay
// histograms with KS, the metric history, and the background loader that drops stale loads.
#include "models/runpair.h"
#include "models/runpairloader.h"
#include "models/scorechangemodel.h"
#include "models/scorechanges.h"
#include "models/scoredistributions.h"
#include "project/projectstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>

using namespace genlens::app;

namespace {

// Hand-worked values are exact in binary; KS and shares are sums of quarters.
constexpr double kTolerance = 1e-12;
const double kNaN = std::numeric_limits<double>::quiet_NaN();

using Pairs = QList<QPair<qint64, qint64>>;

// A run whose real and generated samples carry `keys` in the field the modality pairs by
// (content hash for images, text for text and recommendation lists).
RunResult keyedRun(const QString& modality, const QStringList& realKeys,
                   const QStringList& generatedKeys)
{
    RunResult run;
    run.modality = modality;
    run.real.role = SetRole::Real;
    run.generated.role = SetRole::Generated;
    const bool image = modality == QLatin1String("image");
    for (const auto& [keys, set] :
         {std::pair {&realKeys, &run.real}, std::pair {&generatedKeys, &run.generated}}) {
        for (qsizetype i = 0; i < keys->size(); ++i) {
            Sample s;
            s.label = QStringLiteral("%1-%2").arg(keys->at(i)).arg(i);
            s.source = s.label;
            if (image) {
                s.contentHash = keys->at(i).toUtf8();
            } else {
                s.text = keys->at(i);
            }
            set->samples.push_back(s);
        }
    }
    return run;
}

Pairs toPairs(const std::vector<std::pair<qint64, qint64>>& pairs)
{
    Pairs out;
    for (const auto& [a, b] : pairs) {
        out.append({a, b});
    }
    return out;
}

// Generated images a..e in run A, the same images in reverse order in run B, with a realism
// score per run (see changesRankByAbsoluteChange for the expected ranking).
std::pair<std::shared_ptr<RunResult>, std::shared_ptr<RunResult>> changedRuns()
{
    const QStringList keys = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                              QStringLiteral("d"), QStringLiteral("e")};
    QStringList reversed = keys;
    std::reverse(reversed.begin(), reversed.end());
    auto a = std::make_shared<RunResult>(keyedRun(QStringLiteral("image"), keys, keys));
    auto b = std::make_shared<RunResult>(keyedRun(QStringLiteral("image"), keys, reversed));
    // By sample: a 1 -> 0.5, b 2 -> 2, c 3 -> 1, d 4 -> 4.5, e NaN -> 5.
    a->generatedScores = {{QStringLiteral("realism"), {1, 2, 3, 4, kNaN}},
                          {QStringLiteral("only_in_a"), {0, 0, 0, 0, 0}}};
    b->generatedScores = {{QStringLiteral("realism"), {5, 4.5, 1, 2, 0.5}}};
    a->realScores = {{QStringLiteral("covered"), {1, 0, 1, 0, 1}}};
    b->realScores = {{QStringLiteral("covered"), {1, 1, 0, 0, 1}}};
    return {a, b};
}

RunResult storedImageRun(const QString& realSource, double fid)
{
    RunResult run = keyedRun(QStringLiteral("image"),
                             {QStringLiteral("r0"), QStringLiteral("r1"), QStringLiteral("r2")},
                             {QStringLiteral("g0"), QStringLiteral("g1")});
    run.real.source = realSource;
    run.real.kind = QStringLiteral("folder");
    run.generated.source = QStringLiteral("/gen/%1").arg(fid);
    run.generated.kind = QStringLiteral("folder");
    // Distinct generated content per run, so that each run stores its own generated set.
    for (Sample& s : run.generated.samples) {
        s.contentHash += QByteArray::number(fid);
    }
    run.metrics = {{QStringLiteral("fid"), fid, kNaN}, {QStringLiteral("kid"), fid / 100, kNaN}};
    run.generatedScores = {{QStringLiteral("realism"), {fid / 10, fid / 20}}};
    return run;
}

} // namespace

class TestRunComparison : public QObject
{
    Q_OBJECT
private slots:
    void pairsSamples_data()
    {
        QTest::addColumn<QString>("modality");
        QTest::addColumn<int>("set");
        QTest::addColumn<bool>("sharedReal");
        QTest::addColumn<QStringList>("keysA");
        QTest::addColumn<QStringList>("keysB");
        QTest::addColumn<int>("rule");
        QTest::addColumn<Pairs>("expected");
        const int real = int(SetRole::Real);
        const int generated = int(SetRole::Generated);
        const QStringList abc = {QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3")};
        QTest::addRow("shared real set: by index")
            << QStringLiteral("image") << real << true << abc << abc << int(SampleMatch::ByIndex)
            << Pairs {{0, 0}, {1, 1}, {2, 2}};
        QTest::addRow("shared real set: an index whose content differs is not paired")
            << QStringLiteral("image") << real << true << abc
            << QStringList {QStringLiteral("h1"), QStringLiteral("hX"), QStringLiteral("h3")}
            << int(SampleMatch::ByIndex) << Pairs {{0, 0}, {2, 2}};
        QTest::addRow("real sets not shared: by content hash, in B's order")
            << QStringLiteral("image") << real << false << abc
            << QStringList {QStringLiteral("h3"), QStringLiteral("h1"), QStringLiteral("h9")}
            << int(SampleMatch::ByContentHash) << Pairs {{2, 0}, {0, 1}};
        QTest::addRow("generated images: by content hash")
            << QStringLiteral("image") << generated << true
            << QStringList {QStringLiteral("g1"), QStringLiteral("g2"), QStringLiteral("g3"),
                            QStringLiteral("g4")}
            << QStringList {QStringLiteral("g4"), QStringLiteral("g5"), QStringLiteral("g1")}
            << int(SampleMatch::ByContentHash) << Pairs {{3, 0}, {0, 2}};
        QTest::addRow("duplicates pair in order, the extra one stays alone")
            << QStringLiteral("image") << generated << true
            << QStringList {QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("y")}
            << QStringList {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("x"),
                            QStringLiteral("x")}
            << int(SampleMatch::ByContentHash) << Pairs {{0, 0}, {2, 1}, {1, 2}};
        QTest::addRow("an empty key never matches")
            << QStringLiteral("image") << generated << true
            << QStringList {QString(), QStringLiteral("k")}
            << QStringList {QString(), QStringLiteral("k")} << int(SampleMatch::ByContentHash)
            << Pairs {{1, 1}};
        QTest::addRow("text: by identical text")
            << QStringLiteral("text") << generated << true
            << QStringList {QStringLiteral("the cat sat"), QStringLiteral("a dog ran")}
            << QStringList {QStringLiteral("a dog ran"), QStringLiteral("a dog ran.")}
            << int(SampleMatch::ByText) << Pairs {{1, 0}};
        QTest::addRow("recommendation lists: by user id")
            << QStringLiteral("recsys") << generated << true
            << QStringList {QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3")}
            << QStringList {QStringLiteral("u3"), QStringLiteral("u1")}
            << int(SampleMatch::ByUserId) << Pairs {{2, 0}, {0, 1}};
        QTest::addRow("different images: nothing is paired")
            << QStringLiteral("image") << generated << true
            << QStringList {QStringLiteral("g1"), QStringLiteral("g2")}
            << QStringList {QStringLiteral("g3"), QStringLiteral("g4")}
            << int(SampleMatch::ByContentHash) << Pairs {};
    }

    void pairsSamples()
    {
        QFETCH(QString, modality);
        QFETCH(int, set);
        QFETCH(bool, sharedReal);
        QFETCH(QStringList, keysA);
        QFETCH(QStringList, keysB);
        QFETCH(int, rule);
        QFETCH(Pairs, expected);
        const auto role = static_cast<SetRole>(set);
        const RunResult a = keyedRun(modality, keysA, keysA);
        const RunResult b = keyedRun(modality, keysB, keysB);
        const SampleMatch match = sampleMatchFor(modality, role, sharedReal);
        QCOMPARE(int(match), rule);
        QCOMPARE(toPairs(matchSamples(a, b, role, match)), expected);
        const ScoreChanges changes = scoreChanges(a, b, role, QStringLiteral("none"), sharedReal);
        QCOMPARE(changes.matched, qint64(expected.size()));
        QCOMPARE(changes.countA, qint64(keysA.size()));
        QCOMPARE(changes.countB, qint64(keysB.size()));
    }

    void changesRankByAbsoluteChange()
    {
        const auto [a, b] = changedRuns();
        const ScoreChanges changes
            = scoreChanges(*a, *b, SetRole::Generated, QStringLiteral("realism"), true);
        QCOMPARE(int(changes.match), int(SampleMatch::ByContentHash));
        QCOMPARE(changes.matched, qint64(5));
        // e has no value in A: left out and counted.
        QCOMPARE(changes.undefined, qint64(1));
        // |B − A|: c 2 (B index 2), d 0.5 (B 1), a 0.5 (B 4; the tie goes to the lower B index),
        // b 0 (B 3).
        QCOMPARE(changes.changes.size(), size_t(4));
        const qint64 expectedB[] = {2, 1, 4, 3};
        const qint64 expectedA[] = {2, 3, 0, 1};
        const double expectedChange[] = {-2.0, 0.5, -0.5, 0.0};
        for (size_t i = 0; i < 4; ++i) {
            QCOMPARE(changes.changes[i].indexB, expectedB[i]);
            QCOMPARE(changes.changes[i].indexA, expectedA[i]);
            QCOMPARE(changes.changes[i].change(), expectedChange[i]);
        }
        // A score only one run has: the pairs are counted, no change is made up.
        const ScoreChanges missing
            = scoreChanges(*a, *b, SetRole::Generated, QStringLiteral("only_in_a"), true);
        QCOMPARE(missing.matched, qint64(5));
        QVERIFY(missing.changes.empty());
    }

    void noMatchIsReported()
    {
        auto [a, b] = changedRuns();
        for (Sample& s : b->generated.samples) {
            s.contentHash += QByteArrayLiteral("-other-model");
        }
        const ScoreChanges changes
            = scoreChanges(*a, *b, SetRole::Generated, QStringLiteral("realism"), true);
        QCOMPARE(changes.matched, qint64(0));
        QVERIFY(changes.changes.empty());
        ScoreChangeModel model;
        QAbstractItemModelTester tester(&model);
        model.setRuns(a, b, true);
        model.setScore(SetRole::Generated, QStringLiteral("realism"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.changes().matched, qint64(0));
        // The shared real set still pairs by index.
        model.setScore(SetRole::Real, QStringLiteral("covered"));
        QCOMPARE(int(model.changes().match), int(SampleMatch::ByIndex));
        QCOMPARE(model.rowCount(), 5);
    }

    void changeModel()
    {
        const auto [a, b] = changedRuns();
        ScoreChangeModel model;
        QAbstractItemModelTester tester(&model);
        model.setRuns(a, b, true);
        // Only scores both runs have.
        QCOMPARE(model.keys(SetRole::Generated), QStringList {QStringLiteral("realism")});
        model.setScore(SetRole::Generated, QStringLiteral("realism"));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ScoreChangeModel::ColumnCount));
        const QModelIndex first = model.index(0, ScoreChangeModel::ChangeColumn);
        QCOMPARE(first.data().toString(), QStringLiteral("-2"));
        QCOMPARE(first.data(ScoreChangeModel::ChangeRole).toDouble(), -2.0);
        QCOMPARE(first.data(ScoreChangeModel::AbsoluteChangeRole).toDouble(), 2.0);
        QCOMPARE(model.index(1, ScoreChangeModel::ChangeColumn).data().toString(),
                 QStringLiteral("+0.5"));
        QCOMPARE(model.index(0, ScoreChangeModel::LabelAColumn).data().toString(),
                 QStringLiteral("c-2"));
        QCOMPARE(model.index(0, ScoreChangeModel::LabelBColumn).data().toString(),
                 QStringLiteral("c-2"));
        QCOMPARE(model.index(0, 0).data(ScoreChangeModel::IndexBRole).toLongLong(), qint64(2));
        QCOMPARE(model.indexB(3), qint64(3));
        QCOMPARE(model.index(0, 0).data(ScoreChangeModel::SetRoleRole).toInt(),
                 int(SetRole::Generated));

        // Sorting through a proxy on SortRole: B's values ascending are 0.5 (a), 1 (c), 2 (b),
        // 4.5 (d); the change column sorts by |B − A|.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ScoreChangeModel::SortRole);
        proxy.sort(ScoreChangeModel::ValueBColumn, Qt::AscendingOrder);
        QStringList labels;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            labels << proxy.index(row, ScoreChangeModel::LabelBColumn).data().toString();
        }
        QCOMPARE(labels,
                 (QStringList {QStringLiteral("a-4"), QStringLiteral("c-2"), QStringLiteral("b-3"),
                               QStringLiteral("d-1")}));
        proxy.sort(ScoreChangeModel::ChangeColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, ScoreChangeModel::ChangeColumn)
                     .data(ScoreChangeModel::AbsoluteChangeRole)
                     .toDouble(),
                 0.0);

        // New runs keep the chosen score when they still have it; clear() empties the model.
        model.setRuns(b, a, true);
        QCOMPARE(model.key(), QStringLiteral("realism"));
        QCOMPARE(model.rowCount(), 4);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void overlayNumbers()
    {
        auto a = std::make_shared<RunResult>();
        auto b = std::make_shared<RunResult>();
        a->generatedScores = {{QStringLiteral("s"), {0, 1, 2, 3}},
                              {QStringLiteral("flag"), {0, 1, 1, 0}},
                              {QStringLiteral("constant"), {2, 2}},
                              {QStringLiteral("only_a"), {1}}};
        b->generatedScores = {{QStringLiteral("constant"), {2}},
                              {QStringLiteral("flag"), {1, 1, 1, 1}},
                              {QStringLiteral("s"), {2, 3, 4, 5, kNaN}}};
        ScoreDistributions distributions;
        distributions.setRun(a);
        distributions.setCompareRun(b);
        QCOMPARE(distributions.overlayKeys(SetRole::Generated),
                 (QStringList {QStringLiteral("s"), QStringLiteral("flag"),
                               QStringLiteral("constant")}));
        QVERIFY(distributions.overlayKeys(SetRole::Real).isEmpty());

        // Five bins of width 1 over [0, 5]; the maximum 5 goes to the last bin, NaN is left out.
        const ScoreOverlay o = distributions.overlay(SetRole::Generated, QStringLiteral("s"), 5);
        QCOMPARE(o.aCount, qint64(4));
        QCOMPARE(o.bCount, qint64(4));
        QCOMPARE(o.edges, (std::vector<double> {0, 1, 2, 3, 4, 5}));
        QCOMPARE(o.a, (std::vector<double> {0.25, 0.25, 0.25, 0.25, 0}));
        QCOMPARE(o.b, (std::vector<double> {0, 0, 0.25, 0.25, 0.5}));
        // KS by hand: F_A(1.5) = 0.5, F_B(1.5) = 0, and no larger gap
        // (scipy.stats.ks_2samp([0, 1, 2, 3], [2, 3, 4, 5]).statistic = 0.5).
        QVERIFY(std::abs(o.ks - 0.5) < kTolerance);

        // A flag gets the two bins [0, 0.5) and [0.5, 1]: A half and half, B all ones; KS 0.5.
        const ScoreOverlay flag
            = distributions.overlay(SetRole::Generated, QStringLiteral("flag"), 30);
        QCOMPARE(flag.edges, (std::vector<double> {0, 0.5, 1}));
        QCOMPARE(flag.a, (std::vector<double> {0.5, 0.5}));
        QCOMPARE(flag.b, (std::vector<double> {0, 1}));
        QVERIFY(std::abs(flag.ks - 0.5) < kTolerance);

        // A constant score: one bin of width 1 around it; identical distributions, KS 0.
        const ScoreOverlay constant
            = distributions.overlay(SetRole::Generated, QStringLiteral("constant"), 30);
        QCOMPARE(constant.edges, (std::vector<double> {1.5, 2.5}));
        QCOMPARE(constant.a, std::vector<double> {1.0});
        QVERIFY(std::abs(constant.ks) < kTolerance);

        // A score only A has: B is empty, no KS.
        const ScoreOverlay only
            = distributions.overlay(SetRole::Generated, QStringLiteral("only_a"), 30);
        QCOMPARE(only.bCount, qint64(0));
        QVERIFY(std::isnan(only.ks));

        // The run-vs-run overlay does not disturb the run's own real/generated histogram.
        a->realScores = {{QStringLiteral("s"), {0, 1}}};
        distributions.setRun(a);
        const ScoreHistogram own = distributions.histogram(QStringLiteral("s"), 3);
        QCOMPARE(own.realCount, qint64(2));
        QCOMPARE(own.generatedCount, qint64(4));
    }

    void headlineAndMainScore_data()
    {
        QTest::addColumn<QString>("modality");
        QTest::addColumn<QStringList>("available");
        QTest::addColumn<QString>("headline");
        QTest::addRow("image") << QStringLiteral("image")
                               << QStringList {QStringLiteral("precision"), QStringLiteral("kid"),
                                               QStringLiteral("fid")}
                               << QStringLiteral("fid");
        QTest::addRow("text with mauve")
            << QStringLiteral("text")
            << QStringList {QStringLiteral("bleu"), QStringLiteral("mauve")}
            << QStringLiteral("mauve");
        QTest::addRow("text without mauve")
            << QStringLiteral("text")
            << QStringList {QStringLiteral("chrf"), QStringLiteral("bleu")}
            << QStringLiteral("bleu");
        QTest::addRow("lists at another cut-off")
            << QStringLiteral("recsys")
            << QStringList {QStringLiteral("coverage"), QStringLiteral("ndcg@20")}
            << QStringLiteral("ndcg@20");
        QTest::addRow("unknown: the first")
            << QStringLiteral("audio") << QStringList {QStringLiteral("x"), QStringLiteral("y")}
            << QStringLiteral("x");
        QTest::addRow("nothing") << QStringLiteral("image") << QStringList {} << QString();
    }

    void headlineAndMainScore()
    {
        QFETCH(QString, modality);
        QFETCH(QStringList, available);
        QFETCH(QString, headline);
        QCOMPARE(headlineMetric(modality, available), headline);
    }

    void mainScores()
    {
        const QStringList image = {QStringLiteral("sharpness"), QStringLiteral("realism"),
                                   QStringLiteral("nearest_generated_distance")};
        QCOMPARE(mainScore(QStringLiteral("image"), SetRole::Generated, image),
                 QStringLiteral("realism"));
        QCOMPARE(mainScore(QStringLiteral("image"), SetRole::Real, image),
                 QStringLiteral("nearest_generated_distance"));
        QCOMPARE(mainScore(QStringLiteral("recsys"), SetRole::Generated,
                           {QStringLiteral("novelty"), QStringLiteral("ndcg@5")}),
                 QStringLiteral("ndcg@5"));
        QCOMPARE(mainScore(QStringLiteral("text"), SetRole::Real, {QStringLiteral("length")}),
                 QStringLiteral("length"));
    }

    void historyIsOrderedByTime()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.genlens"));
        qint64 first = 0;
        qint64 second = 0;
        qint64 otherReal = 0;
        qint64 failed = 0;
        qint64 last = 0;
        {
            ProjectStore store;
            store.open(path);
            first = store.saveRun(storedImageRun(QStringLiteral("/real"), 30));
            second = store.saveRun(storedImageRun(QStringLiteral("/real"), 20));
            otherReal = store.saveRun(storedImageRun(QStringLiteral("/other-real"), 10));
            failed = store.beginRun(storedImageRun(QStringLiteral("/real"), 5));
            store.saveMetrics(failed, {{QStringLiteral("fid"), 5, kNaN}});
            store.finishRun(failed, RunStatus::Failed, QStringLiteral("out of memory"));
            last = store.saveRun(storedImageRun(QStringLiteral("/real"), 25));
        }
        // The second run started first (a run can be stored after a later one started): history
        // follows the start times, not the ids.
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                QStringLiteral("UPDATE runs SET started_at = started_at - 3600000 WHERE id = %1")
                    .arg(second)));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

        ProjectStore store;
        store.openReadOnly(path);
        const RunPair pair = loadRunPair(store, first, last);
        QVERIFY(pair.sharedRealSet);
        QCOMPARE(pair.idA(), first);
        QCOMPARE(pair.idB(), last);
        QCOMPARE(pair.a->metric(QStringLiteral("fid"))->value, 30.0);
        QCOMPARE(pair.metricKeys(), (QStringList {QStringLiteral("fid"), QStringLiteral("kid")}));
        // Finished runs on the same real set, oldest first: the failed one and the one on another
        // real set are not in it.
        const QList<MetricPoint> fid = pair.history.value(QStringLiteral("fid"));
        QList<qint64> ids;
        QList<double> values;
        for (const MetricPoint& point : fid) {
            ids << point.runId;
            values << point.value;
        }
        QCOMPARE(ids, (QList<qint64> {second, first, last}));
        QCOMPARE(values, (QList<double> {20, 30, 25}));
        QVERIFY(fid.at(0).startedAt < fid.at(1).startedAt);
        QVERIFY(fid.at(1).startedAt <= fid.at(2).startedAt);
        QCOMPARE(pair.history.value(QStringLiteral("kid")).size(), 3);

        const RunPair apart = loadRunPair(store, first, otherReal);
        QVERIFY(!apart.sharedRealSet);
        QVERIFY(apart.history.isEmpty());
        QVERIFY(failed > 0);
    }

    void readOnlyStoreRefusesWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.genlens"));
        qint64 id = 0;
        {
            ProjectStore store;
            store.open(path);
            id = store.saveRun(storedImageRun(QStringLiteral("/real"), 30));
        }
        ProjectStore store;
        store.openReadOnly(path);
        QCOMPARE(store.runs().size(), 1);
        QVERIFY_THROWS_EXCEPTION(StoreError, store.renameRun(id, QStringLiteral("x")));
        QCOMPARE(store.runSummary(id).name, QString());
        ProjectStore missing;
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 missing.openReadOnly(dir.filePath(QStringLiteral("no.genlens"))));
    }

    void loaderDeliversOnlyTheNewestChoice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("loader.genlens"));
        qint64 first = 0;
        qint64 second = 0;
        qint64 third = 0;
        {
            ProjectStore store;
            store.open(path);
            first = store.saveRun(storedImageRun(QStringLiteral("/real"), 30));
            second = store.saveRun(storedImageRun(QStringLiteral("/real"), 20));
            third = store.saveRun(storedImageRun(QStringLiteral("/real"), 10));
        }
        // The window's own connection stays open meanwhile, as in the application.
        ProjectStore window;
        window.open(path);

        RunPairLoader loader;
        QSignalSpy loaded(&loader, &RunPairLoader::loaded);
        QSignalSpy failed(&loader, &RunPairLoader::failed);
        // Three choices in a row without returning to the event loop: the first two are stale by
        // the time their results could arrive.
        const quint64 stale1 = loader.load(path, first, second);
        const quint64 stale2 = loader.load(path, second, third);
        const quint64 newest = loader.load(path, first, third);
        QVERIFY(stale1 != newest && stale2 != newest);
        QVERIFY(loader.isLoading());
        QCOMPARE(loader.currentLoad(), newest);
        QTRY_COMPARE(loaded.count(), 1);
        QVERIFY(loader.waitForDone(10000));
        QTest::qWait(100); // any late delivery of the stale loads would arrive now
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(loaded.at(0).at(0).value<quint64>(), newest);
        const auto pair = loaded.at(0).at(1).value<RunPair>();
        QCOMPARE(pair.idA(), first);
        QCOMPARE(pair.idB(), third);
        QCOMPARE(pair.history.value(QStringLiteral("fid")).size(), 3);
        QVERIFY(!loader.isLoading());

        // A load that ran to the end, whose result still waits in the event queue when the
        // user picks again: dropped on arrival.
        const quint64 ran = loader.load(path, first, second);
        QVERIFY(loader.waitForDone(10000));
        const quint64 picked = loader.load(path, second, third);
        QVERIFY(ran != picked);
        QTRY_COMPARE(loaded.count(), 2);
        QVERIFY(loader.waitForDone(10000));
        QTest::qWait(100);
        QCOMPARE(loaded.count(), 2);
        QCOMPARE(loaded.at(1).at(0).value<quint64>(), picked);
        QCOMPARE(loaded.at(1).at(1).value<RunPair>().idA(), second);

        // A run that does not exist: a failure naming it, nothing loaded.
        const quint64 bad = loader.load(path, first, 999);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<quint64>(), bad);
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("999")),
                 qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(loaded.count(), 2);

        // A cancelled load delivers nothing.
        loader.load(path, first, second);
        loader.cancel();
        QVERIFY(!loader.isLoading());
        QVERIFY(loader.waitForDone(10000));
        QTest::qWait(100);
        QCOMPARE(loaded.count(), 2);
    }
};

QTEST_MAIN(TestRunComparison)
#include "tst_runcomparison.moc"
