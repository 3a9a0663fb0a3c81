// fuzz-link: genlens_fuzz_text
// sacrebleu's tokenizers (metrics/text/tokenizer.cpp: none, 13a, intl, zh, char) on arbitrary text.
// The first byte chooses the tokenizer, the rest is the segment.
#include "fuzzsupport.h"

#include <genlens/metrics/text/tokenizer.h>
#include <genlens/metrics/text/utf8.h>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

using namespace genlens::metrics::text;
using genlens::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    static const TokenizerKind kinds[]
        = {TokenizerKind::None, TokenizerKind::Tok13a, TokenizerKind::Intl, TokenizerKind::Zh,
           TokenizerKind::Char};
    const TokenizerKind kind = kinds[data[0] % 5];
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    require(parseTokenizer(tokenizerName(kind)) == kind, "the name reads back as the tokenizer");

    if (!isValidUtf8(text)) {
        bool threw = false;
        try {
            tokenize(text, kind);
        } catch (const std::invalid_argument&) {
            threw = true;
        }
        require(threw, "malformed UTF-8 is refused");
        return 0;
    }
    const std::vector<std::string> tokens = tokenize(text, kind);
    std::string joined;
    for (const std::string& token : tokens) {
        require(!token.empty() && isValidUtf8(token), "tokens are non-empty valid UTF-8");
        for (const char32_t c : decodeUtf8(token)) {
            require(!isPythonSpace(c), "no token holds a space");
        }
        if (!joined.empty()) {
            joined += ' ';
        }
        joined += token;
    }
    require(tokenizeToString(text, kind) == joined, "tokenizeToString joins tokenize()");
    // Tokenising the tokenizer's own output changes nothing for the tokenizers that only split
    // (none, char); the others may split further (a "-" between digits...), but never fail.
    const std::vector<std::string> again = tokenize(joined, kind);
    if (kind == TokenizerKind::None || kind == TokenizerKind::Char) {
        require(again == tokens, "splitting tokenizers are idempotent");
    }
    const std::vector<std::string> texts {std::string(text)};
    const TokenizerKind chosen = chooseTokenizer(texts);
    require(chosen == TokenizerKind::Zh || chosen == TokenizerKind::Tok13a, "auto picks zh or 13a");
    require(tokenizeAll(texts, kind, {}, 1).front() == tokens, "tokenizeAll agrees with tokenize");
    return 0;
}
