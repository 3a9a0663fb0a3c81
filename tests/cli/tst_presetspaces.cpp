// Issue 12 end to end through the real executable: the dinov2 and clip presets (on tiny CNNs with
// their input/output contract, tests/data/image/presets/make_tiny_onnx.py), fd_dinov2 and cmmd,
// and the feature space named in the JSON.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

namespace {

// The same features reach both routes (extracted here vs read from the .npy written by
// `genlens features`, float32): the metrics agree to float64 rounding of the statistics.
constexpr double kRelativeTolerance = 1e-6;

QString presetFile(const QString& name)
{
    return QStringLiteral(GENLENS_TEST_DATA "/image/presets/") + name;
}

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Outcome runGenlens(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(GENLENS_BINARY_DIR "/genlens"), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject metricsOf(const Outcome& outcome)
{
    return QJsonDocument::fromJson(outcome.out)
        .object()
        .value(QStringLiteral("metrics"))
        .toObject();
}

double value(const QJsonObject& metrics, const char* key)
{
    return metrics.value(QLatin1String(key))
        .toObject()
        .value(QStringLiteral("value"))
        .toDouble(std::nan(""));
}

bool close(double a, double b)
{
    return std::abs(a - b) <= kRelativeTolerance * std::max(std::abs(b), 1e-12);
}

} // namespace

class TestPresetSpaces : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("real")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("generated")));
        const QDir presets(presetFile(QString()));
        for (const QString& name : presets.entryList({QStringLiteral("*.png")}, QDir::Files)) {
            const QString target = name.startsWith(QLatin1String("in_")) ? real() : generated();
            QVERIFY(QFile::copy(presets.filePath(name), target + QLatin1Char('/') + name));
        }
    }

    // The DINOv2 route: fd_dinov2 and cmmd on request, named with their space; fd_dinov2 is the
    // FID of the very features `genlens features` writes.
    void dinov2EndToEnd()
    {
        const QString model
            = QStringLiteral("onnx:%1:dinov2").arg(presetFile(QStringLiteral("tiny_dinov2.onnx")));
        const Outcome run = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("image"), QStringLiteral("--real"), real(),
             QStringLiteral("--generated"), generated(), QStringLiteral("--extractor"), model,
             QStringLiteral("--metrics"), QStringLiteral("fd_dinov2,cmmd"),
             QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        const QJsonObject extractor = json.value(QStringLiteral("extractor")).toObject();
        QCOMPARE(extractor.value(QStringLiteral("feature_space")).toString(),
                 QStringLiteral("dinov2"));
        QCOMPARE(extractor.value(QStringLiteral("model")).toString(), QStringLiteral("ViT-S/14"));
        const QJsonObject metrics = metricsOf(run);
        QVERIFY(!metrics.contains(QStringLiteral("fid")));
        QCOMPARE(metrics.value(QStringLiteral("fd_dinov2"))
                     .toObject()
                     .value(QStringLiteral("feature_space"))
                     .toString(),
                 QStringLiteral("dinov2"));
        QCOMPARE(metrics.value(QStringLiteral("cmmd"))
                     .toObject()
                     .value(QStringLiteral("feature_space"))
                     .toString(),
                 QStringLiteral("dinov2"));

        // The same numbers from the features written to .npy.
        for (const QString& side : {QStringLiteral("real"), QStringLiteral("generated")}) {
            const Outcome features = runGenlens(
                {QStringLiteral("features"), QStringLiteral("image"), QStringLiteral("--input"),
                 m_dir.filePath(side), QStringLiteral("--out"), npy(side),
                 QStringLiteral("--extractor"), model, QStringLiteral("--quiet")});
            QVERIFY2(features.exitCode == 0, features.err.constData());
        }
        const Outcome bare = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("image"), QStringLiteral("--real"),
             npy(QStringLiteral("real")), QStringLiteral("--generated"),
             npy(QStringLiteral("generated")), QStringLiteral("--features-id"),
             QStringLiteral("dinov2-tiny"), QStringLiteral("--metrics"),
             QStringLiteral("fd_dinov2,cmmd"), QStringLiteral("--json"), QStringLiteral("-"),
             QStringLiteral("--quiet")});
        QVERIFY2(bare.exitCode == 0, bare.err.constData());
        const QJsonObject bareMetrics = metricsOf(bare);
        QCOMPARE(bareMetrics.value(QStringLiteral("fd_dinov2"))
                     .toObject()
                     .value(QStringLiteral("feature_space"))
                     .toString(),
                 QStringLiteral("dinov2-tiny"));
        QVERIFY2(close(value(metrics, "fd_dinov2"), value(bareMetrics, "fd_dinov2")),
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(value(metrics, "fd_dinov2"))
                                .arg(value(bareMetrics, "fd_dinov2"))));
        QVERIFY(close(value(metrics, "cmmd"), value(bareMetrics, "cmmd")));
        QVERIFY(value(metrics, "fd_dinov2") > 0);
    }

    // The CLIP route: everything by default includes cmmd, named CLIP; features are unit vectors.
    void clipEndToEnd()
    {
        const QString model
            = QStringLiteral("onnx:%1:clip").arg(presetFile(QStringLiteral("tiny_clip.onnx")));
        const Outcome run = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("image"), QStringLiteral("--real"), real(),
             QStringLiteral("--generated"), generated(), QStringLiteral("--extractor"), model,
             QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject metrics = metricsOf(run);
        QVERIFY(std::isfinite(value(metrics, "cmmd")));
        QCOMPARE(metrics.value(QStringLiteral("cmmd"))
                     .toObject()
                     .value(QStringLiteral("feature_space"))
                     .toString(),
                 QStringLiteral("clip"));
        QCOMPARE(metrics.value(QStringLiteral("fid"))
                     .toObject()
                     .value(QStringLiteral("feature_space"))
                     .toString(),
                 QStringLiteral("clip"));
        QVERIFY(!metrics.contains(QStringLiteral("fd_dinov2")));
        // Image measures carry no feature space.
        QVERIFY(!metrics.value(QStringLiteral("sharpness_ks"))
                     .toObject()
                     .contains(QStringLiteral("feature_space")));
    }

    // The built-in space: no cmmd unless asked for; fd_dinov2 refused; fid refused in DINOv2 space.
    void refusals()
    {
        const Outcome builtin = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("image"), QStringLiteral("--real"), real(),
             QStringLiteral("--generated"), generated(), QStringLiteral("--json"),
             QStringLiteral("-"), QStringLiteral("--quiet")});
        QVERIFY2(builtin.exitCode == 0, builtin.err.constData());
        QVERIFY(!metricsOf(builtin).contains(QStringLiteral("cmmd")));
        QCOMPARE(metricsOf(builtin)
                     .value(QStringLiteral("fid"))
                     .toObject()
                     .value(QStringLiteral("feature_space"))
                     .toString(),
                 QStringLiteral("builtin"));

        const Outcome wrongSpace = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("image"), QStringLiteral("--real"), real(),
             QStringLiteral("--generated"), generated(), QStringLiteral("--metrics"),
             QStringLiteral("fd_dinov2"), QStringLiteral("--quiet")});
        QCOMPARE(wrongSpace.exitCode, 1);
        QVERIFY2(wrongSpace.err.contains("fd_dinov2 needs DINOv2 features"),
                 wrongSpace.err.constData());
        QVERIFY2(wrongSpace.err.contains("builtin"), wrongSpace.err.constData());

        const QString model
            = QStringLiteral("onnx:%1:dinov2").arg(presetFile(QStringLiteral("tiny_dinov2.onnx")));
        const Outcome fidInDinov2 = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("image"), QStringLiteral("--real"), real(),
             QStringLiteral("--generated"), generated(), QStringLiteral("--extractor"), model,
             QStringLiteral("--metrics"), QStringLiteral("fid"), QStringLiteral("--quiet")});
        QCOMPARE(fidInDinov2.exitCode, 1);
        QVERIFY2(fidInDinov2.err.contains("fd_dinov2, not fid"), fidInDinov2.err.constData());

        const QString clip
            = QStringLiteral("onnx:%1:dinov2").arg(presetFile(QStringLiteral("tiny_clip.onnx")));
        const Outcome wrongWidth = runGenlens(
            {QStringLiteral("features"), QStringLiteral("image"), QStringLiteral("--input"), real(),
             QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.npy")),
             QStringLiteral("--extractor"), clip, QStringLiteral("--quiet")});
        QCOMPARE(wrongWidth.exitCode, 1);
        QVERIFY2(wrongWidth.err.contains("ViT-L/14"), wrongWidth.err.constData());
    }

private:
    QString real() const { return m_dir.filePath(QStringLiteral("real")); }
    QString generated() const { return m_dir.filePath(QStringLiteral("generated")); }
    QString npy(const QString& side) const { return m_dir.filePath(side + QStringLiteral(".npy")); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPresetSpaces)
#include "tst_presetspaces.moc"
