#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace genlens::metrics::text {

// UTF-8 helpers. Text metrics count code points (sacrebleu and rouge-score work on Python str),
// never bytes or UTF-16 units.

// True when `s` is well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
// On failure, *errorOffset (when given) receives the byte offset of the first bad sequence.
bool isValidUtf8(std::string_view s, std::size_t* errorOffset = nullptr);

// Decodes `s` into `out`; returns false (and the offset, as above) on malformed input.
bool decodeUtf8(std::string_view s, std::u32string& out, std::size_t* errorOffset = nullptr);

// Decodes; throws std::invalid_argument naming the byte offset on malformed input.
std::u32string decodeUtf8(std::string_view s);

void appendUtf8(char32_t c, std::string& out);
std::string encodeUtf8(std::u32string_view s);

// Python's str.isspace() set, which str.split() and str.strip() use: \t\n\v\f\r, U+001C-001F,
// space, U+0085, U+00A0, U+1680, U+2000-200A, U+2028, U+2029, U+202F, U+205F, U+3000.
bool isPythonSpace(char32_t c);

// Python's str.split() with no argument on decoded text.
std::vector<std::u32string> splitWhitespace(std::u32string_view s);
// The same on UTF-8 (assumed valid), returning UTF-8 tokens.
std::vector<std::string> splitWhitespace(std::string_view s);

// Python's str.strip() / str.rstrip() with no argument.
std::u32string_view stripPython(std::u32string_view s);
std::u32string_view rstripPython(std::u32string_view s);

} // namespace genlens::metrics::text
