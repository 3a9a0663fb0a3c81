#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace genlens::metrics {

// Delimited text, the one reader behind every table GenLens takes in: the text loader's CSV/TSV
// (RFC 4180 records, which may span lines inside quotes) and the recommendation loaders'
// line-per-record files (CSV, TSV, ';' or '|' separated, "::" MovieLens, whitespace TREC),
// whose dialect is detected from the first record. The bytes are expected in UTF-8 (a UTF-16/32
// file is converted before it gets here: the app's PreparedTextInput); a UTF-8 byte order mark
// at the start is dropped. Line ends are LF or CRLF; line numbers are 1-based physical lines.

// Every refusal: what() is "<file>: <reason>".
class DelimitedError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Physical lines of a byte stream, read in 1 MiB blocks: each line is a view without its LF or
// CRLF, valid until the next call. Memory: one block plus the longest line.
class LineReader
{
public:
    // Reads up to n bytes into buf; returns the count (0 at the end).
    using ReadFn = std::function<std::size_t(char* buf, std::size_t n)>;

    // A file, or its byte range [begin, end) (end < 0: to the end; begin must be a line start).
    // Throws DelimitedError "<path>: file not found" / "is a folder, expected a file" /
    // "cannot open (<reason>)".
    static std::unique_ptr<LineReader> openFile(const std::string& path, std::int64_t begin = 0,
                                                std::int64_t end = -1);
    // Bytes held in memory (tests, fuzzing); `data` must outlive the reader.
    static std::unique_ptr<LineReader> fromMemory(std::string_view data);

    LineReader(ReadFn read, std::int64_t size, bool atFileStart);
    ~LineReader();
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    // The next line without its end-of-line characters; false at the end.
    bool next(std::string_view& line);
    std::int64_t lineNumber() const { return m_lineNumber; }
    std::int64_t bytesRead() const { return m_read; }
    std::int64_t size() const { return m_size; }

private:
    void stripEol(std::string_view& line) const;

    ReadFn m_readFn;
    std::shared_ptr<void> m_owner; // the open file, when there is one
    std::vector<char> m_buffer;
    std::size_t m_pos = 0;
    std::size_t m_length = 0;
    bool m_eof = false;
    bool m_atFileStart = true;
    std::int64_t m_lineNumber = 0;
    std::int64_t m_read = 0;
    std::int64_t m_size = 0;
};

// How a line-per-record file separates its fields.
enum class SplitMode { Char, Whitespace, DoubleColon };

struct Dialect
{
    SplitMode mode = SplitMode::Char;
    char ch = ',';
    // "csv", "tsv", "::", "whitespace", "delimited(;)".
    std::string name() const;
};

// From the first record: a tab makes TSV, "::" MovieLens, then ',', ';', '|' in that order,
// else whitespace (TREC and friends).
Dialect detectDialect(std::string_view line);

// Splits one line into trimmed fields (spaces, tabs, CR). For ',' and ';' a line holding a quote
// follows CSV quoting within the line ("a, b"; "" for a quote); the unquoted content lives in
// `scratch`, so the views are valid until scratch changes.
void splitLine(std::string_view line, const Dialect& dialect, std::vector<std::string_view>& fields,
               std::string& scratch);

// Spaces, tabs and CR trimmed from both ends.
std::string_view trimField(std::string_view s);

// RFC 4180 records: fields split by `delimiter`, "..." quoting with "" escapes, CR, LF and CRLF
// record ends (inside quotes, line ends are data). Blank lines hold no record. A leading UTF-8
// BOM is dropped.
struct CsvRecord
{
    std::vector<std::string> fields;
    std::int64_t line = 0; // the physical line the record starts on
    bool unterminated = false; // a quote opened and never closed (the record runs to the end)
};
std::vector<CsvRecord> parseCsvRecords(std::string_view data, char delimiter);

} // namespace genlens::metrics
