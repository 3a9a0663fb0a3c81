#include "models/systemrecentfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace genlens::app {

namespace {

const QString kBookmarkNs
    = QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");
const QString kMimeNs = QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info");
const QString kAppName = QStringLiteral("GenLens");
const QString kExec = QStringLiteral("'genlens %u'");
const QString kMimeType = QStringLiteral("application/x-genlens-project");

QString timestamp(const QDateTime& when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"));
}

// What the old entry of the same file said: when it was first added and how often GenLens
// opened it.
struct Previous
{
    QString added;
    int count = 0;
};

// Copies the reader's document to the writer, leaving out the <bookmark> of `href` (read into
// `previous`) and adding a fresh one for it before </xbel>. Returns false on malformed input.
bool rewrite(QXmlStreamReader& reader, QXmlStreamWriter& writer, const QString& href,
             const QString& now)
{
    Previous previous;
    bool sawRoot = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("xbel")) {
            sawRoot = true;
        }
        if (reader.isStartElement() && reader.name() == QLatin1String("bookmark")
            && reader.attributes().value(QLatin1String("href")) == href) {
            previous.added = reader.attributes().value(QLatin1String("added")).toString();
            while (!(reader.isEndElement() && reader.name() == QLatin1String("bookmark"))
                   && !reader.atEnd()) {
                reader.readNext();
                if (reader.isStartElement() && reader.name() == QLatin1String("application")
                    && reader.attributes().value(QLatin1String("name")) == kAppName) {
                    previous.count = reader.attributes().value(QLatin1String("count")).toInt();
                }
            }
            continue;
        }
        if (reader.isEndElement() && reader.name() == QLatin1String("xbel")) {
            writer.writeStartElement(QStringLiteral("bookmark"));
            writer.writeAttribute(QStringLiteral("href"), href);
            writer.writeAttribute(QStringLiteral("added"),
                                  previous.added.isEmpty() ? now : previous.added);
            writer.writeAttribute(QStringLiteral("modified"), now);
            writer.writeAttribute(QStringLiteral("visited"), now);
            writer.writeStartElement(QStringLiteral("info"));
            writer.writeStartElement(QStringLiteral("metadata"));
            writer.writeAttribute(QStringLiteral("owner"),
                                  QStringLiteral("http://freedesktop.org"));
            writer.writeEmptyElement(kMimeNs, QStringLiteral("mime-type"));
            writer.writeAttribute(QStringLiteral("type"), kMimeType);
            writer.writeStartElement(kBookmarkNs, QStringLiteral("applications"));
            writer.writeEmptyElement(kBookmarkNs, QStringLiteral("application"));
            writer.writeAttribute(QStringLiteral("name"), kAppName);
            writer.writeAttribute(QStringLiteral("exec"), kExec);
            writer.writeAttribute(QStringLiteral("modified"), now);
            writer.writeAttribute(QStringLiteral("count"), QString::number(previous.count + 1));
            writer.writeEndElement(); // applications
            writer.writeEndElement(); // metadata
            writer.writeEndElement(); // info
            writer.writeEndElement(); // bookmark
        }
        if (!reader.hasError()) {
            writer.writeCurrentToken(reader);
        }
    }
    return sawRoot && !reader.hasError();
}

} // namespace

QString SystemRecentFiles::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("recently-used.xbel"));
}

bool SystemRecentFiles::add(const QString& xbelPath, const QString& file, const QDateTime& when)
{
    QByteArray existing;
    QFile in(xbelPath);
    if (in.exists()) {
        if (!in.open(QIODevice::ReadOnly)) {
            return false;
        }
        existing = in.readAll();
        in.close();
    }
    if (existing.trimmed().isEmpty()) {
        existing = QByteArrayLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<xbel version=\"1.0\" "
            "xmlns:bookmark=\"http://www.freedesktop.org/standards/desktop-bookmarks\" "
            "xmlns:mime=\"http://www.freedesktop.org/standards/shared-mime-info\">\n</xbel>\n");
    }
    const QString href
        = QString::fromUtf8(QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath()).toEncoded());

    QByteArray updated;
    QXmlStreamReader reader(existing);
    QXmlStreamWriter writer(&updated);
    writer.setAutoFormatting(true);
    if (!rewrite(reader, writer, href, timestamp(when))) {
        return false; // not XBEL: never overwrite another program's file with a guess
    }
    QDir().mkpath(QFileInfo(xbelPath).absolutePath());
    QSaveFile out(xbelPath);
    return out.open(QIODevice::WriteOnly) && out.write(updated) == updated.size() && out.commit();
}

bool SystemRecentFiles::enabled()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    return qgetenv("GENLENS_NO_SYSTEM_RECENT") != "1" && !platform.startsWith("offscreen")
        && !platform.startsWith("minimal");
}

} // namespace genlens::app
