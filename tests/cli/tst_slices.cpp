// Slices (issue 13): `--slice-by`, the JSON `slices` list, the stored slices and
// `--fail-if slice:NAME:KEY`, end to end through the real executable. The reference for a slice's
// numbers is `genlens evaluate` run on that subset alone (the subset's files copied out).
#include "project/projectstore.h"
#include "slices/customslice.h"
#include "slices/slicing.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <cstring>
#include <genlens/metrics/core/npy.h>
#include <opencv2/imgcodecs.hpp>
#include <random>

using namespace genlens;

Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(std::vector<std::int64_t>)

namespace {

// A slice's numbers come from the same functions on the same rows as the subset run: they agree
// to rounding (in practice exactly).
constexpr double kRelativeTolerance = 1e-9;

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Outcome run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(300000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

Outcome runGenlens(QStringList arguments)
{
    arguments << QStringLiteral("--quiet");
    return run(QStringLiteral(GENLENS_BINARY_DIR "/genlens"), arguments);
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject sliceNamed(const QJsonArray& slices, const QString& name)
{
    for (const QJsonValue& v : slices) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name) {
            return v.toObject();
        }
    }
    return {};
}

// A 24×24 image: a class colour with seeded noise (every image distinct).
void writeImage(const QString& path, const cv::Vec3i& base, std::mt19937& rng)
{
    cv::Mat image(24, 24, CV_8UC3);
    std::uniform_int_distribution<int> noise(-70, 70);
    for (int y = 0; y < image.rows; ++y) {
        for (int x = 0; x < image.cols; ++x) {
            for (int c = 0; c < 3; ++c) {
                image.at<cv::Vec3b>(y, x)[c]
                    = static_cast<unsigned char>(std::max(0, std::min(255, base[c] + noise(rng))));
            }
        }
    }
    QVERIFY(cv::imwrite(path.toStdString(), image));
}

void writeMatrix(const QString& path, const metrics::RowMatrixXf& m)
{
    metrics::NpyArray array;
    array.dtype = metrics::NpyDtype::Float32;
    array.shape = {m.rows(), m.cols()};
    array.bytes.resize(static_cast<std::size_t>(m.size()) * sizeof(float));
    std::memcpy(array.bytes.data(), m.data(), array.bytes.size());
    metrics::writeNpy(path.toStdString(), array);
}

void writeText(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Gaussian blobs in 8 dimensions: `perBlob[b]` rows around centre b.
metrics::RowMatrixXf blobs(const std::vector<int>& perBlob, std::mt19937& rng)
{
    int rows = 0;
    for (int n : perBlob) {
        rows += n;
    }
    metrics::RowMatrixXf m(rows, 8);
    std::normal_distribution<float> normal(0.0F, 1.0F);
    int r = 0;
    for (std::size_t b = 0; b < perBlob.size(); ++b) {
        for (int i = 0; i < perBlob[b]; ++i, ++r) {
            for (int c = 0; c < 8; ++c) {
                m(r, c) = normal(rng) + (c == static_cast<int>(b) ? 8.0F : 0.0F);
            }
        }
    }
    return m;
}

// The stored slices of the project's newest run.
QJsonArray storedSlices(const QString& project, app::RunResult* run = nullptr)
{
    app::ProjectStore store;
    store.open(project);
    const qint64 id = store.runs().constFirst().id;
    if (run) {
        *run = store.loadRun(id);
    }
    return store.loadExtra(id).value(QStringLiteral("slices")).toArray();
}

std::vector<std::int64_t> members(const QJsonObject& slice, const char* side)
{
    std::vector<std::int64_t> out;
    const QJsonArray array
        = slice.value(QStringLiteral("members")).toObject().value(QLatin1String(side)).toArray();
    for (const QJsonValue& v : array) {
        out.push_back(v.toInteger());
    }
    return out;
}

} // namespace

class TestSlices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_real, m_generated, m_project;
    QJsonObject m_full; // the folder-sliced run's JSON

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Class folders; the model dropped "bird"; two files directly under each root.
        std::mt19937 rng(13);
        const QList<std::tuple<QString, cv::Vec3i, int, int>> classes {
            {QStringLiteral("cat"), cv::Vec3i(200, 60, 60), 12, 11},
            {QStringLiteral("dog"), cv::Vec3i(60, 200, 60), 10, 14},
            {QStringLiteral("bird"), cv::Vec3i(60, 60, 200), 9, 0},
            {QString(), cv::Vec3i(128, 128, 128), 3, 2}};
        m_real = path(QStringLiteral("real"));
        m_generated = path(QStringLiteral("gen"));
        for (const auto& [name, colour, real, generated] : classes) {
            for (const auto& [root, count] :
                 {std::pair {m_real, real}, std::pair {m_generated, generated}}) {
                const QString folder = name.isEmpty() ? root : root + QLatin1Char('/') + name;
                QVERIFY(QDir().mkpath(folder));
                for (int i = 0; i < count; ++i) {
                    writeImage(QStringLiteral("%1/%2_%3.png")
                                   .arg(folder, name.isEmpty() ? QStringLiteral("r") : name)
                                   .arg(i, 3, 10, QLatin1Char('0')),
                               colour, rng);
                }
            }
        }
        m_project = path(QStringLiteral("folder.genlens"));
        const Outcome o = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("image"), QStringLiteral("--real"), m_real,
             QStringLiteral("--generated"), m_generated, QStringLiteral("--slice-by"),
             QStringLiteral("folder"), QStringLiteral("--project"), m_project,
             QStringLiteral("--json"), path(QStringLiteral("full.json"))});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        m_full = readJson(path(QStringLiteral("full.json")));
        QVERIFY(m_full.value(QStringLiteral("slices")).isArray());
    }

    // Issue 13, item 9: a class folder's numbers equal `genlens evaluate` on that class's
    // folders copied out on their own.
    void folderSliceEqualsSubsetRun_data()
    {
        QTest::addColumn<QString>("slice");
        QTest::newRow("cat") << QStringLiteral("cat");
        QTest::newRow("dog") << QStringLiteral("dog");
    }

    void folderSliceEqualsSubsetRun()
    {
        QFETCH(QString, slice);
        const QString subset = path(QStringLiteral("subset-") + slice);
        for (const auto& [from, side] :
             {std::pair {m_real, "real"}, std::pair {m_generated, "gen"}}) {
            const QString target
                = QStringLiteral("%1/%2/%3").arg(subset, QLatin1String(side), slice);
            QVERIFY(QDir().mkpath(target));
            const QDir source(from + QLatin1Char('/') + slice);
            for (const QString& file : source.entryList(QDir::Files)) {
                QVERIFY(QFile::copy(source.filePath(file), target + QLatin1Char('/') + file));
            }
        }
        const QString json = subset + QStringLiteral("/result.json");
        const Outcome o = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("image"), QStringLiteral("--real"),
             subset + QStringLiteral("/real"), QStringLiteral("--generated"),
             subset + QStringLiteral("/gen"), QStringLiteral("--json"), json});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        const QJsonObject alone = readJson(json).value(QStringLiteral("metrics")).toObject();
        const QJsonObject sliced
            = sliceNamed(m_full.value(QStringLiteral("slices")).toArray(), slice)
                  .value(QStringLiteral("metrics"))
                  .toObject();
        const QStringList keys {QStringLiteral("fid"),
                                QStringLiteral("kid"),
                                QStringLiteral("precision"),
                                QStringLiteral("recall"),
                                QStringLiteral("density"),
                                QStringLiteral("coverage"),
                                QStringLiteral("memorized_fraction")};
        for (const QString& key : keys) {
            const double expected
                = alone.value(key).toObject().value(QStringLiteral("value")).toDouble(qQNaN());
            const double actual
                = sliced.value(key).toObject().value(QStringLiteral("value")).toDouble(qQNaN());
            QVERIFY2(std::isfinite(expected), qPrintable(key));
            QVERIFY2(std::abs(actual - expected)
                         <= kRelativeTolerance * std::max(1.0, std::abs(expected)),
                     qPrintable(QStringLiteral("%1: slice %2, subset run %3")
                                    .arg(key)
                                    .arg(actual, 0, 'g', 17)
                                    .arg(expected, 0, 'g', 17)));
        }
        QCOMPARE(
            sliced.value(QStringLiteral("kid")).toObject().value(QStringLiteral("std")).toDouble(),
            alone.value(QStringLiteral("kid")).toObject().value(QStringLiteral("std")).toDouble());
    }

    // A class the model dropped is listed with 0 generated samples and undefined metrics, never
    // dropped; files directly under the roots form "(root)"; the CLI JSON has no members, the
    // project's copy has them (sample indices of the samples table) and says why.
    void droppedClassIsListed()
    {
        const QJsonArray slices = m_full.value(QStringLiteral("slices")).toArray();
        QStringList names;
        for (const QJsonValue& v : slices) {
            names << v.toObject().value(QStringLiteral("name")).toString();
            QVERIFY(!v.toObject().contains(QStringLiteral("members")));
            QCOMPARE(v.toObject().value(QStringLiteral("by")).toString(), QStringLiteral("folder"));
        }
        QCOMPARE(names,
                 (QStringList {QStringLiteral("(root)"), QStringLiteral("bird"),
                               QStringLiteral("cat"), QStringLiteral("dog")}));
        const QJsonObject bird = sliceNamed(slices, QStringLiteral("bird"));
        const QJsonObject counts = bird.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("real")).toInt(), 9);
        QCOMPARE(counts.value(QStringLiteral("generated")).toInt(), 0);
        const QJsonObject metrics = bird.value(QStringLiteral("metrics")).toObject();
        QVERIFY(metrics.contains(QStringLiteral("fid")));
        for (const QString& key : metrics.keys()) {
            QVERIFY2(metrics.value(key).toObject().value(QStringLiteral("value")).isNull(),
                     qPrintable(key));
        }
        const QJsonObject root = sliceNamed(slices, QStringLiteral("(root)"));
        QCOMPARE(
            root.value(QStringLiteral("counts")).toObject().value(QStringLiteral("real")).toInt(),
            3);
        QCOMPARE(root.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("generated"))
                     .toInt(),
                 2);

        app::RunResult run;
        const QJsonArray stored = storedSlices(m_project, &run);
        QCOMPARE(stored.size(), slices.size());
        const QJsonObject storedBird = sliceNamed(stored, QStringLiteral("bird"));
        const std::vector<std::int64_t> real = members(storedBird, "real");
        QCOMPARE(real.size(), std::size_t(9));
        QVERIFY(members(storedBird, "generated").empty());
        for (const std::int64_t i : real) {
            QVERIFY(run.real.samples[static_cast<std::size_t>(i)].label.startsWith(
                QStringLiteral("bird/")));
        }
        const QJsonObject warnings = storedBird.value(QStringLiteral("warnings")).toObject();
        QVERIFY(
            warnings.value(QStringLiteral("fid")).toString().contains(QStringLiteral("2 samples")));
        QVERIFY(warnings.contains(QStringLiteral("precision")));
        // 12 and 11 samples in 512 dimensions: FID computed but said to be unreliable.
        const QJsonObject cat = sliceNamed(stored, QStringLiteral("cat"));
        QVERIFY(cat.value(QStringLiteral("metrics"))
                    .toObject()
                    .value(QStringLiteral("fid"))
                    .toObject()
                    .value(QStringLiteral("value"))
                    .isDouble());
        QVERIFY(cat.value(QStringLiteral("warnings"))
                    .toObject()
                    .value(QStringLiteral("fid"))
                    .toString()
                    .contains(QStringLiteral("rank-deficient")));
        QVERIFY(m_full.value(QStringLiteral("timings_ms"))
                    .toObject()
                    .contains(QStringLiteral("slices")));
    }

    // `--fail-if slice:NAME:KEY`: exit 3 when it holds (or the value is undefined), 0 when not,
    // 1 for a slice or key the run does not have (naming the slices).
    void gateOnSlice_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("holds") << QStringLiteral("slice:cat:fid>0") << 3
                               << QStringLiteral("slice:cat:fid =");
        QTest::newRow("does not hold") << QStringLiteral("slice:cat:fid>1e9") << 0 << QString();
        QTest::newRow("undefined") << QStringLiteral("slice:bird:fid<1e9") << 3
                                   << QStringLiteral("slice:bird:fid is undefined");
        QTest::newRow("root slice") << QStringLiteral("slice:(root):fid>=0") << 3 << QString();
        QTest::newRow("unknown slice") << QStringLiteral("slice:horse:fid>1") << 1
                                       << QStringLiteral("(slices: (root), bird, cat, dog)");
        QTest::newRow("unknown key") << QStringLiteral("slice:cat:vendi_real>1") << 1
                                     << QStringLiteral("slice:cat:vendi_real");
    }

    void gateOnSlice()
    {
        QFETCH(QString, condition);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Outcome o = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("image"), QStringLiteral("--real"), m_real,
             QStringLiteral("--generated"), m_generated, QStringLiteral("--metrics"),
             QStringLiteral("fid"), QStringLiteral("--slice-by"), QStringLiteral("folder"),
             QStringLiteral("--fail-if"), condition});
        QVERIFY2(o.exitCode == exitCode, o.err.constData());
        QVERIFY2(QString::fromUtf8(o.err).contains(message), o.err.constData());
    }

    // clusters:K: the same slices for the same seed (and any thread count), every sample in the
    // slice of its nearest centroid as numpy computes it, the CLI's stored members equal to the
    // app function's, and each cluster's numbers equal a run on its rows alone.
    void clustersReproducibleAndNearestCentroid()
    {
        std::mt19937 rng(7);
        const metrics::RowMatrixXf real = blobs({25, 20, 15}, rng);
        const metrics::RowMatrixXf generated = blobs({30, 18, 2}, rng);
        const app::ClusterSlicing a = app::clusterSlices(real, generated, 3, 0, 1);
        const app::ClusterSlicing b = app::clusterSlices(real, generated, 3, 0, 2);
        QVERIFY(a.centroids == b.centroids);
        QVERIFY(a.realClusters == b.realClusters);
        QVERIFY(a.generatedClusters == b.generatedClusters);

        const QString centroids = path(QStringLiteral("centroids.npy"));
        const QString realPath = path(QStringLiteral("blobs_real.npy"));
        const QString generatedPath = path(QStringLiteral("blobs_generated.npy"));
        writeMatrix(centroids, a.centroids);
        writeMatrix(realPath, real);
        writeMatrix(generatedPath, generated);
        for (const auto& [rows, labels] : {std::pair {realPath, &a.realClusters},
                                           std::pair {generatedPath, &a.generatedClusters}}) {
            const Outcome o
                = run(QStringLiteral("/usr/bin/python3"),
                      {QStringLiteral(GENLENS_SOURCE_DIR "/tests/cli/check_nearest_centroids.py"),
                       centroids, rows});
            QVERIFY2(o.exitCode == 0, o.err.constData());
            QStringList expected;
            for (const int label : *labels) {
                expected << QString::number(label);
            }
            QCOMPARE(QString::fromUtf8(o.out).trimmed(), expected.join(QLatin1Char(' ')));
        }
        // Three well-separated blobs: k-means finds them.
        QCOMPARE(a.slices.size(), std::size_t(3));
        std::vector<std::size_t> sizes;
        for (const auto& s : a.slices) {
            sizes.push_back(s.real.size());
        }
        std::sort(sizes.begin(), sizes.end());
        QCOMPARE(sizes, (std::vector<std::size_t> {15, 20, 25}));

        const QString project = path(QStringLiteral("clusters.genlens"));
        const QString json = path(QStringLiteral("clusters.json"));
        const Outcome o
            = runGenlens({QStringLiteral("evaluate"), QStringLiteral("image"),
                          QStringLiteral("--real"), realPath, QStringLiteral("--generated"),
                          generatedPath, QStringLiteral("--slice-by"), QStringLiteral("clusters:3"),
                          QStringLiteral("--project"), project, QStringLiteral("--json"), json});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        const QJsonArray stored = storedSlices(project);
        QCOMPARE(stored.size(), 3);
        for (int c = 0; c < 3; ++c) {
            const QJsonObject slice = stored.at(c).toObject();
            QCOMPARE(slice.value(QStringLiteral("name")).toString(),
                     QStringLiteral("cluster_%1").arg(c + 1));
            QCOMPARE(slice.value(QStringLiteral("by")).toString(), QStringLiteral("clusters:3"));
            QVERIFY(members(slice, "real") == a.slices[static_cast<std::size_t>(c)].real);
            QVERIFY(members(slice, "generated") == a.slices[static_cast<std::size_t>(c)].generated);
        }
        // The largest generated cluster against its rows alone (8 dimensions: FID is well posed).
        std::size_t largest = 0;
        for (std::size_t c = 1; c < 3; ++c) {
            if (a.slices[c].generated.size() > a.slices[largest].generated.size()) {
                largest = c;
            }
        }
        const auto subset = [](const metrics::RowMatrixXf& m,
                               const std::vector<std::int64_t>& rows) {
            metrics::RowMatrixXf out(static_cast<Eigen::Index>(rows.size()), m.cols());
            for (std::size_t i = 0; i < rows.size(); ++i) {
                out.row(static_cast<Eigen::Index>(i)) = m.row(static_cast<Eigen::Index>(rows[i]));
            }
            return out;
        };
        writeMatrix(path(QStringLiteral("sub_real.npy")), subset(real, a.slices[largest].real));
        writeMatrix(path(QStringLiteral("sub_gen.npy")),
                    subset(generated, a.slices[largest].generated));
        const Outcome alone
            = runGenlens({QStringLiteral("evaluate"), QStringLiteral("image"),
                          QStringLiteral("--real"), path(QStringLiteral("sub_real.npy")),
                          QStringLiteral("--generated"), path(QStringLiteral("sub_gen.npy")),
                          QStringLiteral("--json"), path(QStringLiteral("sub.json"))});
        QVERIFY2(alone.exitCode == 0, alone.err.constData());
        const QJsonObject expected = readJson(path(QStringLiteral("sub.json")))
                                         .value(QStringLiteral("metrics"))
                                         .toObject();
        const QJsonObject actual
            = sliceNamed(readJson(json).value(QStringLiteral("slices")).toArray(),
                         QStringLiteral("cluster_%1").arg(largest + 1))
                  .value(QStringLiteral("metrics"))
                  .toObject();
        for (const QString& key :
             {QStringLiteral("fid"), QStringLiteral("kid"), QStringLiteral("precision"),
              QStringLiteral("recall"), QStringLiteral("density"), QStringLiteral("coverage"),
              QStringLiteral("memorized_fraction")}) {
            const double e
                = expected.value(key).toObject().value(QStringLiteral("value")).toDouble(qQNaN());
            const double v
                = actual.value(key).toObject().value(QStringLiteral("value")).toDouble(qQNaN());
            QVERIFY2(std::abs(v - e) <= kRelativeTolerance * std::max(1.0, std::abs(e)),
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(key).arg(v).arg(e)));
        }
    }

    // users:activity, hand-worked. numpy.quantile (linear): position q·(n − 1) in the sorted
    // counts.
    void activityTerciles_data()
    {
        QTest::addColumn<std::vector<double>>("counts");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<std::vector<std::int64_t>>("cold");
        QTest::addColumn<std::vector<std::int64_t>>("medium");
        QTest::addColumn<std::vector<std::int64_t>>("heavy");
        // 0..9: positions 3 and 6 → cuts 3 and 6; cold ≤ 3, medium 4–6, heavy 7–9.
        QTest::newRow("0..9") << std::vector<double> {0, 1, 2, 3, 4, 5, 6, 7, 8, 9} << 3.0 << 6.0
                              << std::vector<std::int64_t> {0, 1, 2, 3}
                              << std::vector<std::int64_t> {4, 5, 6}
                              << std::vector<std::int64_t> {7, 8, 9};
        // Unsorted {30, 0, 100, 10, 20}: sorted 0 10 20 30 100; positions 4/3 and 8/3 →
        // 10 + ⅓·10 = 13.33 and 20 + ⅔·10 = 26.67.
        QTest::newRow("interpolated")
            << std::vector<double> {30, 0, 100, 10, 20} << 40.0 / 3.0 << 80.0 / 3.0
            << std::vector<std::int64_t> {1, 3} << std::vector<std::int64_t> {4}
            << std::vector<std::int64_t> {0, 2};
        // Ties: {2, 2, 2, 2, 5, 9}: positions 5/3 and 10/3 → 2 and 2 + ⅓·3 = 3; the four users with
        // 2 interactions are cold (≤ the cut), no user lies in (2, 3]: medium is empty, not
        // dropped.
        QTest::newRow("ties") << std::vector<double> {2, 2, 2, 2, 5, 9} << 2.0 << 3.0
                              << std::vector<std::int64_t> {0, 1, 2, 3}
                              << std::vector<std::int64_t> {} << std::vector<std::int64_t> {4, 5};
    }

    void activityTerciles()
    {
        QFETCH(std::vector<double>, counts);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(std::vector<std::int64_t>, cold);
        QFETCH(std::vector<std::int64_t>, medium);
        QFETCH(std::vector<std::int64_t>, heavy);
        std::vector<std::int64_t> index(counts.size());
        for (std::size_t i = 0; i < index.size(); ++i) {
            index[i] = static_cast<std::int64_t>(i);
        }
        const app::ActivitySlicing a = app::activitySlices(counts, index, index);
        QVERIFY(std::abs(a.lowCut - low) < 1e-12);
        QVERIFY(std::abs(a.highCut - high) < 1e-12);
        QCOMPARE(a.slices.size(), std::size_t(3));
        QCOMPARE(a.slices[0].name, std::string("cold"));
        QVERIFY(a.slices[0].real == cold);
        QVERIFY(a.slices[1].real == medium);
        QVERIFY(a.slices[2].real == heavy);
        QVERIFY(a.slices[2].generated == heavy);
    }

    // The same through the CLI: 12 users with 1..12 training items (cuts at positions 11/3 and
    // 22/3 of 1..12: 4⅔ and 8⅓); users u10 and u11 have no list.
    void activityThroughCli()
    {
        QByteArray train = "user,item\n";
        QByteArray truth = "user,item\n";
        QByteArray recs = "user,item\n";
        for (int u = 0; u < 12; ++u) {
            for (int i = 0; i <= u; ++i) {
                train += QStringLiteral("u%1,i%2\n").arg(u).arg(i).toUtf8();
            }
            truth += QStringLiteral("u%1,i%2\nu%1,i%3\n").arg(u).arg(u).arg(u + 20).toUtf8();
            if (u < 10) {
                for (int i = 0; i < 5; ++i) {
                    recs += QStringLiteral("u%1,i%2\n").arg(u).arg((u + i) % 15).toUtf8();
                }
            }
        }
        writeText(path(QStringLiteral("train.csv")), train);
        writeText(path(QStringLiteral("truth.csv")), truth);
        writeText(path(QStringLiteral("recs.csv")), recs);
        const QString json = path(QStringLiteral("activity.json"));
        const Outcome o = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("recsys"), QStringLiteral("--truth"),
             path(QStringLiteral("truth.csv")), QStringLiteral("--recommendations"),
             path(QStringLiteral("recs.csv")), QStringLiteral("--train"),
             path(QStringLiteral("train.csv")), QStringLiteral("--cutoffs"), QStringLiteral("5"),
             QStringLiteral("--slice-by"), QStringLiteral("users:activity"),
             QStringLiteral("--json"), json});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        const QJsonObject result = readJson(json);
        const QJsonArray cuts = result.value(QStringLiteral("settings"))
                                    .toObject()
                                    .value(QStringLiteral("slice_activity_cut_points"))
                                    .toArray();
        QCOMPARE(cuts.size(), 2);
        QVERIFY(std::abs(cuts.at(0).toDouble() - 14.0 / 3.0) < 1e-12);
        QVERIFY(std::abs(cuts.at(1).toDouble() - 25.0 / 3.0) < 1e-12);
        const QJsonArray slices = result.value(QStringLiteral("slices")).toArray();
        QCOMPARE(slices.size(), 3);
        const int expectedGenerated[] = {4, 4, 2};
        for (int s = 0; s < 3; ++s) {
            const QJsonObject counts
                = slices.at(s).toObject().value(QStringLiteral("counts")).toObject();
            QCOMPARE(counts.value(QStringLiteral("real")).toInt(), 4);
            QCOMPARE(counts.value(QStringLiteral("generated")).toInt(), expectedGenerated[s]);
            QVERIFY(slices.at(s)
                        .toObject()
                        .value(QStringLiteral("metrics"))
                        .toObject()
                        .contains(QStringLiteral("ndcg@5")));
        }
        QCOMPARE(slices.at(0).toObject().value(QStringLiteral("rule")).toString(),
                 QStringLiteral("training interactions <= 4.66667"));
    }

    // Text slices by a JSONL field: BLEU, chrF, Self-BLEU and distinct-n of a slice equal a run
    // on that slice's records (and their references) alone.
    void textFieldSliceEqualsSubsetRun()
    {
        const QStringList words {
            QStringLiteral("the"), QStringLiteral("cat"), QStringLiteral("sat"),
            QStringLiteral("on"),  QStringLiteral("a"),   QStringLiteral("mat"),
            QStringLiteral("dog"), QStringLiteral("ran"), QStringLiteral("far")};
        std::mt19937 rng(3);
        const auto sentence = [&]() {
            QStringList out;
            const int n = 4 + static_cast<int>(rng() % 6);
            for (int i = 0; i < n; ++i) {
                out << words.at(static_cast<int>(rng() % words.size()));
            }
            return out.join(QLatin1Char(' '));
        };
        const auto line = [](const QString& text, const QString& lang) {
            return QJsonDocument(
                       QJsonObject {{QStringLiteral("text"), text}, {QStringLiteral("lang"), lang}})
                       .toJson(QJsonDocument::Compact)
                + '\n';
        };
        QByteArray real, generated, refs, frGenerated, frRefs, frReal;
        for (int i = 0; i < 30; ++i) {
            const QString lang = i % 3 == 0 ? QStringLiteral("fr") : QStringLiteral("en");
            const QByteArray r = line(sentence(), lang);
            real += r;
            const QByteArray g = line(sentence(), lang);
            const QByteArray ref = line(sentence(), lang);
            generated += g;
            refs += ref;
            if (lang == QLatin1String("fr")) {
                frReal += r;
                frGenerated += g;
                frRefs += ref;
            }
        }
        for (const auto& [name, bytes] :
             {std::pair {"real.jsonl", &real}, std::pair {"gen.jsonl", &generated},
              std::pair {"refs.jsonl", &refs}, std::pair {"fr_real.jsonl", &frReal},
              std::pair {"fr_gen.jsonl", &frGenerated}, std::pair {"fr_refs.jsonl", &frRefs}}) {
            writeText(path(QLatin1String(name)), *bytes);
        }
        const QString metricsList
            = QStringLiteral("bleu,chrf,self_bleu,distinct_1,distinct_2,distinct_3,distinct_4");
        const Outcome whole = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("text"), QStringLiteral("--real"),
             path(QStringLiteral("real.jsonl")), QStringLiteral("--generated"),
             path(QStringLiteral("gen.jsonl")), QStringLiteral("--references"),
             path(QStringLiteral("refs.jsonl")), QStringLiteral("--metrics"), metricsList,
             QStringLiteral("--slice-by"), QStringLiteral("field:lang"), QStringLiteral("--json"),
             path(QStringLiteral("text.json"))});
        QVERIFY2(whole.exitCode == 0, whole.err.constData());
        const Outcome alone = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("text"), QStringLiteral("--real"),
             path(QStringLiteral("fr_real.jsonl")), QStringLiteral("--generated"),
             path(QStringLiteral("fr_gen.jsonl")), QStringLiteral("--references"),
             path(QStringLiteral("fr_refs.jsonl")), QStringLiteral("--metrics"), metricsList,
             QStringLiteral("--json"), path(QStringLiteral("fr.json"))});
        QVERIFY2(alone.exitCode == 0, alone.err.constData());
        const QJsonObject fr = sliceNamed(
            readJson(path(QStringLiteral("text.json"))).value(QStringLiteral("slices")).toArray(),
            QStringLiteral("fr"));
        QCOMPARE(fr.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("generated"))
                     .toInt(),
                 10);
        const QJsonObject sliced = fr.value(QStringLiteral("metrics")).toObject();
        const QJsonObject expected
            = readJson(path(QStringLiteral("fr.json"))).value(QStringLiteral("metrics")).toObject();
        for (const QString& key : metricsList.split(QLatin1Char(','))) {
            const double e
                = expected.value(key).toObject().value(QStringLiteral("value")).toDouble(qQNaN());
            const double v
                = sliced.value(key).toObject().value(QStringLiteral("value")).toDouble(qQNaN());
            QVERIFY2(
                std::isfinite(e)
                    && std::abs(v - e) <= kRelativeTolerance * std::max(1.0, std::abs(e)),
                qPrintable(QStringLiteral("%1: slice %2, subset run %3").arg(key).arg(v).arg(e)));
        }
    }

    // Slices defined later in the window (a feature-map selection, a score range): the API
    // computes them from the project's feature cache, equal to the run's own slice of the same
    // members, appends them to the stored slices, and refuses a taken name; a cancelled one
    // stores nothing.
    void customSliceEqualsStoredSlice()
    {
        app::RunResult run;
        const QJsonArray before = storedSlices(m_project, &run);
        const QJsonObject cat = sliceNamed(before, QStringLiteral("cat"));
        app::CustomSliceSpec spec;
        spec.name = QStringLiteral("cat, selected on the map");
        spec.by = QStringLiteral("selection");
        spec.real = members(cat, "real");
        spec.generated = members(cat, "generated");
        qint64 runId = 0;
        {
            app::ProjectStore store;
            store.open(m_project);
            runId = store.runs().constFirst().id;
        }
        QFuture<app::SliceResult> future = app::startCustomSlice(m_project, runId, spec);
        const app::SliceResult slice = future.result();
        const QJsonObject expected = cat.value(QStringLiteral("metrics")).toObject();
        QCOMPARE(slice.metrics.size(), expected.size());
        for (const app::MetricValue& m : slice.metrics) {
            const double e
                = expected.value(m.key).toObject().value(QStringLiteral("value")).toDouble(qQNaN());
            QVERIFY2(std::abs(m.value - e) <= kRelativeTolerance * std::max(1.0, std::abs(e)),
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(m.key).arg(m.value).arg(e)));
        }
        const QJsonArray after = storedSlices(m_project);
        QCOMPARE(after.size(), before.size() + 1);
        const QJsonObject stored = after.last().toObject();
        QCOMPARE(stored.value(QStringLiteral("name")).toString(), spec.name);
        QCOMPARE(stored.value(QStringLiteral("by")).toString(), QStringLiteral("selection"));
        QVERIFY(members(stored, "real") == spec.real);
        QVERIFY(members(stored, "generated") == spec.generated);

        // A taken name: refused, nothing written.
        bool refused = false;
        try {
            app::startCustomSlice(m_project, runId, spec).result();
        } catch (const QUnhandledException&) {
            refused = true;
        }
        QVERIFY(refused);

        // Cancelled before it stores: nothing written.
        class Cancelled final : public app::PipelineContext
        {
        public:
            void beginStage(const QString&, qint64) override { }
            bool advance(qint64, qint64) override { return false; }
            bool isCanceled() const override { return true; }
        } cancelled;
        spec.name = QStringLiteral("never stored");
        QVERIFY_THROWS_EXCEPTION(metrics::Cancelled,
                                 app::computeCustomSlice(m_project, runId, spec, cancelled));
        QCOMPARE(storedSlices(m_project).size(), after.size());

        // An index outside the set is refused.
        spec.real = {0, static_cast<std::int64_t>(run.real.samples.size())};
        class Quiet final : public app::PipelineContext
        {
        public:
            void beginStage(const QString&, qint64) override { }
            bool advance(qint64, qint64) override { return true; }
            bool isCanceled() const override { return false; }
        } quiet;
        QVERIFY_THROWS_EXCEPTION(app::InputError,
                                 app::computeCustomSlice(m_project, runId, spec, quiet));
    }

    void scoreRangeMembers()
    {
        const std::vector<double> values {0.1, qQNaN(), 0.5, 0.9, 1.2};
        QVERIFY((app::membersInScoreRange(values, 0.2, 0.9) == std::vector<std::int64_t> {2, 3}));
        QCOMPARE(app::scoreRangeSliceBy(QStringLiteral("realism"), 0.2, 0.9),
                 QStringLiteral("score:realism[0.2,0.9]"));
    }

    // A bad --slice-by is a usage error naming the accepted forms.
    void badSliceByIsUsageError_data()
    {
        QTest::addColumn<QString>("modality");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        const QString forms
            = QStringLiteral("folder|field:NAME|column:NAME|users:activity|clusters:K");
        QTest::newRow("unknown") << QStringLiteral("image") << QStringLiteral("class") << forms;
        QTest::newRow("clusters:0")
            << QStringLiteral("image") << QStringLiteral("clusters:0") << forms;
        QTest::newRow("field without name")
            << QStringLiteral("image") << QStringLiteral("field:") << forms;
        QTest::newRow("field on images") << QStringLiteral("image") << QStringLiteral("field:lang")
                                         << QStringLiteral("accepted for image: folder|clusters:K");
        QTest::newRow("folder on features") << QStringLiteral("image") << QStringLiteral("folder")
                                            << QStringLiteral("needs image folders");
    }

    void badSliceByIsUsageError()
    {
        QFETCH(QString, modality);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const Outcome o = runGenlens(
            {QStringLiteral("evaluate"), modality, QStringLiteral("--real"),
             QStringLiteral(GENLENS_TEST_DATA "/cli/real.npy"), QStringLiteral("--generated"),
             QStringLiteral(GENLENS_TEST_DATA "/cli/generated.npy"), QStringLiteral("--slice-by"),
             value});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(QString::fromUtf8(o.err).contains(message), o.err.constData());
    }
};

QTEST_MAIN(TestSlices)
#include "tst_slices.moc"
