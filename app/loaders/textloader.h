#pragma once

#include "evaluation/pipelinecontext.h"
#include "evaluation/runresult.h"

#include <QString>
#include <string>
#include <vector>

namespace genlens::app {

// Text sets (design.md §2): .txt (one sample per line), .jsonl/.ndjson (a string field, default
// "text"), .csv/.tsv (a column by header name or 1-based number; RFC 4180 quoting, quoted fields
// may hold delimiters, doubled quotes and newlines). Any other extension is read as .txt.
// UTF-8 with or without BOM, LF, CRLF or CR-only line ends; UTF-16/32 with a BOM are decoded,
// a file with NUL bytes near its start is refused as binary (loaders/textinput.h). Bad records (invalid UTF-8, empty or blank text, JSON
// errors, missing fields or columns) are skipped with file, line and reason.
struct TextLoadOptions
{
    QString field = QStringLiteral("text"); // .jsonl
    QString column; // .csv/.tsv; empty: "text", else the only column
    // --slice-by field:NAME / column:NAME (issue 13): a JSONL field or CSV/TSV column whose value
    // is kept for every usable text (TextRecords::sliceValues). Empty: none.
    QString sliceKey;
};

// The records of one file: the usable texts (UTF-8) with their 1-based record numbers, so that
// reference files can be aligned with the generated file record by record.
struct TextRecords
{
    QString path;
    QString format; // "txt", "jsonl", "csv", "tsv"
    qint64 recordCount = 0; // records in the file, bad ones included
    std::vector<std::string> texts; // usable texts, in file order
    std::vector<qint64> records; // record number of each text (1-based)
    std::vector<qint64> lines; // line of each text (1-based; a CSV record's first line)
    // With TextLoadOptions::sliceKey: that field's or column's value of each text (a JSON string
    // as is, another JSON value as its JSON text, "(missing)" when the record has none).
    std::vector<std::string> sliceValues;
    QList<InputIssue> skipped;
};

// Reads every record; throws InputError when the file cannot be opened or the CSV column does
// not exist. An empty result is not an error here.
TextRecords readTextRecords(const QString& path, const TextLoadOptions& options = {},
                            PipelineContext* context = nullptr);

// A SampleSet of kind "text" from a file; throws InputError when no usable sample is left.
SampleSet loadTextSet(const QString& path, SetRole role, const TextLoadOptions& options = {},
                      PipelineContext* context = nullptr);
SampleSet toSampleSet(const TextRecords& records, SetRole role);

// References aligned with the generated records: result[k][i] is reference file k's text for the
// generated text i, or nullptr-like empty optional (absent) when that reference record was bad.
// Throws InputError when a reference file's record count differs from the generated file's.
struct AlignedReferences
{
    std::vector<std::vector<std::string>> streams; // [file][generated text]
    std::vector<std::vector<bool>> present; // [file][generated text]
    QList<InputIssue> skipped; // bad reference records
};
AlignedReferences alignReferences(const TextRecords& generated,
                                  const std::vector<TextRecords>& references);

} // namespace genlens::app
