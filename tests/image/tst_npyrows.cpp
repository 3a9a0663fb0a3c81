// Slice-by-slice reading of arrays (NpyRowReader) and the batch source built on it (issue 10,
// deliverable 6): the same bytes as the whole-array readers whatever the slice size, from .npy
// files and from stored and deflated .npz members (written here and by NumPy itself,
// tests/data/core/make_fixtures.py), and truncated or corrupt data refused with the file named.
#include <genlens/metrics/core/npy.h>
#include <genlens/metrics/core/npyrows.h>
#include <genlens/metrics/image/imagesource.h>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace genlens::metrics;

namespace {

std::string data(const QString& name)
{
    return (QStringLiteral(GENLENS_TEST_DATA "/core/") + name).toStdString();
}

// N images of 5 x 7 x 3 with smooth content (so that deflate really compresses it) and a
// per-image offset, so that every row differs.
NpyArray imageBatch(int n)
{
    NpyArray a;
    a.dtype = NpyDtype::UInt8;
    a.shape = {n, 5, 7, 3};
    for (int i = 0; i < n; ++i) {
        for (int y = 0; y < 5; ++y) {
            for (int x = 0; x < 7; ++x) {
                for (int c = 0; c < 3; ++c) {
                    a.bytes.push_back(static_cast<unsigned char>((i * 37 + y * 5 + x * 3 + c * 50) % 256));
                }
            }
        }
    }
    return a;
}

// Reads every row through the reader, `slice` rows at a time.
std::vector<unsigned char> readAll(NpyRowReader& reader, std::int64_t slice)
{
    std::vector<unsigned char> out;
    std::vector<unsigned char> buffer(std::size_t(slice) * reader.rowBytes());
    for (;;) {
        const std::int64_t got = reader.read(buffer.data(), slice);
        if (got == 0) {
            break;
        }
        out.insert(out.end(), buffer.begin(), buffer.begin() + std::ptrdiff_t(got) * std::ptrdiff_t(reader.rowBytes()));
    }
    return out;
}

} // namespace

class TestNpyRows : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAsWholeArray_data()
    {
        QTest::addColumn<QString>("kind");  // "npy", "deflated", "stored" (written here) or a fixture
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("slice");
        for (const int slice : {1, 4, 7, 23, 64}) {
            for (const char* kind : {"npy", "deflated", "stored"}) {
                QTest::addRow("%s, %d rows a slice", kind, slice)
                    << QString::fromLatin1(kind) << QStringLiteral("arr_0") << slice;
            }
        }
        // Written by NumPy (np.savez / np.savez_compressed and format version 3.0).
        QTest::addRow("numpy savez_compressed float32") << QStringLiteral("deflated.npz") << QStringLiteral("features") << 2;
        QTest::addRow("numpy savez int64") << QStringLiteral("stored.npz") << QStringLiteral("labels") << 3;
        QTest::addRow("numpy uint8 v3.0 header") << QStringLiteral("u1_v3.npy") << QString() << 2;
    }

    void sameBytesAsWholeArray()
    {
        QFETCH(QString, kind);
        QFETCH(QString, key);
        QFETCH(int, slice);
        QTemporaryDir dir;
        std::string path;
        NpyArray whole;
        if (kind == QStringLiteral("npy")) {
            path = (dir.path() + QStringLiteral("/b.npy")).toStdString();
            writeNpy(path, imageBatch(23));
            whole = readNpy(path);
        } else if (kind == QStringLiteral("deflated") || kind == QStringLiteral("stored")) {
            path = (dir.path() + QStringLiteral("/b.npz")).toStdString();
            writeNpz(path, {{"other", imageBatch(3)}, {"arr_0", imageBatch(23)}},
                     kind == QStringLiteral("deflated"));
            whole = readNpzMember(path, key.toStdString());
        } else {
            path = data(kind);
            whole = kind.endsWith(QStringLiteral(".npy")) ? readNpy(path)
                                                          : readNpzMember(path, key.toStdString());
        }
        const auto reader = NpyRowReader::open(path, key.toStdString());
        QCOMPARE(int(reader->dtype()), int(whole.dtype));
        QCOMPARE(reader->shape(), whole.shape);
        QCOMPARE(reader->rows(), whole.shape[0]);
        QCOMPARE(reader->rowBytes() * std::size_t(reader->rows()), whole.bytes.size());
        QVERIFY(readAll(*reader, slice) == whole.bytes);
        QCOMPARE(reader->position(), reader->rows());
        // Rewound (a deflated member is reopened), the same bytes again.
        reader->rewind();
        QCOMPARE(reader->position(), std::int64_t(0));
        QVERIFY(readAll(*reader, slice + 1) == whole.bytes);
        // A shard's start: skipped rows (an .npy seeks, a member inflates them), then the rest.
        reader->rewind();
        const std::int64_t skipped = reader->rows() / 3;
        QCOMPARE(reader->skip(skipped), skipped);
        QCOMPARE(reader->position(), skipped);
        const std::vector<unsigned char> rest(
            whole.bytes.begin() + std::ptrdiff_t(std::size_t(skipped) * reader->rowBytes()),
            whole.bytes.end());
        QVERIFY(readAll(*reader, slice) == rest);
        QCOMPARE(reader->skip(5), std::int64_t(0));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("reason");
        QTest::addRow("npy shorter than its header claims") << QStringLiteral("truncated.npy") << QString() << QStringLiteral("truncated.npy: truncated: the header claims 48 data bytes but the file holds only 40");
        QTest::addRow("member shorter than its header claims") << QStringLiteral("bomb.npz") << QStringLiteral("truncated") << QStringLiteral("bomb.npz[truncated]: the header claims 48 data bytes but the member declares only");
        QTest::addRow("header claims 4 TiB") << QStringLiteral("bomb.npz") << QStringLiteral("claims_huge") << QStringLiteral("exceeds the limit");
        QTest::addRow("directory understates inflated size") << QStringLiteral("lying.npz") << QStringLiteral("zeros") << QStringLiteral("member declares only 4096 bytes");
        QTest::addRow("missing member") << QStringLiteral("stored.npz") << QStringLiteral("mu") << QStringLiteral("stored.npz: no member 'mu'");
        QTest::addRow("not a zip") << QStringLiteral("not_npy.npy") << QString() << QStringLiteral("not an .npy file");
        QTest::addRow("an .npy ignores the key") << QStringLiteral("f4_v1.npy") << QStringLiteral("x") << QString();
    }

    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(QString, reason);
        if (reason.isEmpty()) {
            // An .npy is read as .npy whatever key is given.
            QCOMPARE(NpyRowReader::open(data(file), key.toStdString())->rows(), std::int64_t(3));
            return;
        }
        try {
            NpyRowReader::open(data(file), key.toStdString());
            QFAIL("accepted");
        } catch (const NpyError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(reason), e.what());
        }
    }

    void corruptDeflatedMemberIsRefused()
    {
        // A byte flipped in the middle of the deflated data: the stream fails to inflate or its
        // CRC does not match, at the latest when the last slice is read.
        QTemporaryDir dir;
        const std::string path = (dir.path() + QStringLiteral("/c.npz")).toStdString();
        writeNpz(path, {{"arr_0", imageBatch(400)}}, true);
        QFile f(QString::fromStdString(path));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        bytes[bytes.size() / 3] = char(bytes[bytes.size() / 3] ^ 0x5A);
        f.seek(0);
        f.write(bytes);
        f.close();
        try {
            const auto reader = NpyRowReader::open(path, "arr_0");
            readAll(*reader, 64);
            QFAIL("a corrupt member was read without error");
        } catch (const NpyError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).startsWith(QString::fromStdString(path + "[arr_0]: ")),
                     e.what());
        }
    }

    void truncatedArchiveIsRefused()
    {
        QTemporaryDir dir;
        const std::string path = (dir.path() + QStringLiteral("/t.npz")).toStdString();
        writeNpz(path, {{"arr_0", imageBatch(50)}}, true);
        QFile f(QString::fromStdString(path));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));  // the zip directory at the end is gone
        f.close();
        try {
            NpyRowReader::open(path, "arr_0");
            QFAIL("accepted");
        } catch (const NpyError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("cannot open as an .npz")),
                     e.what());
        }
    }

    void batchSourceReadsOneBatchAtATime()
    {
        // The source reads batchSize rows per next() and decodes the same pixels as the
        // whole-array route; a corrupt member fails next() with the file named.
        QTemporaryDir dir;
        const std::string path = (dir.path() + QStringLiteral("/b.npz")).toStdString();
        const NpyArray whole = imageBatch(23);
        writeNpz(path, {{"arr_0", whole}}, true);
        image::SourceOptions options;
        options.batchSize = 4;
        options.threads = 2;
        const auto source = image::openImageSource(path, "arr_0", options);
        QCOMPARE(source->size(), std::size_t(23));
        std::size_t seen = 0;
        for (auto batch = source->next(); !batch.empty(); batch = source->next()) {
            QVERIFY(batch.size() <= 4);
            for (const image::SourceItem& item : batch) {
                QCOMPARE(item.index, seen);
                const unsigned char* row = whole.bytes.data() + seen * 5 * 7 * 3;
                QVERIFY(std::equal(row, row + 5 * 7 * 3, item.rgb.data));
                ++seen;
            }
        }
        QCOMPARE(seen, std::size_t(23));
        source->rewind();
        QCOMPARE(source->next().front().index, std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestNpyRows)
#include "tst_npyrows.moc"
