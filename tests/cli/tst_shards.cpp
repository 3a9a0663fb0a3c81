// Sharded extraction and exact merging (issue 11, item 2): `genlens features --shard I/N`,
// `genlens stats` and `genlens merge`, end to end through the real executable as a cluster job
// would run them.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <functional>
#include <genlens/metrics/core/npy.h>
#include <genlens/metrics/core/statsfile.h>
#include <numeric>
#include <random>
#include <tuple>

using namespace genlens;

namespace {

constexpr double kFidRelativeTolerance = 1e-12; // issue 11: merged statistics, single-process FID

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

Outcome runGenlens(const QStringList& arguments)
{
    return run(QStringLiteral(GENLENS_BINARY_DIR "/genlens"), arguments);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll()
                                          : QByteArray("<missing " + path.toUtf8() + ">");
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QString cliData(const char* name)
{
    return QStringLiteral(GENLENS_TEST_DATA "/cli/") + QLatin1String(name);
}

double fidOf(const QStringList& evaluateArguments)
{
    const Outcome o = runGenlens(
        QStringList {QStringLiteral("evaluate"), QStringLiteral("image")} + evaluateArguments
        + QStringList {QStringLiteral("--quiet"), QStringLiteral("--metrics"),
                       QStringLiteral("fid"), QStringLiteral("--json"), QStringLiteral("-")});
    if (o.exitCode != 0) {
        qWarning() << o.err;
        return std::nan("");
    }
    return QJsonDocument::fromJson(o.out)
        .object()
        .value(QStringLiteral("metrics"))
        .toObject()
        .value(QStringLiteral("fid"))
        .toObject()
        .value(QStringLiteral("value"))
        .toDouble(std::nan(""));
}

QJsonObject evaluateJson(const QStringList& arguments, QByteArray* err = nullptr)
{
    const Outcome o = runGenlens(
        QStringList {QStringLiteral("evaluate")} + arguments
        + QStringList {QStringLiteral("--quiet"), QStringLiteral("--json"), QStringLiteral("-")});
    if (err) {
        *err = o.err;
    }
    return o.exitCode == 0 ? QJsonDocument::fromJson(o.out).object() : QJsonObject {};
}

// Rows of `m` in `order`, and the matching lines of `paths` (one per row).
void writeShuffled(const QString& npy, const QString& pathsIn, const QString& npyOut,
                   const QString& pathsOut, std::uint64_t seed,
                   const std::function<QByteArray(const QByteArray&)>& rewrite = {})
{
    const metrics::RowMatrixXf m = metrics::readNpyMatrixXf(npy.toStdString());
    QList<QByteArray> lines = readAll(pathsIn).split('\n');
    lines.removeLast();
    QCOMPARE(Eigen::Index(lines.size()), m.rows());
    std::vector<Eigen::Index> order(std::size_t(m.rows()));
    std::iota(order.begin(), order.end(), Eigen::Index(0));
    std::shuffle(order.begin(), order.end(), std::mt19937_64(seed));
    metrics::RowMatrixXf out(m.rows(), m.cols());
    QByteArray text;
    for (std::size_t i = 0; i < order.size(); ++i) {
        out.row(Eigen::Index(i)) = m.row(order[i]);
        text += (rewrite ? rewrite(lines[qsizetype(order[i])]) : lines[qsizetype(order[i])]) + '\n';
    }
    metrics::writeNpy(npyOut.toStdString(), metrics::npyFromMatrix(out));
    writeAll(pathsOut, text);
}

} // namespace

class TestShards : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_images; // 20 demo images, 3 fixture images, an undecodable file, a text file
    QString m_demo;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Runs `features image` for every shard of N into prefix<I>.npy; returns the shard files.
    QStringList extractShards(const QString& modality, const QString& input, int count,
                              const QString& prefix)
    {
        QStringList files;
        for (int i = 0; i < count; ++i) {
            const QString out = path(QStringLiteral("%1%2.npy").arg(prefix).arg(i));
            const Outcome o = runGenlens({QStringLiteral("features"), modality,
                                          QStringLiteral("--input"), input, QStringLiteral("--out"),
                                          out, QStringLiteral("--quiet"), QStringLiteral("--shard"),
                                          QStringLiteral("%1/%2").arg(i).arg(count)});
            if (o.exitCode != 0) {
                qWarning() << o.err;
                return {};
            }
            files << out;
        }
        return files;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = path(QStringLiteral("demo"));
        const Outcome demo = runGenlens(
            {QStringLiteral("demo"), QStringLiteral("--data"), m_demo, QStringLiteral("--quiet")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        m_images = path(QStringLiteral("images"));
        QVERIFY(QDir().mkpath(m_images + QStringLiteral("/sub")));
        const QDir real(m_demo + QStringLiteral("/images/real"));
        const QStringList pngs = real.entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QVERIFY(pngs.size() >= 20);
        for (int i = 0; i < 20; ++i) {
            QVERIFY(QFile::copy(real.filePath(pngs[i]),
                                m_images + (i % 3 ? QStringLiteral("/") : QStringLiteral("/sub/"))
                                    + pngs[i]));
        }
        for (const char* name : {"img_a.png", "img_b.png", "img_c.png"}) {
            QVERIFY(QFile::copy(QStringLiteral(GENLENS_TEST_DATA "/image/") + QLatin1String(name),
                                m_images + QLatin1Char('/') + QLatin1String(name)));
        }
        writeAll(m_images + QStringLiteral("/broken.png"), "not a png");
        writeAll(m_images + QStringLiteral("/notes.txt"), "not an image");
        const Outcome whole
            = runGenlens({QStringLiteral("features"), QStringLiteral("image"),
                          QStringLiteral("--input"), m_images, QStringLiteral("--out"),
                          path(QStringLiteral("whole.npy")), QStringLiteral("--quiet")});
        QVERIFY2(whole.exitCode == 0, whole.err.constData());
        // Full-rank 64-d features with correlated dimensions, shifted for the generated set.
        std::mt19937_64 random(11);
        std::normal_distribution<float> normal;
        metrics::RowMatrixXf mix(64, 64);
        for (Eigen::Index i = 0; i < mix.size(); ++i) {
            mix.data()[i] = normal(random) / 8.0f;
        }
        for (const auto& [name, rows, shift] : {std::tuple {"gauss_real.npy", 1500, 0.0f},
                                                std::tuple {"gauss_generated.npy", 1200, 0.3f}}) {
            metrics::RowMatrixXf x(rows, 64);
            for (Eigen::Index i = 0; i < x.size(); ++i) {
                x.data()[i] = normal(random) + shift;
            }
            metrics::writeNpy(path(QLatin1String(name)).toStdString(),
                              metrics::npyFromMatrix(metrics::RowMatrixXf(x * mix)));
        }
    }

    // Shards merged in shard order are the single-process file byte for byte (rows, paths, and
    // the skipped files), for shard counts that divide the 25 items or not, and more shards than
    // items (empty shards).
    void featureShardsMergeToTheSingleProcessRows_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("1 shard") << 1;
        QTest::newRow("3 shards") << 3;
        QTest::newRow("4 shards") << 4;
        QTest::newRow("7 shards") << 7;
        QTest::newRow("30 shards, 5 empty") << 30;
    }
    void featureShardsMergeToTheSingleProcessRows()
    {
        QFETCH(int, count);
        const QString prefix = QStringLiteral("img%1_").arg(count);
        const QStringList shards = extractShards(QStringLiteral("image"), m_images, count, prefix);
        QCOMPARE(shards.size(), count);
        const QString merged = path(prefix + QStringLiteral("merged.npy"));
        const Outcome o
            = runGenlens(QStringList {QStringLiteral("merge"), QStringLiteral("--quiet"),
                                      QStringLiteral("--out"), merged}
                         + shards);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QCOMPARE(readAll(merged), readAll(path(QStringLiteral("whole.npy"))));
        QCOMPARE(readAll(path(prefix + QStringLiteral("merged.paths.txt"))),
                 readAll(path(QStringLiteral("whole.paths.txt"))));
        const QJsonObject meta
            = QJsonDocument::fromJson(readAll(path(prefix + QStringLiteral("merged.meta.json"))))
                  .object();
        QCOMPARE(meta.value(QStringLiteral("rows")).toInt(), 23);
        QCOMPARE(meta.value(QStringLiteral("skipped")).toArray().size(), 2);
        QCOMPARE(meta.value(QStringLiteral("extractor"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("builtin-1"));
    }

    // Paths are relative to the folder (nodes may mount it elsewhere), in GenLens's sorted order.
    void pathsFileListsRelativePathsInSortedOrder()
    {
        const QList<QByteArray> lines
            = readAll(path(QStringLiteral("whole.paths.txt"))).split('\n');
        QCOMPARE(lines.size(), 24); // 23 rows and the final newline
        QCOMPARE(lines.first(), QByteArray("img_a.png"));
        QVERIFY(lines.contains(QByteArray("sub/")
                               + QDir(m_demo + QStringLiteral("/images/real"))
                                     .entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name)
                                     .first()
                                     .toUtf8()));
        for (int i = 1; i + 1 < lines.size(); ++i) {
            QVERIFY(lines[i - 1] < lines[i]);
        }
    }

    void textShardsMergeToTheSingleProcessRows()
    {
        const QString texts = m_demo + QStringLiteral("/text/real.txt");
        QCOMPARE(runGenlens({QStringLiteral("features"), QStringLiteral("text"),
                             QStringLiteral("--input"), texts, QStringLiteral("--out"),
                             path(QStringLiteral("text.npy"))})
                     .exitCode,
                 0);
        const QStringList shards
            = extractShards(QStringLiteral("text"), texts, 3, QStringLiteral("text_"));
        QCOMPARE(shards.size(), 3);
        const Outcome o = runGenlens(
            QStringList {QStringLiteral("merge"), QStringLiteral("--quiet"),
                         QStringLiteral("--out"), path(QStringLiteral("text_merged.npy"))}
            + shards);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QCOMPARE(readAll(path(QStringLiteral("text_merged.npy"))),
                 readAll(path(QStringLiteral("text.npy"))));
        QCOMPARE(readAll(path(QStringLiteral("text_merged.paths.txt"))),
                 readAll(path(QStringLiteral("text.paths.txt"))));
    }

    // Statistics of uneven row shards (one of 1 row, an empty one) merged with Chan et al.'s
    // formula give the single-process FID to 1e-12 relative, through `evaluate image --real S.npz`.
    void mergedStatisticsGiveTheSingleProcessFid_data()
    {
        QTest::addColumn<QString>("real");
        QTest::addColumn<QString>("generated");
        QTest::addColumn<QList<int>>("sizes");
        const QString real = cliData("real.npy");
        const QString generated = cliData("generated.npy");
        QTest::newRow("8-d, one shard") << real << generated << QList<int> {200};
        QTest::newRow("8-d, halves") << real << generated << QList<int> {100, 100};
        QTest::newRow("8-d, 1 + 0 + 57 + 142") << real << generated << QList<int> {1, 0, 57, 142};
        QTest::newRow("8-d, 0 + 199 + 1") << real << generated << QList<int> {0, 199, 1};
        QTest::newRow("8-d, 2 + 3 + 195") << real << generated << QList<int> {2, 3, 195};
        // Covariances of full rank: with N <= d (e.g. 400 builtin-1 rows of 512-d) Σ is singular
        // and Tr (Σr Σg)^½ moves by √ε ≈ 1e-8 relative under any rounding change, merging or not.
        QTest::newRow("64-d Gaussian, 1500 rows as 700 + 1 + 0 + 799")
            << QStringLiteral("gauss_real.npy") << QStringLiteral("gauss_generated.npy")
            << QList<int> {700, 1, 0, 799};
    }
    void mergedStatisticsGiveTheSingleProcessFid()
    {
        QFETCH(QString, real);
        QFETCH(QString, generated);
        QFETCH(QList<int>, sizes);
        if (!real.contains(QLatin1Char('/'))) {
            real = path(real);
        }
        if (!generated.contains(QLatin1Char('/'))) {
            generated = path(generated);
        }
        const metrics::RowMatrixXf all = metrics::readNpyMatrixXf(real.toStdString());
        int total = 0;
        for (int s : sizes) {
            total += s;
        }
        QCOMPARE(Eigen::Index(total), all.rows());
        const QString tag
            = QString::fromLatin1(QTest::currentDataTag())
                  .replace(QRegularExpression(QStringLiteral("\\W")), QStringLiteral("_"));
        QStringList statsFiles;
        int first = 0;
        for (int i = 0; i < sizes.size(); ++i) {
            const QString rows = path(QStringLiteral("%1_rows%2.npy").arg(tag).arg(i));
            metrics::writeNpy(
                rows.toStdString(),
                metrics::npyFromMatrix(metrics::RowMatrixXf(all.middleRows(first, sizes[i]))));
            first += sizes[i];
            const QString stats = path(QStringLiteral("%1_stats%2.npz").arg(tag).arg(i));
            const Outcome o
                = runGenlens({QStringLiteral("stats"), QStringLiteral("--quiet"),
                              QStringLiteral("--input"), rows, QStringLiteral("--out"), stats});
            QVERIFY2(o.exitCode == 0, o.err.constData());
            statsFiles << stats;
        }
        const QString merged = path(tag + QStringLiteral("_merged.npz"));
        const Outcome o
            = runGenlens(QStringList {QStringLiteral("merge"), QStringLiteral("--quiet"),
                                      QStringLiteral("--out"), merged}
                         + statsFiles);
        QVERIFY2(o.exitCode == 0, o.err.constData());

        const double single
            = fidOf({QStringLiteral("--real"), real, QStringLiteral("--generated"), generated});
        const double fromMerged
            = fidOf({QStringLiteral("--real"), merged, QStringLiteral("--generated"), generated});
        QVERIFY(std::isfinite(single) && single > 0);
        QVERIFY2(std::abs(fromMerged - single) <= kFidRelativeTolerance * single,
                 qPrintable(QStringLiteral("merged %1 vs single-process %2 (relative %3)")
                                .arg(fromMerged, 0, 'g', 17)
                                .arg(single, 0, 'g', 17)
                                .arg(std::abs(fromMerged - single) / single)));
        const metrics::StatsFile file = metrics::readStatsFile(merged.toStdString());
        QCOMPARE(file.stats.count(), std::int64_t(total));
    }

    // pytorch-fid's loader conventions (np.load(...)['mu'], ['sigma']) and numpy's np.cov.
    void statisticsFileReadsLikePytorchFid()
    {
        const QString stats = path(QStringLiteral("whole.npz"));
        const Outcome o = runGenlens({QStringLiteral("stats"), QStringLiteral("--quiet"),
                                      QStringLiteral("--input"), path(QStringLiteral("whole.npy")),
                                      QStringLiteral("--out"), stats});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        for (const QString& features : {path(QStringLiteral("whole.npy")), cliData("real.npy")}) {
            const QString file
                = features == cliData("real.npy") ? path(QStringLiteral("real8.npz")) : stats;
            if (file != stats) {
                QCOMPARE(
                    runGenlens({QStringLiteral("stats"), QStringLiteral("--quiet"),
                                QStringLiteral("--input"), features, QStringLiteral("--out"), file})
                        .exitCode,
                    0);
            }
            const Outcome check
                = run(QStringLiteral("/usr/bin/python3"),
                      {QStringLiteral(GENLENS_SOURCE_DIR "/tests/cli/check_stats_npz.py"), file,
                       features});
            QVERIFY2(check.exitCode == 0, (check.out + check.err).constData());
        }
        QCOMPARE(metrics::readStatsFile(stats.toStdString()).extractorId, std::string("builtin-1"));
    }

    // Bring your own features, keep your images (issue 11, item 1): features attached to image
    // folders give exactly the metrics of the bare feature files, in folder order (with a row for
    // the undecodable broken.png, which is dropped with it) or shuffled with a paths file.
    void attachedImageFeaturesEqualBareFeatures_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("folder order") << QStringLiteral("order");
        QTest::newRow("shuffled, relative paths") << QStringLiteral("relative");
        QTest::newRow("shuffled, absolute paths") << QStringLiteral("absolute");
    }
    void attachedImageFeaturesEqualBareFeatures()
    {
        QFETCH(QString, mode);
        const QString generated = path(QStringLiteral("generated20"));
        if (!QFileInfo::exists(generated)) {
            QVERIFY(QDir().mkpath(generated));
            const QDir source(m_demo + QStringLiteral("/images/generated"));
            const QStringList pngs
                = source.entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
            for (int i = 0; i < 20; ++i) {
                QVERIFY(
                    QFile::copy(source.filePath(pngs[i]), generated + QLatin1Char('/') + pngs[i]));
            }
            QCOMPARE(runGenlens({QStringLiteral("features"), QStringLiteral("image"),
                                 QStringLiteral("--input"), generated, QStringLiteral("--out"),
                                 path(QStringLiteral("gen20.npy")), QStringLiteral("--quiet")})
                         .exitCode,
                     0);
        }
        const QStringList common {QStringLiteral("--kid-subsets"), QStringLiteral("5"),
                                  QStringLiteral("--k"), QStringLiteral("3")};
        const QJsonObject bare = evaluateJson(
            QStringList {QStringLiteral("image"), QStringLiteral("--real"),
                         path(QStringLiteral("whole.npy")), QStringLiteral("--generated"),
                         path(QStringLiteral("gen20.npy"))}
            + common);
        QVERIFY(!bare.isEmpty());

        QStringList attach {QStringLiteral("image"),
                            QStringLiteral("--real"),
                            m_images,
                            QStringLiteral("--generated"),
                            generated,
                            QStringLiteral("--features-id"),
                            QStringLiteral("inception-pool3 (our GPUs)")};
        if (mode == QLatin1String("order")) {
            // broken.png sorts first: the user's tool gave it a row, which goes with it.
            const metrics::RowMatrixXf whole
                = metrics::readNpyMatrixXf(path(QStringLiteral("whole.npy")).toStdString());
            metrics::RowMatrixXf withBroken(whole.rows() + 1, whole.cols());
            withBroken.row(0).setConstant(1e6f);
            withBroken.bottomRows(whole.rows()) = whole;
            metrics::writeNpy(path(QStringLiteral("real24.npy")).toStdString(),
                              metrics::npyFromMatrix(withBroken));
            attach << QStringLiteral("--real-features") << path(QStringLiteral("real24.npy"))
                   << QStringLiteral("--generated-features") << path(QStringLiteral("gen20.npy"));
        } else {
            const bool absolute = mode == QLatin1String("absolute");
            const auto rewrite = [&](const QString& folder) {
                return std::function<QByteArray(const QByteArray&)>(
                    [absolute, folder](const QByteArray& line) {
                        return absolute ? folder.toUtf8() + '/' + line : line;
                    });
            };
            writeShuffled(path(QStringLiteral("whole.npy")),
                          path(QStringLiteral("whole.paths.txt")),
                          path(mode + QStringLiteral("_real.npy")),
                          path(mode + QStringLiteral("_real.txt")), 3, rewrite(m_images));
            writeShuffled(path(QStringLiteral("gen20.npy")),
                          path(QStringLiteral("gen20.paths.txt")),
                          path(mode + QStringLiteral("_gen.npy")),
                          path(mode + QStringLiteral("_gen.txt")), 4, rewrite(generated));
            attach << QStringLiteral("--real-features") << path(mode + QStringLiteral("_real.npy"))
                   << QStringLiteral("--real-features-paths")
                   << path(mode + QStringLiteral("_real.txt"))
                   << QStringLiteral("--generated-features")
                   << path(mode + QStringLiteral("_gen.npy"))
                   << QStringLiteral("--generated-features-paths")
                   << path(mode + QStringLiteral("_gen.txt"));
        }
        QByteArray err;
        const QJsonObject attached = evaluateJson(attach + common, &err);
        QVERIFY2(!attached.isEmpty(), err.constData());
        const QJsonObject bareMetrics = bare.value(QStringLiteral("metrics")).toObject();
        const QJsonObject attachedMetrics = attached.value(QStringLiteral("metrics")).toObject();
        for (auto it = bareMetrics.begin(); it != bareMetrics.end(); ++it) {
            QCOMPARE(attachedMetrics.value(it.key())
                         .toObject()
                         .value(QStringLiteral("value"))
                         .toDouble(),
                     it.value().toObject().value(QStringLiteral("value")).toDouble());
        }
        // The images were decoded: per-image measures exist, the skipped file is listed.
        QVERIFY(attachedMetrics.contains(QStringLiteral("sharpness_ks")));
        QCOMPARE(attached.value(QStringLiteral("inputs"))
                     .toObject()
                     .value(QStringLiteral("real"))
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 23);
        const QJsonObject extractor = attached.value(QStringLiteral("extractor")).toObject();
        QCOMPARE(extractor.value(QStringLiteral("id")).toString(),
                 QStringLiteral("inception-pool3 (our GPUs)"));
        QCOMPARE(extractor.value(QStringLiteral("spec")).toString(), QStringLiteral("attached"));
    }

    // Text: embeddings attached to the lines (as `features text` writes them, or shuffled with
    // their record numbers) give the feature-space metrics of the bare matrices.
    void attachedTextEmbeddingsEqualBareFeatures()
    {
        const QString real = m_demo + QStringLiteral("/text/real.txt");
        const QString generated = m_demo + QStringLiteral("/text/generated.txt");
        for (const auto& [input, out] : {std::pair {real, QStringLiteral("tr.npy")},
                                         std::pair {generated, QStringLiteral("tg.npy")}}) {
            QCOMPARE(runGenlens({QStringLiteral("features"), QStringLiteral("text"),
                                 QStringLiteral("--input"), input, QStringLiteral("--out"),
                                 path(out), QStringLiteral("--dim"), QStringLiteral("32")})
                         .exitCode,
                     0);
        }
        const QJsonObject bare = evaluateJson(
            {QStringLiteral("image"), QStringLiteral("--real"), path(QStringLiteral("tr.npy")),
             QStringLiteral("--generated"), path(QStringLiteral("tg.npy")),
             QStringLiteral("--metrics"), QStringLiteral("fid,precision,recall,density,coverage")});
        QVERIFY(!bare.isEmpty());
        writeShuffled(path(QStringLiteral("tr.npy")), path(QStringLiteral("tr.paths.txt")),
                      path(QStringLiteral("trs.npy")), path(QStringLiteral("trs.txt")), 5);
        for (const bool shuffled : {false, true}) {
            QStringList arguments {QStringLiteral("text"),
                                   QStringLiteral("--real"),
                                   real,
                                   QStringLiteral("--generated"),
                                   generated,
                                   QStringLiteral("--features-id"),
                                   QStringLiteral("all-MiniLM-L6-v2"),
                                   QStringLiteral("--generated-features"),
                                   path(QStringLiteral("tg.npy"))};
            arguments << QStringLiteral("--real-features")
                      << path(shuffled ? QStringLiteral("trs.npy") : QStringLiteral("tr.npy"));
            if (shuffled) {
                arguments << QStringLiteral("--real-features-paths")
                          << path(QStringLiteral("trs.txt"));
            }
            QByteArray err;
            const QJsonObject attached = evaluateJson(arguments, &err);
            QVERIFY2(!attached.isEmpty(), err.constData());
            const QJsonObject m = attached.value(QStringLiteral("metrics")).toObject();
            for (const char* key : {"fid", "precision", "recall", "density", "coverage"}) {
                QCOMPARE(m.value(QStringLiteral("emb_") + QLatin1String(key))
                             .toObject()
                             .value(QStringLiteral("value"))
                             .toDouble(),
                         bare.value(QStringLiteral("metrics"))
                             .toObject()
                             .value(QLatin1String(key))
                             .toObject()
                             .value(QStringLiteral("value"))
                             .toDouble());
            }
            QCOMPARE(attached.value(QStringLiteral("extractor"))
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toString(),
                     QStringLiteral("all-MiniLM-L6-v2"));
        }
    }

    void attachedFeatureRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList images {
            QStringLiteral("image"),        QStringLiteral("--real"),
            QStringLiteral("@images"),      QStringLiteral("--generated"),
            QStringLiteral("@generated20"), QStringLiteral("--generated-features"),
            QStringLiteral("@gen20.npy")};
        const QStringList named {QStringLiteral("--features-id"), QStringLiteral("mine")};
        QTest::newRow("row count (broken.png needs a row)")
            << images + named
                + QStringList {QStringLiteral("--real-features"), QStringLiteral("@whole.npy")}
            << QStringLiteral("whole.npy has 23 rows but");
        QTest::newRow("a line naming no image of the set")
            << images + named
                + QStringList {QStringLiteral("--real-features"), QStringLiteral("@bad_real.npy"),
                               QStringLiteral("--real-features-paths"),
                               QStringLiteral("@notthere.txt")}
            << QStringLiteral("notthere.txt:1: 'nothere.png' is not an image of");
        QTest::newRow("an image without a row") << images + named
                + QStringList {QStringLiteral("--real-features"), QStringLiteral("@bad_real.npy"),
                               QStringLiteral("--real-features-paths"),
                               QStringLiteral("@unlisted.txt")}
                                                << QStringLiteral("unlisted.txt does not list");
        QTest::newRow("a path twice") << images + named
                + QStringList {QStringLiteral("--real-features"), QStringLiteral("@bad_real.npy"),
                               QStringLiteral("--real-features-paths"),
                               QStringLiteral("@twice.txt")}
                                      << QStringLiteral("is listed twice");
        QTest::newRow("paths and rows disagree") << images + named
                + QStringList {QStringLiteral("--real-features"), QStringLiteral("@whole.npy"),
                               QStringLiteral("--real-features-paths"),
                               QStringLiteral("@unlisted.txt")}
                                                 << QStringLiteral("whole.npy has 23 rows but");
        QTest::newRow("no --features-id") << images
                + QStringList {QStringLiteral("--real-features"), QStringLiteral("@real24.npy")}
                                          << QStringLiteral("--features-id NAME");
        QTest::newRow("a reserved id") << images
                + QStringList {QStringLiteral("--real-features"), QStringLiteral("@real24.npy"),
                               QStringLiteral("--features-id"), QStringLiteral("builtin-1")}
                                       << QStringLiteral("GenLens's own extractors");
        QTest::newRow("features attached to features")
            << QStringList {QStringLiteral("image"),      QStringLiteral("--real"),
                            QStringLiteral("@whole.npy"), QStringLiteral("--generated"),
                            QStringLiteral("@gen20.npy"), QStringLiteral("--real-features"),
                            QStringLiteral("@whole.npy")}
                + named
            << QStringLiteral("attaches features to an image folder or batch");
        QTest::newRow("images on the other side without features")
            << QStringList {QStringLiteral("image"),        QStringLiteral("--real"),
                            QStringLiteral("@images"),      QStringLiteral("--generated"),
                            QStringLiteral("@generated20"), QStringLiteral("--real-features"),
                            QStringLiteral("@real24.npy")}
                + named
            << QStringLiteral("Attach features to both sets.");
        QTest::newRow("text: one side only")
            << QStringList {QStringLiteral("text"),
                            QStringLiteral("--real"),
                            QStringLiteral("@demo/text/real.txt"),
                            QStringLiteral("--generated"),
                            QStringLiteral("@demo/text/generated.txt"),
                            QStringLiteral("--real-features"),
                            QStringLiteral("@tr.npy")}
                + named
            << QStringLiteral("Attach features to both sets.");
        QTest::newRow("text: rows and records disagree")
            << QStringList {QStringLiteral("text"),
                            QStringLiteral("--real"),
                            QStringLiteral("@demo/text/real.txt"),
                            QStringLiteral("--generated"),
                            QStringLiteral("@demo/text/generated.txt"),
                            QStringLiteral("--real-features"),
                            QStringLiteral("@gen20.npy"),
                            // The same matrix on both sides: dimensions that differ are refused
                            // first, from the headers (issue 15).
                            QStringLiteral("--generated-features"),
                            QStringLiteral("@gen20.npy")}
                + named
            << QStringLiteral("gen20.npy has 20 rows but");
    }
    void attachedFeatureRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        // Damaged paths files over the 23 usable images (whole.paths.txt, relative paths).
        QList<QByteArray> lines = readAll(path(QStringLiteral("whole.paths.txt"))).split('\n');
        lines.removeLast();
        QList<QByteArray> notThere = lines;
        notThere[0] = "nothere.png";
        QList<QByteArray> twice = lines;
        twice[1] = twice[0];
        QList<QByteArray> unlisted = lines.mid(1);
        for (const auto& [name, content] :
             {std::pair {"notthere.txt", notThere}, std::pair {"twice.txt", twice},
              std::pair {"unlisted.txt", unlisted}}) {
            writeAll(path(QLatin1String(name)), content.join('\n') + '\n');
        }
        const metrics::RowMatrixXf whole
            = metrics::readNpyMatrixXf(path(QStringLiteral("whole.npy")).toStdString());
        metrics::writeNpy(path(QStringLiteral("bad_real.npy")).toStdString(),
                          metrics::npyFromMatrix(metrics::RowMatrixXf(whole)));
        // "an image without a row" needs 22 rows for 22 lines.
        metrics::writeNpy(path(QStringLiteral("bad_real22.npy")).toStdString(),
                          metrics::npyFromMatrix(metrics::RowMatrixXf(whole.topRows(22))));
        QStringList resolved;
        for (const QString& a : arguments) {
            resolved << (a == QLatin1String("@images")        ? m_images
                             : a.startsWith(QLatin1Char('@')) ? path(a.mid(1))
                                                              : a);
        }
        if (QString::fromLatin1(QTest::currentDataTag())
            == QLatin1String("an image without a row")) {
            resolved.replace(resolved.indexOf(path(QStringLiteral("bad_real.npy"))),
                             path(QStringLiteral("bad_real22.npy")));
        }
        QByteArray err;
        const QJsonObject json = evaluateJson(resolved, &err);
        QVERIFY(json.isEmpty());
        QVERIFY2(err.contains(message.toUtf8()), err.constData());
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString images = QStringLiteral("@images");
        for (const char* shard : {"0/0", "5/4", "4/4", "a/b", "-1/4", "1/", "1/2/3", " "}) {
            QTest::newRow(qPrintable(QStringLiteral("--shard '%1'").arg(QLatin1String(shard))))
                << QStringList {QStringLiteral("features"), QStringLiteral("image"),
                                QStringLiteral("--input"),  images,
                                QStringLiteral("--out"),    QStringLiteral("@x.npy"),
                                QStringLiteral("--shard"),  QLatin1String(shard)}
                << QStringLiteral("--shard");
        }
        QTest::newRow("a shard left out")
            << QStringList {QStringLiteral("merge"), QStringLiteral("--out"),
                            QStringLiteral("@o.npy"), QStringLiteral("@img3_0.npy"),
                            QStringLiteral("@img3_2.npy")}
            << QStringLiteral("must be shard 0/2");
        QTest::newRow("shards out of order")
            << QStringList {QStringLiteral("merge"),       QStringLiteral("--out"),
                            QStringLiteral("@o.npy"),      QStringLiteral("@img3_1.npy"),
                            QStringLiteral("@img3_0.npy"), QStringLiteral("@img3_2.npy")}
            << QStringLiteral("must be shard 0/3");
        QTest::newRow("shards of different splits")
            << QStringList {QStringLiteral("merge"),       QStringLiteral("--out"),
                            QStringLiteral("@o.npy"),      QStringLiteral("@img3_0.npy"),
                            QStringLiteral("@img4_1.npy"), QStringLiteral("@img3_2.npy")}
            << QStringLiteral("must be shard 1/3");
        QTest::newRow("a path doubled")
            << QStringList {QStringLiteral("merge"),      QStringLiteral("--out"),
                            QStringLiteral("@o.npy"),     QStringLiteral("@dup_0.npy"),
                            QStringLiteral("@dup_1.npy"), QStringLiteral("@dup_2.npy")}
            << QStringLiteral("is listed twice");
        QTest::newRow("a row missing")
            << QStringList {QStringLiteral("merge"),        QStringLiteral("--out"),
                            QStringLiteral("@o.npy"),       QStringLiteral("@short_0.npy"),
                            QStringLiteral("@short_1.npy"), QStringLiteral("@short_2.npy")}
            << QStringLiteral("paths are missing");
        QTest::newRow("paths file shorter than the rows")
            << QStringList {QStringLiteral("merge"),      QStringLiteral("--out"),
                            QStringLiteral("@o.npy"),     QStringLiteral("@cut_0.npy"),
                            QStringLiteral("@cut_1.npy"), QStringLiteral("@cut_2.npy")}
            << QStringLiteral("paths");
        QTest::newRow("different extractor ids")
            << QStringList {QStringLiteral("merge"),        QStringLiteral("--out"),
                            QStringLiteral("@o.npy"),       QStringLiteral("@other_0.npy"),
                            QStringLiteral("@other_1.npy"), QStringLiteral("@other_2.npy")}
            << QStringLiteral("was extracted with 'onnx:deadbeef:inception'");
        QTest::newRow("no sidecar")
            << QStringList {QStringLiteral("merge"), QStringLiteral("--out"),
                            QStringLiteral("@o.npy"), cliData("real.npy")}
            << QStringLiteral("real.meta.json");
        QTest::newRow("statistics of different dimensions")
            << QStringList {QStringLiteral("merge"), QStringLiteral("--out"),
                            QStringLiteral("@o.npz"), QStringLiteral("@real8.npz"),
                            QStringLiteral("@dim6.npz")}
            << QStringLiteral("statistics of 6 dimensions");
        QTest::newRow("statistics of different extractors")
            << QStringList {QStringLiteral("merge"), QStringLiteral("--out"),
                            QStringLiteral("@o.npz"), QStringLiteral("@real8builtin.npz"),
                            QStringLiteral("@real8named.npz")}
            << QStringLiteral("extractor 'inception-pool3', but");
        QTest::newRow("pytorch-fid statistics cannot be merged")
            << QStringList {QStringLiteral("merge"), QStringLiteral("--out"),
                            QStringLiteral("@o.npz"), QStringLiteral("@real8.npz"),
                            cliData("real_stats.npz")}
            << QStringLiteral("not a mergeable statistics file");
        QTest::newRow("shards and statistics mixed")
            << QStringList {QStringLiteral("merge"), QStringLiteral("--out"),
                            QStringLiteral("@o.npz"), QStringLiteral("@real8.npz"),
                            QStringLiteral("@img3_0.npy")}
            << QStringLiteral("not a mix");
        QTest::newRow("stats of a NaN row")
            << QStringList {QStringLiteral("stats"), QStringLiteral("--input"),
                            cliData("generated_nan.npy"), QStringLiteral("--out"),
                            QStringLiteral("@o.npz")}
            << QStringLiteral("holds NaN or Inf");
        QTest::newRow("stats of a 3-d array")
            << QStringList {QStringLiteral("stats"), QStringLiteral("--input"), cliData("cube.npy"),
                            QStringLiteral("--out"), QStringLiteral("@o.npz")}
            << QStringLiteral("2-D");
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        // Damaged shard sets, made from 3-shard copies of the folder's features.
        const auto copyShards = [&](const QString& prefix) {
            for (int i = 0; i < 3; ++i) {
                for (const char* suffix : {".npy", ".paths.txt", ".meta.json"}) {
                    const QString from
                        = path(QStringLiteral("img3_%1%2").arg(i).arg(QLatin1String(suffix)));
                    const QString to = path(
                        QStringLiteral("%1_%2%3").arg(prefix).arg(i).arg(QLatin1String(suffix)));
                    QFile::remove(to);
                    QVERIFY(QFile::copy(from, to));
                    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
                    if (QLatin1String(suffix) == QLatin1String(".meta.json")) {
                        QByteArray meta = readAll(to);
                        meta.replace("\"img3_", "\"" + prefix.toUtf8() + "_");
                        writeAll(to, meta);
                    }
                }
            }
        };
        copyShards(QStringLiteral("dup"));
        copyShards(QStringLiteral("short"));
        copyShards(QStringLiteral("cut"));
        copyShards(QStringLiteral("other"));
        // dup: shard 1's first path is shard 0's first path.
        QByteArray paths1 = readAll(path(QStringLiteral("dup_1.paths.txt")));
        paths1 = readAll(path(QStringLiteral("dup_0.paths.txt"))).split('\n').first()
            + paths1.mid(paths1.indexOf('\n'));
        writeAll(path(QStringLiteral("dup_1.paths.txt")), paths1);
        // short: shard 2 lost its last row (matrix, paths and row count agree, the share does not).
        {
            const metrics::RowMatrixXf m
                = metrics::readNpyMatrixXf(path(QStringLiteral("short_2.npy")).toStdString());
            metrics::writeNpy(
                path(QStringLiteral("short_2.npy")).toStdString(),
                metrics::npyFromMatrix(metrics::RowMatrixXf(m.topRows(m.rows() - 1))));
            QByteArray p = readAll(path(QStringLiteral("short_2.paths.txt")));
            p.chop(1);
            writeAll(path(QStringLiteral("short_2.paths.txt")), p.left(p.lastIndexOf('\n') + 1));
            QByteArray meta = readAll(path(QStringLiteral("short_2.meta.json")));
            const QString rows = QStringLiteral("\"rows\": %1").arg(m.rows());
            meta.replace(rows.toUtf8(), QStringLiteral("\"rows\": %1").arg(m.rows() - 1).toUtf8());
            writeAll(path(QStringLiteral("short_2.meta.json")), meta);
        }
        // cut: shard 1's paths file lost its last line.
        {
            QByteArray p = readAll(path(QStringLiteral("cut_1.paths.txt")));
            p.chop(1);
            writeAll(path(QStringLiteral("cut_1.paths.txt")), p.left(p.lastIndexOf('\n') + 1));
        }
        // other: shard 1 claims another feature space.
        {
            QByteArray meta = readAll(path(QStringLiteral("other_1.meta.json")));
            meta.replace("\"builtin-1\"", "\"onnx:deadbeef:inception\"");
            writeAll(path(QStringLiteral("other_1.meta.json")), meta);
        }
        for (const auto& [name, input, id] :
             {std::tuple {"real8.npz", cliData("real.npy"), QString()},
              std::tuple {"dim6.npz", cliData("generated_dim6.npy"), QString()},
              std::tuple {"real8builtin.npz", cliData("real.npy"), QStringLiteral("builtin-1")},
              std::tuple {"real8named.npz", cliData("generated.npy"),
                          QStringLiteral("inception-pool3")}}) {
            QStringList a {QStringLiteral("stats"),   QStringLiteral("--quiet"),
                           QStringLiteral("--input"), input,
                           QStringLiteral("--out"),   path(QLatin1String(name))};
            if (!id.isEmpty()) {
                a << QStringLiteral("--features-id") << id;
            }
            QCOMPARE(runGenlens(a).exitCode, 0);
        }

        QStringList resolved;
        for (const QString& a : arguments) {
            resolved << (a == QLatin1String("@images")        ? m_images
                             : a.startsWith(QLatin1Char('@')) ? path(a.mid(1))
                                                              : a);
        }
        const Outcome o = runGenlens(resolved << QStringLiteral("--quiet"));
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(message.toUtf8()), o.err.constData());
        QCOMPARE(o.err.count('\n'), 1); // one clear line
        QVERIFY(!QFile::exists(path(QStringLiteral("x.npy"))));
    }
};

QTEST_MAIN(TestShards)
#include "tst_shards.moc"
