#include "loaders/textloader.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace genlens::app;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    f.write(bytes);
    return path;
}

QStringList texts(const TextRecords& r)
{
    QStringList out;
    for (const std::string& t : r.texts) {
        out.append(QString::fromStdString(t));
    }
    return out;
}

// "line: reason" of every skipped record, for compact comparisons.
QStringList issues(const TextRecords& r)
{
    QStringList out;
    for (const InputIssue& i : r.skipped) {
        out.append(QStringLiteral("%1: %2").arg(i.line).arg(i.reason));
    }
    return out;
}

} // namespace

class TestTextLoader : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void plainText();
    void jsonl();
    void csv();
    void tsvAndColumnNumber();
    void csvMissingColumn();
    void sampleSet();
    void references();
    void unusable();

private:
    QTemporaryDir m_dir;
};

void TestTextLoader::plainText()
{
    // BOM, CRLF, an empty line, a blank line, Latin-1 bytes, a final line without newline.
    const QString path = writeFile(m_dir, QStringLiteral("a.txt"),
                                   "\xEF\xBB\xBF"
                                   "first line\r\n\r\n   \t\nsecond \xC3\xA9\n"
                                   "caf\xE9\n\xE4\xB8\xAD\xE6\x96\x87\nlast");
    const TextRecords r = readTextRecords(path);
    QCOMPARE(r.format, QStringLiteral("txt"));
    QCOMPARE(r.recordCount, qint64(7));
    QCOMPARE(texts(r),
             (QStringList {QStringLiteral("first line"), QStringLiteral("second é"),
                           QStringLiteral("中文"), QStringLiteral("last")}));
    QCOMPARE(r.records, (std::vector<qint64> {1, 4, 6, 7}));
    QCOMPARE(issues(r),
             (QStringList {QStringLiteral("2: empty line"), QStringLiteral("3: empty line"),
                           QStringLiteral("5: invalid UTF-8 at byte 4")}));
    QCOMPARE(r.skipped.front().item, path);
}

void TestTextLoader::jsonl()
{
    const QString path = writeFile(m_dir, QStringLiteral("b.jsonl"),
                                   "\xEF\xBB\xBF{\"text\": \"hello \\u4e2d\", \"id\": 1}\r\n"
                                   "{\"id\": 2}\n"
                                   "{\"text\": 3}\n"
                                   "{\"text\": \"broken\"\n"
                                   "[\"text\"]\n"
                                   "{\"text\": \"  \"}\n"
                                   "\n"
                                   "{\"text\": \"caf\xE9\"}\n"
                                   "{\"text\": \"line\\nbreak\", \"body\": \"other\"}\n"
                                   "{\"text\": \"lone \\ud800 surrogate\"}\n"
                                   "{\"text\": \"pair \\ud83d\\ude00\"}\n");
    const TextRecords r = readTextRecords(path);
    QCOMPARE(r.format, QStringLiteral("jsonl"));
    QCOMPARE(r.recordCount, qint64(11));
    QCOMPARE(texts(r),
             (QStringList {QStringLiteral("hello 中"), QStringLiteral("line\nbreak"),
                           QString::fromUtf8("pair \xF0\x9F\x98\x80")}));
    const QStringList got = issues(r);
    QCOMPARE(got.size(), 8);
    QCOMPARE(got.at(0), QStringLiteral("2: missing field \"text\""));
    QCOMPARE(got.at(1), QStringLiteral("3: field \"text\" is not a string"));
    QVERIFY(got.at(2).startsWith(QStringLiteral("4: invalid JSON")));
    QCOMPARE(got.at(3), QStringLiteral("5: not a JSON object"));
    QCOMPARE(got.at(4), QStringLiteral("6: empty text"));
    QCOMPARE(got.at(5), QStringLiteral("7: empty line"));
    QCOMPARE(got.at(6), QStringLiteral("8: invalid UTF-8 at byte 14"));
    QCOMPARE(got.at(7), QStringLiteral("10: field \"text\" holds a lone UTF-16 surrogate"));

    TextLoadOptions options;
    options.field = QStringLiteral("body");
    const TextRecords b = readTextRecords(path, options);
    QCOMPARE(texts(b), QStringList {QStringLiteral("other")});
}

void TestTextLoader::csv()
{
    // Quoted delimiter, doubled quotes, a newline inside quotes, CRLF, a short row, an empty
    // field, and an unterminated quote at the end.
    const QString path = writeFile(m_dir, QStringLiteral("c.csv"),
                                   "id,text,score\r\n"
                                   "1,\"Hello, world\",0.5\r\n"
                                   "2,\"She said \"\"hi\"\"\",1\r\n"
                                   "3,\"two\nlines\",2\r\n"
                                   "4\r\n"
                                   "5,,3\r\n"
                                   "6,plain,4\r\n"
                                   "7,\"never closed,5\n");
    const TextRecords r = readTextRecords(path);
    QCOMPARE(r.format, QStringLiteral("csv"));
    QCOMPARE(texts(r),
             (QStringList {QStringLiteral("Hello, world"), QStringLiteral("She said \"hi\""),
                           QStringLiteral("two\nlines"), QStringLiteral("plain")}));
    QCOMPARE(r.recordCount, qint64(7));
    QCOMPARE(r.lines, (std::vector<qint64> {2, 3, 4, 8}));
    QCOMPARE(issues(r),
             (QStringList {QStringLiteral("6: missing column \"text\" (row has 1 fields)"),
                           QStringLiteral("7: empty text"),
                           QStringLiteral("9: unterminated quoted field")}));
}

void TestTextLoader::tsvAndColumnNumber()
{
    const QString path = writeFile(m_dir, QStringLiteral("d.tsv"), "a\tb\nx1\t\"y, 1\"\nx2\ty2\n");
    TextLoadOptions options;
    options.column = QStringLiteral("b");
    QCOMPARE(texts(readTextRecords(path, options)),
             (QStringList {QStringLiteral("y, 1"), QStringLiteral("y2")}));
    options.column = QStringLiteral("1");
    QCOMPARE(texts(readTextRecords(path, options)),
             (QStringList {QStringLiteral("x1"), QStringLiteral("x2")}));
    // No "text" column and more than one column: the user must choose.
    QVERIFY_THROWS_EXCEPTION(InputError, readTextRecords(path));
    options.column = QStringLiteral("nope");
    try {
        readTextRecords(path, options);
        QFAIL("expected InputError");
    } catch (const InputError& e) {
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("columns: a, b")));
    }
}

void TestTextLoader::csvMissingColumn()
{
    // A single-column file without a "text" header uses that column.
    const QString path = writeFile(m_dir, QStringLiteral("e.csv"), "sentence\nOne\nTwo\n");
    QCOMPARE(texts(readTextRecords(path)),
             (QStringList {QStringLiteral("One"), QStringLiteral("Two")}));
}

void TestTextLoader::sampleSet()
{
    const QString path = writeFile(m_dir, QStringLiteral("f.txt"), "abc\n\nde  f\n");
    const SampleSet set = loadTextSet(path, SetRole::Generated);
    QCOMPARE(set.kind, QStringLiteral("text"));
    QCOMPARE(set.role, SetRole::Generated);
    QCOMPARE(set.samples.size(), std::size_t(2));
    QCOMPARE(set.samples[1].source, QStringLiteral("f.txt:3"));
    QCOMPARE(set.samples[1].label, QStringLiteral("de f"));
    // sha1("abc") = a9993e364706816aba3e25717850c26c9cd0d89d (FIPS 180-1 test vector)
    QCOMPARE(set.samples[0].contentHash, QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d"));
    QCOMPARE(set.skipped.size(), 1);
}

void TestTextLoader::references()
{
    const TextRecords gen
        = readTextRecords(writeFile(m_dir, QStringLiteral("g.txt"), "g1\n\ng3\ng4\n"));
    const TextRecords ref1
        = readTextRecords(writeFile(m_dir, QStringLiteral("r1.txt"), "r1\nr2\n\nr4\n"));
    const TextRecords ref2
        = readTextRecords(writeFile(m_dir, QStringLiteral("r2.txt"), "s1\ns2\ns3\ns4\n"));
    const AlignedReferences a = alignReferences(gen, {ref1, ref2});
    QCOMPARE(a.streams.size(), std::size_t(2));
    QCOMPARE(a.streams[0], (std::vector<std::string> {"r1", "", "r4"}));
    QCOMPARE(a.present[0], (std::vector<bool> {true, false, true}));
    QCOMPARE(a.streams[1], (std::vector<std::string> {"s1", "s3", "s4"}));
    QCOMPARE(a.skipped.size(), 1);

    const TextRecords shortRef
        = readTextRecords(writeFile(m_dir, QStringLiteral("r3.txt"), "only\nthree\nlines\n"));
    try {
        alignReferences(gen, {shortRef});
        QFAIL("expected InputError");
    } catch (const InputError& e) {
        const QString msg = QString::fromUtf8(e.what());
        QVERIFY2(msg.contains(QStringLiteral("3 records")) && msg.contains(QStringLiteral("has 4")),
                 qPrintable(msg));
    }
}

void TestTextLoader::unusable()
{
    QVERIFY_THROWS_EXCEPTION(InputError,
                             readTextRecords(m_dir.filePath(QStringLiteral("missing.txt"))));
    const QString bad = writeFile(m_dir, QStringLiteral("bad.txt"), "\n\xFF\xFE\n  \n");
    try {
        loadTextSet(bad, SetRole::Real);
        QFAIL("expected InputError");
    } catch (const InputError& e) {
        const QString msg = QString::fromUtf8(e.what());
        QVERIFY2(msg.contains(QStringLiteral("no usable text samples")) && msg.contains(bad),
                 qPrintable(msg));
    }
}

QTEST_MAIN(TestTextLoader)
#include "tst_textloader.moc"
