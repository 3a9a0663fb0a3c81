// The desktop's recent files (issue 14 item 2): a project opened in GenLens is recorded in the
// freedesktop XBEL list with its MIME type and GenLens as the application, other applications'
// entries are kept, reopening refreshes one entry instead of adding another, and a file that is
// not XBEL is never overwritten.
#include "models/systemrecentfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>
#include <QtTest>

using namespace genlens::app;

namespace {

struct Bookmark
{
    QString href;
    QString added;
    QString mimeType;
    QStringList applications;
    int genlensCount = 0;
};

QList<Bookmark> readBookmarks(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<Bookmark> bookmarks;
    QXmlStreamReader reader(&file);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement()) {
            continue;
        }
        const auto attributes = reader.attributes();
        if (reader.name() == QLatin1String("bookmark")) {
            bookmarks.append({attributes.value(QLatin1String("href")).toString(),
                              attributes.value(QLatin1String("added")).toString(),
                              {},
                              {},
                              0});
        } else if (!bookmarks.isEmpty() && reader.name() == QLatin1String("mime-type")
                   && reader.namespaceUri()
                       == QLatin1String("http://www.freedesktop.org/standards/shared-mime-info")) {
            bookmarks.last().mimeType = attributes.value(QLatin1String("type")).toString();
        } else if (!bookmarks.isEmpty() && reader.name() == QLatin1String("application")
                   && reader.namespaceUri()
                       == QLatin1String("http://www.freedesktop.org/standards/desktop-bookmarks")) {
            const QString name = attributes.value(QLatin1String("name")).toString();
            bookmarks.last().applications << name;
            if (name == QLatin1String("GenLens")) {
                bookmarks.last().genlensCount = attributes.value(QLatin1String("count")).toInt();
            }
        }
    }
    return reader.hasError() ? QList<Bookmark> {} : bookmarks;
}

// What GTK writes: one bookmark of another application.
const QByteArray kOtherApplication = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<xbel version=\"1.0\"\n"
    "      xmlns:bookmark=\"http://www.freedesktop.org/standards/desktop-bookmarks\"\n"
    "      xmlns:mime=\"http://www.freedesktop.org/standards/shared-mime-info\"\n>\n"
    "  <bookmark href=\"file:///home/u/notes.txt\" added=\"2024-01-02T03:04:05.000000Z\" "
    "modified=\"2024-01-02T03:04:05.000000Z\" visited=\"2024-01-02T03:04:05.000000Z\">\n"
    "    <info>\n"
    "      <metadata owner=\"http://freedesktop.org\">\n"
    "        <mime:mime-type type=\"text/plain\"/>\n"
    "        <bookmark:applications>\n"
    "          <bookmark:application name=\"gedit\" exec=\"&apos;gedit %u&apos;\" "
    "modified=\"2024-01-02T03:04:05.000000Z\" count=\"3\"/>\n"
    "        </bookmark:applications>\n"
    "      </metadata>\n"
    "    </info>\n"
    "  </bookmark>\n"
    "</xbel>\n");

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestSystemRecentFiles : public QObject
{
    Q_OBJECT

private slots:
    void createsTheListWhenMissing()
    {
        QTemporaryDir dir;
        const QString xbel = dir.filePath(QStringLiteral("share/recently-used.xbel"));
        const QString project = dir.filePath(QStringLiteral("my runs.genlens"));
        QVERIFY(SystemRecentFiles::add(xbel, project,
                                       QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)));
        const QList<Bookmark> bookmarks = readBookmarks(xbel);
        QCOMPARE(bookmarks.size(), 1);
        // A file URL, percent-encoded (the space), as the spec asks.
        QCOMPARE(bookmarks.at(0).href, QString::fromUtf8(QUrl::fromLocalFile(project).toEncoded()));
        QVERIFY(bookmarks.at(0).href.contains(QLatin1String("my%20runs.genlens")));
        QCOMPARE(bookmarks.at(0).added, QStringLiteral("2026-01-02T03:04:05.000000Z"));
        QCOMPARE(bookmarks.at(0).mimeType, QStringLiteral("application/x-genlens-project"));
        QCOMPARE(bookmarks.at(0).applications, QStringList {QStringLiteral("GenLens")});
        QCOMPARE(bookmarks.at(0).genlensCount, 1);
    }

    void keepsOtherEntriesAndRefreshesItsOwn()
    {
        QTemporaryDir dir;
        const QString xbel = dir.filePath(QStringLiteral("recently-used.xbel"));
        writeFile(xbel, kOtherApplication);
        const QString project = dir.filePath(QStringLiteral("a.genlens"));
        const QDateTime first(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        QVERIFY(SystemRecentFiles::add(xbel, project, first));
        QVERIFY(SystemRecentFiles::add(xbel, project, first.addDays(1)));
        const QList<Bookmark> bookmarks = readBookmarks(xbel);
        QCOMPARE(bookmarks.size(), 2);
        QCOMPARE(bookmarks.at(0).href, QStringLiteral("file:///home/u/notes.txt"));
        QCOMPARE(bookmarks.at(0).applications, QStringList {QStringLiteral("gedit")});
        QCOMPARE(bookmarks.at(0).mimeType, QStringLiteral("text/plain"));
        // One entry for the project: first added on the first open, opened twice.
        QCOMPARE(bookmarks.at(1).added, QStringLiteral("2026-01-02T03:04:05.000000Z"));
        QCOMPARE(bookmarks.at(1).genlensCount, 2);
    }

    void neverOverwritesAFileThatIsNotXbel_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not XML") << QByteArray("recent: a.genlens\n");
        QTest::newRow("truncated XBEL") << kOtherApplication.left(300);
        QTest::newRow("other XML") << QByteArray("<?xml version=\"1.0\"?><html></html>\n");
    }

    void neverOverwritesAFileThatIsNotXbel()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString xbel = dir.filePath(QStringLiteral("recently-used.xbel"));
        writeFile(xbel, content);
        QVERIFY(!SystemRecentFiles::add(xbel, dir.filePath(QStringLiteral("a.genlens"))));
        QFile file(xbel);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void offAwayFromADesktop()
    {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QVERIFY(!SystemRecentFiles::enabled());
        qputenv("QT_QPA_PLATFORM", "xcb");
        QVERIFY(SystemRecentFiles::enabled());
        qputenv("GENLENS_NO_SYSTEM_RECENT", "1");
        QVERIFY(!SystemRecentFiles::enabled());
        qunsetenv("GENLENS_NO_SYSTEM_RECENT");
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
};

QTEST_MAIN(TestSystemRecentFiles)
#include "tst_systemrecentfiles.moc"
