// The run comparison page (issue 6 item 7) on a small project: two image runs on one real set
// (an earlier and a later model, two generated images in common), a third run on another real
// set. The runs load off the UI thread; a choice made while a load is on its way wins; runs on
// different real sets get the metric table only; the "changed most" table activates run B's
// sample; the history has every finished run on the real set; the texts follow a language change.
#include "models/projectsession.h"
#include "models/runcomparisonmodel.h"
#include "models/runpairloader.h"
#include "models/scorechangemodel.h"
#include "pages/runcomparisonpage.h"
#include "project/projectstore.h"

#include <QAbstractItemView>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <cmath>

using namespace genlens;
using app::SetRole;

namespace {

constexpr int kSamples = 6;
const double kNaN = std::numeric_limits<double>::quiet_NaN();

// An image run: real samples r0..r5 of `realSource`; generated samples with the given content
// keys. Scores (all known by construction):
//  - generated "realism" = fid / 10 + index (so the two shared images change by (fidB − fidA) / 10
//    plus their change of position);
//  - real "nearest_generated_distance" = fid / 10 * (1 + i) (each real sample changes in
//    proportion to its index: the last one changes most).
app::RunResult imageRun(const QString& realSource, const QStringList& generatedKeys, double fid)
{
    app::RunResult run;
    run.modality = QStringLiteral("image");
    run.extractor = QJsonObject {{QStringLiteral("id"), QStringLiteral("builtin-1")},
                                 {QStringLiteral("dim"), 8}};
    run.real.role = SetRole::Real;
    run.real.source = realSource;
    run.real.kind = QStringLiteral("folder");
    run.generated.role = SetRole::Generated;
    run.generated.source = QStringLiteral("/gen/%1").arg(fid);
    run.generated.kind = QStringLiteral("folder");
    app::ScoreColumn nearest {QStringLiteral("nearest_generated_distance"), {}};
    for (int i = 0; i < kSamples; ++i) {
        app::Sample r;
        r.label = QStringLiteral("r%1.png").arg(i);
        r.source = realSource + QLatin1Char('/') + r.label;
        r.contentHash = QByteArray("real-") + QByteArray::number(i);
        run.real.samples.push_back(r);
        nearest.values.push_back(fid / 10 * (1 + i));
    }
    app::ScoreColumn realism {QStringLiteral("realism"), {}};
    for (qsizetype i = 0; i < generatedKeys.size(); ++i) {
        app::Sample g;
        g.label = QStringLiteral("%1.png").arg(generatedKeys.at(i));
        g.source = run.generated.source + QLatin1Char('/') + g.label;
        g.contentHash = generatedKeys.at(i).toUtf8();
        run.generated.samples.push_back(g);
        realism.values.push_back(fid / 10 + double(i));
    }
    run.realScores = {nearest};
    run.generatedScores = {realism};
    run.metrics = {{QStringLiteral("fid"), fid, kNaN}, {QStringLiteral("precision"), 0.5, kNaN}};
    return run;
}

QChart* chartOf(const widgets::RunComparisonPage& page, const char* name)
{
    auto* view = page.findChild<QChartView*>(QLatin1String(name));
    return view ? view->chart() : nullptr;
}

QString labelText(const widgets::RunComparisonPage& page, const char* name)
{
    auto* label = page.findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QString();
}

void choose(const widgets::RunComparisonPage& page, const char* box, qint64 runId)
{
    auto* combo = page.findChild<QComboBox*>(QLatin1String(box));
    QVERIFY(combo);
    const int at = combo->findData(runId);
    QVERIFY(at >= 0);
    combo->setCurrentIndex(at);
}

// Every language-dependent string of the page's own context, marked so the test can see it.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        if (QLatin1String(context) == QLatin1String("genlens::widgets::RunComparisonPage")) {
            return QStringLiteral("«%1»").arg(QString::fromUtf8(sourceText));
        }
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestRunComparisonPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("compare.genlens"));
        app::ProjectStore store;
        store.open(m_project);
        const QStringList early = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                   QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f")};
        // The later model made two of the same images (a and c, at new positions).
        const QStringList late = {QStringLiteral("c"), QStringLiteral("x"), QStringLiteral("y"),
                                  QStringLiteral("a"), QStringLiteral("z"), QStringLiteral("w")};
        const QStringList other = {QStringLiteral("p"), QStringLiteral("q")};
        m_early = store.saveRun(imageRun(QStringLiteral("/real"), early, 30));
        m_late = store.saveRun(imageRun(QStringLiteral("/real"), late, 20));
        m_elsewhere = store.saveRun(imageRun(QStringLiteral("/other-real"), other, 10));
        store.renameRun(m_late, QStringLiteral("later model"));
    }

    void loadsOffTheUiThreadAndDefaultsToComparableRuns()
    {
        app::ProjectSession session;
        session.open(m_project);
        widgets::RunComparisonPage page(&session);
        page.resize(1000, 700);
        page.show();
        // B is the newest run; no older run shares its real set, so A is the newest older run of
        // the same modality.
        QCOMPARE(page.runB(), m_elsewhere);
        QCOMPARE(page.runA(), m_late);
        // Nothing was read on the UI thread: the pair arrives later.
        QVERIFY(page.isLoading());
        QVERIFY(!page.pair().has_value());
        QVERIFY(labelText(page, "comparisonNote").contains(QStringLiteral("Loading")));
        QTRY_VERIFY(page.pair().has_value());
        QVERIFY(!page.pair()->sharedRealSet);
        // Different real sets: the metric table only, and the note says why.
        auto* views = page.findChild<QTabWidget*>(QStringLiteral("comparisonViews"));
        QVERIFY(views);
        QVERIFY(views->isTabVisible(widgets::RunComparisonPage::MetricsView));
        for (int view = widgets::RunComparisonPage::DistributionsView;
             view < widgets::RunComparisonPage::ViewCount; ++view) {
            QVERIFY(!views->isTabVisible(view));
        }
        QVERIFY2(labelText(page, "comparisonNote").contains(QStringLiteral("different real sets")),
                 qPrintable(labelText(page, "comparisonNote")));
        QCOMPARE(page.model()->rowCount(), 2); // fid, precision
        // FID 20 -> 10: B better.
        QCOMPARE(page.model()->index(0, 0).data(app::RunComparisonModel::ImprovedRole).toInt(), 1);

        // Two runs on the same real set: every view.
        choose(page, "runA", m_early);
        choose(page, "runB", m_late);
        QVERIFY(page.isLoading());
        QVERIFY(page.waitForLoad());
        QCOMPARE(page.pair()->idA(), m_early);
        QCOMPARE(page.pair()->idB(), m_late);
        QVERIFY(page.pair()->sharedRealSet);
        for (int view = 0; view < widgets::RunComparisonPage::ViewCount; ++view) {
            QVERIFY(views->isTabVisible(view));
        }
        QVERIFY(labelText(page, "comparisonNote").contains(QStringLiteral("Same real set")));
    }

    void overlayShowsBothRunsWithKs()
    {
        app::ProjectSession session;
        session.open(m_project);
        widgets::RunComparisonPage page(&session);
        page.show();
        page.compare(m_early, m_late);
        QVERIFY(page.waitForLoad());
        page.showView(widgets::RunComparisonPage::DistributionsView);
        page.showScore(SetRole::Generated, QStringLiteral("realism"));
        QChart* chart = chartOf(page, "overlayChart");
        QVERIFY(chart);
        QCOMPARE(chart->series().size(), 2);
        QVERIFY(chart->series().at(0)->name().startsWith(QStringLiteral("A: Run %1").arg(m_early)));
        QVERIFY(chart->series().at(1)->name().contains(QStringLiteral("later model")));
        // Different colours for A and B.
        auto* a = qobject_cast<QAreaSeries*>(chart->series().at(0));
        auto* b = qobject_cast<QAreaSeries*>(chart->series().at(1));
        QVERIFY(a && b);
        QVERIFY(a->pen().color() != b->pen().color());
        // realism A = 3 + i, B = 2 + i (i = 0..5): ECDFs differ by 1/6 at every step, so
        // KS D = 1/6 (scipy.stats.ks_2samp gives 0.1667).
        const QString caption = labelText(page, "overlayCaption");
        QVERIFY2(caption.contains(QStringLiteral("D = 0.166667")), qPrintable(caption));
        // The real set's score too.
        page.showScore(SetRole::Real, QStringLiteral("nearest_generated_distance"));
        QVERIFY(chartOf(page, "overlayChart")->title().contains(QStringLiteral("Real set")));
    }

    void changedMostActivatesRunBsSample()
    {
        app::ProjectSession session;
        session.open(m_project);
        widgets::RunComparisonPage page(&session);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.compare(m_early, m_late);
        QVERIFY(page.waitForLoad());
        page.showView(widgets::RunComparisonPage::ChangesView);
        // The real set pairs all 6 samples, the generated sets only 2: the real set leads.
        QCOMPARE(page.changeModel()->set(), SetRole::Real);
        QCOMPARE(page.changeModel()->key(), QStringLiteral("nearest_generated_distance"));
        QCOMPARE(page.changeModel()->rowCount(), kSamples);
        auto* table = page.findChild<QTableView*>(QStringLiteral("changeTable"));
        QVERIFY(table);
        // Change = (2 - 3) * (1 + i): the last real sample changed most.
        QCOMPARE(table->model()->index(0, app::ScoreChangeModel::ChangeColumn).data().toString(),
                 QStringLiteral("-6"));
        QCOMPARE(table->model()->index(0, 0).data(app::ScoreChangeModel::IndexBRole).toLongLong(),
                 qint64(kSamples - 1));

        QSignalSpy activated(&page, &widgets::RunComparisonPage::sampleActivated);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, app::ScoreChangeModel::LabelBColumn));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), m_late);
        QCOMPARE(activated.at(0).at(1).value<SetRole>(), SetRole::Real);
        QCOMPARE(activated.at(0).at(2).toLongLong(), qint64(kSamples - 1));

        // The generated sets: images a and c are in both runs (content hash); c moved from 2 to
        // 0 (realism 5 -> 2), a from 0 to 3 (3 -> 5).
        page.showScore(SetRole::Generated, QStringLiteral("realism"));
        QCOMPARE(page.changeModel()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, app::ScoreChangeModel::LabelBColumn).data().toString(),
                 QStringLiteral("c.png"));
        QCOMPARE(table->model()->index(0, app::ScoreChangeModel::ChangeColumn).data().toString(),
                 QStringLiteral("-3"));
        const QString note = labelText(page, "changeNote");
        QVERIFY2(note.startsWith(QStringLiteral("2 of run B's 6 samples")), qPrintable(note));
        const QModelIndex second = table->model()->index(1, app::ScoreChangeModel::LabelBColumn);
        const QPoint at = table->visualRect(second).center();
        // Qt 6.4's mouseDClick sends no press of its own: click first, as a user does.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(1).at(1).value<SetRole>(), SetRole::Generated);
        QCOMPARE(activated.at(1).at(2).toLongLong(), qint64(3)); // a is B's sample 3
    }

    void nothingInCommonIsSaid()
    {
        // Two runs on the real set whose generated images share nothing.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("apart.genlens"));
        qint64 first = 0;
        qint64 second = 0;
        {
            app::ProjectStore store;
            store.open(path);
            first = store.saveRun(
                imageRun(QStringLiteral("/real"), {QStringLiteral("a"), QStringLiteral("b")}, 30));
            second = store.saveRun(
                imageRun(QStringLiteral("/real"), {QStringLiteral("c"), QStringLiteral("d")}, 20));
        }
        app::ProjectSession session;
        session.open(path);
        widgets::RunComparisonPage page(&session);
        page.compare(first, second);
        QVERIFY(page.waitForLoad());
        page.showScore(SetRole::Generated, QStringLiteral("realism"));
        QCOMPARE(page.changeModel()->rowCount(), 0);
        const QString note = labelText(page, "changeNote");
        QVERIFY2(note.startsWith(QStringLiteral("No sample of run B's generated set")),
                 qPrintable(note));
        QVERIFY(note.contains(QStringLiteral("content is identical")));
    }

    void aLaterChoiceWins()
    {
        app::ProjectSession session;
        session.open(m_project);
        widgets::RunComparisonPage page(&session);
        page.show();
        QVERIFY(page.waitForLoad());
        QSignalSpy shown(&page, &widgets::RunComparisonPage::pairShown);
        // Two choices before the event loop runs: only the second is shown.
        page.compare(m_elsewhere, m_late);
        page.compare(m_early, m_late);
        QTRY_COMPARE(shown.count(), 1);
        QVERIFY(page.loader()->waitForDone(10000));
        QTest::qWait(100);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).toLongLong(), m_early);
        QCOMPARE(page.pair()->idA(), m_early);

        // A load that finished while the user was choosing again: its result is dropped.
        choose(page, "runA", m_elsewhere);
        QVERIFY(page.loader()->waitForDone(10000)); // done, its result not delivered yet
        choose(page, "runB", m_early);
        QTRY_COMPARE(shown.count(), 2);
        QVERIFY(page.loader()->waitForDone(10000));
        QTest::qWait(100);
        QCOMPARE(shown.count(), 2);
        QCOMPARE(page.pair()->idA(), m_elsewhere);
        QCOMPARE(page.pair()->idB(), m_early);
    }

    void historyHasEveryRunOnTheRealSet()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.genlens"));
        const QStringList keys = {QStringLiteral("a"), QStringLiteral("b")};
        qint64 ids[3] = {};
        {
            app::ProjectStore store;
            store.open(path);
            ids[0] = store.saveRun(imageRun(QStringLiteral("/real"), keys, 30));
            ids[1] = store.saveRun(imageRun(QStringLiteral("/real"), keys, 25));
            ids[2] = store.saveRun(imageRun(QStringLiteral("/real"), keys, 20));
            store.saveRun(imageRun(QStringLiteral("/elsewhere"), keys, 5));
        }
        app::ProjectSession session;
        session.open(path);
        widgets::RunComparisonPage page(&session);
        page.show();
        page.compare(ids[0], ids[2]);
        QVERIFY(page.waitForLoad());
        page.showView(widgets::RunComparisonPage::HistoryView);
        page.showHistory(QStringLiteral("fid"));
        QChart* chart = chartOf(page, "historyChart");
        QVERIFY(chart);
        // A, B and the run between them, oldest first, each labelled with its run.
        QList<QPointF> others;
        QList<QPointF> a;
        QList<QPointF> b;
        for (QAbstractSeries* series : chart->series()) {
            auto* scatter = qobject_cast<QScatterSeries*>(series);
            if (!scatter) {
                continue;
            }
            if (scatter->name().startsWith(QStringLiteral("A:"))) {
                a = scatter->points();
            } else if (scatter->name().startsWith(QStringLiteral("B:"))) {
                b = scatter->points();
            } else {
                others = scatter->points();
            }
        }
        QCOMPARE(a, (QList<QPointF> {{1, 30}}));
        QCOMPARE(others, (QList<QPointF> {{2, 25}}));
        QCOMPARE(b, (QList<QPointF> {{3, 20}}));
        auto* x = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QCOMPARE(x->categoriesLabels(),
                 (QStringList {QStringLiteral("run %1").arg(ids[0]),
                               QStringLiteral("run %1").arg(ids[1]),
                               QStringLiteral("run %1").arg(ids[2])}));
        const QString caption = labelText(page, "historyCaption");
        QVERIFY2(caption.contains(QStringLiteral("3 finished runs")), qPrintable(caption));
        QVERIFY(caption.contains(QStringLiteral("lower is better")));
    }

    void followsLanguageChanges()
    {
        app::ProjectSession session;
        session.open(m_project);
        widgets::RunComparisonPage page(&session);
        page.compare(m_early, m_late);
        QVERIFY(page.waitForLoad());
        auto* views = page.findChild<QTabWidget*>(QStringLiteral("comparisonViews"));
        QCOMPARE(views->tabText(widgets::RunComparisonPage::HistoryView),
                 QStringLiteral("History"));
        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking); // posts LanguageChange to every window
        QTRY_COMPARE(views->tabText(widgets::RunComparisonPage::HistoryView),
                     QStringLiteral("«History»"));
        QVERIFY(labelText(page, "comparisonNote").startsWith(QStringLiteral("«Same real set")));
        QVERIFY(labelText(page, "historyCaption").startsWith(QStringLiteral("«")));
        QCoreApplication::removeTranslator(&marking);
        QTRY_COMPARE(views->tabText(widgets::RunComparisonPage::HistoryView),
                     QStringLiteral("History"));
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    qint64 m_early = 0;
    qint64 m_late = 0;
    qint64 m_elsewhere = 0;
};

QTEST_MAIN(TestRunComparisonPage)
#include "tst_runcomparisonpage.moc"
