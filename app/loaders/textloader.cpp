#include "loaders/textloader.h"

#include "slices/slicing.h"

#include "loaders/textinput.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <genlens/metrics/core/delimited.h>
#include <genlens/metrics/text/utf8.h>
#include <string_view>

namespace genlens::app {

namespace {

constexpr qint64 kProgressEveryBytes = 1 << 20;

QString fileFormat(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson")) {
        return QStringLiteral("jsonl");
    }
    if (suffix == QLatin1String("csv")) {
        return QStringLiteral("csv");
    }
    if (suffix == QLatin1String("tsv")) {
        return QStringLiteral("tsv");
    }
    return QStringLiteral("txt");
}

bool isBlank(std::string_view s)
{
    std::u32string decoded;
    metrics::text::decodeUtf8(s, decoded);
    for (char32_t c : decoded) {
        if (!metrics::text::isPythonSpace(c)) {
            return false;
        }
    }
    return true;
}

// Checks a text; returns an empty string when usable, the reason otherwise.
QString textProblem(const QByteArray& bytes)
{
    std::size_t offset = 0;
    if (!metrics::text::isValidUtf8(
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), &offset)) {
        return QStringLiteral("invalid UTF-8 at byte %1").arg(offset + 1);
    }
    if (isBlank(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())))) {
        return QStringLiteral("empty text");
    }
    return {};
}

class Reader
{
public:
    // Reads `readPath` (the file, or its UTF-8 copy); messages name `path`.
    Reader(const QString& readPath, const QString& path, PipelineContext* context)
        : m_file(readPath)
        , m_context(context)
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            throw InputError(QStringLiteral("%1: cannot open (%2)")
                                 .arg(path, m_file.errorString())
                                 .toStdString());
        }
        m_size = m_file.size();
        if (m_context) {
            m_context->beginStage(QStringLiteral("load %1").arg(QFileInfo(path).fileName()),
                                  m_size);
        }
    }

    // Next physical line without its LF / CRLF; false at the end. Strips a leading BOM.
    bool nextLine(QByteArray& line)
    {
        if (m_file.atEnd()) {
            return false;
        }
        line = m_file.readLine();
        ++m_lineNumber;
        if (m_lineNumber == 1 && line.startsWith("\xEF\xBB\xBF")) {
            line.remove(0, 3);
        }
        if (line.endsWith('\n')) {
            line.chop(1);
        }
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        const qint64 pos = m_file.pos();
        if (m_context && pos - m_lastReport >= kProgressEveryBytes) {
            m_lastReport = pos;
            if (!m_context->advance(pos, m_size)) {
                throw metrics::Cancelled {};
            }
        }
        return true;
    }

    QByteArray readAllRest()
    {
        QByteArray all = m_file.readAll();
        if (all.startsWith("\xEF\xBB\xBF")) {
            all.remove(0, 3);
        }
        return all;
    }

    qint64 lineNumber() const { return m_lineNumber; }
    void finish()
    {
        if (m_context) {
            m_context->advance(m_size, m_size);
        }
    }

private:
    QFile m_file;
    PipelineContext* m_context;
    qint64 m_size = 0;
    qint64 m_lineNumber = 0;
    qint64 m_lastReport = 0;
};

void addText(TextRecords& out, const QByteArray& bytes, qint64 record, qint64 line)
{
    out.texts.emplace_back(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    out.records.push_back(record);
    out.lines.push_back(line);
}

void readTxt(Reader& reader, TextRecords& out)
{
    QByteArray line;
    while (reader.nextLine(line)) {
        ++out.recordCount;
        const QString problem = textProblem(line);
        if (!problem.isEmpty()) {
            out.skipped.append(
                {out.path, reader.lineNumber(),
                 problem == QLatin1String("empty text") ? QStringLiteral("empty line") : problem});
            continue;
        }
        addText(out, line, out.recordCount, reader.lineNumber());
    }
}

// The slice value of a JSONL record's field (see TextRecords::sliceValues).
std::string jsonSliceValue(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return kMissingSliceName;
    }
    if (value.isString()) {
        return value.toString().toStdString();
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', 15).toStdString();
    }
    if (value.isBool()) {
        return value.toBool() ? "true" : "false";
    }
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray())
                                              : QJsonDocument(value.toObject());
    return doc.toJson(QJsonDocument::Compact).toStdString();
}

void readJsonl(Reader& reader, TextRecords& out, const QString& field, const QString& sliceKey)
{
    QByteArray line;
    while (reader.nextLine(line)) {
        ++out.recordCount;
        const qint64 lineNo = reader.lineNumber();
        std::size_t offset = 0;
        if (!metrics::text::isValidUtf8(
                std::string_view(line.constData(), static_cast<std::size_t>(line.size())),
                &offset)) {
            out.skipped.append(
                {out.path, lineNo, QStringLiteral("invalid UTF-8 at byte %1").arg(offset + 1)});
            continue;
        }
        if (line.trimmed().isEmpty()) {
            out.skipped.append({out.path, lineNo, QStringLiteral("empty line")});
            continue;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError) {
            out.skipped.append({out.path, lineNo,
                                QStringLiteral("invalid JSON at offset %1: %2")
                                    .arg(error.offset)
                                    .arg(error.errorString())});
            continue;
        }
        if (!doc.isObject()) {
            out.skipped.append({out.path, lineNo, QStringLiteral("not a JSON object")});
            continue;
        }
        const QJsonObject obj = doc.object();
        if (!obj.contains(field)) {
            out.skipped.append(
                {out.path, lineNo, QStringLiteral("missing field \"%1\"").arg(field)});
            continue;
        }
        const QJsonValue value = obj.value(field);
        if (!value.isString()) {
            out.skipped.append(
                {out.path, lineNo, QStringLiteral("field \"%1\" is not a string").arg(field)});
            continue;
        }
        // A JSON escape can hold a lone surrogate ("\ud800"), which has no UTF-8 form: check the
        // decoded text again, not only the line's bytes.
        const QString decoded = value.toString();
        bool loneSurrogate = false;
        for (qsizetype c = 0; c < decoded.size(); ++c) {
            const QChar ch = decoded.at(c);
            if (ch.isHighSurrogate() && c + 1 < decoded.size()
                && decoded.at(c + 1).isLowSurrogate()) {
                ++c;
            } else if (ch.isSurrogate()) {
                loneSurrogate = true;
                break;
            }
        }
        if (loneSurrogate) {
            out.skipped.append(
                {out.path, lineNo,
                 QStringLiteral("field \"%1\" holds a lone UTF-16 surrogate").arg(field)});
            continue;
        }
        const QByteArray text = decoded.toUtf8();
        const QString problem = textProblem(text);
        if (!problem.isEmpty()) {
            out.skipped.append({out.path, lineNo, problem});
            continue;
        }
        addText(out, text, out.recordCount, lineNo);
        if (!sliceKey.isEmpty()) {
            out.sliceValues.push_back(jsonSliceValue(obj, sliceKey));
        }
    }
}

void readCsv(Reader& reader, TextRecords& out, const QString& column, char delimiter,
             const QString& sliceKey)
{
    const QByteArray data = reader.readAllRest();
    const std::vector<metrics::CsvRecord> records = metrics::parseCsvRecords(
        std::string_view(data.constData(), std::size_t(data.size())), delimiter);
    if (records.empty()) {
        return;
    }
    const metrics::CsvRecord& header = records.front();
    QStringList names;
    for (const std::string& f : header.fields) {
        names.append(QString::fromStdString(f).trimmed());
    }
    qsizetype index = -1;
    if (column.isEmpty()) {
        index = names.indexOf(QStringLiteral("text"));
        if (index < 0 && names.size() == 1) {
            index = 0;
        }
        if (index < 0) {
            throw InputError(QStringLiteral("%1: no column named \"text\"; choose one with "
                                            "--column (columns: %2)")
                                 .arg(out.path, names.join(QStringLiteral(", ")))
                                 .toStdString());
        }
    } else {
        index = names.indexOf(column);
        bool isNumber = false;
        const int number = column.toInt(&isNumber);
        if (index < 0 && isNumber && number >= 1 && number <= names.size()) {
            index = number - 1;
        }
        if (index < 0) {
            throw InputError(QStringLiteral("%1: no column \"%2\" (columns: %3)")
                                 .arg(out.path, column, names.join(QStringLiteral(", ")))
                                 .toStdString());
        }
    }
    const QString columnName = names.at(index);
    qsizetype sliceIndex = -1;
    if (!sliceKey.isEmpty()) {
        sliceIndex = names.indexOf(sliceKey);
        if (sliceIndex < 0) {
            throw InputError(QStringLiteral("%1: no column \"%2\" to slice by (columns: %3)")
                                 .arg(out.path, sliceKey, names.join(QStringLiteral(", ")))
                                 .toStdString());
        }
    }
    for (std::size_t r = 1; r < records.size(); ++r) {
        const metrics::CsvRecord& rec = records[r];
        ++out.recordCount;
        if (rec.unterminated) {
            out.skipped.append({out.path, rec.line, QStringLiteral("unterminated quoted field")});
            continue;
        }
        if (std::size_t(index) >= rec.fields.size()) {
            out.skipped.append({out.path, rec.line,
                                QStringLiteral("missing column \"%1\" (row has %2 fields)")
                                    .arg(columnName)
                                    .arg(rec.fields.size())});
            continue;
        }
        const QByteArray text = QByteArray::fromStdString(rec.fields[std::size_t(index)]);
        const QString problem = textProblem(text);
        if (!problem.isEmpty()) {
            out.skipped.append({out.path, rec.line, problem});
            continue;
        }
        addText(out, text, out.recordCount, rec.line);
        if (sliceIndex >= 0) {
            const auto at = static_cast<std::size_t>(sliceIndex);
            out.sliceValues.push_back(
                at < rec.fields.size()
                    ? QByteArray::fromStdString(rec.fields[at]).trimmed().toStdString()
                    : std::string(kMissingSliceName));
        }
    }
}

QString labelFor(const QString& text)
{
    constexpr int kLabelChars = 60;
    QString simplified = text.simplified();
    if (simplified.size() > kLabelChars) {
        simplified = simplified.left(kLabelChars - 1) + QChar(0x2026);
    }
    return simplified;
}

} // namespace

TextRecords readTextRecords(const QString& path, const TextLoadOptions& options,
                            PipelineContext* context)
{
    TextRecords out;
    out.path = path;
    out.format = fileFormat(path);
    const PreparedTextInput input(path); // refuses binary files, decodes UTF-16/32, CR-only
    Reader reader(input.readPath(), path, context);
    if (out.format == QLatin1String("jsonl")) {
        readJsonl(reader, out, options.field.isEmpty() ? QStringLiteral("text") : options.field,
                  options.sliceKey);
    } else if (out.format == QLatin1String("csv")) {
        readCsv(reader, out, options.column, ',', options.sliceKey);
    } else if (out.format == QLatin1String("tsv")) {
        readCsv(reader, out, options.column, '\t', options.sliceKey);
    } else {
        if (!options.sliceKey.isEmpty()) {
            throw InputError(QStringLiteral("%1: a plain text file has no field or column \"%2\" "
                                            "to slice by (use .jsonl or .csv/.tsv)")
                                 .arg(path, options.sliceKey)
                                 .toStdString());
        }
        readTxt(reader, out);
    }
    reader.finish();
    return out;
}

SampleSet toSampleSet(const TextRecords& records, SetRole role)
{
    SampleSet set;
    set.role = role;
    set.source = records.path;
    set.kind = QStringLiteral("text");
    set.skipped = records.skipped;
    set.samples.reserve(records.texts.size());
    const QString fileName = QFileInfo(records.path).fileName();
    for (std::size_t i = 0; i < records.texts.size(); ++i) {
        const std::string& t = records.texts[i];
        Sample s;
        s.source = QStringLiteral("%1:%2").arg(fileName).arg(records.lines[i]);
        s.text = QString::fromUtf8(t.data(), static_cast<qsizetype>(t.size()));
        s.label = labelFor(s.text);
        s.contentHash = QCryptographicHash::hash(
                            QByteArray::fromRawData(t.data(), static_cast<qsizetype>(t.size())),
                            QCryptographicHash::Sha1)
                            .toHex();
        set.samples.push_back(std::move(s));
    }
    return set;
}

SampleSet loadTextSet(const QString& path, SetRole role, const TextLoadOptions& options,
                      PipelineContext* context)
{
    const TextRecords records = readTextRecords(path, options, context);
    if (records.texts.empty()) {
        QString why = QStringLiteral("no usable text samples");
        if (!records.skipped.isEmpty()) {
            why += QStringLiteral(" (%1 records skipped; line %2: %3)")
                       .arg(records.skipped.size())
                       .arg(records.skipped.front().line)
                       .arg(records.skipped.front().reason);
        }
        throw InputError(QStringLiteral("%1: %2").arg(path, why).toStdString());
    }
    return toSampleSet(records, role);
}

AlignedReferences alignReferences(const TextRecords& generated,
                                  const std::vector<TextRecords>& references)
{
    AlignedReferences out;
    for (const TextRecords& ref : references) {
        if (ref.recordCount != generated.recordCount) {
            throw InputError(QStringLiteral("%1: %2 records, but the generated file %3 has %4; "
                                            "references must be aligned line by line")
                                 .arg(ref.path)
                                 .arg(ref.recordCount)
                                 .arg(generated.path)
                                 .arg(generated.recordCount)
                                 .toStdString());
        }
        // record number -> index of the usable reference text
        std::vector<qint64> byRecord(static_cast<std::size_t>(ref.recordCount + 1), -1);
        for (std::size_t j = 0; j < ref.records.size(); ++j) {
            byRecord[static_cast<std::size_t>(ref.records[j])] = static_cast<qint64>(j);
        }
        std::vector<std::string> stream(generated.texts.size());
        std::vector<bool> present(generated.texts.size(), false);
        for (std::size_t i = 0; i < generated.texts.size(); ++i) {
            const qint64 j = byRecord[static_cast<std::size_t>(generated.records[i])];
            if (j >= 0) {
                stream[i] = ref.texts[static_cast<std::size_t>(j)];
                present[i] = true;
            }
        }
        out.streams.push_back(std::move(stream));
        out.present.push_back(std::move(present));
        out.skipped.append(ref.skipped);
    }
    return out;
}

} // namespace genlens::app
