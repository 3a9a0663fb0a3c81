// .npy/.npz reading and writing against files written by numpy (tests/data/core/make_fixtures.py),
// and every refusal of an untrusted file.
#include "genlens/metrics/core/npy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace genlens::metrics;

namespace {
std::string data(const char* file)
{
    return std::string(GENLENS_TEST_DATA) + "/core/" + file;
}
} // namespace

class TestNpy : public QObject
{
    Q_OBJECT
private slots:
    void readsNumpyFiles_data();
    void readsNumpyFiles();
    void refusals_data();
    void refusals();
    void roundTripEveryDtype_data();
    void roundTripEveryDtype();
    void largeHeaderUsesVersion2();
    void npzFromNumpy_data();
    void npzFromNumpy();
    void npzRoundTrip_data();
    void npzRoundTrip();
    void npzRefusals_data();
    void npzRefusals();
    void matrixConversions();
    void emptyMatrices();
    void featureRows_data();
    void featureRows();
    void featureRowsDoNotDependOnThreads();
    void float16Values();
};

void TestNpy::readsNumpyFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("dtype");
    QTest::addColumn<QList<qint64>>("shape");
    // Each holds np.arange(n) reshaped (make_fixtures.py).
    QTest::newRow("float32 v1.0 3x4") << QStringLiteral("f4_v1.npy") << int(NpyDtype::Float32) << QList<qint64>{3, 4};
    QTest::newRow("float64 v2.0 2x3") << QStringLiteral("f8_v2.npy") << int(NpyDtype::Float64) << QList<qint64>{2, 3};
    QTest::newRow("uint8 v3.0 5x2") << QStringLiteral("u1_v3.npy") << int(NpyDtype::UInt8) << QList<qint64>{5, 2};
    QTest::newRow("int64 v1.0 7") << QStringLiteral("i8_v1.npy") << int(NpyDtype::Int64) << QList<qint64>{7};
    QTest::newRow("float32 0-d") << QStringLiteral("f4_0d.npy") << int(NpyDtype::Float32) << QList<qint64>{};
    QTest::newRow("float32 0x3") << QStringLiteral("f4_empty.npy") << int(NpyDtype::Float32) << QList<qint64>{0, 3};
    // Big-endian payloads are swapped on reading (NpyArray::bytes is little-endian).
    QTest::newRow("big-endian float32 4")
        << QStringLiteral("bigendian.npy") << int(NpyDtype::Float32) << QList<qint64> {4};
}

void TestNpy::readsNumpyFiles()
{
    QFETCH(QString, file);
    QFETCH(int, dtype);
    QFETCH(QList<qint64>, shape);
    const NpyArray a = readNpy(data(file.toUtf8().constData()));
    QCOMPARE(int(a.dtype), dtype);
    QCOMPARE(a.ndim(), int(shape.size()));
    for (int i = 0; i < shape.size(); ++i) {
        QCOMPARE(qint64(a.shape[static_cast<std::size_t>(i)]), shape[i]);
    }
    if (shape.isEmpty()) {
        QCOMPARE(a.valueAt(0), 5.0);
        return;
    }
    for (std::int64_t i = 0; i < a.elementCount(); ++i) {
        QCOMPARE(a.valueAt(i), double(i));
    }
}

void TestNpy::refusals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("fortran order") << QStringLiteral("fortran.npy") << QStringLiteral("fortran_order is True");
    QTest::newRow("object dtype") << QStringLiteral("object.npy")
                                  << QStringLiteral("object arrays");
    QTest::newRow("complex dtype") << QStringLiteral("complex.npy") << QStringLiteral("unsupported dtype '<c8'");
    QTest::newRow("truncated payload") << QStringLiteral("truncated.npy") << QStringLiteral("holds only 40 data bytes");
    QTest::newRow("claims 10^12 elements") << QStringLiteral("huge_claim.npy") << QStringLiteral("exceeds the limit");
    QTest::newRow("element count overflows") << QStringLiteral("overflow.npy") << QStringLiteral("more elements than a 64-bit count");
    QTest::newRow("byte size overflows") << QStringLiteral("bytes_overflow.npy") << QStringLiteral("size in bytes overflows");
    QTest::newRow("not an npy") << QStringLiteral("not_npy.npy") << QStringLiteral("missing the \\x93NUMPY magic");
    QTest::newRow("unknown version") << QStringLiteral("bad_version.npy") << QStringLiteral("unsupported .npy format version 7.0");
    QTest::newRow("header lacks fortran_order") << QStringLiteral("bad_header.npy") << QStringLiteral("lacks descr, fortran_order or shape");
    QTest::newRow("missing file") << QStringLiteral("no_such_file.npy") << QStringLiteral("cannot open");
}

void TestNpy::refusals()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    const std::string path = data(file.toUtf8().constData());
    for (int route = 0; route < 2; ++route) {
        try {
            if (route == 0) {
                readNpy(path);
            } else {
                readNpyMatrixXf(path);
            }
            QFAIL("no exception");
        } catch (const NpyError& e) {
            const QString what = QString::fromUtf8(e.what());
            // "file: reason"
            QVERIFY2(what.startsWith(QString::fromStdString(path) + QStringLiteral(": ")), qPrintable(what));
            QVERIFY2(what.contains(reason), qPrintable(what));
        }
    }
}

void TestNpy::roundTripEveryDtype_data()
{
    QTest::addColumn<int>("dtype");
    QTest::newRow("float32") << int(NpyDtype::Float32);
    QTest::newRow("float64") << int(NpyDtype::Float64);
    QTest::newRow("uint8") << int(NpyDtype::UInt8);
    QTest::newRow("int64") << int(NpyDtype::Int64);
}

void TestNpy::roundTripEveryDtype()
{
    QFETCH(int, dtype);
    QTemporaryDir dir;
    NpyArray a;
    a.dtype = NpyDtype(dtype);
    a.shape = {3, 5, 2};
    a.bytes.resize(30 * npyItemSize(a.dtype));
    for (std::size_t i = 0; i < a.bytes.size(); ++i) {
        a.bytes[i] = static_cast<unsigned char>(i * 7 + 1);
    }
    const std::string path = (dir.path() + QStringLiteral("/a.npy")).toStdString();
    writeNpy(path, a);
    const NpyArray b = readNpy(path);
    QCOMPARE(int(b.dtype), dtype);
    QVERIFY(b.shape == a.shape);
    QVERIFY(b.bytes == a.bytes);
    // The data starts on a 64-byte boundary, as numpy writes it.
    QCOMPARE(QFileInfo(QString::fromStdString(path)).size() % 64, qint64(a.bytes.size() % 64));
}

void TestNpy::largeHeaderUsesVersion2()
{
    // A 1-D shape cannot make a header above 64 KiB, but 25000 dimensions of 1 can.
    NpyArray a;
    a.dtype = NpyDtype::UInt8;
    a.shape.assign(25000, 1);
    a.bytes = {42};
    const auto bytes = serialiseNpy(a);
    QCOMPARE(int(bytes[6]), 2);
    const NpyArray b = parseNpy(bytes.data(), bytes.size(), "memory");
    QCOMPARE(b.ndim(), 25000);
    QCOMPARE(b.valueAt(0), 42.0);
}

void TestNpy::npzFromNumpy_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("np.savez (stored)") << QStringLiteral("stored.npz");
    QTest::newRow("np.savez_compressed (deflated)") << QStringLiteral("deflated.npz");
}

void TestNpy::npzFromNumpy()
{
    QFETCH(QString, file);
    const std::string path = data(file.toUtf8().constData());
    const auto keys = npzKeys(path);
    QCOMPARE(keys.size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(keys[0]), QStringLiteral("features"));
    QCOMPARE(QString::fromStdString(keys[1]), QStringLiteral("labels"));
    const NpyArray f = readNpzMember(path, "features");
    QVERIFY((f.shape == std::vector<std::int64_t>{3, 4}));
    const RowMatrixXf m = toRowMatrixXf(f, path);
    QCOMPARE(m(2, 3), 11.0f);
    const NpyArray l = readNpzMember(path, "labels");
    QCOMPARE(int(l.dtype), int(NpyDtype::Int64));
    QCOMPARE(l.valueAt(4), 4.0);
}

void TestNpy::npzRoundTrip_data()
{
    QTest::addColumn<bool>("compressed");
    QTest::newRow("deflated") << true;
    QTest::newRow("stored") << false;
}

void TestNpy::npzRoundTrip()
{
    QFETCH(bool, compressed);
    QTemporaryDir dir;
    const std::string path = (dir.path() + QStringLiteral("/x.npz")).toStdString();
    RowMatrixXd sigma(3, 3);
    sigma << 1, 2, 3, 4, 5, 6, 7, 8, 9.5;
    const Eigen::VectorXd mu = Eigen::Vector3d(0.25, -1, 1e300);
    RowMatrixXf zeros = RowMatrixXf::Zero(200, 50);
    writeNpz(path, {{"mu", npyFromVector(mu)}, {"sigma", npyFromMatrix(sigma)}, {"zeros", npyFromMatrix(zeros)}},
             compressed);
    QCOMPARE(npzKeys(path).size(), std::size_t(3));
    QVERIFY(toVectorXd(readNpzMember(path, "mu"), path) == mu);
    QVERIFY(toRowMatrixXd(readNpzMember(path, "sigma"), path) == sigma);
    QVERIFY(toRowMatrixXf(readNpzMember(path, "zeros"), path) == zeros);
    // Deflated zeros are much smaller than 40 kB; stored are not.
    const qint64 size = QFileInfo(QString::fromStdString(path)).size();
    QVERIFY(compressed ? size < 5000 : size > 40000);
}

void TestNpy::npzRefusals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QString>("reason");
    QTest::newRow("64 MiB member over a 1 MiB limit") << QStringLiteral("bomb.npz") << QStringLiteral("zeros") << qint64(1) << QStringLiteral("above the limit");
    QTest::newRow("header claims 4 TiB") << QStringLiteral("bomb.npz") << QStringLiteral("claims_huge") << qint64(8192) << QStringLiteral("exceeds the limit");
    QTest::newRow("truncated member") << QStringLiteral("bomb.npz") << QStringLiteral("truncated") << qint64(8192) << QStringLiteral("member declares only");
    QTest::newRow("directory understates inflated size") << QStringLiteral("lying.npz") << QStringLiteral("zeros") << qint64(8192) << QStringLiteral("member declares only 4096 bytes");
    QTest::newRow("missing member") << QStringLiteral("stored.npz") << QStringLiteral("mu") << qint64(8192) << QStringLiteral("no member 'mu' (members: features, labels)");
    QTest::newRow("not a zip") << QStringLiteral("f4_v1.npy") << QStringLiteral("mu") << qint64(8192) << QStringLiteral("cannot open as an .npz");
}

void TestNpy::npzRefusals()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(qint64, limit);
    QFETCH(QString, reason);
    NpyLimits limits;
    limits.maxBytes = std::uint64_t(limit) << 20; // MiB
    const std::string path = data(file.toUtf8().constData());
    try {
        readNpzMember(path, key.toStdString(), limits);
        QFAIL("no exception");
    } catch (const NpyError& e) {
        const QString what = QString::fromUtf8(e.what());
        QVERIFY2(what.startsWith(QString::fromStdString(path)), qPrintable(what));
        QVERIFY2(what.contains(reason), qPrintable(what));
    }
}

void TestNpy::matrixConversions()
{
    const NpyArray u8 = readNpy(data("u1_v3.npy"));
    const RowMatrixXf f = toRowMatrixXf(u8, "u1");
    QCOMPARE(f.rows(), Eigen::Index(5));
    QCOMPARE(f(4, 1), 9.0f);
    const RowMatrixXd d = toRowMatrixXd(readNpy(data("f8_v2.npy")), "f8");
    QCOMPARE(d(1, 2), 5.0);
    const RowMatrixXf direct = readNpyMatrixXf(data("f4_v1.npy"));
    QCOMPARE(direct(2, 1), 9.0f);
    QVERIFY_THROWS_EXCEPTION(NpyError, toRowMatrixXf(readNpy(data("i8_v1.npy")), "i8"));
    QVERIFY_THROWS_EXCEPTION(NpyError, readNpyMatrixXf(data("i8_v1.npy")));
    QVERIFY_THROWS_EXCEPTION(NpyError, toVectorXd(u8, "u1"));
}

// fuzz_npy's first finding (UBSan, under dev-asan): a (0, 3) float32 array and a 3 x 0 matrix have
// no storage, and memcpy was handed their null data pointers.
void TestNpy::emptyMatrices()
{
    NpyArray empty;
    empty.dtype = NpyDtype::Float32;
    empty.shape = {0, 3};
    const std::vector<unsigned char> bytes = serialiseNpy(empty);
    const RowMatrixXf m = toRowMatrixXf(parseNpy(bytes.data(), bytes.size(), "empty.npy"), "empty");
    QCOMPARE(m.rows(), Eigen::Index(0));
    QCOMPARE(m.cols(), Eigen::Index(3));
    const NpyArray noColumns = npyFromMatrix(RowMatrixXf(3, 0));
    QCOMPARE(noColumns.shape, (std::vector<std::int64_t> {3, 0}));
    QVERIFY(noColumns.bytes.empty());
    const NpyArray noColumnsD = npyFromMatrix(RowMatrixXd(2, 0));
    QCOMPARE(noColumnsD.shape, (std::vector<std::int64_t> {2, 0}));
}

// Feature rows (featurerows.cpp) against make_row_fixtures.py: the same 6x5 matrix with a NaN row and
// an Inf row in every dtype and byte order, through every route (file, .npz member, array in
// memory); kept rows, their values and their SHA-1 (hashlib's) must match.
void TestNpy::featureRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("route"); // 0 readNpyFeatureRows, 1 featureRows(readNpy), 2 npz member
    for (const char* f : {"rows_f4.npy", "rows_f4_be.npy", "rows_f8.npy", "rows_f8_be.npy",
                          "rows_f2.npy", "rows_f2_be.npy"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1 file").arg(QLatin1String(f))))
            << QString::fromLatin1(f) << 0;
        QTest::newRow(qPrintable(QStringLiteral("%1 array").arg(QLatin1String(f))))
            << QString::fromLatin1(f) << 1;
    }
    QTest::newRow("rows.npz member") << QStringLiteral("rows.npz") << 2;
}

void TestNpy::featureRows()
{
    QFETCH(QString, file);
    QFETCH(int, route);
    QFile json(QString::fromStdString(data("rows_expected.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(json.readAll()).object();
    const std::string path = data(file.toUtf8().constData());
    const FeatureRows rows = route == 0 ? readNpyFeatureRows(path)
        : route == 1                    ? genlens::metrics::featureRows(readNpy(path), path)
                                        : readNpzFeatureRows(path, "features");
    const QJsonArray dropped = expected.value(QStringLiteral("dropped")).toArray();
    QCOMPARE(rows.dropped.size(), std::size_t(dropped.size()));
    for (int i = 0; i < dropped.size(); ++i) {
        QCOMPARE(qint64(rows.dropped[std::size_t(i)]), qint64(dropped[i].toInt()));
    }
    const QJsonArray kept = expected.value(QStringLiteral("kept")).toArray();
    const QJsonArray values = expected.value(QStringLiteral("values")).toArray();
    const QJsonArray sha1 = expected.value(QStringLiteral("sha1")).toArray();
    QCOMPARE(rows.features.rows(), Eigen::Index(kept.size()));
    QCOMPARE(rows.features.cols(), Eigen::Index(5));
    QCOMPARE(rows.rows.size(), std::size_t(kept.size()));
    QCOMPARE(rows.digests.size(), std::size_t(kept.size()));
    for (int i = 0; i < kept.size(); ++i) {
        QCOMPARE(qint64(rows.rows[std::size_t(i)]), qint64(kept[i].toInt()));
        const QJsonArray row = values[i].toArray();
        for (int j = 0; j < row.size(); ++j) {
            QCOMPARE(rows.features(i, j), float(row[j].toDouble()));
        }
        const auto& d = rows.digests[std::size_t(i)];
        const QByteArray hex
            = QByteArray(reinterpret_cast<const char*>(d.data()), int(d.size())).toHex();
        QCOMPARE(hex, sha1[i].toString().toLatin1());
    }
    // The header alone tells what the array is.
    const NpyInfo info = route == 2 ? readNpzMemberInfo(path, "features") : readNpyInfo(path);
    QCOMPARE(info.shape, (std::vector<std::int64_t>{6, 5}));
    const char* descr = npyDescr(info.dtype);
    QVERIFY2(file.contains(QStringLiteral("_f2")) ? info.dtype == NpyDtype::Float16
                     : file.contains(QStringLiteral("_f8")) ? info.dtype == NpyDtype::Float64
                                                            : info.dtype == NpyDtype::Float32,
             descr);
    // The plain matrix readers see all rows, NaN and Inf included.
    const RowMatrixXf all = route == 2 ? readNpzMatrixXf(path, "features") : readNpyMatrixXf(path);
    QCOMPARE(all.rows(), Eigen::Index(6));
    QVERIFY(std::isnan(all(1, 2)));
    QVERIFY(std::isinf(all(4, 0)) && all(4, 0) < 0);
    QCOMPARE(all.row(kept[1].toInt()), rows.features.row(1));
}

void TestNpy::featureRowsDoNotDependOnThreads()
{
    // More rows than one worker task (256), some dropped, so several workers share the work.
    RowMatrixXf m(1000, 7);
    for (Eigen::Index r = 0; r < m.rows(); ++r) {
        for (Eigen::Index c = 0; c < m.cols(); ++c) {
            m(r, c) = float(r * 7 + c) / 3.0f;
        }
    }
    m(17, 3) = std::numeric_limits<float>::quiet_NaN();
    m(900, 0) = std::numeric_limits<float>::infinity();
    const NpyArray a = npyFromMatrix(m);
    const FeatureRows one = genlens::metrics::featureRows(a, "m", 1);
    const FeatureRows two = genlens::metrics::featureRows(a, "m", 2);
    const FeatureRows three = genlens::metrics::featureRows(a, "m", 3);
    QCOMPARE(one.dropped, (std::vector<std::int64_t> {17, 900}));
    QCOMPARE(one.features.rows(), Eigen::Index(998));
    QVERIFY(one.features == two.features && one.features == three.features);
    QVERIFY(one.digests == two.digests && one.digests == three.digests);
    // The digest is SHA-1 of the row widened to float64 (what QCryptographicHash gave before).
    const Eigen::RowVectorXd wide = m.row(999).cast<double>();
    const QByteArray ref = QCryptographicHash::hash(
        QByteArray(reinterpret_cast<const char*>(wide.data()), int(wide.size() * 8)),
        QCryptographicHash::Sha1);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(one.digests.back().data()), 20), ref);
}

void TestNpy::float16Values()
{
    // numpy's own float16 -> float32 conversion of normals, subnormals, 65504, ±0, ±inf, NaN.
    const NpyArray half = readNpy(data("f2_special.npy"));
    const NpyArray single = readNpy(data("f2_special_as_f4.npy"));
    QCOMPARE(int(half.dtype), int(NpyDtype::Float16));
    const RowMatrixXf m = readNpyMatrixXf(data("f2_special.npy"));
    for (std::int64_t i = 0; i < single.elementCount(); ++i) {
        const double want = single.valueAt(i);
        const double got = half.valueAt(i);
        const float viaMatrix = m.data()[i];
        if (std::isnan(want)) {
            QVERIFY(std::isnan(got) && std::isnan(viaMatrix));
            continue;
        }
        QCOMPARE(got, want);
        QCOMPARE(double(viaMatrix), want);
        QCOMPARE(std::signbit(got), std::signbit(want));
    }
}

QTEST_GUILESS_MAIN(TestNpy)
#include "tst_npy.moc"
