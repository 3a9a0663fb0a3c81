#include "genlens/metrics/core/delimited.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <utility>

namespace genlens::metrics {

namespace {

constexpr std::size_t kBlockSize = 1 << 20;
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

struct FileCloser
{
    void operator()(std::FILE* f) const
    {
        if (f) {
            std::fclose(f);
        }
    }
};

} // namespace

std::unique_ptr<LineReader> LineReader::openFile(const std::string& path, std::int64_t begin,
                                                 std::int64_t end)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        throw DelimitedError(path + ": file not found");
    }
    if (fs::is_directory(status)) {
        throw DelimitedError(path + ": is a folder, expected a file");
    }
    errno = 0;
    std::shared_ptr<std::FILE> file(std::fopen(path.c_str(), "rb"), FileCloser());
    if (!file) {
        throw DelimitedError(path + ": cannot open ("
                             + (errno ? std::string(std::strerror(errno)) : "unknown error") + ")");
    }
    std::int64_t size = 0;
    if (fseeko(file.get(), 0, SEEK_END) == 0) {
        size = std::max<std::int64_t>(0, ftello(file.get()));
    }
    if (begin < 0 || fseeko(file.get(), begin, SEEK_SET) != 0) {
        throw DelimitedError(path + ": cannot seek");
    }
    const std::int64_t stop = end < 0 ? size : std::min(end, size);
    auto remaining = std::make_shared<std::int64_t>(std::max<std::int64_t>(0, stop - begin));
    ReadFn read = [file, remaining](char* buf, std::size_t n) -> std::size_t {
        const std::size_t want = std::min<std::size_t>(n, std::size_t(*remaining));
        if (want == 0) {
            return 0;
        }
        const std::size_t got = std::fread(buf, 1, want, file.get());
        *remaining -= std::int64_t(got);
        return got;
    };
    auto reader = std::make_unique<LineReader>(std::move(read), size, begin == 0);
    reader->m_owner = file;
    return reader;
}

std::unique_ptr<LineReader> LineReader::fromMemory(std::string_view data)
{
    auto pos = std::make_shared<std::size_t>(0);
    ReadFn read = [data, pos](char* buf, std::size_t n) -> std::size_t {
        const std::size_t take = std::min(n, data.size() - *pos);
        if (take > 0) {
            std::memcpy(buf, data.data() + *pos, take);
        }
        *pos += take;
        return take;
    };
    return std::make_unique<LineReader>(std::move(read), std::int64_t(data.size()), true);
}

LineReader::LineReader(ReadFn read, std::int64_t size, bool atFileStart)
    : m_readFn(std::move(read))
    , m_atFileStart(atFileStart)
    , m_size(size)
{ }

LineReader::~LineReader() = default;

bool LineReader::next(std::string_view& line)
{
    for (;;) {
        const char* begin = m_buffer.data() + m_pos;
        const char* end = m_buffer.data() + m_length;
        const char* nl = begin == end
            ? nullptr
            : static_cast<const char*>(std::memchr(begin, '\n', std::size_t(end - begin)));
        if (nl) {
            line = std::string_view(begin, std::size_t(nl - begin));
            m_pos = std::size_t(nl - m_buffer.data()) + 1;
            ++m_lineNumber;
            stripEol(line);
            return true;
        }
        if (m_eof) {
            if (begin == end) {
                return false;
            }
            line = std::string_view(begin, std::size_t(end - begin));
            m_pos = m_length;
            ++m_lineNumber;
            stripEol(line);
            return true;
        }
        // Keep the partial line, refill the one buffer in place (no per-block allocation).
        const std::size_t rest = m_length - m_pos;
        if (rest > 0) {
            std::memmove(m_buffer.data(), m_buffer.data() + m_pos, rest);
        }
        m_pos = 0;
        m_length = rest;
        if (m_buffer.size() < rest + kBlockSize) {
            m_buffer.resize(rest + kBlockSize);
        }
        const std::size_t got = m_readFn(m_buffer.data() + rest, kBlockSize);
        if (got == 0) {
            m_eof = true;
        } else {
            m_read += std::int64_t(got);
            m_length += got;
        }
    }
}

void LineReader::stripEol(std::string_view& line) const
{
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
    }
    if (m_lineNumber == 1 && m_atFileStart && line.substr(0, 3) == kUtf8Bom) {
        line.remove_prefix(3);
    }
}

std::string Dialect::name() const
{
    switch (mode) {
    case SplitMode::Whitespace:
        return "whitespace";
    case SplitMode::DoubleColon:
        return "::";
    case SplitMode::Char:
        break;
    }
    if (ch == '\t') {
        return "tsv";
    }
    if (ch == ',') {
        return "csv";
    }
    return std::string("delimited(") + ch + ")";
}

Dialect detectDialect(std::string_view line)
{
    if (line.find('\t') != std::string_view::npos) {
        return {SplitMode::Char, '\t'};
    }
    if (line.find("::") != std::string_view::npos) {
        return {SplitMode::DoubleColon, ':'};
    }
    for (const char c : {',', ';', '|'}) {
        if (line.find(c) != std::string_view::npos) {
            return {SplitMode::Char, c};
        }
    }
    return {SplitMode::Whitespace, ' '};
}

std::string_view trimField(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

namespace {

void splitWhitespace(std::string_view line, std::vector<std::string_view>& fields)
{
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
            ++i;
        }
        const std::size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t') {
            ++i;
        }
        if (i > start) {
            fields.push_back(line.substr(start, i - start));
        }
    }
}

// Splits at every occurrence of `separator`, trimming each field.
void splitAt(std::string_view line, std::string_view separator,
             std::vector<std::string_view>& fields)
{
    std::size_t start = 0;
    for (;;) {
        const std::size_t at = line.find(separator, start);
        fields.push_back(
            trimField(line.substr(start, at == std::string_view::npos ? line.npos : at - start)));
        if (at == std::string_view::npos) {
            return;
        }
        start = at + separator.size();
    }
}

// CSV quoting within one line: "..." with "" escapes; text between a closing quote and the next
// delimiter is dropped.
void splitQuoted(std::string_view line, char delimiter, std::vector<std::string_view>& fields,
                 std::string& scratch)
{
    scratch.clear();
    scratch.reserve(line.size());
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    std::size_t i = 0;
    for (;;) {
        while (i < line.size() && line[i] == ' ') {
            ++i;
        }
        const std::size_t start = scratch.size();
        if (i < line.size() && line[i] == '"') {
            ++i;
            while (i < line.size()) {
                if (line[i] == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        scratch.push_back('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                scratch.push_back(line[i++]);
            }
            while (i < line.size() && line[i] != delimiter) {
                ++i;
            }
        } else {
            while (i < line.size() && line[i] != delimiter) {
                scratch.push_back(line[i++]);
            }
        }
        spans.emplace_back(start, scratch.size() - start);
        if (i >= line.size()) {
            break;
        }
        ++i; // the delimiter
    }
    // Views only once scratch has stopped growing.
    for (const auto& [start, length] : spans) {
        fields.push_back(trimField(std::string_view(scratch).substr(start, length)));
    }
}

} // namespace

void splitLine(std::string_view line, const Dialect& dialect, std::vector<std::string_view>& fields,
               std::string& scratch)
{
    fields.clear();
    switch (dialect.mode) {
    case SplitMode::Whitespace:
        splitWhitespace(line, fields);
        return;
    case SplitMode::DoubleColon:
        splitAt(line, "::", fields);
        return;
    case SplitMode::Char:
        break;
    }
    if ((dialect.ch == ',' || dialect.ch == ';') && line.find('"') != std::string_view::npos) {
        splitQuoted(line, dialect.ch, fields, scratch);
        return;
    }
    splitAt(line, std::string_view(&dialect.ch, 1), fields);
}

std::vector<CsvRecord> parseCsvRecords(std::string_view data, char delimiter)
{
    if (data.substr(0, 3) == kUtf8Bom) {
        data.remove_prefix(3);
    }
    std::vector<CsvRecord> records;
    CsvRecord current;
    std::string field;
    std::int64_t line = 1;
    current.line = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false;
    const std::size_t n = data.size();
    const auto endRecord = [&]() {
        current.fields.push_back(std::move(field));
        field.clear();
        fieldWasQuoted = false;
        if (recordHasContent || current.fields.size() > 1 || !current.fields.front().empty()) {
            records.push_back(std::move(current));
        }
        current = CsvRecord {};
        recordHasContent = false;
    };
    for (std::size_t i = 0; i < n; ++i) {
        const char c = data[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < n && data[i + 1] == '"') {
                    field.push_back('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n') {
                    ++line;
                }
                field.push_back(c);
            }
            continue;
        }
        if (c == '"' && field.empty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            recordHasContent = true;
        } else if (c == delimiter) {
            current.fields.push_back(std::move(field));
            field.clear();
            fieldWasQuoted = false;
            recordHasContent = true;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < n && data[i + 1] == '\n') {
                ++i;
            }
            endRecord();
            ++line;
            current.line = line;
        } else {
            field.push_back(c);
        }
    }
    if (inQuotes) {
        current.unterminated = true;
        recordHasContent = true;
    }
    if (recordHasContent || !field.empty()) {
        current.fields.push_back(std::move(field));
        records.push_back(std::move(current));
    }
    return records;
}

} // namespace genlens::metrics
