#include "genlens/metrics/text/utf8.h"

#include <cstdint>
#include <stdexcept>

namespace genlens::metrics::text {

namespace {

// Decodes one sequence at s[i]; returns its length, or 0 when malformed.
std::size_t decodeOne(std::string_view s, std::size_t i, char32_t& cp)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    std::size_t len = 0;
    char32_t minimum = 0;
    if ((b0 & 0xE0) == 0xC0) {
        len = 2;
        cp = b0 & 0x1F;
        minimum = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3;
        cp = b0 & 0x0F;
        minimum = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4;
        cp = b0 & 0x07;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (i + len > s.size()) {
        return 0;
    }
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) {
            return 0;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return 0;
    }
    return len;
}

} // namespace

bool decodeUtf8(std::string_view s, std::u32string& out, std::size_t* errorOffset)
{
    out.clear();
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        char32_t cp = 0;
        const std::size_t len = decodeOne(s, i, cp);
        if (len == 0) {
            if (errorOffset) {
                *errorOffset = i;
            }
            return false;
        }
        out.push_back(cp);
        i += len;
    }
    return true;
}

bool isValidUtf8(std::string_view s, std::size_t* errorOffset)
{
    std::size_t i = 0;
    while (i < s.size()) {
        char32_t cp = 0;
        const std::size_t len = decodeOne(s, i, cp);
        if (len == 0) {
            if (errorOffset) {
                *errorOffset = i;
            }
            return false;
        }
        i += len;
    }
    return true;
}

std::u32string decodeUtf8(std::string_view s)
{
    std::u32string out;
    std::size_t offset = 0;
    if (!decodeUtf8(s, out, &offset)) {
        throw std::invalid_argument("invalid UTF-8 at byte " + std::to_string(offset));
    }
    return out;
}

void appendUtf8(char32_t c, std::string& out)
{
    const auto cp = static_cast<std::uint32_t>(c);
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::string encodeUtf8(std::u32string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (char32_t c : s) {
        appendUtf8(c, out);
    }
    return out;
}

bool isPythonSpace(char32_t c)
{
    if (c < 0x80) {
        return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20);
    }
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028
        || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

std::vector<std::u32string> splitWhitespace(std::u32string_view s)
{
    std::vector<std::u32string> tokens;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && isPythonSpace(s[i])) {
            ++i;
        }
        std::size_t j = i;
        while (j < s.size() && !isPythonSpace(s[j])) {
            ++j;
        }
        if (j > i) {
            tokens.emplace_back(s.substr(i, j - i));
        }
        i = j;
    }
    return tokens;
}

std::vector<std::string> splitWhitespace(std::string_view s)
{
    // Decode only when needed: the common case is ASCII-only separators.
    std::vector<std::string> tokens;
    std::string current;
    std::size_t i = 0;
    while (i < s.size()) {
        char32_t cp = 0;
        std::size_t len = decodeOne(s, i, cp);
        if (len == 0) {
            cp = 0xFFFD;
            len = 1;
        }
        if (isPythonSpace(cp)) {
            if (!current.empty()) {
                tokens.push_back(std::move(current));
                current.clear();
            }
        } else {
            current.append(s.substr(i, len));
        }
        i += len;
    }
    if (!current.empty()) {
        tokens.push_back(std::move(current));
    }
    return tokens;
}

std::u32string_view stripPython(std::u32string_view s)
{
    std::size_t b = 0;
    while (b < s.size() && isPythonSpace(s[b])) {
        ++b;
    }
    return rstripPython(s.substr(b));
}

std::u32string_view rstripPython(std::u32string_view s)
{
    std::size_t e = s.size();
    while (e > 0 && isPythonSpace(s[e - 1])) {
        --e;
    }
    return s.substr(0, e);
}

} // namespace genlens::metrics::text
