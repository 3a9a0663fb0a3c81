// fuzz-link: genlens_fuzz_text
// UTF-8 validation and decoding (metrics/text/utf8.cpp) on arbitrary bytes, with the properties the
// text metrics rely on: validation and decoding agree, decoding round-trips, and Python's split()
// and strip() give the same tokens on bytes and on code points.
#include "fuzzsupport.h"

#include <genlens/metrics/text/utf8.h>
#include <stdexcept>
#include <string>
#include <string_view>

using namespace genlens::metrics::text;
using genlens::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    std::size_t validOffset = 0;
    const bool valid = isValidUtf8(bytes, &validOffset);
    std::u32string decoded;
    std::size_t decodeOffset = 0;
    const bool decodedOk = decodeUtf8(bytes, decoded, &decodeOffset);
    require(valid == decodedOk, "isValidUtf8 and decodeUtf8 agree");
    if (!valid) {
        require(validOffset == decodeOffset && validOffset < size, "the same error offset");
        // The prefix before the reported offset is well-formed.
        require(isValidUtf8(bytes.substr(0, validOffset)), "the prefix before the error is valid");
        bool threw = false;
        try {
            decodeUtf8(bytes);
        } catch (const std::invalid_argument&) {
            threw = true;
        }
        require(threw, "the throwing decoder refuses malformed input");
        return 0;
    }
    for (const char32_t c : decoded) {
        require(c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF), "a Unicode scalar value");
    }
    require(encodeUtf8(decoded) == bytes, "encodeUtf8(decodeUtf8(s)) == s");

    const std::vector<std::u32string> wide = splitWhitespace(std::u32string_view(decoded));
    const std::vector<std::string> narrow = splitWhitespace(bytes);
    require(wide.size() == narrow.size(),
            "split() gives as many tokens on bytes as on code points");
    for (std::size_t i = 0; i < wide.size(); ++i) {
        require(!wide[i].empty() && encodeUtf8(wide[i]) == narrow[i], "the same tokens");
        for (const char32_t c : wide[i]) {
            require(!isPythonSpace(c), "no token holds a space");
        }
    }
    const std::u32string_view stripped = stripPython(decoded);
    require(stripped.empty()
                || (!isPythonSpace(stripped.front()) && !isPythonSpace(stripped.back())),
            "strip() leaves no space at either end");
    require(rstripPython(decoded).size() >= stripped.size(), "rstrip() keeps at least strip()");
    return 0;
}
