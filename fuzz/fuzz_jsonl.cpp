// fuzz-link: genlens_fuzz_textinput
// Text inputs as the loaders read them (app/loaders/textinput.cpp, textloader.cpp): the encoding
// guess from the first bytes (BOMs, NUL bytes, CR-only line ends), the UTF-16/32 conversion, and
// the JSONL records (one JSON object per line, a string field) with every bad record skipped.
#include "fuzzsupport.h"
#include "loaders/textinput.h"
#include "loaders/textloader.h"

#include <QCoreApplication>
#include <genlens/metrics/text/utf8.h>

using namespace genlens::app;
using genlens::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_jsonl";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static genlens::fuzz::InputFile file(".jsonl");

    const QByteArray head(reinterpret_cast<const char*>(data), qsizetype(size));
    const TextEncodingGuess guess = guessTextEncoding(head);
    require(guess.bomBytes >= 0 && guess.bomBytes <= 4 && guess.nulOffset < qint64(size),
            "a sane guess");

    const QString path = QString::fromStdString(file.write(data, size));
    try {
        const TextRecords records = readTextRecords(path);
        require(records.texts.size() == records.records.size()
                    && records.texts.size() == records.lines.size(),
                "one record and line number per text");
        require(qint64(records.texts.size()) + records.skipped.size() == records.recordCount,
                "every record is used or skipped");
        for (const std::string& text : records.texts) {
            require(!text.empty() && genlens::metrics::text::isValidUtf8(text),
                    "usable texts are non-empty UTF-8");
        }
    } catch (const InputError&) { }
    return 0;
}
