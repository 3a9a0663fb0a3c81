// The slices of a run (run_extra["slices"], the common contract) as the window and the report
// read them: shares, the generated/real ratio and its coverage class, worst-first ordering by
// the registry's direction, and warnings on unreliable numbers. Fixture: slicefixtures.h.
#include "models/featuremapdata.h"
#include "models/sampletablemodel.h"
#include "models/scoreproxymodel.h"
#include "models/slices.h"
#include "models/slicesmodel.h"
#include "project/projectstore.h"
#include "slicefixtures.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace genlens::app;

namespace {
constexpr double kTolerance = 1e-12;
const double kInf = std::numeric_limits<double>::infinity();
const double kNaN = std::numeric_limits<double>::quiet_NaN();

QStringList namesInRows(const SlicesModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        names << model.index(row, SlicesModel::NameColumn).data().toString();
    }
    return names;
}

QStringList names(const SliceSet& set, const QList<qsizetype>& order)
{
    QStringList out;
    for (qsizetype i : order) {
        out << set.slices.at(i).name;
    }
    return out;
}
} // namespace

class TestSlices : public QObject
{
    Q_OBJECT
private slots:
    void sharesAndCoverage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("realCount");
        QTest::addColumn<qint64>("generatedCount");
        QTest::addColumn<double>("realShare");
        QTest::addColumn<double>("generatedShare");
        QTest::addColumn<double>("ratio");
        QTest::addColumn<int>("coverage");
        QTest::addColumn<qsizetype>("realMembers");
        QTest::addColumn<qsizetype>("generatedMembers");
        // Shares of 100 real and 100 generated samples; ratio = generated / real share.
        QTest::addRow("cat") << "cat" << qint64(40) << qint64(50) << 0.4 << 0.5 << 1.25
                             << int(Slice::Coverage::Balanced) << qsizetype(40) << qsizetype(50);
        QTest::addRow("dog") << "dog" << qint64(40) << qint64(40) << 0.4 << 0.4 << 1.0
                             << int(Slice::Coverage::Balanced) << qsizetype(40) << qsizetype(40);
        QTest::addRow("bird dropped")
            << "bird" << qint64(20) << qint64(0) << 0.2 << 0.0 << 0.0
            << int(Slice::Coverage::Dropped) << qsizetype(20) << qsizetype(0);
        QTest::addRow("fish over-produced")
            << "fish" << qint64(0) << qint64(10) << 0.0 << 0.1 << kInf << int(Slice::Coverage::Over)
            << qsizetype(0) << qsizetype(10);
    }
    void sharesAndCoverage()
    {
        QFETCH(QString, name);
        const SliceSet set = SliceSet::fromRun(slicefixtures::run().get());
        QCOMPARE(set.slices.size(), 4);
        QCOMPARE(set.metricKeys,
                 (QStringList {QStringLiteral("fid"), QStringLiteral("precision")}));
        const Slice* slice = nullptr;
        for (const Slice& s : set.slices) {
            if (s.name == name) {
                slice = &s;
            }
        }
        QVERIFY(slice != nullptr);
        QCOMPARE(slice->by, QStringLiteral("folder"));
        QTEST(slice->realCount, "realCount");
        QTEST(slice->generatedCount, "generatedCount");
        QFETCH(double, realShare);
        QFETCH(double, generatedShare);
        QFETCH(double, ratio);
        QVERIFY(std::abs(slice->realShare - realShare) < kTolerance);
        QVERIFY(std::abs(slice->generatedShare - generatedShare) < kTolerance);
        if (std::isinf(ratio)) {
            QVERIFY(std::isinf(slice->ratio()) && slice->ratio() > 0);
        } else {
            QVERIFY(std::abs(slice->ratio() - ratio) < kTolerance);
        }
        QTEST(int(slice->coverage()), "coverage");
        QTEST(slice->realMembers.size(), "realMembers");
        QTEST(slice->generatedMembers.size(), "generatedMembers");
    }

    void coverageThresholds_data()
    {
        QTest::addColumn<qint64>("real");
        QTest::addColumn<qint64>("generated");
        QTest::addColumn<int>("coverage");
        // Of 1000 real and 1000 generated samples.
        QTest::addRow("a tenth is dropped")
            << qint64(100) << qint64(10) << int(Slice::Coverage::Dropped);
        QTest::addRow("just above a tenth")
            << qint64(100) << qint64(11) << int(Slice::Coverage::Under);
        QTest::addRow("equal") << qint64(100) << qint64(100) << int(Slice::Coverage::Balanced);
        QTest::addRow("just below twice")
            << qint64(100) << qint64(199) << int(Slice::Coverage::Balanced);
        QTest::addRow("twice is over") << qint64(100) << qint64(200) << int(Slice::Coverage::Over);
        QTest::addRow("empty on both sides")
            << qint64(0) << qint64(0) << int(Slice::Coverage::Undefined);
    }
    void coverageThresholds()
    {
        QFETCH(qint64, real);
        QFETCH(qint64, generated);
        const QJsonArray json {
            QJsonObject {{QStringLiteral("name"), QStringLiteral("s")},
                         {QStringLiteral("counts"),
                          QJsonObject {{QStringLiteral("real"), real},
                                       {QStringLiteral("generated"), generated}}}}};
        const SliceSet set = SliceSet::fromJson(json, 1000, 1000);
        QTEST(int(set.slices.at(0).coverage()), "coverage");
    }

    void orders_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("expected");
        // fid: lower is better, so the largest first; precision: higher is better, so the
        // smallest first; the dropped mode (bird, undefined for want of generated samples)
        // before them as the worst, other undefined values last.
        QTest::addRow("fid worst first") << "fid" << QStringList {"bird", "dog", "cat", "fish"};
        QTest::addRow("precision worst first")
            << "precision" << QStringList {"bird", "dog", "cat", "fish"};
        QTest::addRow("coverage: dropped first")
            << QString() << QStringList {"bird", "dog", "cat", "fish"};
    }
    void orders()
    {
        QFETCH(QString, key);
        QFETCH(QStringList, expected);
        const SliceSet set = SliceSet::fromRun(slicefixtures::run().get());
        const QList<qsizetype> order = key.isEmpty() ? set.byCoverage() : set.worstFirst(key);
        QCOMPARE(names(set, order), expected);
    }

    void modelSorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("default: fid worst first")
            << -1 << -1 << QStringList {"bird", "dog", "cat", "fish"};
        QTest::addRow("fid ascending, undefined last")
            << int(SlicesModel::FirstMetricColumn) << int(Qt::AscendingOrder)
            << QStringList {"cat", "dog", "bird", "fish"};
        QTest::addRow("precision worst first") << int(SlicesModel::FirstMetricColumn + 1) << -1
                                               << QStringList {"bird", "dog", "cat", "fish"};
        // Best first: the dropped mode ranks as the worst value, so after every defined one.
        QTest::addRow("precision best first")
            << int(SlicesModel::FirstMetricColumn + 1) << int(Qt::DescendingOrder)
            << QStringList {"cat", "dog", "bird", "fish"};
        QTest::addRow("ratio worst first")
            << int(SlicesModel::RatioColumn) << -1 << QStringList {"bird", "dog", "cat", "fish"};
        QTest::addRow("generated count descending")
            << int(SlicesModel::GeneratedCountColumn) << int(Qt::DescendingOrder)
            << QStringList {"cat", "dog", "fish", "bird"};
        QTest::addRow("name descending") << int(SlicesModel::NameColumn) << int(Qt::DescendingOrder)
                                         << QStringList {"fish", "dog", "cat", "bird"};
    }
    void modelSorting()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        SlicesModel model;
        QAbstractItemModelTester tester(&model);
        model.setRun(slicefixtures::run());
        QCOMPARE(model.columnCount(), int(SlicesModel::FirstMetricColumn) + 2);
        if (column >= 0) {
            if (order < 0) {
                model.worstFirst(column);
            } else {
                model.sort(column, Qt::SortOrder(order));
            }
        }
        QCOMPARE(namesInRows(model), expected);
        // Each row still answers for its own slice.
        for (int row = 0; row < model.rowCount(); ++row) {
            const int slice = model.index(row, 0).data(SlicesModel::SliceRole).toInt();
            QCOMPARE(model.slices().slices.at(slice).name, expected.at(row));
            QCOMPARE(model.rowOfSlice(slice), row);
        }
    }

    void warnings()
    {
        SlicesModel model;
        QAbstractItemModelTester tester(&model);
        model.setRun(slicefixtures::run());
        const int dog = int(namesInRows(model).indexOf(QStringLiteral("dog")));
        const int cat = int(namesInRows(model).indexOf(QStringLiteral("cat")));
        const int fid = model.columnOfMetric(QStringLiteral("fid"));
        const int precision = model.columnOfMetric(QStringLiteral("precision"));
        QCOMPARE(model.index(dog, fid).data(SlicesModel::UnreliableRole).toBool(), true);
        QCOMPARE(model.index(dog, fid).data(SlicesModel::WarningRole).toString(),
                 slicefixtures::kDogWarning);
        QCOMPARE(model.index(dog, fid).data(Qt::ToolTipRole).toString(),
                 slicefixtures::kDogWarning);
        QCOMPARE(model.index(dog, precision).data(SlicesModel::UnreliableRole).toBool(), false);
        QCOMPARE(model.index(cat, fid).data(SlicesModel::UnreliableRole).toBool(), false);
        QCOMPARE(model.index(cat, fid).data(SlicesModel::SortRole).toDouble(), 12.5);
        // An undefined metric is shown as a dash, its sort value NaN.
        const int bird = int(namesInRows(model).indexOf(QStringLiteral("bird")));
        QCOMPARE(model.index(bird, fid).data().toString(), QStringLiteral("\u2013"));
        QVERIFY(std::isnan(model.index(bird, fid).data(SlicesModel::SortRole).toDouble()));
        QCOMPARE(
            model.index(bird, SlicesModel::RatioColumn).data(SlicesModel::CoverageRole).toInt(),
            int(Slice::Coverage::Dropped));
    }

    void runWithoutSlices()
    {
        SlicesModel model;
        QAbstractItemModelTester tester(&model);
        model.setRun(slicefixtures::run(false));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(SliceSet::fromRun(nullptr).isEmpty());
        model.setRun(slicefixtures::run());
        QCOMPARE(model.rowCount(), 4);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // A slice's members filter the sample grids' proxy and the feature map.
    void membersFilter_data()
    {
        QTest::addColumn<QList<qint64>>("members");
        QTest::addColumn<QList<qint64>>("shown");
        QTest::addRow("a range") << QList<qint64> {50, 51, 52} << QList<qint64> {50, 51, 52};
        QTest::addRow("unsorted, repeated, out of range")
            << QList<qint64> {99, 3, 3, 150, -1} << QList<qint64> {3, 99};
        QTest::addRow("empty slice") << QList<qint64> {} << QList<qint64> {};
    }
    void membersFilter()
    {
        QFETCH(QList<qint64>, members);
        QFETCH(QList<qint64>, shown);
        const auto run = slicefixtures::run();
        SampleTableModel model(SetRole::Generated);
        model.setRun(run);
        ScoreProxyModel proxy;
        QAbstractItemModelTester tester(&proxy);
        proxy.setSourceModel(&model);
        proxy.setMembers(members);
        QVERIFY(proxy.hasMemberFilter());
        QList<qint64> rows;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            rows << proxy.index(row, 0).data(SampleTableModel::SampleIndexRole).toLongLong();
        }
        QCOMPARE(rows, shown);
        proxy.clearMembers();
        QCOMPARE(proxy.rowCount(), 100);

        const FeatureMapData map = FeatureMapData::fromRun(run.get());
        QVERIFY(map.isAvailable());
        const FeatureMapData slice = map.restrictedTo(members, {});
        const FeatureMapData::Points& points = slice.points(SetRole::Real);
        QCOMPARE(QList<qint64>(points.indices.begin(), points.indices.end()), shown);
        for (qsizetype i = 0; i < points.size(); ++i) {
            QCOMPARE(points.x[size_t(i)], double(shown.at(i))); // real sample i lies at (i, 0)
        }
        QCOMPARE(slice.points(SetRole::Generated).size(), 0);
        QCOMPARE(slice.bounds(), map.bounds()); // the whole map's axes
        if (!shown.isEmpty()) {
            QCOMPARE(slice.pointOf(SetRole::Real, shown.last()), points.size() - 1);
        }
    }

    // The stored copy (run_extra through the project store) reads back the same.
    void roundTripsThroughTheStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("slices.genlens"));
        qint64 id = 0;
        {
            ProjectStore store;
            store.open(path);
            id = store.saveRun(*slicefixtures::run());
        }
        ProjectStore store;
        store.openReadOnly(path);
        const RunResult loaded = store.loadRun(id);
        const SliceSet set = SliceSet::fromRun(&loaded);
        QCOMPARE(names(set, set.byCoverage()), (QStringList {"bird", "dog", "cat", "fish"}));
        QCOMPARE(set.slices.at(1).generatedMembers.first(), qint64(50));
        QCOMPARE(set.slices.at(1).warnings.value(QStringLiteral("fid")),
                 slicefixtures::kDogWarning);
        QCOMPARE(defaultSliceMetric(loaded.modality, set), QStringLiteral("fid"));
    }
};

QTEST_MAIN(TestSlices)
#include "tst_slicesmodel.moc"
