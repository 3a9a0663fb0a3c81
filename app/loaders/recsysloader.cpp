#include "loaders/recsysloader.h"

#include "loaders/textinput.h"

#include "evaluation/pipelinecontext.h"

#include <genlens/metrics/core/delimited.h>

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstring>
#include <exception>
#include <limits>
#include <string>
#include <string_view>
#include <thread>

namespace genlens::app {

using metrics::recsys::RecRecord;
using metrics::recsys::TrainRecord;
using metrics::recsys::TruthRecord;

void addIssue(RecsysFileReport& report, qint64 line, const QString& reason)
{
    ++report.issueCount;
    if (report.issues.size() < RecsysInputs::kMaxStoredIssues) {
        report.issues.append(InputIssue {report.path, line, reason});
    }
}

namespace {


// The file the readers open: the input itself, or its UTF-8 copy (messages name the input).
QString readPathOf(const RecsysFileOptions& options)
{
    return options.readPath.isEmpty() ? options.path : options.readPath;
}

RecsysFileOptions withReadPath(const RecsysFileOptions& options, const PreparedTextInput& input)
{
    RecsysFileOptions copy = options;
    copy.readPath = input.readPath();
    return copy;
}

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::string_view trim(std::string_view s)
{
    return metrics::trimField(s);
}

bool parseDouble(std::string_view s, double& out)
{
    s = trim(s);
    if (!s.empty() && s.front() == '+') {
        s.remove_prefix(1);
    }
    if (s.empty()) {
        return false;
    }
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
}

bool parseInteger(std::string_view s, std::int64_t& out)
{
    s = trim(s);
    if (!s.empty() && s.front() == '+') {
        s.remove_prefix(1);
    }
    if (s.empty()) {
        return false;
    }
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
}

bool isNumber(std::string_view s)
{
    double v = 0;
    return parseDouble(s, v);
}

bool isInteger(std::string_view s)
{
    std::int64_t v = 0;
    return parseInteger(s, v);
}

using metrics::Dialect;
using metrics::detectDialect;
using metrics::splitLine;

// The lines of [begin, end) of a file (metrics/core/delimited.h), its refusals as InputError.
std::unique_ptr<metrics::LineReader> openLines(const QString& path, qint64 begin = 0,
                                               qint64 end = -1)
{
    try {
        return metrics::LineReader::openFile(path.toStdString(), begin, end);
    } catch (const metrics::DelimitedError& e) {
        throw InputError(e.what());
    }
}

QString normalizedName(std::string_view field)
{
    // RecBole atomic headers: "user_id:token".
    const std::size_t colon = field.find(':');
    if (colon != std::string_view::npos && colon > 0) {
        field = field.substr(0, colon);
    }
    return fromView(trim(field)).toLower();
}

enum class FileKind { Truth, Recommendations, Training, Items };

struct Layout
{
    Dialect dialect;
    bool header = false;
    bool trec = false;
    int user = 0;
    int item = 1;
    int value = -1;
    int rank = -1;
    int minFields = 2;
    bool tokenSeq = false; // RecBole "name:token_seq": space-separated values
    QString format;
    QStringList columns;
    QString headerNote; // why line 1 was taken as a header, for "no usable record"
};

int findColumn(const QStringList& names, const QString& custom, const QStringList& candidates,
               const QString& path, const char* what)
{
    if (!custom.isEmpty()) {
        const int at = names.indexOf(custom.toLower());
        if (at < 0) {
            throw InputError(
                QStringLiteral("%1: no %2 column named '%3' (columns: %4)")
                    .arg(path, QLatin1String(what), custom, names.join(QLatin1Char(',')))
                    .toStdString());
        }
        return at;
    }
    for (const QString& c : candidates) {
        const int at = names.indexOf(c);
        if (at >= 0) {
            return at;
        }
    }
    return -1;
}

const QStringList& userNames()
{
    static const QStringList names
        = {QStringLiteral("user"),     QStringLiteral("userid"),   QStringLiteral("user_id"),
           QStringLiteral("uid"),      QStringLiteral("qid"),      QStringLiteral("query"),
           QStringLiteral("query_id"), QStringLiteral("customer"), QStringLiteral("customer_id")};
    return names;
}

const QStringList& itemNames()
{
    static const QStringList names
        = {QStringLiteral("item"),  QStringLiteral("itemid"),  QStringLiteral("item_id"),
           QStringLiteral("iid"),   QStringLiteral("movieid"), QStringLiteral("movie_id"),
           QStringLiteral("docno"), QStringLiteral("doc"),     QStringLiteral("doc_id"),
           QStringLiteral("docid"), QStringLiteral("product"), QStringLiteral("product_id"),
           QStringLiteral("id")};
    return names;
}

QStringList valueNames(FileKind kind)
{
    switch (kind) {
    case FileKind::Truth:
        return {QStringLiteral("relevance"), QStringLiteral("rel"),    QStringLiteral("rating"),
                QStringLiteral("grade"),     QStringLiteral("label"),  QStringLiteral("judgement"),
                QStringLiteral("judgment"),  QStringLiteral("target"), QStringLiteral("score")};
    case FileKind::Recommendations:
        return {QStringLiteral("score"),  QStringLiteral("prediction"),  QStringLiteral("pred"),
                QStringLiteral("rating"), QStringLiteral("probability"), QStringLiteral("prob")};
    case FileKind::Training:
        return {QStringLiteral("rating"), QStringLiteral("relevance"), QStringLiteral("score")};
    case FileKind::Items:
        return {QStringLiteral("categories"), QStringLiteral("category"), QStringLiteral("genres"),
                QStringLiteral("genre"),      QStringLiteral("class"),    QStringLiteral("classes"),
                QStringLiteral("tags"),       QStringLiteral("labels")};
    }
    return {};
}

// Decides dialect, header, TREC layout and columns from the first data line.
Layout detectLayout(std::string_view firstLine, FileKind kind, const RecsysFileOptions& options)
{
    Layout layout;
    const QString format = options.format.toLower();
    if (format != QLatin1String("auto") && format != QLatin1String("delimited")
        && format != QLatin1String("trec")) {
        throw InputError(
            QStringLiteral("%1: unknown format '%2' (expected auto, delimited or trec)")
                .arg(options.path, options.format)
                .toStdString());
    }
    layout.dialect = detectDialect(firstLine);
    std::vector<std::string_view> f;
    std::string scratch;
    splitLine(firstLine, layout.dialect, f, scratch);

    // TREC layouts, by shape (or forced).
    const bool forceTrec = format == QLatin1String("trec");
    const bool allowTrec = format != QLatin1String("delimited");
    if (allowTrec && kind == FileKind::Truth && f.size() == 4 && isInteger(f[1]) && isNumber(f[3])
        && (forceTrec || layout.dialect.mode == metrics::SplitMode::Whitespace
            || layout.dialect.ch == '\t')) {
        layout.trec = true;
        layout.user = 0;
        layout.item = 2;
        layout.value = 3;
        layout.minFields = 4;
        layout.format = QStringLiteral("trec-qrels");
        layout.columns = {QStringLiteral("qid"), QStringLiteral("docno"), QStringLiteral("rel")};
        return layout;
    }
    if (allowTrec && kind == FileKind::Recommendations && f.size() >= 6 && isInteger(f[3])
        && isNumber(f[4]) && (forceTrec || f[1] == "Q0" || f[1] == "0")) {
        layout.trec = true;
        layout.user = 0;
        layout.item = 2;
        layout.rank = 3;
        layout.value = 4;
        layout.minFields = 5;
        layout.format = QStringLiteral("trec-run");
        layout.columns = {QStringLiteral("qid"), QStringLiteral("docno"), QStringLiteral("rank"),
                          QStringLiteral("score")};
        return layout;
    }
    if (forceTrec) {
        throw InputError(
            QStringLiteral("%1: not a TREC %2 file (first line has %3 fields)")
                .arg(options.path,
                     kind == FileKind::Truth ? QStringLiteral("qrels") : QStringLiteral("run"))
                .arg(f.size())
                .toStdString());
    }
    layout.format = QString::fromStdString(layout.dialect.name());

    QStringList names;
    for (std::string_view field : f) {
        names.append(normalizedName(field));
    }
    const QStringList values = valueNames(kind);
    bool known = false;
    for (const QString& n : names) {
        known = known || userNames().contains(n) || itemNames().contains(n) || values.contains(n)
            || n == QLatin1String("rank") || n == QLatin1String("timestamp")
            || n == options.userColumn.toLower() || n == options.itemColumn.toLower()
            || n == options.valueColumn.toLower();
    }
    if (kind != FileKind::Items && !known && f.size() >= 3 && !isNumber(f[2])) {
        known = true; // a non-numeric value column on the first line: a header we do not know
        layout.headerNote = QStringLiteral("its third field '%1' is not a number")
                                .arg(fromView(f[2]));
    }
    if (known && kind == FileKind::Recommendations && f.size() >= 6
        && (f[1] == "Q0" || f[1] == "0")) {
        // Shaped like a TREC run line that failed the rank or score check (issue 15).
        layout.headerNote = !isInteger(f[3])
            ? QStringLiteral("it looks like a TREC run line, but its rank '%1' is not an integer")
                  .arg(fromView(f[3]))
            : QStringLiteral("it looks like a TREC run line, but its score '%1' is not a number")
                  .arg(fromView(f[4]));
    }
    const bool customNames = !options.userColumn.isEmpty() || !options.itemColumn.isEmpty()
        || !options.valueColumn.isEmpty();
    if (customNames && !known) {
        throw InputError(QStringLiteral("%1: column names were given but the file has no header")
                             .arg(options.path)
                             .toStdString());
    }
    layout.header = known;
    if (kind == FileKind::Items) {
        layout.user = -1;
        layout.item = 0;
        layout.value = -1;
        if (layout.header) {
            const int item
                = findColumn(names, options.itemColumn, itemNames(), options.path, "item");
            layout.item = item >= 0 ? item : 0;
            layout.value = findColumn(names, options.valueColumn, values, options.path, "category");
            if (layout.value >= 0) {
                const std::string_view raw = f[static_cast<std::size_t>(layout.value)];
                layout.tokenSeq = raw.size() > 10 && raw.substr(raw.size() - 10) == ":token_seq";
            }
        }
        return layout;
    }
    if (layout.header) {
        const int user = findColumn(names, options.userColumn, userNames(), options.path, "user");
        const int item = findColumn(names, options.itemColumn, itemNames(), options.path, "item");
        layout.user = user >= 0 ? user : 0;
        layout.item = item >= 0 ? item : (layout.user == 1 ? 0 : 1);
        int value = findColumn(names, options.valueColumn, values, options.path, "value");
        if (value < 0 && names.size() >= 3 && kind != FileKind::Training) {
            // Unknown third column name: by position, as without a header.
            for (int c = 0; c < names.size() && value < 0; ++c) {
                if (c != layout.user && c != layout.item && names[c] != QLatin1String("rank")
                    && names[c] != QLatin1String("timestamp")) {
                    value = c;
                }
            }
        }
        layout.value = value;
        if (kind == FileKind::Recommendations) {
            layout.rank = static_cast<int>(names.indexOf(QStringLiteral("rank")));
        }
        for (int c : {layout.user, layout.item, layout.value, layout.rank}) {
            if (c >= 0) {
                layout.columns.append(names[c]);
            }
        }
    } else {
        layout.user = 0;
        layout.item = 1;
        layout.value = (f.size() >= 3 && kind != FileKind::Training) ? 2 : -1;
        layout.columns = {QStringLiteral("user"), QStringLiteral("item")};
        if (layout.value >= 0) {
            layout.columns.append(kind == FileKind::Truth ? QStringLiteral("relevance")
                                                          : QStringLiteral("score"));
        }
    }
    layout.minFields = std::max({layout.user, layout.item, layout.value, layout.rank}) + 1;
    return layout;
}

bool isComment(std::string_view line)
{
    const std::string_view t = trim(line);
    return t.empty() || t.front() == '#';
}

// "no usable record", with the first skipped line's reason (issue 15: a TREC run with a bad
// rank on line 1 failed without saying why).
QString noUsableRecord(const RecsysFileReport& report, const Layout& layout)
{
    QString message = QStringLiteral("%1: no usable record (%2 lines, %3 skipped)")
                          .arg(report.path)
                          .arg(report.lines)
                          .arg(report.issueCount);
    if (!report.issues.isEmpty()) {
        message += QStringLiteral("; line %1: %2")
                       .arg(report.issues.first().line)
                       .arg(report.issues.first().reason);
    } else if (report.header) {
        message += QStringLiteral("; line 1 was read as a header")
            + (layout.headerNote.isEmpty() ? QString() : QStringLiteral(": ") + layout.headerNote);
    }
    return message;
}

// Shared driver: opens the file, detects the layout on the first data line, calls `row` for each
// data line with its fields.
struct Range
{
    qint64 begin = 0;
    qint64 end = -1;
    bool layoutKnown = false; // the layout was detected before (parallel chunks)
    bool requireRecords = true; // throw when the range has no usable record
};

template<typename RowFn>
RecsysFileReport readFile(const RecsysFileOptions& options, FileKind kind,
                          const metrics::Progress& progress, Layout& layout, RowFn&& row,
                          const Range& range = Range())
{
    RecsysFileReport report;
    report.path = options.path;
    const std::unique_ptr<metrics::LineReader> lines
        = openLines(readPathOf(options), range.begin, range.end);
    metrics::LineReader& reader = *lines;
    std::string_view line;
    std::vector<std::string_view> fields;
    std::string scratch;
    bool detected = range.layoutKnown && range.begin > 0;
    if (range.layoutKnown) {
        report.format = layout.format;
        report.header = layout.header;
        report.columns = layout.columns;
    }
    while (reader.next(line)) {
        if ((reader.lineNumber() & 0x3fff) == 0) {
            metrics::reportProgress(progress, static_cast<std::size_t>(reader.bytesRead()),
                                    static_cast<std::size_t>(std::max<qint64>(reader.size(), 1)));
        }
        if (isComment(line)) {
            continue;
        }
        if (!detected) {
            if (!range.layoutKnown) {
                layout = detectLayout(line, kind, options);
            }
            detected = true;
            report.format = layout.format;
            report.header = layout.header;
            report.columns = layout.columns;
            if (layout.header) {
                continue;
            }
        }
        splitLine(line, layout.dialect, fields, scratch);
        if (static_cast<int>(fields.size()) < layout.minFields) {
            addIssue(report, reader.lineNumber(),
                     QStringLiteral("expected at least %1 columns, found %2")
                         .arg(layout.minFields)
                         .arg(fields.size()));
            continue;
        }
        if (row(fields, reader.lineNumber(), report)) {
            ++report.records;
        }
    }
    report.lines = reader.lineNumber();
    metrics::reportProgress(progress, 1, 1);
    if (report.records == 0 && range.requireRecords) {
        throw InputError(noUsableRecord(report, layout).toStdString());
    }
    return report;
}

// Interns with a one-entry cache: consecutive rows usually belong to the same user.
struct CachedInterner
{
    explicit CachedInterner(metrics::recsys::IdInterner& target)
        : interner(target)
    { }
    metrics::recsys::IdInterner& interner;
    std::string last;
    std::int32_t lastId = -1;

    std::int32_t operator()(std::string_view name)
    {
        if (lastId >= 0 && name == last) {
            return lastId;
        }
        lastId = interner.intern(name);
        last.assign(name);
        return lastId;
    }
};

template<typename T> void growTo(std::vector<T>& v, std::size_t n)
{
    if (v.size() < n) {
        v.resize(n, T {});
    }
}

bool checkIds(std::string_view user, std::string_view item, qint64 line, RecsysFileReport& report)
{
    if (user.empty()) {
        addIssue(report, line, QStringLiteral("empty user id"));
        return false;
    }
    if (item.empty()) {
        addIssue(report, line, QStringLiteral("empty item id"));
        return false;
    }
    return true;
}

} // namespace

RecsysFileReport RecsysInputs::loadTruth(const RecsysFileOptions& given,
                                         const metrics::Progress& progress)
{
    const PreparedTextInput input(given.path); // binary refused; UTF-16/32, CR-only decoded
    const RecsysFileOptions options = withReadPath(given, input);
    Layout layout;
    CachedInterner user(users);
    RecsysFileReport report = readFile(
        options, FileKind::Truth, progress, layout,
        [&](const std::vector<std::string_view>& f, qint64 line, RecsysFileReport& rep) {
            const std::string_view u = f[static_cast<std::size_t>(layout.user)];
            const std::string_view i = f[static_cast<std::size_t>(layout.item)];
            if (!checkIds(u, i, line, rep)) {
                return false;
            }
            double relevance = 1;
            if (layout.value >= 0) {
                const std::string_view v = f[static_cast<std::size_t>(layout.value)];
                if (!parseDouble(v, relevance) || !std::isfinite(relevance)) {
                    addIssue(
                        rep, line,
                        QStringLiteral("relevance '%1' is not a finite number").arg(fromView(v)));
                    return false;
                }
            }
            const std::int32_t uid = user(u);
            growTo(truthFirstLine, static_cast<std::size_t>(uid) + 1);
            if (truthFirstLine[static_cast<std::size_t>(uid)] == 0) {
                truthFirstLine[static_cast<std::size_t>(uid)] = static_cast<std::uint32_t>(line);
            }
            truth.push_back({uid, items.intern(i), relevance, static_cast<std::uint32_t>(line)});
            return true;
        });
    if (layout.value < 0) {
        report.columns.append(QStringLiteral("(relevance 1)"));
    }
    return report;
}

namespace {

// Parses recommendation rows into `file`, interning into `users` / `items`.
struct RecommendationSink
{
    RecommendationSink(metrics::recsys::IdInterner& u, metrics::recsys::IdInterner& i,
                       RecommendationFile& f)
        : user(u)
        , items(i)
        , file(f)
    { }
    CachedInterner user;
    metrics::recsys::IdInterner& items;
    RecommendationFile& file;

    // A small direct-mapped cache of short item ids in front of the interner: popular items
    // dominate lists, and 64 KiB stays in the core's cache where the full table does not.
    struct Hot
    {
        std::uint64_t head = 0;
        std::uint32_t length = 0;
        std::int32_t id = -1;
    };
    std::vector<Hot> hot = std::vector<Hot>(4096);

    std::int32_t item(std::string_view name)
    {
        if (name.size() > 8) {
            return items.intern(name);
        }
        std::uint64_t head = 0;
        std::memcpy(&head, name.data(), name.size());
        const std::uint64_t mixed = (head ^ name.size()) * 0x9E3779B97F4A7C15ULL;
        Hot& slot = hot[static_cast<std::size_t>(mixed >> 52)];
        if (slot.id >= 0 && slot.head == head && slot.length == name.size()) {
            return slot.id;
        }
        const std::int32_t id = items.intern(name);
        slot = Hot {head, static_cast<std::uint32_t>(name.size()), id};
        return id;
    }

    bool operator()(const Layout& layout, const std::vector<std::string_view>& f, qint64 line,
                    RecsysFileReport& rep)
    {
        const std::string_view u = f[static_cast<std::size_t>(layout.user)];
        const std::string_view i = f[static_cast<std::size_t>(layout.item)];
        if (u.empty()) {
            addIssue(rep, line, QStringLiteral("empty user id"));
            return false;
        }
        if (i.empty()) {
            // A user named without an item: an empty list (scored, not "missing").
            const std::int32_t uid = user(u);
            growTo(file.emptyList, static_cast<std::size_t>(uid) + 1);
            file.emptyList[static_cast<std::size_t>(uid)] = 1;
            noteLine(uid, line);
            addIssue(rep, line, QStringLiteral("no item: the user's list is empty"));
            return false;
        }
        RecRecord r;
        if (layout.value >= 0) {
            const std::string_view v = f[static_cast<std::size_t>(layout.value)];
            if (!parseDouble(v, r.score) || !std::isfinite(r.score)) {
                addIssue(rep, line,
                         QStringLiteral("score '%1' is not a finite number").arg(fromView(v)));
                return false;
            }
        }
        if (layout.rank >= 0) {
            const std::string_view v = f[static_cast<std::size_t>(layout.rank)];
            std::int64_t rank = 0;
            if (!parseInteger(v, rank) || rank < std::numeric_limits<std::int32_t>::min()
                || rank > std::numeric_limits<std::int32_t>::max()) {
                addIssue(rep, line, QStringLiteral("rank '%1' is not an integer").arg(fromView(v)));
                return false;
            }
            r.rank = static_cast<std::int32_t>(rank);
        }
        r.user = user(u);
        r.item = item(i);
        r.order = static_cast<std::uint32_t>(line);
        noteLine(r.user, line);
        file.records.push_back(r);
        return true;
    }

    void noteLine(std::int32_t uid, qint64 line)
    {
        growTo(file.firstLine, static_cast<std::size_t>(uid) + 1);
        if (file.firstLine[static_cast<std::size_t>(uid)] == 0) {
            file.firstLine[static_cast<std::size_t>(uid)] = static_cast<std::uint32_t>(line);
        }
    }
};

// The first line start at or after `offset` (the file's size when there is none).
qint64 lineStartAfter(const QString& path, qint64 offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(offset - 1)) {
        return -1;
    }
    for (;;) {
        const QByteArray block = f.read(1 << 16);
        if (block.isEmpty()) {
            return f.size();
        }
        const qsizetype nl = block.indexOf('\n');
        if (nl >= 0) {
            return f.pos() - block.size() + nl + 1;
        }
    }
}

Layout detectOnly(const RecsysFileOptions& options, FileKind kind)
{
    const std::unique_ptr<metrics::LineReader> reader = openLines(readPathOf(options));
    std::string_view line;
    while (reader->next(line)) {
        if (!isComment(line)) {
            return detectLayout(line, kind, options);
        }
    }
    throw InputError(
        QStringLiteral("%1: no usable record (empty file)").arg(options.path).toStdString());
}

} // namespace

RecommendationFile RecsysInputs::loadRecommendations(const RecsysFileOptions& given,
                                                     const metrics::Progress& progress)
{
    const PreparedTextInput input(given.path); // binary refused; UTF-16/32, CR-only decoded
    const RecsysFileOptions options = withReadPath(given, input);
    RecommendationFile file;
    Layout layout;
    const qint64 size = QFileInfo(readPathOf(options)).size();
    // Reserving is virtual memory until touched: a generous guess (8 bytes a line) avoids the
    // copies of repeated growth on files with millions of rows.
    file.records.reserve(static_cast<std::size_t>(std::min<qint64>(size / 8, qint64(1) << 30)));
    const qint64 mid
        = size >= parallelThreshold && size > 0 ? lineStartAfter(readPathOf(options), size / 2) : -1;
    if (mid <= 0 || mid >= size) {
        RecommendationSink sink(users, items, file);
        file.report = readFile(options, FileKind::Recommendations, progress, layout,
                               [&](const std::vector<std::string_view>& f, qint64 line,
                                   RecsysFileReport& rep) { return sink(layout, f, line, rep); });
    } else {
        // Two halves parsed at once. The first interns into the shared ids directly; the second
        // into its own, merged afterwards in its order of first appearance, so the ids are the
        // same as a sequential read would give.
        layout = detectOnly(options, FileKind::Recommendations);
        metrics::recsys::IdInterner localUsers, localItems;
        RecommendationFile second;
        second.records.reserve(file.records.capacity() / 2);
        RecsysFileReport secondReport;
        std::exception_ptr secondError;
        std::atomic<bool> stop {false};
        Layout secondLayout = layout;
        std::thread worker([&] {
            try {
                RecommendationSink sink(localUsers, localItems, second);
                secondReport = readFile(
                    options, FileKind::Recommendations,
                    [&stop](std::size_t, std::size_t) { return !stop.load(); }, secondLayout,
                    [&](const std::vector<std::string_view>& f, qint64 line,
                        RecsysFileReport& rep) { return sink(secondLayout, f, line, rep); },
                    Range {mid, -1, true, false});
            } catch (...) {
                secondError = std::current_exception();
            }
        });
        try {
            RecommendationSink sink(users, items, file);
            file.report = readFile(
                options, FileKind::Recommendations, progress, layout,
                [&](const std::vector<std::string_view>& f, qint64 line, RecsysFileReport& rep) {
                    return sink(layout, f, line, rep);
                },
                Range {0, mid, true, false});
        } catch (...) {
            stop = true;
            worker.join();
            throw;
        }
        worker.join();
        if (secondError) {
            std::rethrow_exception(secondError);
        }
        // Merge the second half.
        const qint64 offset = file.report.lines;
        std::vector<std::int32_t> userMap(localUsers.size()), itemMap(localItems.size());
        for (std::size_t u = 0; u < localUsers.size(); ++u) {
            userMap[u] = users.intern(localUsers.name(static_cast<std::int32_t>(u)));
        }
        for (std::size_t i = 0; i < localItems.size(); ++i) {
            itemMap[i] = items.intern(localItems.name(static_cast<std::int32_t>(i)));
        }
        file.records.reserve(file.records.size() + second.records.size());
        for (RecRecord r : second.records) {
            r.user = userMap[static_cast<std::size_t>(r.user)];
            r.item = itemMap[static_cast<std::size_t>(r.item)];
            r.order += static_cast<std::uint32_t>(offset);
            file.records.push_back(r);
        }
        second.records = {};
        for (std::size_t u = 0; u < second.firstLine.size(); ++u) {
            if (second.firstLine[u] == 0) {
                continue;
            }
            const auto g = static_cast<std::size_t>(userMap[u]);
            growTo(file.firstLine, g + 1);
            if (file.firstLine[g] == 0) {
                file.firstLine[g] = second.firstLine[u] + static_cast<std::uint32_t>(offset);
            }
        }
        for (std::size_t u = 0; u < second.emptyList.size(); ++u) {
            if (second.emptyList[u]) {
                const auto g = static_cast<std::size_t>(userMap[u]);
                growTo(file.emptyList, g + 1);
                file.emptyList[g] = 1;
            }
        }
        const qint64 firstIssues = file.report.issueCount;
        for (const InputIssue& issue : secondReport.issues) {
            addIssue(file.report, issue.line + offset, issue.reason);
        }
        file.report.issueCount = firstIssues + secondReport.issueCount;
        file.report.records += secondReport.records;
        file.report.lines += secondReport.lines;
        if (file.report.records == 0) {
            throw InputError(noUsableRecord(file.report, layout).toStdString());
        }
    }
    file.hasScores = layout.value >= 0;
    file.hasRanks = layout.rank >= 0;
    if (!file.hasScores && !file.hasRanks) {
        file.report.columns.append(QStringLiteral("(rank = file order)"));
    }
    return file;
}

RecsysFileReport RecsysInputs::loadTraining(const RecsysFileOptions& given,
                                            const metrics::Progress& progress)
{
    const PreparedTextInput input(given.path); // binary refused; UTF-16/32, CR-only decoded
    const RecsysFileOptions options = withReadPath(given, input);
    Layout layout;
    CachedInterner user(users);
    training.reserve(training.size()
                     + static_cast<std::size_t>(
                         std::min<qint64>(QFileInfo(readPathOf(options)).size() / 8, qint64(1) << 30)));
    RecsysFileReport report
        = readFile(options, FileKind::Training, progress, layout,
                   [&](const std::vector<std::string_view>& f, qint64 line, RecsysFileReport& rep) {
                       const std::string_view u = f[static_cast<std::size_t>(layout.user)];
                       const std::string_view i = f[static_cast<std::size_t>(layout.item)];
                       if (!checkIds(u, i, line, rep)) {
                           return false;
                       }
                       training.push_back({user(u), items.intern(i)});
                       return true;
                   });
    hasTraining = true;
    return report;
}

RecsysFileReport RecsysInputs::loadItems(const RecsysFileOptions& given,
                                         const metrics::Progress& progress)
{
    const PreparedTextInput input(given.path); // binary refused; UTF-16/32, CR-only decoded
    const RecsysFileOptions options = withReadPath(given, input);
    Layout layout;
    bool decided = false;
    bool vectors = false;
    std::vector<std::vector<std::int32_t>> itemCategories;
    std::vector<std::uint8_t> described;
    std::vector<double> values;
    RecsysFileReport report = readFile(
        options, FileKind::Items, progress, layout,
        [&](const std::vector<std::string_view>& f, qint64 line, RecsysFileReport& rep) {
            const std::string_view i = f[static_cast<std::size_t>(layout.item)];
            if (i.empty()) {
                addIssue(rep, line, QStringLiteral("empty item id"));
                return false;
            }
            if (!decided) {
                decided = true;
                if (layout.value < 0 && f.size() >= 3) {
                    vectors = std::all_of(f.begin() + 1, f.end(),
                                          [](std::string_view v) { return isNumber(v); });
                }
                if (!vectors && layout.value < 0) {
                    layout.value = static_cast<int>(f.size()) - 1;
                }
                if (vectors) {
                    features.vectorDim = f.size() - 1;
                    rep.columns = {QStringLiteral("item"),
                                   QStringLiteral("vector[%1]").arg(features.vectorDim)};
                } else if (rep.columns.isEmpty()) {
                    rep.columns = {QStringLiteral("item"), QStringLiteral("categories")};
                }
            }
            const std::int32_t id = items.intern(i);
            const auto item = static_cast<std::size_t>(id);
            growTo(itemFileItems, item + 1);
            growTo(described, item + 1);
            if (described[item]) {
                addIssue(rep, line,
                         QStringLiteral("item '%1' listed again: first description kept")
                             .arg(fromView(i)));
                itemFileItems[item] = 1;
                return false;
            }
            itemFileItems[item] = 1;
            if (vectors) {
                if (f.size() - 1 != features.vectorDim) {
                    addIssue(rep, line,
                             QStringLiteral("vector has %1 values, expected %2")
                                 .arg(f.size() - 1)
                                 .arg(features.vectorDim));
                    return false;
                }
                growTo(features.hasVector, item + 1);
                if (features.vectors.size() < (item + 1) * features.vectorDim) {
                    features.vectors.resize((item + 1) * features.vectorDim, 0.0);
                }
                for (std::size_t c = 0; c < features.vectorDim; ++c) {
                    double v = 0;
                    if (!parseDouble(f[c + 1], v) || !std::isfinite(v)) {
                        addIssue(rep, line,
                                 QStringLiteral("vector value '%1' is not a finite number")
                                     .arg(fromView(f[c + 1])));
                        std::fill_n(features.vectors.begin()
                                        + static_cast<std::ptrdiff_t>(item * features.vectorDim),
                                    features.vectorDim, 0.0);
                        return false;
                    }
                    features.vectors[item * features.vectorDim + c] = v;
                }
                features.hasVector[item] = 1;
                described[item] = 1;
                return true;
            }
            if (layout.value >= static_cast<int>(f.size())) {
                addIssue(rep, line, QStringLiteral("no category column"));
                return false;
            }
            const std::string_view cats = f[static_cast<std::size_t>(layout.value)];
            const char sep = cats.find('|') != std::string_view::npos ? '|'
                : layout.tokenSeq                                     ? ' '
                                                                      : '\0';
            growTo(itemCategories, item + 1);
            std::vector<std::int32_t>& list = itemCategories[item];
            std::size_t start = 0;
            for (;;) {
                const std::size_t at = sep ? cats.find(sep, start) : std::string_view::npos;
                const std::string_view c
                    = trim(cats.substr(start, at == cats.npos ? cats.npos : at - start));
                if (!c.empty()) {
                    list.push_back(categories.intern(c));
                }
                if (at == std::string_view::npos) {
                    break;
                }
                start = at + 1;
            }
            std::sort(list.begin(), list.end());
            list.erase(std::unique(list.begin(), list.end()), list.end());
            if (list.empty()) {
                addIssue(rep, line, QStringLiteral("item '%1' has no category").arg(fromView(i)));
            }
            described[item] = 1;
            return true;
        });
    hasItemFile = true;
    if (!vectors) {
        features.vectorDim = 0;
        features.categoryOffsets.assign(1, 0);
        for (const auto& list : itemCategories) {
            features.categories.insert(features.categories.end(), list.begin(), list.end());
            features.categoryOffsets.push_back(features.categories.size());
        }
    }
    return report;
}

void RecsysInputs::finalizeFeatures()
{
    const std::size_t n = items.size();
    growTo(itemFileItems, n);
    if (features.hasCategories()) {
        while (features.categoryOffsets.size() < n + 1) {
            features.categoryOffsets.push_back(features.categories.size());
        }
    }
    if (features.hasVectors()) {
        growTo(features.hasVector, n);
        if (features.vectors.size() < n * features.vectorDim) {
            features.vectors.resize(n * features.vectorDim, 0.0);
        }
    }
}

} // namespace genlens::app
