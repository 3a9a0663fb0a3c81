// The feature map view and its place on the Distributions page (issue 6 item 4): a rubber band
// selects the points inside it (Shift adds), a click activates the point under it, the keyboard
// reaches everything (arrows step, Enter activates, Esc clears), the page explains a missing map,
// states any subsample with its seed, and its texts follow a language change. With
// GENLENS_SCREENSHOT_DIR set, a picture of a selection is left there (docs/ui.md).
#include "models/featuremapdata.h"
#include "pages/distributionspage.h"
#include "views/featuremapview.h"

#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <cmath>
#include <memory>

using namespace genlens;
using app::FeatureMapData;
using app::SetRole;

namespace {

QJsonObject setJson(const std::vector<double>& x, const std::vector<double>& y, qint64 total = -1,
                    const QJsonArray& indices = {})
{
    QJsonArray xs;
    QJsonArray ys;
    for (std::size_t i = 0; i < x.size(); ++i) {
        xs.append(x[i]);
        ys.append(y[i]);
    }
    QJsonObject o {{QStringLiteral("total"), total < 0 ? static_cast<qint64>(x.size()) : total},
                   {QStringLiteral("shown"), static_cast<qint64>(x.size())},
                   {QStringLiteral("subsampled"), !indices.isEmpty()},
                   {QStringLiteral("x"), xs},
                   {QStringLiteral("y"), ys}};
    if (!indices.isEmpty()) {
        o.insert(QStringLiteral("indices"), indices);
    }
    return o;
}

QJsonObject mapJson(const QJsonObject& real, const QJsonObject& generated)
{
    return {{QStringLiteral("method"), QStringLiteral("pca")},
            {QStringLiteral("fitted_on"), QStringLiteral("real+generated")},
            {QStringLiteral("features"), QStringLiteral("builtin-1")},
            {QStringLiteral("dimension"), 512},
            {QStringLiteral("explained_variance_ratio"), QJsonArray {0.412, 0.127}},
            {QStringLiteral("seed"), 42},
            {QStringLiteral("max_points_per_set"), 20000},
            {QStringLiteral("real"), real},
            {QStringLiteral("generated"), generated}};
}

// Six real points on y = 0 and six generated on y = 1, at x = 0 … 5.
std::shared_ptr<app::RunResult> lineRun()
{
    auto run = std::make_shared<app::RunResult>();
    run->modality = QStringLiteral("image");
    std::vector<double> x;
    for (int i = 0; i < 6; ++i) {
        x.push_back(i);
        app::Sample s;
        s.label = QStringLiteral("s%1").arg(i);
        run->real.samples.push_back(s);
        run->generated.samples.push_back(s);
    }
    run->extra.insert(
        QStringLiteral("feature_map"),
        mapJson(setJson(x, std::vector<double>(6, 0.0)), setJson(x, std::vector<double>(6, 1.0))));
    return run;
}

// Two clusters of 1500 real points, one of them missed by the generated set (1200 points).
std::shared_ptr<app::RunResult> clusterRun()
{
    auto run = std::make_shared<app::RunResult>();
    run->modality = QStringLiteral("image");
    QRandomGenerator rng(5);
    std::vector<double> rx, ry, gx, gy;
    QJsonArray keptReal;
    for (int i = 0; i < 1500; ++i) {
        const bool far = i % 3 == 0;
        rx.push_back((far ? 9.0 : 0.0) + rng.bounded(2.0) + rng.bounded(2.0) - 2.0);
        ry.push_back((far ? -3.0 : 1.0) + rng.bounded(2.0) + rng.bounded(2.0) - 2.0);
        keptReal.append(qint64(2 * i)); // a subsample of 1500 of 3000
    }
    for (int i = 0; i < 1200; ++i) {
        gx.push_back(0.8 + 1.3 * (rng.bounded(2.0) + rng.bounded(2.0) - 2.0));
        gy.push_back(0.5 + 1.3 * (rng.bounded(2.0) + rng.bounded(2.0) - 2.0));
    }
    run->extra.insert(QStringLiteral("feature_map"),
                      mapJson(setJson(rx, ry, 3000, keptReal), setJson(gx, gy)));
    return run;
}

FeatureMapData mapOf(const std::shared_ptr<app::RunResult>& run)
{
    return FeatureMapData::fromRun(run.get());
}

QPoint at(const widgets::FeatureMapView& view, SetRole set, qint64 sample)
{
    const std::optional<QPointF> p = view.samplePosition(set, sample);
    return p ? p->toPoint() : QPoint(-1, -1);
}

void drag(QWidget* widget, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mousePress(widget, Qt::LeftButton, modifiers, from);
    QTest::mouseMove(widget, (from + to) / 2);
    QTest::mouseMove(widget, to);
    QTest::mouseRelease(widget, Qt::LeftButton, modifiers, to);
}

// Prefixes every translation with "T:", to see which texts follow a language change.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char*, const char* source, const char* = nullptr,
                      int = -1) const override
    {
        return QStringLiteral("T:") + QString::fromUtf8(source);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestFeatureMap : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<genlens::app::SetRole>("genlens::app::SetRole"); }

    void rubberBandSelectsThePointsInside()
    {
        widgets::FeatureMapView view;
        view.setData(mapOf(lineRun()));
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy changed(&view, &widgets::FeatureMapView::selectionChanged);
        QSignalSpy activated(&view, &widgets::FeatureMapView::sampleActivated);

        // Around x = 2 and 3 of both rows (the band is drawn from bottom right to top left).
        const QPoint a = at(view, SetRole::Real, 2);
        const QPoint b = at(view, SetRole::Generated, 3);
        drag(&view, QPoint(b.x() + 10, a.y() + 10), QPoint(a.x() - 10, b.y() - 10));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(view.selectedSamples(SetRole::Real), (QList<qint64> {2, 3}));
        QCOMPARE(view.selectedSamples(SetRole::Generated), (QList<qint64> {2, 3}));
        QCOMPARE(activated.count(), 0); // a drag is not a click

        // Shift adds: the real row only, around x = 5.
        const QPoint c = at(view, SetRole::Real, 5);
        drag(&view, c - QPoint(8, 8), c + QPoint(8, 8), Qt::ShiftModifier);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(view.selectedSamples(SetRole::Real), (QList<qint64> {2, 3, 5}));
        QCOMPARE(view.selectedSamples(SetRole::Generated), (QList<qint64> {2, 3}));

        // Without a modifier the band replaces the selection: an empty band clears it.
        const QPoint between = (at(view, SetRole::Real, 0) + at(view, SetRole::Generated, 1)) / 2;
        drag(&view, between - QPoint(6, 6), between + QPoint(6, 6));
        QCOMPARE(changed.count(), 3);
        QVERIFY(view.selectedSamples(SetRole::Real).isEmpty());
        QVERIFY(view.selectedSamples(SetRole::Generated).isEmpty());
    }

    void hiddenSetIsNotDrawnHitOrSelected()
    {
        widgets::FeatureMapView view;
        view.setData(mapOf(lineRun()));
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy activated(&view, &widgets::FeatureMapView::sampleActivated);
        view.setSelectedSamples({1}, {1, 2});
        view.setSetShown(SetRole::Generated, false);
        QVERIFY(!view.isSetShown(SetRole::Generated));
        // Hiding a set drops its points from the selection.
        QCOMPARE(view.selectedSamples(SetRole::Real), (QList<qint64> {1}));
        QVERIFY(view.selectedSamples(SetRole::Generated).isEmpty());
        // A band over both rows selects the shown set only.
        const QPoint a = at(view, SetRole::Real, 2);
        const QPoint b = at(view, SetRole::Generated, 3);
        drag(&view, QPoint(b.x() + 10, a.y() + 10), QPoint(a.x() - 10, b.y() - 10));
        QCOMPARE(view.selectedSamples(SetRole::Real), (QList<qint64> {2, 3}));
        QVERIFY(view.selectedSamples(SetRole::Generated).isEmpty());
        // A click on a hidden point does nothing; shown again, it is hit.
        QTest::mouseClick(&view, Qt::LeftButton, {}, at(view, SetRole::Generated, 4));
        QCOMPARE(activated.count(), 0);
        view.setSetShown(SetRole::Generated, true);
        QTest::mouseClick(&view, Qt::LeftButton, {}, at(view, SetRole::Generated, 4));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.last().at(0).value<SetRole>(), SetRole::Generated);
    }

    void pageTogglesEitherSet()
    {
        widgets::DistributionsPage page;
        page.resize(900, 900);
        page.setRun(lineRun());
        auto* showGenerated = page.findChild<QCheckBox*>(QStringLiteral("mapShowGenerated"));
        auto* showReal = page.findChild<QCheckBox*>(QStringLiteral("mapShowReal"));
        QVERIFY(showGenerated && showReal);
        QVERIFY(showGenerated->isChecked() && showReal->isChecked());
        showGenerated->setChecked(false);
        QVERIFY(!page.featureMap()->isSetShown(SetRole::Generated));
        QVERIFY(page.featureMap()->isSetShown(SetRole::Real));
        showReal->setChecked(false);
        showGenerated->setChecked(true);
        QVERIFY(!page.featureMap()->isSetShown(SetRole::Real));
        QVERIFY(page.featureMap()->isSetShown(SetRole::Generated));
    }

    void pointsFadeWithDensity_data()
    {
        QTest::addColumn<qsizetype>("fewer");
        QTest::addColumn<qsizetype>("more");
        QTest::newRow("few points keep full strength") << qsizetype(12) << qsizetype(4000);
        QTest::newRow("20,000 per side fade") << qsizetype(4000) << qsizetype(40000);
        QTest::newRow("fading stops at a floor") << qsizetype(40000) << qsizetype(4000000);
    }

    void pointsFadeWithDensity()
    {
        QFETCH(qsizetype, fewer);
        QFETCH(qsizetype, more);
        const int a = widgets::FeatureMapView::pointAlpha(fewer);
        const int b = widgets::FeatureMapView::pointAlpha(more);
        QVERIFY(b <= a);
        QVERIFY(b >= 40);
        if (QByteArray(QTest::currentDataTag()) == "20,000 per side fade") {
            QVERIFY2(b < a, qPrintable(QStringLiteral("%1 vs %2").arg(a).arg(b)));
        }
    }

    void clickActivatesThePointUnderIt()
    {
        widgets::FeatureMapView view;
        view.setData(mapOf(lineRun()));
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy activated(&view, &widgets::FeatureMapView::sampleActivated);
        QSignalSpy changed(&view, &widgets::FeatureMapView::selectionChanged);
        QTest::mouseClick(&view, Qt::LeftButton, {},
                          at(view, SetRole::Generated, 4) + QPoint(2, -1));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.last().at(0).value<SetRole>(), SetRole::Generated);
        QCOMPARE(activated.last().at(1).toLongLong(), 4);
        QVERIFY(view.currentPoint().has_value());
        QCOMPARE(view.currentPoint()->sample, 4);
        // Far from every point: nothing happens.
        const QPoint between = (at(view, SetRole::Real, 0) + at(view, SetRole::Generated, 1)) / 2;
        QTest::mouseClick(&view, Qt::LeftButton, {}, between);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(changed.count(), 0);
        // The grids' current sample rings its point, without activating it again.
        view.setCurrentSample(SetRole::Real, 1);
        QCOMPARE(view.currentPoint()->set, SetRole::Real);
        QCOMPARE(view.currentPoint()->sample, 1);
        QCOMPARE(activated.count(), 1);
    }

    void keyboardStepsActivatesAndClears()
    {
        widgets::FeatureMapView view;
        view.setData(mapOf(lineRun()));
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.focusPolicy(), Qt::StrongFocus);
        view.setFocus();
        QSignalSpy activated(&view, &widgets::FeatureMapView::sampleActivated);
        QSignalSpy changed(&view, &widgets::FeatureMapView::selectionChanged);
        // Nothing selected: the arrows walk every point, real first.
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(activated.last().at(0).value<SetRole>(), SetRole::Real);
        QCOMPARE(activated.last().at(1).toLongLong(), 0);
        QTest::keyClick(&view, Qt::Key_Left); // wraps to the last generated point
        QCOMPARE(activated.last().at(0).value<SetRole>(), SetRole::Generated);
        QCOMPARE(activated.last().at(1).toLongLong(), 5);
        // With a selection they walk the selection only.
        view.setSelectedSamples({4}, {1});
        QCOMPARE(changed.count(), 0); // programmatic
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(activated.last().at(1).toLongLong(), 4);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(activated.last().at(0).value<SetRole>(), SetRole::Generated);
        QCOMPARE(activated.last().at(1).toLongLong(), 1);
        const int before = activated.count();
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(activated.count(), before + 1);
        QCOMPARE(activated.last().at(1).toLongLong(), 1);
        // Esc clears the selection (once; a second Esc is left to the parent).
        QTest::keyClick(&view, Qt::Key_Escape);
        QCOMPARE(changed.count(), 1);
        QVERIFY(view.selectedSamples(SetRole::Real).isEmpty());
        QVERIFY(view.selectedSamples(SetRole::Generated).isEmpty());
        QTest::keyClick(&view, Qt::Key_Escape);
        QCOMPARE(changed.count(), 1);
    }

    void pageForwardsSelectionAndClicks()
    {
        widgets::DistributionsPage page;
        page.setRun(lineRun());
        page.resize(800, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        widgets::FeatureMapView* view = page.featureMap();
        QVERIFY(view->isVisible());
        QSignalSpy selected(&page, &widgets::DistributionsPage::samplesSelected);
        QSignalSpy activated(&page, &widgets::DistributionsPage::sampleActivated);
        const QPoint a = at(*view, SetRole::Real, 0);
        const QPoint b = at(*view, SetRole::Real, 1);
        drag(view, a + QPoint(-8, 8), b + QPoint(8, -8));
        // One signal per set, the generated one empty.
        QCOMPARE(selected.count(), 2);
        QCOMPARE(selected.at(0).at(0).value<SetRole>(), SetRole::Real);
        QCOMPARE(selected.at(0).at(1).value<QList<qint64>>(), (QList<qint64> {0, 1}));
        QCOMPARE(selected.at(1).at(0).value<SetRole>(), SetRole::Generated);
        QVERIFY(selected.at(1).at(1).value<QList<qint64>>().isEmpty());
        QVERIFY(page.featureMapCaption().contains(QStringLiteral("Selected: 2 real and 0")));
        QTest::mouseClick(view, Qt::LeftButton, {}, at(*view, SetRole::Generated, 3));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.last().at(1).toLongLong(), 3);
        page.highlightSample(SetRole::Real, 5);
        QCOMPARE(view->currentPoint()->sample, 5);
    }

    void pageStatesCountsSeedAndMissingMaps()
    {
        widgets::DistributionsPage page;
        page.resize(800, 900);
        page.show();
        auto* note = page.findChild<QLabel*>(QStringLiteral("featureMapNote"));
        auto* panel = page.findChild<QWidget*>(QStringLiteral("featureMapPanel"));
        QVERIFY(note && panel);

        page.setRun(lineRun());
        QVERIFY(panel->isVisible());
        QVERIFY(!note->isVisible());
        QVERIFY(page.featureMapCaption().startsWith(
            QStringLiteral("6 real points and 6 generated points; PCA fitted on both sets.")));

        // A subsample says how many, of how many, and the seed.
        page.setRun(clusterRun());
        const QString caption = page.featureMapCaption();
        const QLocale locale;
        QVERIFY2(caption.contains(QStringLiteral("%1 of %2 real points")
                                      .arg(locale.toString(1500), locale.toString(3000))),
                 qPrintable(caption));
        QVERIFY2(caption.contains(QStringLiteral("%1 generated points").arg(locale.toString(1200))),
                 qPrintable(caption));
        QVERIFY2(caption.contains(QStringLiteral("seed 42")), qPrintable(caption));

        // No map: the panel goes, the note says why (and how to get one).
        auto recsys = std::make_shared<app::RunResult>();
        recsys->modality = QStringLiteral("recsys");
        page.setRun(recsys);
        QVERIFY(!panel->isVisible());
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("no feature space")));
        auto old = std::make_shared<app::RunResult>();
        old->modality = QStringLiteral("image");
        page.setRun(old);
        QVERIFY(note->text().contains(QStringLiteral("Run the evaluation again")));
        auto pending = lineRun();
        pending->extra.insert(QStringLiteral("feature_map"),
                              QJsonObject {{QStringLiteral("status"), QStringLiteral("pending")}});
        page.setRun(pending);
        QVERIFY(note->text().contains(QStringLiteral("after the metrics")));
        page.clear();
        QVERIFY(!panel->isVisible());
        QVERIFY(!note->isVisible());

        // And back to a map: the panel returns.
        page.setRun(lineRun());
        QVERIFY(panel->isVisible());
        QTRY_VERIFY(page.featureMap()->height() > 150);
    }

    void textsFollowALanguageChange()
    {
        widgets::DistributionsPage page;
        page.setRun(lineRun());
        page.show();
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCoreApplication::processEvents(); // LanguageChange is posted
        QVERIFY2(page.featureMapCaption().startsWith(QStringLiteral("T:")),
                 qPrintable(page.featureMapCaption()));
        QCOMPARE(page.featureMap()->accessibleName(), QStringLiteral("T:Feature map"));
        QVERIFY(page.featureMap()->toolTip().startsWith(QStringLiteral("T:Drag")));
        bool scoreLabel = false;
        for (const QLabel* l : page.findChildren<QLabel*>()) {
            scoreLabel |= l->text() == QStringLiteral("T:&Score:");
        }
        QVERIFY(scoreLabel);
        widgets::FeatureMapView view;
        QCOMPARE(view.accessibleName(), QStringLiteral("T:Feature map"));
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::processEvents();
        QCOMPARE(page.featureMap()->accessibleName(), QStringLiteral("Feature map"));
    }

    // A band around the real cluster the generated set misses selects exactly that cluster.
    void selectingAMissedCluster()
    {
        widgets::DistributionsPage page;
        page.setRun(clusterRun());
        page.resize(900, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        widgets::FeatureMapView* view = page.featureMap();
        const app::MapViewport vp = view->viewport();
        drag(view, vp.toScreen(6.5, -0.5).toPoint(), vp.toScreen(11.5, -5.5).toPoint());
        // Every third real point (sample 2i for i % 3 == 0) is in the far cluster.
        const QList<qint64> real = view->selectedSamples(SetRole::Real);
        QCOMPARE(real.size(), 500);
        for (const qint64 sample : real) {
            QCOMPARE(sample % 6, 0);
        }
        QVERIFY(view->selectedSamples(SetRole::Generated).isEmpty());
        view->setCurrentSample(SetRole::Generated, 7);
        if (const QByteArray dir = qgetenv("GENLENS_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(page.grab().save(QDir(QString::fromLocal8Bit(dir))
                                         .filePath(QStringLiteral("test_feature_map.png"))));
        }
    }
};

QTEST_MAIN(TestFeatureMap)
#include "tst_featuremap.moc"
