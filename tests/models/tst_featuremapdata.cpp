// The feature map as the window reads it (app/models/featuremapdata.*): the JSON the pipeline
// stores (app/pipeline/featuremap.*) read back after a trip through JSON text, every status the
// Distributions page explains, the screen mapping, and hit testing (nearest point within a
// radius, points inside a rectangle). FeatureMapData is a value, not an item model.
#include "models/featuremapdata.h"
#include "pipeline/featuremap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <genlens/metrics/sets/projection.h>

using namespace genlens;
using app::FeatureMapData;
using app::SetRole;
using Status = FeatureMapData::Status;

Q_DECLARE_METATYPE(FeatureMapData::Status)
Q_DECLARE_METATYPE(genlens::app::SetRole)

namespace {

// Screen positions are exact up to rounding of the linear map.
constexpr double kTolerance = 1e-9;

QJsonArray array(std::initializer_list<double> values)
{
    QJsonArray a;
    for (const double v : values) {
        a.append(v);
    }
    return a;
}

QJsonObject setJson(qint64 total, std::initializer_list<double> x, std::initializer_list<double> y,
                    QJsonArray indices = {})
{
    QJsonObject o {{QStringLiteral("total"), total},
                   {QStringLiteral("shown"), static_cast<qint64>(x.size())},
                   {QStringLiteral("subsampled"), !indices.isEmpty()},
                   {QStringLiteral("x"), array(x)},
                   {QStringLiteral("y"), array(y)}};
    if (!indices.isEmpty()) {
        o.insert(QStringLiteral("indices"), indices);
    }
    return o;
}

// Real points (0,0) (1,0) (0,1); generated (1,1) and (0,0), the latter on top of real 0.
QJsonObject handMadeMap()
{
    return QJsonObject {{QStringLiteral("method"), QStringLiteral("pca")},
                        {QStringLiteral("fitted_on"), QStringLiteral("real+generated")},
                        {QStringLiteral("features"), QStringLiteral("builtin-1")},
                        {QStringLiteral("dimension"), 512},
                        {QStringLiteral("explained_variance_ratio"), array({0.5, 0.25})},
                        {QStringLiteral("seed"), 42},
                        {QStringLiteral("max_points_per_set"), 20000},
                        {QStringLiteral("real"), setJson(3, {0, 1, 0}, {0, 0, 1})},
                        {QStringLiteral("generated"), setJson(2, {1, 0}, {1, 0})}};
}

app::RunResult runWithMap(const QJsonObject& map, const QString& modality = QStringLiteral("image"))
{
    app::RunResult run;
    run.modality = modality;
    if (!map.isEmpty()) {
        run.extra.insert(QStringLiteral("feature_map"), map);
    }
    return run;
}

// Data (-1,-1)–(2,2) on a 300×300 square at (10, 20): 100 pixels a unit, y upwards.
app::MapViewport viewport()
{
    return {QRectF(-1, -1, 3, 3), QRectF(10, 20, 300, 300)};
}

} // namespace

class TestFeatureMapData : public QObject
{
    Q_OBJECT
private slots:
    void readsWhatThePipelineStores_data();
    void readsWhatThePipelineStores();
    void status_data();
    void status();
    void viewportMapsBothWays();
    void nearestWithinRadius_data();
    void nearestWithinRadius();
    void samplesInsideRectangle();
    void pointOfSubsampledSet();
};

void TestFeatureMapData::readsWhatThePipelineStores_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<quint64>("seed");
    QTest::addRow("every point") << 0 << quint64(0);
    QTest::addRow("cap 7, seed 5") << 7 << quint64(5);
}

void TestFeatureMapData::readsWhatThePipelineStores()
{
    QFETCH(int, cap);
    QFETCH(quint64, seed);
    // Values around 30 so that 5 significant digits are 3 decimals.
    const metrics::RowMatrixXf real = (metrics::RowMatrixXf::Random(12, 5) * 40.0F).eval();
    const metrics::RowMatrixXf generated = (metrics::RowMatrixXf::Random(9, 5) * 30.0F).eval();
    metrics::ProjectionOptions o;
    o.maxPointsPerSet = cap;
    o.seed = seed;
    const metrics::FeatureProjection p = metrics::pcaProjection(real, generated, o);
    const QJsonObject json = app::featureMapJson(p, QStringLiteral("builtin-1"));
    // Through JSON text, as the project store keeps it.
    const QJsonObject stored
        = QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object();
    const app::RunResult run = runWithMap(stored);
    const FeatureMapData map = FeatureMapData::fromRun(&run);

    QCOMPARE(map.status(), Status::Available);
    QCOMPARE(map.method(), QStringLiteral("pca"));
    QCOMPARE(map.fittedOn(), QStringLiteral("real+generated"));
    QCOMPARE(map.features(), QStringLiteral("builtin-1"));
    QCOMPARE(map.dimension(), 5);
    QCOMPARE(map.seed(), qint64(seed));
    QCOMPARE(map.maxPointsPerSet(), qint64(cap));
    QVERIFY(std::abs(map.explainedVarianceRatio(0) - p.pca.explainedVarianceRatio(0)) < 1e-12);
    QVERIFY(std::abs(map.explainedVarianceRatio(1) - p.pca.explainedVarianceRatio(1)) < 1e-12);
    double largest = 0;
    for (const metrics::ProjectedSet* s : {&p.real, &p.generated}) {
        for (std::size_t i = 0; i < s->x.size(); ++i) {
            largest = std::max({largest, std::abs(s->x[i]), std::abs(s->y[i])});
        }
    }
    // 5 significant digits of the largest |coordinate| (app::kFeatureMapSignificantDigits).
    const int decimals = stored.value(QStringLiteral("coordinate_decimals")).toInt();
    QCOMPARE(decimals, 4 - static_cast<int>(std::floor(std::log10(largest))));
    const double halfStep = 0.5 * std::pow(10.0, -decimals) * (1 + 1e-9);
    for (const auto& [set, projected] :
         {std::pair {SetRole::Real, &p.real}, std::pair {SetRole::Generated, &p.generated}}) {
        const FeatureMapData::Points& points = map.points(set);
        QCOMPARE(points.total, projected->total);
        QCOMPARE(points.subsampled, projected->subsampled);
        QCOMPARE(points.subsampled, cap > 0 && projected->total > cap);
        QCOMPARE(points.size(), static_cast<qsizetype>(projected->kept.size()));
        for (qsizetype i = 0; i < points.size(); ++i) {
            const auto at = static_cast<std::size_t>(i);
            QCOMPARE(points.indices[at], projected->kept[at]);
            QVERIFY(std::abs(points.x[at] - projected->x[at]) <= halfStep);
            QVERIFY(std::abs(points.y[at] - projected->y[at]) <= halfStep);
        }
        // Indices are stored only for a subsample.
        QCOMPARE(
            stored
                .value(set == SetRole::Real ? QStringLiteral("real") : QStringLiteral("generated"))
                .toObject()
                .contains(QStringLiteral("indices")),
            points.subsampled);
    }
    QVERIFY(map.bounds().width() > 0 && map.bounds().height() > 0);
}

void TestFeatureMapData::status_data()
{
    QTest::addColumn<QString>("modality");
    QTest::addColumn<QString>("realKind");
    QTest::addColumn<QJsonObject>("map");
    QTest::addColumn<Status>("status");
    const QString image = QStringLiteral("image");
    const QString folder = QStringLiteral("folder");
    QTest::addRow("map") << image << folder << handMadeMap() << Status::Available;
    QTest::addRow("stored before maps") << image << folder << QJsonObject() << Status::NotComputed;
    QTest::addRow("text before maps")
        << QStringLiteral("text") << QStringLiteral("text") << QJsonObject() << Status::NotComputed;
    QTest::addRow("recommendations") << QStringLiteral("recsys") << QStringLiteral("recsys")
                                     << QJsonObject() << Status::NoFeatureSpace;
    QTest::addRow("FID statistics")
        << image << QStringLiteral("statistics") << QJsonObject() << Status::StatisticsOnly;
    QTest::addRow("pending") << image << folder << app::featureMapPending() << Status::Pending;
    QTest::addRow("failed") << image << folder << app::featureMapFailed(QStringLiteral("why"))
                            << Status::Failed;
    QJsonObject uneven = handMadeMap();
    uneven.insert(QStringLiteral("real"), setJson(3, {0, 1, 0}, {0, 0}));
    QTest::addRow("x and y of different lengths") << image << folder << uneven << Status::Failed;
    QJsonObject wrongTotal = handMadeMap();
    wrongTotal.insert(QStringLiteral("real"), setJson(4, {0, 1, 0}, {0, 0, 1}));
    QTest::addRow("all points but not the total")
        << image << folder << wrongTotal << Status::Failed;
    QJsonObject unsorted = handMadeMap();
    unsorted.insert(QStringLiteral("real"), setJson(9, {0, 1}, {0, 0}, QJsonArray {5, 2}));
    QTest::addRow("indices not ascending") << image << folder << unsorted << Status::Failed;
    QJsonObject outside = handMadeMap();
    outside.insert(QStringLiteral("real"), setJson(9, {0, 1}, {0, 0}, QJsonArray {2, 9}));
    QTest::addRow("index beyond the set") << image << folder << outside << Status::Failed;
}

void TestFeatureMapData::status()
{
    QFETCH(QString, modality);
    QFETCH(QString, realKind);
    QFETCH(QJsonObject, map);
    QFETCH(Status, status);
    app::RunResult run = runWithMap(map, modality);
    run.real.kind = realKind;
    const FeatureMapData data = FeatureMapData::fromRun(&run);
    QCOMPARE(data.status(), status);
    QCOMPARE(data.isAvailable(), status == Status::Available);
    if (status != Status::Available) {
        QCOMPARE(data.points(SetRole::Real).size(), 0);
        QCOMPARE(data.points(SetRole::Generated).size(), 0);
    }
    if (map == app::featureMapFailed(QStringLiteral("why"))) {
        QCOMPARE(data.reason(), QStringLiteral("why"));
    }
    QCOMPARE(FeatureMapData::fromRun(nullptr).status(), Status::NoRun);
}

void TestFeatureMapData::viewportMapsBothWays()
{
    const app::MapViewport vp = viewport();
    // Data y grows upwards: the bottom-left data corner is the bottom-left screen corner.
    QCOMPARE(vp.toScreen(-1, -1), QPointF(10, 320));
    QCOMPARE(vp.toScreen(2, 2), QPointF(310, 20));
    QCOMPARE(vp.toScreen(0, 1), QPointF(110, 120));
    const QPointF back = vp.toData(vp.toScreen(0.3, -0.7));
    QVERIFY(std::abs(back.x() - 0.3) < kTolerance);
    QVERIFY(std::abs(back.y() + 0.7) < kTolerance);
}

void TestFeatureMapData::nearestWithinRadius_data()
{
    QTest::addColumn<QPointF>("at");
    QTest::addColumn<double>("radius");
    QTest::addColumn<bool>("hit");
    QTest::addColumn<SetRole>("set");
    QTest::addColumn<qint64>("sample");
    // Real 1 is at (1, 0) = screen (210, 220); generated 0 at (1, 1) = (210, 120).
    QTest::addRow("on real 1") << QPointF(210, 220) << 6.0 << true << SetRole::Real << qint64(1);
    QTest::addRow("3 px off real 1")
        << QPointF(213, 220) << 6.0 << true << SetRole::Real << qint64(1);
    QTest::addRow("just inside the radius")
        << QPointF(210, 225.9) << 6.0 << true << SetRole::Real << qint64(1);
    QTest::addRow("just outside the radius")
        << QPointF(210, 226.1) << 6.0 << false << SetRole::Real << qint64(-1);
    QTest::addRow("nearer of two")
        << QPointF(210, 160) << 60.0 << true << SetRole::Generated << qint64(0);
    QTest::addRow("between points")
        << QPointF(160, 170) << 6.0 << false << SetRole::Real << qint64(-1);
    // Real 0 and generated 1 share (0, 0) = (110, 220): the tie goes to the generated set.
    QTest::addRow("tie") << QPointF(110, 220) << 6.0 << true << SetRole::Generated << qint64(1);
}

void TestFeatureMapData::nearestWithinRadius()
{
    QFETCH(QPointF, at);
    QFETCH(double, radius);
    QFETCH(bool, hit);
    QFETCH(SetRole, set);
    QFETCH(qint64, sample);
    const app::RunResult run = runWithMap(handMadeMap());
    const FeatureMapData map = FeatureMapData::fromRun(&run);
    const std::optional<FeatureMapData::Hit> found = map.nearest(at, radius, viewport());
    QCOMPARE(found.has_value(), hit);
    if (hit) {
        QCOMPARE(found->set, set);
        QCOMPARE(found->sample, sample);
        QCOMPARE(map.points(set).indices[static_cast<std::size_t>(found->point)], sample);
    }
}

void TestFeatureMapData::samplesInsideRectangle()
{
    const app::RunResult run = runWithMap(handMadeMap());
    const FeatureMapData map = FeatureMapData::fromRun(&run);
    const app::MapViewport vp = viewport();
    // Data x in [-0.1, 1.1], y in [-0.1, 0.5]: real 0 and 1, generated 1 at the origin.
    const QRectF rect(QPointF(100, 170), QPointF(220, 230));
    QCOMPARE(map.samplesInside(SetRole::Real, rect, vp), (QList<qint64> {0, 1}));
    QCOMPARE(map.samplesInside(SetRole::Generated, rect, vp), (QList<qint64> {1}));
    // Dragged the other way round: the same rectangle.
    const QRectF reversed(QPointF(220, 230), QPointF(100, 170));
    QCOMPARE(map.samplesInside(SetRole::Real, reversed, vp), (QList<qint64> {0, 1}));
    // Edges count: a rectangle whose right edge passes through real 1 (x = 210) holds it.
    QCOMPARE(map.samplesInside(SetRole::Real, QRectF(QPointF(150, 200), QPointF(210, 230)), vp),
             (QList<qint64> {1}));
    QVERIFY(map.samplesInside(SetRole::Generated, QRectF(150, 150, 20, 20), vp).isEmpty());
}

void TestFeatureMapData::pointOfSubsampledSet()
{
    QJsonObject json = handMadeMap();
    json.insert(QStringLiteral("real"), setJson(10, {0, 1, 0}, {0, 0, 1}, QJsonArray {2, 5, 9}));
    const app::RunResult run = runWithMap(json);
    const FeatureMapData map = FeatureMapData::fromRun(&run);
    QCOMPARE(map.status(), Status::Available);
    QCOMPARE(map.pointOf(SetRole::Real, 5), 1);
    QCOMPARE(map.pointOf(SetRole::Real, 9), 2);
    QCOMPARE(map.pointOf(SetRole::Real, 3), -1); // subsampled away
    QCOMPARE(map.pointOf(SetRole::Real, 10), -1);
    QCOMPARE(map.pointOf(SetRole::Generated, 1), 1);
    // Hits report the sample, not the point.
    const std::optional<FeatureMapData::Hit> hit = map.nearest(QPointF(210, 220), 3, viewport());
    QVERIFY(hit.has_value());
    QCOMPARE(hit->sample, 5);
    QCOMPARE(hit->point, 1);
}

QTEST_APPLESS_MAIN(TestFeatureMapData)
#include "tst_featuremapdata.moc"
