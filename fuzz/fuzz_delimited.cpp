// fuzz-link: genlens_fuzz_text
// libFuzzer entry point for the delimited-text reader (metrics/core/delimited.h): the line reader
// over memory, dialect detection and line splitting on every line, and RFC 4180 records with
// each delimiter GenLens uses. Invariants checked: line numbers count up by one, every field view
// lies inside its line or the scratch buffer, every byte is read, record line numbers never
// decrease.
#include "genlens/metrics/core/delimited.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

using namespace genlens::metrics;

namespace {

bool inside(std::string_view part, std::string_view whole)
{
    return part.empty()
        || (part.data() >= whole.data()
            && part.data() + part.size() <= whole.data() + whole.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto reader = LineReader::fromMemory(text);
    std::string_view line;
    std::vector<std::string_view> fields;
    std::string scratch;
    Dialect dialect;
    std::int64_t expected = 0;
    while (reader->next(line)) {
        // Lines are views into the reader's own buffer; their length is bounded by the input.
        if (reader->lineNumber() != ++expected || line.size() > size) {
            std::abort();
        }
        if (expected == 1) {
            dialect = detectDialect(line);
        }
        splitLine(line, dialect, fields, scratch);
        for (const std::string_view field : fields) {
            if (!inside(field, line) && !inside(field, scratch)) {
                std::abort();
            }
        }
    }
    if (reader->bytesRead() != std::int64_t(size)) {
        std::abort();
    }
    for (const char delimiter : {',', '\t', ';'}) {
        std::int64_t last = 0;
        for (const CsvRecord& record : parseCsvRecords(text, delimiter)) {
            if (record.line < last || record.fields.empty()) {
                std::abort();
            }
            last = record.line;
        }
    }
    return 0;
}
