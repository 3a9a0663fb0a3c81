// The one delimited-text reader (metrics/core/delimited.h): physical lines (LF, CRLF, a BOM,
// blocks of 1 MiB, byte ranges), the dialect of a line-per-record file and its splitting
// (quoting, trimming, "::", whitespace), and RFC 4180 records spanning lines with their line
// numbers.
#include "genlens/metrics/core/delimited.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace genlens::metrics;

namespace {

QStringList linesOf(LineReader& reader, QList<qint64>* numbers = nullptr)
{
    QStringList lines;
    std::string_view line;
    while (reader.next(line)) {
        lines << QString::fromUtf8(line.data(), qsizetype(line.size()));
        if (numbers) {
            numbers->append(reader.lineNumber());
        }
    }
    return lines;
}

QString joined(const std::vector<std::string_view>& fields)
{
    QStringList parts;
    for (const std::string_view f : fields) {
        parts << QString::fromUtf8(f.data(), qsizetype(f.size()));
    }
    return parts.join(QLatin1Char('|'));
}

} // namespace

class TestDelimited : public QObject
{
    Q_OBJECT
private slots:
    void lines_data();
    void lines();
    void lineLongerThanABlock();
    void byteRange();
    void fileRefusals_data();
    void fileRefusals();
    void dialect_data();
    void dialect();
    void split_data();
    void split();
    void csvRecords_data();
    void csvRecords();
};

void TestDelimited::lines_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("LF") << QByteArray("a\nb\n") << QStringList {"a", "b"};
    QTest::newRow("CRLF") << QByteArray("a\r\nb\r\n") << QStringList {"a", "b"};
    QTest::newRow("no final line end") << QByteArray("a\nb") << QStringList {"a", "b"};
    QTest::newRow("blank lines kept") << QByteArray("a\n\n\nb\n") << QStringList {"a", "", "", "b"};
    QTest::newRow("BOM dropped on line 1")
        << QByteArray("\xEF\xBB\xBFu,i\n1,2\n") << QStringList {"u,i", "1,2"};
    QTest::newRow("BOM on line 2 kept") << QByteArray("u\n\xEF\xBB\xBFx\n")
                                        << QStringList {"u", QString::fromUtf8("\xEF\xBB\xBFx")};
    // CR-only files are converted to LF before reading (PreparedTextInput); the reader itself
    // sees one line.
    QTest::newRow("CR only is one line") << QByteArray("a\rb\r") << QStringList {"a\rb"};
    QTest::newRow("empty") << QByteArray() << QStringList {};
    QTest::newRow("NUL bytes are data")
        << QByteArray("a\0b\n", 4) << QStringList {QString::fromLatin1("a\0b", 3)};
}

void TestDelimited::lines()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, lines);
    const auto reader = LineReader::fromMemory(std::string_view(data.constData(), data.size()));
    QList<qint64> numbers;
    QCOMPARE(linesOf(*reader, &numbers), lines);
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        QCOMPARE(numbers[i], i + 1);
    }
    QCOMPARE(reader->bytesRead(), qint64(data.size()));
}

void TestDelimited::lineLongerThanABlock()
{
    QByteArray data = "first\n";
    const QByteArray longLine((1 << 20) + 12345, 'x');
    data += longLine + "\r\nlast";
    const auto reader = LineReader::fromMemory(std::string_view(data.constData(), data.size()));
    const QStringList lines = linesOf(*reader);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[1].size(), longLine.size());
    QCOMPARE(lines[2], QStringLiteral("last"));
}

void TestDelimited::byteRange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.tsv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBFu\ti\n1\t2\n3\t4\n5\t6\n");
    f.close();
    // The second chunk starts at a line start: line numbers count from the chunk, no BOM logic.
    const qint64 second = QByteArray("\xEF\xBB\xBFu\ti\n1\t2\n").size();
    const auto head = LineReader::openFile(path.toStdString(), 0, second);
    QCOMPARE(linesOf(*head), (QStringList {"u\ti", "1\t2"}));
    const auto tail = LineReader::openFile(path.toStdString(), second);
    QCOMPARE(linesOf(*tail), (QStringList {"3\t4", "5\t6"}));
    QCOMPARE(tail->size(), f.size());
}

void TestDelimited::fileRefusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << "nothing.csv"
                             << "file not found";
    QTest::newRow("folder") << "sub"
                            << "is a folder, expected a file";
}

void TestDelimited::fileRefusals()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    const QString path = dir.filePath(name);
    try {
        LineReader::openFile(path.toStdString());
        QFAIL("opened");
    } catch (const DelimitedError& e) {
        QCOMPARE(QString::fromUtf8(e.what()), path + QStringLiteral(": ") + reason);
    }
}

void TestDelimited::dialect_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("name");
    QTest::newRow("csv") << QByteArray("user,item,score") << "csv";
    QTest::newRow("tab wins over comma") << QByteArray("u\ti,j\t1") << "tsv";
    QTest::newRow("movielens") << QByteArray("1::31::2.5::1260759144") << "::";
    QTest::newRow("semicolon") << QByteArray("u;i;1") << "delimited(;)";
    QTest::newRow("pipe") << QByteArray("u|i|1") << "delimited(|)";
    QTest::newRow("comma before semicolon") << QByteArray("a;b,c") << "csv";
    QTest::newRow("trec run") << QByteArray("q1 Q0 doc7 1 0.9 run") << "whitespace";
    QTest::newRow("one word") << QByteArray("alone") << "whitespace";
}

void TestDelimited::dialect()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, name);
    QCOMPARE(QString::fromStdString(
                 detectDialect(std::string_view(line.constData(), line.size())).name()),
             name);
}

void TestDelimited::split_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("fields"); // joined by '|'
    QTest::newRow("csv trimmed") << QByteArray(" u1 , i2 ,3 ") << "u1|i2|3";
    QTest::newRow("csv empty fields") << QByteArray("a,,b,") << "a||b|";
    QTest::newRow("csv quoted comma") << QByteArray("\"a, b\",c") << "a, b|c";
    QTest::newRow("csv doubled quote") << QByteArray("\"say \"\"hi\"\"\",x") << "say \"hi\"|x";
    QTest::newRow("csv text after closing quote dropped") << QByteArray("\"a\"junk,b") << "a|b";
    QTest::newRow("csv unterminated quote runs to the end") << QByteArray("\"a,b") << "a,b";
    QTest::newRow("tsv no quoting") << QByteArray("\"a\tb\"") << "\"a|b\"";
    QTest::newRow("movielens") << QByteArray("1:: 31 ::2.5") << "1|31|2.5";
    QTest::newRow("whitespace runs") << QByteArray("  q1   Q0  doc 1 ") << "q1|Q0|doc|1";
    QTest::newRow("CR trimmed") << QByteArray("a,b\r") << "a|b";
}

void TestDelimited::split()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, fields);
    const std::string_view view(line.constData(), line.size());
    // The dialect of the line itself, except for rows whose quotes hold the separator.
    Dialect d = detectDialect(view);
    if (QByteArray(QTest::currentDataTag()).startsWith("csv")) {
        d = Dialect {SplitMode::Char, ','};
    }
    std::vector<std::string_view> out;
    std::string scratch;
    splitLine(view, d, out, scratch);
    QCOMPARE(joined(out), fields);
}

void TestDelimited::csvRecords_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("records"); // fields joined by '|'
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QList<bool>>("unterminated");
    QTest::newRow("simple") << QByteArray("text\nhello\nworld\n")
                            << QStringList {"text", "hello", "world"} << QList<qint64> {1, 2, 3}
                            << QList<bool> {false, false, false};
    QTest::newRow("quoted newline spans lines")
        << QByteArray("id,text\n1,\"two\nlines\"\n2,x\n")
        << QStringList {"id|text", "1|two\nlines", "2|x"} << QList<qint64> {1, 2, 4}
        << QList<bool> {false, false, false};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << QStringList {"a|b", "1|2"}
                          << QList<qint64> {1, 2} << QList<bool> {false, false};
    QTest::newRow("CR only ends records")
        << QByteArray("a\rb\rc") << QStringList {"a", "b", "c"} << QList<qint64> {1, 2, 3}
        << QList<bool> {false, false, false};
    QTest::newRow("blank lines hold no record")
        << QByteArray("a\n\n\nb\n") << QStringList {"a", "b"} << QList<qint64> {1, 4}
        << QList<bool> {false, false};
    QTest::newRow("empty quoted field is a record")
        << QByteArray("a\n\"\"\n") << QStringList {"a", ""} << QList<qint64> {1, 2}
        << QList<bool> {false, false};
    QTest::newRow("doubled quotes") << QByteArray("\"a \"\"b\"\"\"") << QStringList {"a \"b\""}
                                    << QList<qint64> {1} << QList<bool> {false};
    QTest::newRow("unterminated") << QByteArray("t\n\"open\nrest")
                                  << QStringList {"t", "open\nrest"} << QList<qint64> {1, 2}
                                  << QList<bool> {false, true};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFtext\nx") << QStringList {"text", "x"}
                         << QList<qint64> {1, 2} << QList<bool> {false, false};
    QTest::newRow("empty") << QByteArray() << QStringList {} << QList<qint64> {} << QList<bool> {};
}

void TestDelimited::csvRecords()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, records);
    QFETCH(QList<qint64>, lines);
    QFETCH(QList<bool>, unterminated);
    const std::vector<CsvRecord> got
        = parseCsvRecords(std::string_view(data.constData(), data.size()), ',');
    QCOMPARE(qsizetype(got.size()), records.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        QStringList fields;
        for (const std::string& f : got[i].fields) {
            fields << QString::fromStdString(f);
        }
        QCOMPARE(fields.join(QLatin1Char('|')), records[qsizetype(i)]);
        QCOMPARE(qint64(got[i].line), lines[qsizetype(i)]);
        QCOMPARE(got[i].unterminated, unterminated[qsizetype(i)]);
    }
}

QTEST_GUILESS_MAIN(TestDelimited)
#include "tst_delimited.moc"
