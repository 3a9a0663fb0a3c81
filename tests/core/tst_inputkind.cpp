// The one input-kind decision (metrics/core/inputkind.h): the pure decision on the facts, the
// classification of an array header, and probeInput() on real files, which must read headers
// only (a member claiming gigabytes is classified without being inflated).
#include "genlens/metrics/core/inputkind.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace genlens::metrics;

Q_DECLARE_METATYPE(genlens::metrics::InputStep)
Q_DECLARE_METATYPE(genlens::metrics::InputKind)

namespace {

NpyArray array(NpyDtype dtype, std::vector<std::int64_t> shape)
{
    NpyArray a;
    a.dtype = dtype;
    a.shape = std::move(shape);
    a.bytes.assign(std::size_t(a.elementCount()) * npyItemSize(dtype), 0);
    return a;
}

} // namespace

class TestInputKind : public QObject
{
    Q_OBJECT
private slots:
    void decision_data();
    void decision();
    void classifiesArrays_data();
    void classifiesArrays();
    void probesFiles_data();
    void probesFiles();
    void refusesNamingThePath_data();
    void refusesNamingThePath();
    void reportsWholeArrayBytes();
};

void TestInputKind::decision_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<bool>("isDirectory");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<QString>("key");
    QTest::addColumn<InputStep>("step");
    QTest::addColumn<QString>("reasonHas");

    const QStringList none;
    QTest::newRow("missing") << false << false << "npy" << none << "arr_0" << InputStep::Refuse
                             << "no such file or folder";
    QTest::newRow("folder") << true << true << "" << none << "arr_0" << InputStep::Folder << "";
    QTest::newRow("folder named .npz")
        << true << true << "npz" << none << "arr_0" << InputStep::Folder << "";
    QTest::newRow("npy") << true << false << "npy" << none << "arr_0" << InputStep::ReadNpyHeader
                         << "";
    QTest::newRow("png file") << true << false << "png" << none << "arr_0" << InputStep::Refuse
                              << "not an image input";
    QTest::newRow("no suffix") << true << false << "" << none << "arr_0" << InputStep::Refuse
                               << "not an image input";
    QTest::newRow("npz with key") << true << false << "npz" << QStringList {"arr_0"} << "arr_0"
                                  << InputStep::ReadMember << "";
    QTest::newRow("npz with other key") << true << false << "npz" << QStringList {"images"}
                                        << "images" << InputStep::ReadMember << "";
    QTest::newRow("statistics") << true << false << "npz" << QStringList {"mu", "sigma"} << "arr_0"
                                << InputStep::ReadStatistics << "";
    QTest::newRow("key wins over statistics")
        << true << false << "npz" << QStringList {"mu", "sigma", "arr_0"} << "arr_0"
        << InputStep::ReadMember << "";
    QTest::newRow("mu without sigma") << true << false << "npz" << QStringList {"mu"} << "arr_0"
                                      << InputStep::Refuse << "members: mu";
    QTest::newRow("empty archive")
        << true << false << "npz" << none << "arr_0" << InputStep::Refuse << "members: none";
}

void TestInputKind::decision()
{
    QFETCH(bool, exists);
    QFETCH(bool, isDirectory);
    QFETCH(QString, suffix);
    QFETCH(QStringList, members);
    QFETCH(QString, key);
    QFETCH(InputStep, step);
    QFETCH(QString, reasonHas);
    InputFacts facts;
    facts.exists = exists;
    facts.isDirectory = isDirectory;
    facts.suffix = suffix.toStdString();
    for (const QString& m : members) {
        facts.npzMembers.push_back(m.toStdString());
    }
    const InputDecision d = decideInputKind(facts, key.toStdString());
    QCOMPARE(d.step, step);
    QVERIFY2(QString::fromStdString(d.reason).contains(reasonHas), d.reason.c_str());
    QCOMPARE(d.reason.empty(), step != InputStep::Refuse);
}

void TestInputKind::classifiesArrays_data()
{
    QTest::addColumn<int>("dtype");
    QTest::addColumn<QList<qint64>>("shape");
    QTest::addColumn<InputKind>("kind");
    QTest::newRow("uint8 NxHxWx3")
        << int(NpyDtype::UInt8) << QList<qint64> {4, 8, 8, 3} << InputKind::ImageBatch;
    QTest::newRow("uint8 NxHxW grey")
        << int(NpyDtype::UInt8) << QList<qint64> {4, 8, 8} << InputKind::ImageBatch;
    QTest::newRow("uint8 NxD") << int(NpyDtype::UInt8) << QList<qint64> {4, 8}
                               << InputKind::FeatureMatrix;
    QTest::newRow("float32 NxD") << int(NpyDtype::Float32) << QList<qint64> {4, 8}
                                 << InputKind::FeatureMatrix;
    QTest::newRow("float32 NxHxWx3")
        << int(NpyDtype::Float32) << QList<qint64> {4, 8, 8, 3} << InputKind::FeatureMatrix;
    QTest::newRow("uint8 5-D") << int(NpyDtype::UInt8) << QList<qint64> {1, 4, 8, 8, 3}
                               << InputKind::FeatureMatrix;
}

void TestInputKind::classifiesArrays()
{
    QFETCH(int, dtype);
    QFETCH(QList<qint64>, shape);
    QFETCH(InputKind, kind);
    NpyInfo info;
    info.dtype = NpyDtype(dtype);
    info.shape.assign(shape.begin(), shape.end());
    QCOMPARE(classifyArray(info), kind);
}

void TestInputKind::probesFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<InputKind>("kind");
    QTest::addColumn<qint64>("dimension");
    QTest::addColumn<QString>("member");
    QTest::newRow("features.npy") << "features.npy" << InputKind::FeatureMatrix << qint64(16) << "";
    QTest::newRow("batch.npy") << "batch.npy" << InputKind::ImageBatch << qint64(-1) << "";
    QTest::newRow("batch.npz") << "batch.npz" << InputKind::ImageBatch << qint64(-1) << "arr_0";
    QTest::newRow("features.npz") << "features.npz" << InputKind::FeatureMatrix << qint64(16)
                                  << "arr_0";
    QTest::newRow("stats.npz") << "stats.npz" << InputKind::Statistics << qint64(8) << "mu";
    QTest::newRow("stats with mismatched sigma")
        << "badstats.npz" << InputKind::Statistics << qint64(-1) << "mu";
    QTest::newRow("3-D float .npy has no dimension")
        << "cube.npy" << InputKind::FeatureMatrix << qint64(-1) << "";
    QTest::newRow("folder") << "folder" << InputKind::Folder << qint64(-1) << "";
    QTest::newRow("upper-case suffix")
        << "FEATURES.NPY" << InputKind::FeatureMatrix << qint64(16) << "";
}

void TestInputKind::probesFiles()
{
    QFETCH(QString, name);
    QFETCH(InputKind, kind);
    QFETCH(qint64, dimension);
    QFETCH(QString, member);
    QTemporaryDir dir;
    const std::string root = dir.path().toStdString() + "/";
    writeNpy(root + "features.npy", array(NpyDtype::Float32, {5, 16}));
    writeNpy(root + "FEATURES.NPY", array(NpyDtype::Float64, {5, 16}));
    writeNpy(root + "cube.npy", array(NpyDtype::Float32, {2, 3, 4}));
    writeNpy(root + "batch.npy", array(NpyDtype::UInt8, {2, 4, 4, 3}));
    writeNpz(root + "batch.npz", {{"arr_0", array(NpyDtype::UInt8, {2, 4, 4, 3})}});
    writeNpz(root + "features.npz", {{"arr_0", array(NpyDtype::Float32, {5, 16})}});
    writeNpz(root + "stats.npz",
             {{"mu", array(NpyDtype::Float64, {8})}, {"sigma", array(NpyDtype::Float64, {8, 8})}});
    writeNpz(root + "badstats.npz",
             {{"mu", array(NpyDtype::Float64, {8})}, {"sigma", array(NpyDtype::Float64, {8, 7})}});
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const InputProbe probe = probeInput(root + name.toStdString());
    QCOMPARE(probe.kind, kind);
    QCOMPARE(qint64(probe.dimension()), dimension);
    QCOMPARE(QString::fromStdString(probe.member), member);
}

void TestInputKind::refusesNamingThePath_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reasonHas");
    QTest::newRow("missing") << "nothing.npy"
                             << "no such file or folder";
    QTest::newRow("text file") << "notes.txt"
                               << "not an image input";
    QTest::newRow("npz without the key") << "other.npz"
                                         << "members: weights";
    QTest::newRow("npy that is text") << "text.npy"
                                      << "not an .npy file";
    QTest::newRow("npz that is text") << "text.npz"
                                      << "zip";
}

void TestInputKind::refusesNamingThePath()
{
    QFETCH(QString, name);
    QFETCH(QString, reasonHas);
    QTemporaryDir dir;
    const std::string root = dir.path().toStdString() + "/";
    writeNpz(root + "other.npz", {{"weights", array(NpyDtype::Float32, {2, 2})}});
    for (const char* file : {"notes.txt", "text.npy", "text.npz"}) {
        QFile f(dir.filePath(QString::fromLatin1(file)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b\n1,2\n");
    }
    const std::string path = root + name.toStdString();
    try {
        probeInput(path);
        QFAIL("accepted");
    } catch (const std::exception& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.startsWith(QString::fromStdString(path)), e.what());
        QVERIFY2(message.contains(reasonHas), e.what());
    }
}

// What a reader would hold whole, from the headers alone: the caller's limit is checked on it.
void TestInputKind::reportsWholeArrayBytes()
{
    QTemporaryDir dir;
    const std::string root = dir.path().toStdString() + "/";
    writeNpz(root + "features.npz", {{"arr_0", array(NpyDtype::Float32, {4, 1024})}});
    const InputProbe probe = probeInput(root + "features.npz");
    QCOMPARE(probe.kind, InputKind::FeatureMatrix);
    QCOMPARE(qint64(probe.dimension()), qint64(1024));
    QCOMPARE(wholeArrayBytes(probe), std::uint64_t(4 * 1024 * 4));
    // Statistics count mu and sigma (sigma as float64); a batch is streamed, so nothing.
    writeNpz(
        root + "stats.npz",
        {{"mu", array(NpyDtype::Float32, {64})}, {"sigma", array(NpyDtype::Float32, {64, 64})}});
    QCOMPARE(wholeArrayBytes(probeInput(root + "stats.npz")), std::uint64_t(64 * 4 + 64 * 64 * 8));
    writeNpy(root + "batch.npy", array(NpyDtype::UInt8, {3, 4, 4, 3}));
    QCOMPARE(wholeArrayBytes(probeInput(root + "batch.npy")), std::uint64_t(0));
}

QTEST_GUILESS_MAIN(TestInputKind)
#include "tst_inputkind.moc"
