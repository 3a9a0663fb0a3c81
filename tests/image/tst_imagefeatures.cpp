// App side of images: input detection, the streaming loader (thumbnails, hashes, skipped files)
// and feature extraction through the project's feature cache (issue 3, deliverables 1 and 6).
#include "syntheticimages.h"

#include "cli/imagefeaturescommand.h"
#include "loaders/imageloader.h"
#include "models/featuremapdata.h"
#include "pipeline/featuremap.h"
#include "pipeline/imagefeatures.h"
#include "pipeline/imagemeasuresummary.h"
#include "pipeline/imagepipeline.h"
#include "project/projectstore.h"

#include <genlens/metrics/core/npy.h>
#include <genlens/metrics/sets/fid.h>
#include <genlens/metrics/sets/projection.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace genlens;
using namespace genlens::app;

namespace {

class TestContext : public PipelineContext
{
public:
    void beginStage(const QString& name, qint64 total) override
    {
        stages.append(name);
        lastTotal = total;
        maxConnections = std::max(maxConnections, QSqlDatabase::connectionNames().size());
    }
    bool advance(qint64 done, qint64 total) override
    {
        lastDone = done;
        lastTotal = total;
        if (onAdvance) {
            onAdvance(done);
        }
        return !isCanceled();
    }
    bool isCanceled() const override
    {
        return (cancelAfter && lastDone >= cancelAfter)
            || (!cancelInStage.isEmpty() && !stages.isEmpty() && stages.last() == cancelInStage);
    }
    void publishPartial(const RunResult& partial) override { partials.append(partial); }
    QStringList stages;
    QList<RunResult> partials;
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    qint64 cancelAfter = 0;
    QString cancelInStage;
    std::function<void(qint64 done)> onAdvance;
    qsizetype maxConnections = 0;
};

qint64 storedThumbnails(const QString& project)
{
    // Through a connection of its own, as another process would see the file.
    const QString name = QStringLiteral("count-thumbnails");
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(project);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM thumbnail_images")) && q.next()) {
                count = q.value(0).toLongLong();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

void writeImages(const QString& folder, int count, int offset)
{
    QDir().mkpath(folder + QStringLiteral("/nested"));
    for (int i = 0; i < count; ++i) {
        cv::Mat bgr;
        cv::cvtColor(testing::naturalImage(std::uint64_t(offset + i), 64), bgr, cv::COLOR_RGB2BGR);
        const QString name = QStringLiteral("%1/%2img%3.png")
                                 .arg(folder, i % 3 == 0 ? QStringLiteral("nested/") : QString())
                                 .arg(i, 3, 10, QLatin1Char('0'));
        QVERIFY(cv::imwrite(name.toStdString(), bgr));
    }
}

} // namespace

class TestImageFeatures : public QObject
{
    Q_OBJECT

private slots:
    // Issue 10 deliverable 2: the run's one project store serves as the feature cache too; the
    // pipeline no longer opens a second connection to the project.
    void projectIsOpenedOncePerRun()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real"));
        const QString generated = dir.filePath(QStringLiteral("generated"));
        writeImages(real, 8, 0);
        writeImages(generated, 8, 500);
        ImageEvalOptions options;
        options.realPath = real;
        options.generatedPath = generated;
        options.k = 3;
        options.kidSubsetSize = 6;
        const QString project = dir.filePath(QStringLiteral("once.genlens"));
        QByteArray hash;
        {
            TestContext context;
            context.session().openProject(project);
            context.session().setThreads(1);
            const RunResult result = evaluateImages(options, context);
            QCOMPARE(context.maxConnections, qsizetype(1));
            QVERIFY(result.metric(QStringLiteral("fid")));
            hash = result.real.samples.at(0).contentHash;
        }
        // The features went into the session's store (the cache a second run reads).
        ProjectStore store;
        store.open(project);
        QVERIFY(!store.cachedFeatures({hash}, QStringLiteral("builtin-1")).at(0).empty());
    }

    // Issue 10: `is` asked without a classifier is refused before anything is read.
    void inceptionScoreWithoutClassifierIsRefused()
    {
        ImageEvalOptions options;
        options.realPath = QStringLiteral(GENLENS_TEST_DATA "/cli/real.npy");
        options.generatedPath = QStringLiteral(GENLENS_TEST_DATA "/cli/generated.npy");
        options.metrics = MetricSelection::parse(
            QStringLiteral("image"), {QStringLiteral("fid"), QStringLiteral("is")}, nullptr);
        TestContext context;
        QVERIFY_THROWS_EXCEPTION(InputError, evaluateImages(options, context));
        QVERIFY(context.stages.isEmpty());
        options.metrics
            = MetricSelection::parse(QStringLiteral("image"), {QStringLiteral("fid")}, nullptr);
        const RunResult fidOnly = evaluateImages(options, context);
        QCOMPARE(fidOnly.metrics.size(), 1);
        QVERIFY(fidOnly.extra.value(QStringLiteral("not_computed"))
                    .toObject()
                    .contains(QStringLiteral("kid")));
        QVERIFY(fidOnly.neighbours.empty());
        QVERIFY(fidOnly.generatedScores.isEmpty());
    }

    void detection()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QCOMPARE(detectImageInput(root), ImageInputKind::Folder);
        metrics::NpyArray batch;
        batch.dtype = metrics::NpyDtype::UInt8;
        batch.shape = {1, 2, 2, 3};
        batch.bytes.assign(12, 7);
        metrics::writeNpz((root + QStringLiteral("/b.npz")).toStdString(), {{"arr_0", batch}});
        metrics::writeNpy((root + QStringLiteral("/b.npy")).toStdString(), batch);
        metrics::NpyArray features = metrics::npyFromMatrix(metrics::RowMatrixXf::Zero(3, 4).eval());
        metrics::writeNpy((root + QStringLiteral("/f.npy")).toStdString(), features);
        metrics::writeNpz((root + QStringLiteral("/s.npz")).toStdString(),
                          {{"mu", metrics::npyFromVector(Eigen::VectorXd::Zero(4))},
                           {"sigma", metrics::npyFromMatrix(metrics::RowMatrixXd::Identity(4, 4).eval())}});
        QCOMPARE(detectImageInput(root + QStringLiteral("/b.npz")), ImageInputKind::Batch);
        QCOMPARE(detectImageInput(root + QStringLiteral("/b.npy")), ImageInputKind::Batch);
        QCOMPARE(detectImageInput(root + QStringLiteral("/f.npy")), ImageInputKind::Features);
        QCOMPARE(detectImageInput(root + QStringLiteral("/s.npz")), ImageInputKind::Statistics);
        // A key that the archive does not hold, and no mu/sigma either.
        QVERIFY_THROWS_EXCEPTION(InputError, detectImageInput(root + QStringLiteral("/b.npz"), QStringLiteral("images")));
        QVERIFY_THROWS_EXCEPTION(InputError, detectImageInput(root + QStringLiteral("/missing")));
        QFile txt(root + QStringLiteral("/notes.txt"));
        QVERIFY(txt.open(QIODevice::WriteOnly));
        txt.write("x");
        txt.close();
        QVERIFY_THROWS_EXCEPTION(InputError, detectImageInput(txt.fileName()));
    }

    void loaderListsSamplesAndSkipped()
    {
        QTemporaryDir dir;
        writeImages(dir.path(), 5, 0);
        QFile bad(dir.path() + QStringLiteral("/zz_broken.jpg"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("\xFF\xD8\xFF\xE0 not really");
        bad.close();
        TestContext context;
        ImageLoadOptions options;
        options.batchSize = 2;
        const SampleSet set = loadImageSet(dir.path(), SetRole::Generated, options, context);
        QCOMPARE(set.kind, QStringLiteral("folder"));
        QCOMPARE(set.samples.size(), std::size_t(5));
        QCOMPARE(set.skipped.size(), 1);
        QVERIFY(set.skipped[0].item.endsWith(QStringLiteral("zz_broken.jpg")));
        QVERIFY2(set.skipped[0].reason.contains(QStringLiteral("JPEG")), qPrintable(set.skipped[0].reason));
        // Sorted by path: "img001.png" < "img002.png" < "img004.png" < "nested/..."
        QCOMPARE(set.samples[0].label, QStringLiteral("img001.png"));
        QCOMPARE(set.samples[3].label, QStringLiteral("nested/img000.png"));
        for (const Sample& s : set.samples) {
            QCOMPARE(s.contentHash.size(), 40);
            QVERIFY(!s.thumbnailPng.isEmpty());
            QCOMPARE(s.payload.value(QStringLiteral("width")).toInt(), 64);
        }
        QCOMPARE(context.lastDone, qint64(6));
    }

    void secondRunExtractsNothing()
    {
        QTemporaryDir dir;
        const QString images = dir.path() + QStringLiteral("/images");
        writeImages(images, 12, 100);
        ProjectStore store;
        store.open(dir.path() + QStringLiteral("/p.genlens"));
        ImageFeatureOptions options;
        options.load.batchSize = 5;
        TestContext context;
        const ImageFeatures first = extractImageFeatures(images, SetRole::Real, options, &store, context);
        QCOMPARE(first.extractorId, QStringLiteral("builtin-1"));
        QCOMPARE(first.features.rows(), Eigen::Index(12));
        QCOMPARE(first.features.cols(), Eigen::Index(512));
        QCOMPARE(first.extractedCount, qint64(12));
        QCOMPARE(first.cachedCount, qint64(0));
        QCOMPARE(first.measures.size(), 8);
        QCOMPARE(first.measures[0].key, QStringLiteral("sharpness"));
        QCOMPARE(first.measures[0].values.size(), std::size_t(12));
        QCOMPARE(context.stages, QStringList{QStringLiteral("features real")});

        const ImageFeatures second = extractImageFeatures(images, SetRole::Real, options, &store, context);
        QCOMPARE(second.extractedCount, qint64(0));
        QCOMPARE(second.cachedCount, qint64(12));
        QVERIFY(second.features == first.features);

        // Without a store everything is extracted again, to the same values.
        const ImageFeatures third = extractImageFeatures(images, SetRole::Real, options, nullptr, context);
        QCOMPARE(third.extractedCount, qint64(12));
        QVERIFY(third.features == first.features);
    }

    // Issue 10: thumbnails are written to the project in batches while the set is read (not held
    // until the end), a cancel keeps those made, and a second import over the same images makes
    // and stores none again.
    void thumbnailsAreStoredInBatchesAndSurviveACancel()
    {
        QTemporaryDir dir;
        const QString images = dir.path() + QStringLiteral("/images");
        writeImages(images, 300, 500);
        const QString project = dir.path() + QStringLiteral("/p.genlens");
        ProjectStore store;
        store.open(project);
        ImageFeatureOptions options;
        options.load.batchSize = 16;
        TestContext context;
        qint64 storedWhileReading = 0;
        context.onAdvance = [&](qint64 done) {
            if (done == 288) {  // 18 batches of 16: past the first write of 256
                storedWhileReading = storedThumbnails(project);
            }
        };
        context.cancelAfter = 288;
        QVERIFY_THROWS_EXCEPTION(metrics::Cancelled, extractImageFeatures(images, SetRole::Real, options,
                                                                          &store, context));
        QCOMPARE(storedWhileReading, qint64(256));
        // The cancel wrote the rest of what was made; the project is whole.
        QCOMPARE(storedThumbnails(project), qint64(288));
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));

        // The complete import adds only the 12 missing ones; the samples carry none.
        context.cancelAfter = 0;
        context.onAdvance = nullptr;
        const ImageFeatures all = extractImageFeatures(images, SetRole::Real, options, &store, context);
        QCOMPARE(all.set.samples.size(), std::size_t(300));
        for (const Sample& s : all.set.samples) {
            QVERIFY(s.thumbnailPng.isEmpty());
        }
        QCOMPARE(storedThumbnails(project), qint64(300));
        // Nothing is encoded again for images the project holds.
        int offered = 0;
        ImageLoader loader(images, options.load, [&](const QList<QByteArray>& hashes) {
            offered += int(hashes.size());
            std::vector<bool> wanted = store.hasThumbnails(hashes);
            wanted.flip();
            return wanted;
        });
        ImageBatch batch;
        while (loader.next(batch)) {
            for (const Sample& s : batch.samples) {
                QVERIFY(s.thumbnailPng.isEmpty());
            }
        }
        QCOMPARE(offered, 300);
    }

    void measureSummaries()
    {
        // Real {1, 2, 3}, generated {2, 4, 6, 8}: means 2 and 5; KS = sup |F_r - F_g|, largest at
        // x = 3 where F_r = 1 and F_g = 1/4: 0.75 (as scipy.stats.ks_2samp gives).
        const QList<ScoreColumn> real{{QStringLiteral("sharpness"), {1, 2, 3}},
                                      {QStringLiteral("noise"), {0, 0}}};
        const QList<ScoreColumn> generated{{QStringLiteral("sharpness"), {2, 4, 6, 8}}};
        const QList<MetricValue> m = measureMetrics(real, generated);
        QCOMPARE(m.size(), 3);
        QCOMPARE(m[0].key, QStringLiteral("sharpness_real"));
        QCOMPARE(m[0].value, 2.0);
        QCOMPARE(m[1].key, QStringLiteral("sharpness_generated"));
        QCOMPARE(m[1].value, 5.0);
        QCOMPARE(m[2].key, QStringLiteral("sharpness_ks"));
        QVERIFY(std::abs(m[2].value - 0.75) < 1e-12);
    }

    void featuresCommand()
    {
        QTemporaryDir dir;
        const QString images = dir.path() + QStringLiteral("/images");
        writeImages(images, 4, 500);
        QFile bad(images + QStringLiteral("/empty.webp"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.close();
        auto command = makeImageFeaturesCommand();
        QCOMPARE(command->modality(), QStringLiteral("image"));
        QCommandLineParser parser;
        command->addOptions(parser);
        const QString out = dir.path() + QStringLiteral("/f.npy");
        const QString paths = dir.path() + QStringLiteral("/f.txt");
        QVERIFY(parser.parse({QStringLiteral("genlens"), QStringLiteral("--input"), images,
                              QStringLiteral("--out"), out, QStringLiteral("--paths"), paths}));
        TestContext context;
        const QString summary = command->run(parser, context);
        QVERIFY2(summary.contains(QStringLiteral("4 x 512")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 skipped")), qPrintable(summary));
        const metrics::RowMatrixXf written = metrics::readNpyMatrixXf(out.toStdString());
        QCOMPARE(written.rows(), Eigen::Index(4));
        QCOMPARE(written.cols(), Eigen::Index(512));
        QFile list(paths);
        QVERIFY(list.open(QIODevice::ReadOnly));
        QCOMPARE(list.readAll().count('\n'), 4);

        QCommandLineParser missing;
        command->addOptions(missing);
        QVERIFY(missing.parse({QStringLiteral("genlens"), QStringLiteral("--input"), images}));
        QVERIFY_THROWS_EXCEPTION(InputError, command->run(missing, context));
    }

    // features image with an ONNX CNN and explicit preprocessing, end to end against PyTorch's
    // outputs (tests/data/image/make_onnx_fixtures.py: 16x16, mean 0.5,0.4,0.3, std 0.25,0.2,0.3).
    void featuresCommandOnnx()
    {
        QTemporaryDir dir;
        const QString data = QStringLiteral(GENLENS_TEST_DATA "/image/");
        for (const char* name : {"img_a.png", "img_b.png", "img_c.png"}) {
            QVERIFY(QFile::copy(data + QString::fromLatin1(name), dir.filePath(QString::fromLatin1(name))));
        }
        auto command = makeImageFeaturesCommand();
        QCommandLineParser parser;
        command->addOptions(parser);
        const QString out = dir.filePath(QStringLiteral("out.npy"));
        QVERIFY(parser.parse({QStringLiteral("genlens"), QStringLiteral("--input"), dir.path(),
                              QStringLiteral("--out"), out, QStringLiteral("--extractor"),
                              QStringLiteral("onnx:") + data + QStringLiteral("classifier.onnx"),
                              QStringLiteral("--input-size"), QStringLiteral("16x16"),
                              QStringLiteral("--mean"), QStringLiteral("0.5,0.4,0.3"),
                              QStringLiteral("--std"), QStringLiteral("0.25,0.2,0.3")}));
        TestContext context;
        command->run(parser, context);
        const metrics::RowMatrixXf got = metrics::readNpyMatrixXf(out.toStdString());
        QFile f(data + QStringLiteral("expected_classifier.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(got.rows(), Eigen::Index(3));
        for (int i = 0; i < 3; ++i) {
            const QList<QByteArray> parts = f.readLine().trimmed().split(' ');
            QCOMPARE(got.cols(), Eigen::Index(parts.size()));
            for (int j = 0; j < parts.size(); ++j) {
                QVERIFY(std::abs(double(got(i, j)) - parts[j].toDouble()) < 1e-4);
            }
        }
        QCommandLineParser bad;
        command->addOptions(bad);
        QVERIFY(bad.parse({QStringLiteral("genlens"), QStringLiteral("--input"), dir.path(),
                           QStringLiteral("--out"), out, QStringLiteral("--mean"), QStringLiteral("0.5")}));
        QVERIFY_THROWS_EXCEPTION(InputError, command->run(bad, context));  // --mean on builtin
    }

    void evaluateFolders()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real"));
        const QString generated = dir.filePath(QStringLiteral("generated"));
        writeImages(real, 12, 1000);
        writeImages(generated, 12, 2000);
        QFile bad(generated + QStringLiteral("/bad.png"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("nope");
        bad.close();
        ImageEvalOptions options;
        options.realPath = real;
        options.generatedPath = generated;
        options.k = 3;
        options.kidSubsetSize = 10;
        // Inception Score from the fixture classifier (10 logits), explicit preprocessing.
        const QString data = QStringLiteral(GENLENS_TEST_DATA "/image/");
        options.isExtractor = QStringLiteral("onnx:") + data + QStringLiteral("classifier.onnx");
        TestContext context;
        const QString projectPath = dir.filePath(QStringLiteral("p.genlens"));
        context.session().openProject(projectPath);
        // The classifier needs its input size; without it the run is refused with the reason.
        QVERIFY_THROWS_EXCEPTION(InputError, evaluateImages(options, context));
        options.isExtractor.clear();
        const RunResult result = evaluateImages(options, context);
        QCOMPARE(result.extractor.value(QStringLiteral("id")).toString(), QStringLiteral("builtin-1"));
        QCOMPARE(result.extractor.value(QStringLiteral("comparable_to_published")).toBool(), false);
        QCOMPARE(result.real.samples.size(), std::size_t(12));
        QCOMPARE(result.generated.samples.size(), std::size_t(12));
        QCOMPARE(result.generated.skipped.size(), 1);
        // With a project the thumbnails went to it during extraction (issue 10): the samples do
        // not carry them; the project holds one per image, a JPEG no larger than the 64 px image.
        QVERIFY(result.real.samples[0].thumbnailPng.isEmpty());
        {
            ProjectStore store;
            store.open(projectPath);
            QList<QByteArray> hashes;
            for (const SampleSet* set : {&result.real, &result.generated}) {
                for (const Sample& s : set->samples) {
                    hashes.append(s.contentHash);
                }
            }
            const std::vector<bool> present = store.hasThumbnails(hashes);
            QVERIFY(std::all_of(present.begin(), present.end(), [](bool p) { return p; }));
            QCOMPARE(storedThumbnails(projectPath), qint64(24));
        }
        for (const char* key : {"fid", "precision", "sharpness_real", "sharpness_generated",
                                "sharpness_ks", "noise_ks", "colourfulness_real"}) {
            QVERIFY2(result.metric(QString::fromLatin1(key)), key);
        }
        QVERIFY(result.metric(QStringLiteral("fid"))->value > 0);
        bool hasSharpnessColumn = false;
        for (const ScoreColumn& c : result.generatedScores) {
            hasSharpnessColumn |= c.key == QStringLiteral("sharpness") && c.values.size() == 12;
        }
        QVERIFY(hasSharpnessColumn);
        // The 2-D map of the builtin features (issue 6 item 4).
        const FeatureMapData map = FeatureMapData::fromRun(&result);
        QCOMPARE(map.status(), FeatureMapData::Status::Available);
        QCOMPARE(map.features(), QStringLiteral("builtin-1"));
        QCOMPARE(map.points(SetRole::Real).total, 12);
        QCOMPARE(map.points(SetRole::Generated).size(), 12);
    }

    // The feature map is its own stage after the metrics: stored in extra["feature_map"],
    // "pending" in the partial published before it, cancellable with the metrics kept, and
    // absent (with the reason) for FID statistics.
    void featureMapStage()
    {
        QTemporaryDir dir;
        const metrics::RowMatrixXf real = metrics::RowMatrixXf::Random(30, 6);
        metrics::RowMatrixXf generated = metrics::RowMatrixXf::Random(25, 6);
        generated.col(0).array() += 0.5F;
        const QString realPath = dir.filePath(QStringLiteral("real.npy"));
        const QString generatedPath = dir.filePath(QStringLiteral("generated.npy"));
        metrics::writeNpy(realPath.toStdString(), metrics::npyFromMatrix(real));
        metrics::writeNpy(generatedPath.toStdString(), metrics::npyFromMatrix(generated));
        ImageEvalOptions options;
        options.realPath = realPath;
        options.generatedPath = generatedPath;
        options.k = 3;
        options.kidSubsetSize = 10;
        options.seed = 11;
        TestContext context;
        const RunResult result = evaluateImages(options, context);
        QCOMPARE(context.stages.last(), QStringLiteral("feature map"));
        QVERIFY(context.stages.indexOf(QStringLiteral("metrics"))
                < context.stages.indexOf(QStringLiteral("feature map")));
        QVERIFY(result.timingsMs.contains(QStringLiteral("feature_map")));
        const FeatureMapData map = FeatureMapData::fromRun(&result);
        QCOMPARE(map.status(), FeatureMapData::Status::Available);
        QCOMPARE(map.features(), QStringLiteral("precomputed"));
        QCOMPARE(map.dimension(), 6);
        QCOMPARE(map.seed(), 11);
        QCOMPARE(map.maxPointsPerSet(), kFeatureMapMaxPointsPerSet);
        // The same numbers as the library's projection of the same rows (to the stored rounding).
        metrics::ProjectionOptions po;
        po.seed = 11;
        const metrics::FeatureProjection want = metrics::pcaProjection(real, generated, po);
        const int decimals = result.extra.value(QStringLiteral("feature_map"))
                                 .toObject()
                                 .value(QStringLiteral("coordinate_decimals"))
                                 .toInt();
        const double halfStep = 0.5 * std::pow(10.0, -decimals) * (1 + 1e-9);
        QVERIFY(std::abs(map.explainedVarianceRatio(0) - want.pca.explainedVarianceRatio(0))
                < 1e-9);
        for (const auto& [set, projected] : {std::pair {SetRole::Real, &want.real},
                                             std::pair {SetRole::Generated, &want.generated}}) {
            const FeatureMapData::Points& points = map.points(set);
            QCOMPARE(points.total, projected->total);
            QVERIFY(!points.subsampled);
            QCOMPARE(points.size(), static_cast<qsizetype>(projected->x.size()));
            for (std::size_t i = 0; i < projected->x.size(); ++i) {
                QVERIFY(std::abs(points.x[i] - projected->x[i]) <= halfStep);
                QVERIFY(std::abs(points.y[i] - projected->y[i]) <= halfStep);
            }
        }
        // Partials: the map is pending until its stage, and the last partial has the metrics.
        QVERIFY(context.partials.size() >= 2);
        const RunResult& beforeMap = context.partials.last();
        QVERIFY(beforeMap.metric(QStringLiteral("fid")) != nullptr);
        QCOMPARE(FeatureMapData::fromRun(&beforeMap).status(), FeatureMapData::Status::Pending);
        QCOMPARE(FeatureMapData::fromRun(&context.partials.first()).status(),
                 FeatureMapData::Status::Pending);

        // Cancelled in the map stage: the metrics were already published.
        TestContext cancelling;
        cancelling.cancelInStage = QStringLiteral("feature map");
        QVERIFY_THROWS_EXCEPTION(metrics::Cancelled, evaluateImages(options, cancelling));
        QCOMPARE(cancelling.stages.last(), QStringLiteral("feature map"));
        QVERIFY(cancelling.partials.last().metric(QStringLiteral("fid")) != nullptr);

        // FID statistics for one side: no samples, no map, and the page can say why.
        const QString statsPath = dir.filePath(QStringLiteral("real_stats.npz"));
        metrics::saveFidStatistics(statsPath.toStdString(), metrics::fidStatistics(real));
        options.realPath = statsPath;
        TestContext statsContext;
        const RunResult stats = evaluateImages(options, statsContext);
        QVERIFY(!statsContext.stages.contains(QStringLiteral("feature map")));
        QVERIFY(!stats.extra.contains(QStringLiteral("feature_map")));
        QCOMPARE(FeatureMapData::fromRun(&stats).status(), FeatureMapData::Status::StatisticsOnly);
    }

    void refusesEmptyAndCancels()
    {
        QTemporaryDir dir;
        QFile bad(dir.path() + QStringLiteral("/a.png"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.close();
        TestContext context;
        try {
            extractImageFeatures(dir.path(), SetRole::Real, ImageFeatureOptions{}, nullptr, context);
            QFAIL("a folder without usable images was accepted");
        } catch (const InputError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("no usable image")), e.what());
        }
        writeImages(dir.path() + QStringLiteral("/more"), 8, 300);
        ImageFeatureOptions options;
        options.load.batchSize = 2;
        context.cancelAfter = 3;
        QVERIFY_THROWS_EXCEPTION(metrics::Cancelled,
                                 extractImageFeatures(dir.path(), SetRole::Real, options, nullptr, context));
        QVERIFY_THROWS_EXCEPTION(InputError, makeImageExtractor(QStringLiteral("onnx:/nonexistent.onnx:inception")));
    }
};

QTEST_GUILESS_MAIN(TestImageFeatures)
#include "tst_imagefeatures.moc"
