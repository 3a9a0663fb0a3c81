// The Slices page (issue 13 items 2 and 3): the mode coverage chart puts dropped modes at the
// top and marks them, a click on a slice's bar chooses that slice, the table is keyboard
// navigable, and in the window a chosen slice filters the Compare grids and the feature map to
// its members (clearing restores every sample). Fixture: tests/models/slicefixtures.h.
#include "../models/slicefixtures.h"
#include "mainwindow.h"
#include "models/sampletablemodel.h"
#include "models/scoreproxymodel.h"
#include "models/slicesmodel.h"
#include "pages/comparepage.h"
#include "pages/distributionspage.h"
#include "pages/slicespage.h"
#include "project/projectstore.h"
#include "views/featuremapview.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace genlens;
using app::SetRole;

namespace {

qsizetype sliceNamed(const app::SliceSet& set, const QString& name)
{
    for (qsizetype i = 0; i < set.slices.size(); ++i) {
        if (set.slices.at(i).name == name) {
            return i;
        }
    }
    return -1;
}

QList<qint64> range(qint64 from, qint64 to)
{
    QList<qint64> out;
    for (qint64 i = from; i < to; ++i) {
        out << i;
    }
    return out;
}

} // namespace

class TestSlicesPage : public QObject
{
    Q_OBJECT
private slots:
    void chartOrdersByCoverage()
    {
        widgets::SlicesPage page;
        page.resize(900, 700);
        page.setRun(slicefixtures::run());
        const app::SliceSet& set = page.model()->slices();
        QStringList order;
        for (const qsizetype i : page.coverageOrder()) {
            order << set.slices.at(i).name;
        }
        // Ratios of shares: bird 0 (dropped), dog 1.0, cat 1.25, fish inf (only generated).
        QCOMPARE(order, (QStringList {"bird", "dog", "cat", "fish"}));
        // Top to bottom on the chart (a category axis counts from the bottom up).
        QChart* chart = page.coverageView()->chart();
        QBarCategoryAxis* axis = nullptr;
        for (QAbstractAxis* a : chart->axes(Qt::Vertical)) {
            axis = qobject_cast<QBarCategoryAxis*>(a);
        }
        QVERIFY(axis != nullptr);
        QStringList topDown = axis->categories();
        std::reverse(topDown.begin(), topDown.end());
        QCOMPARE(topDown,
                 (QStringList {"▼ bird (dropped)", "dog", "cat", "▲ fish (over-produced)"}));
        // One band behind the dropped mode, one behind the over-produced slice.
        int bands = 0;
        for (QAbstractSeries* series : chart->series()) {
            bands += qobject_cast<QAreaSeries*>(series) != nullptr ? 1 : 0;
        }
        QCOMPARE(bands, 2);
    }

    void clickingABarChoosesItsSlice_data()
    {
        QTest::addColumn<QString>("slice");
        QTest::addColumn<int>("set");
        QTest::addColumn<QList<qint64>>("real");
        QTest::addColumn<QList<qint64>>("generated");
        QTest::addRow("dropped bird, real bar")
            << "bird" << int(SetRole::Real) << range(80, 100) << QList<qint64> {};
        QTest::addRow("cat, generated bar")
            << "cat" << int(SetRole::Generated) << range(0, 40) << range(0, 50);
        QTest::addRow("fish, generated bar")
            << "fish" << int(SetRole::Generated) << QList<qint64> {} << range(90, 100);
    }
    void clickingABarChoosesItsSlice()
    {
        QFETCH(QString, slice);
        QFETCH(int, set);
        QFETCH(QList<qint64>, real);
        QFETCH(QList<qint64>, generated);
        widgets::SlicesPage page;
        page.resize(900, 700);
        page.setRun(slicefixtures::run());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy chosen(&page, &widgets::SlicesPage::sliceSelected);
        const qsizetype index = sliceNamed(page.model()->slices(), slice);
        const std::optional<QPoint> at = page.barCentre(index, SetRole(set));
        QVERIFY(at.has_value());
        QTest::mouseClick(page.coverageView()->viewport(), Qt::LeftButton, {}, *at);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), slice);
        QCOMPARE(chosen.at(0).at(1).value<QList<qint64>>(), real);
        QCOMPARE(chosen.at(0).at(2).value<QList<qint64>>(), generated);
        QCOMPARE(page.selectedSlice(), std::optional<qsizetype>(index));
        // A zero-length bar has nothing to click.
        if (slice == QLatin1String("bird")) {
            QVERIFY(!page.barCentre(index, SetRole::Generated).has_value());
        }
    }

    void keyboardNavigation()
    {
        widgets::SlicesPage page;
        page.resize(900, 700);
        page.setRun(slicefixtures::run());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy chosen(&page, &widgets::SlicesPage::sliceSelected);
        QSignalSpy cleared(&page, &widgets::SlicesPage::sliceCleared);
        page.table()->setFocus();
        // Worst first by fid: the dropped bird, then dog, cat, fish.
        page.table()->setCurrentIndex(page.model()->index(0, 0));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.last().at(0).toString(), QStringLiteral("bird"));
        QTest::keyClick(page.table(), Qt::Key_Down);
        QCOMPARE(chosen.count(), 2);
        QCOMPARE(chosen.last().at(0).toString(), QStringLiteral("dog"));
        QTest::keyClick(page.table(), Qt::Key_Escape);
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!page.selectedSlice().has_value());
    }

    void headerSortsWorstFirst()
    {
        widgets::SlicesPage page;
        page.setRun(slicefixtures::run());
        const int precision = page.model()->columnOfMetric(QStringLiteral("precision"));
        emit page.table()->horizontalHeader()->sectionClicked(precision);
        // Higher precision is better: the dropped mode, then the lowest.
        QCOMPARE(page.model()->index(0, 0).data().toString(), QStringLiteral("bird"));
        QCOMPARE(page.model()->index(1, 0).data().toString(), QStringLiteral("dog"));
        QCOMPARE(page.model()->sortOrder(), Qt::AscendingOrder);
        emit page.table()->horizontalHeader()->sectionClicked(precision);
        QCOMPARE(page.model()->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(page.model()->index(0, 0).data().toString(), QStringLiteral("cat"));
    }

    void runWithoutSlicesSaysHowToGetThem()
    {
        widgets::SlicesPage page;
        page.setRun(slicefixtures::run(false));
        const QString intro = page.findChild<QLabel*>(QStringLiteral("slicesIntro"))->text();
        QVERIFY2(intro.contains(QStringLiteral("--slice-by")), qPrintable(intro));
        QVERIFY(intro.contains(QStringLiteral("New evaluation")));
        QCOMPARE(page.model()->rowCount(), 0);
    }

    // In the window: a slice filters Compare and the feature map to its members; clearing it,
    // or selecting a sample outside it in Compare, restores every sample.
    void sliceFiltersGridsAndMap()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("slices.genlens"));
        qint64 runId = 0;
        {
            app::ProjectStore store;
            store.open(path);
            runId = store.saveRun(*slicefixtures::run());
        }
        widgets::MainWindow window;
        QVERIFY(window.openProject(path));
        QTRY_COMPARE(window.currentRunId(), runId);
        widgets::SlicesPage* slices = window.slicesPage();
        widgets::ComparePage* compare = window.comparePage();
        widgets::FeatureMapView* map = window.distributionsPage()->featureMap();
        QCOMPARE(slices->model()->rowCount(), 4);
        QCOMPARE(compare->proxyModel(SetRole::Real)->rowCount(), 100);
        QCOMPARE(map->data().points(SetRole::Generated).size(), 100);

        slices->selectSlice(sliceNamed(slices->model()->slices(), QStringLiteral("dog")));
        QCOMPARE(compare->sliceFilter(), QStringLiteral("dog"));
        QCOMPARE(compare->proxyModel(SetRole::Real)->rowCount(), 40);
        QCOMPARE(compare->proxyModel(SetRole::Generated)->rowCount(), 40);
        QCOMPARE(compare->proxyModel(SetRole::Generated)
                     ->index(0, 0)
                     .data(app::SampleTableModel::SampleIndexRole)
                     .toLongLong(),
                 qint64(50));
        QCOMPARE(map->data().points(SetRole::Real).size(), 40);
        QCOMPARE(map->data().points(SetRole::Generated).size(), 40);
        QCOMPARE(map->data().points(SetRole::Real).indices.front(), qint64(40));

        // The dropped mode: its real samples, and no generated one.
        slices->selectSlice(sliceNamed(slices->model()->slices(), QStringLiteral("bird")));
        QCOMPARE(compare->proxyModel(SetRole::Real)->rowCount(), 20);
        QCOMPARE(compare->proxyModel(SetRole::Generated)->rowCount(), 0);
        QCOMPARE(map->data().points(SetRole::Generated).size(), 0);

        slices->clearSelection();
        QCOMPARE(compare->sliceFilter(), QString());
        QCOMPARE(compare->proxyModel(SetRole::Real)->rowCount(), 100);
        QCOMPARE(compare->proxyModel(SetRole::Generated)->rowCount(), 100);
        QCOMPARE(map->data().points(SetRole::Generated).size(), 100);

        // Selecting a sample outside the slice drops the slice everywhere.
        slices->selectSlice(sliceNamed(slices->model()->slices(), QStringLiteral("cat")));
        QCOMPARE(compare->proxyModel(SetRole::Generated)->rowCount(), 50);
        compare->selectSample(SetRole::Generated, 95);
        QCOMPARE(compare->sliceFilter(), QString());
        QCOMPARE(compare->proxyModel(SetRole::Generated)->rowCount(), 100);
        QVERIFY(!slices->selectedSlice().has_value());
        QCOMPARE(map->data().points(SetRole::Generated).size(), 100);
    }
};

QTEST_MAIN(TestSlicesPage)
#include "tst_slicespage.moc"
