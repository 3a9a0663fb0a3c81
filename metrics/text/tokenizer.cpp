#include "genlens/metrics/text/tokenizer.h"

#include "genlens/metrics/text/utf8.h"
#include "text/textparallel.h"
#include "unicodeclasses.h"

#include <stdexcept>

namespace genlens::metrics::text {

namespace {

using detail::UnicodeClass;
using detail::unicodeClass;

bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

// 13a regex (a): [\{-\~\[-\` -\&\(-\+\:-\@\/]
bool is13aSymbol(char32_t c)
{
    return (c >= U'{' && c <= U'~') || (c >= U'[' && c <= U'`') || (c >= U' ' && c <= U'&')
        || (c >= U'(' && c <= U'+') || (c >= U':' && c <= U'@') || c == U'/';
}

bool isPeriodComma(char32_t c)
{
    return c == U'.' || c == U',';
}

// Python re.sub(r'(X)', r' \1 ', s) for a one-character class.
template<typename Pred> std::u32string padEach(const std::u32string& s, Pred pred)
{
    std::u32string out;
    out.reserve(s.size() + s.size() / 2);
    for (char32_t c : s) {
        if (pred(c)) {
            out.push_back(U' ');
            out.push_back(c);
            out.push_back(U' ');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

enum class Pair { SpaceAfter, SpaceAround };

// Python re.sub(r'(A)(B)', repl, s) for two one-character classes: non-overlapping matches
// scanned left to right. SpaceAfter is r'\1 \2 ', SpaceAround is r' \1 \2'.
template<typename PredA, typename PredB>
std::u32string subPair(const std::u32string& s, PredA a, PredB b, Pair mode)
{
    std::u32string out;
    out.reserve(s.size() + s.size() / 2);
    std::size_t i = 0;
    while (i < s.size()) {
        if (i + 1 < s.size() && a(s[i]) && b(s[i + 1])) {
            if (mode == Pair::SpaceAfter) {
                out.push_back(s[i]);
                out.push_back(U' ');
                out.push_back(s[i + 1]);
                out.push_back(U' ');
            } else {
                out.push_back(U' ');
                out.push_back(s[i]);
                out.push_back(U' ');
                out.push_back(s[i + 1]);
            }
            i += 2;
        } else {
            out.push_back(s[i]);
            ++i;
        }
    }
    return out;
}

// sacrebleu's TokenizerRegexp (the four 13a substitutions).
std::u32string regexpTokenizer(const std::u32string& line)
{
    const auto notDigit = [](char32_t c) { return !isAsciiDigit(c); };
    const auto isDash = [](char32_t c) { return c == U'-'; };
    std::u32string s = padEach(line, is13aSymbol);
    s = subPair(s, notDigit, isPeriodComma, Pair::SpaceAfter);
    s = subPair(s, isPeriodComma, notDigit, Pair::SpaceAround);
    s = subPair(s, isAsciiDigit, isDash, Pair::SpaceAfter);
    return s;
}

void replaceAll(std::u32string& s, std::u32string_view from, std::u32string_view to)
{
    std::size_t pos = 0;
    while ((pos = s.find(from, pos)) != std::u32string::npos) {
        s.replace(pos, from.size(), to);
        pos += to.size();
    }
}

std::u32string tokenize13a(std::u32string line)
{
    replaceAll(line, U"<skipped>", U"");
    replaceAll(line, U"-\n", U"");
    replaceAll(line, U"\n", U" ");
    if (line.find(U'&') != std::u32string::npos) {
        replaceAll(line, U"&quot;", U"\"");
        replaceAll(line, U"&amp;", U"&");
        replaceAll(line, U"&lt;", U"<");
        replaceAll(line, U"&gt;", U">");
    }
    return regexpTokenizer(U" " + line + U" ");
}

std::u32string tokenizeIntl(const std::u32string& line)
{
    const auto isP = [](char32_t c) { return unicodeClass(c) == UnicodeClass::Punctuation; };
    const auto notN = [](char32_t c) { return unicodeClass(c) != UnicodeClass::Number; };
    const auto isS = [](char32_t c) { return unicodeClass(c) == UnicodeClass::Symbol; };
    std::u32string s = subPair(line, notN, isP, Pair::SpaceAfter);
    s = subPair(s, isP, notN, Pair::SpaceAround);
    return padEach(s, isS);
}

std::u32string tokenizeZh(std::u32string_view line)
{
    line = stripPython(line);
    std::u32string s;
    s.reserve(line.size() * 2);
    for (char32_t c : line) {
        if (isSacrebleuChineseChar(c)) {
            s.push_back(U' ');
            s.push_back(c);
            s.push_back(U' ');
        } else {
            s.push_back(c);
        }
    }
    return regexpTokenizer(s);
}

std::u32string tokenizeDecoded(std::u32string_view line, TokenizerKind kind)
{
    switch (kind) {
    case TokenizerKind::None:
        return std::u32string(line);
    case TokenizerKind::Tok13a:
        return tokenize13a(std::u32string(line));
    case TokenizerKind::Intl:
        return tokenizeIntl(std::u32string(line));
    case TokenizerKind::Zh:
        return tokenizeZh(line);
    case TokenizerKind::Char: {
        std::u32string s;
        s.reserve(line.size() * 2);
        for (char32_t c : line) {
            s.push_back(c);
            s.push_back(U' ');
        }
        return s;
    }
    }
    return std::u32string(line);
}

} // namespace

std::optional<TokenizerKind> parseTokenizer(std::string_view name)
{
    if (name == "none") {
        return TokenizerKind::None;
    }
    if (name == "13a") {
        return TokenizerKind::Tok13a;
    }
    if (name == "intl") {
        return TokenizerKind::Intl;
    }
    if (name == "zh") {
        return TokenizerKind::Zh;
    }
    if (name == "char") {
        return TokenizerKind::Char;
    }
    return std::nullopt;
}

std::string_view tokenizerName(TokenizerKind kind)
{
    switch (kind) {
    case TokenizerKind::None:
        return "none";
    case TokenizerKind::Tok13a:
        return "13a";
    case TokenizerKind::Intl:
        return "intl";
    case TokenizerKind::Zh:
        return "zh";
    case TokenizerKind::Char:
        return "char";
    }
    return "13a";
}

std::vector<std::string> tokenize(std::string_view utf8, TokenizerKind kind)
{
    const std::u32string decoded = decodeUtf8(utf8);
    const std::u32string tokenized = tokenizeDecoded(rstripPython(decoded), kind);
    const std::vector<std::u32string> parts = splitWhitespace(tokenized);
    std::vector<std::string> tokens;
    tokens.reserve(parts.size());
    for (const std::u32string& p : parts) {
        tokens.push_back(encodeUtf8(p));
    }
    return tokens;
}

std::vector<std::vector<std::string>> tokenizeAll(const std::vector<std::string>& texts,
                                                  TokenizerKind kind, const Progress& progress,
                                                  int threads)
{
    // Texts are a few hundred bytes; 256 per chunk keeps hand-out overhead and the progress lock
    // negligible while leaving enough chunks to balance uneven lengths.
    constexpr std::size_t kChunk = 256;
    std::vector<std::vector<std::string>> out(texts.size());
    ProgressCounter counter(progress, 0, texts.size());
    forChunks(texts.size(), kChunk, threads,
              [&](std::size_t, std::size_t begin, std::size_t end, int) {
                  counter.check();
                  for (std::size_t i = begin; i < end; ++i) {
                      out[i] = tokenize(texts[i], kind);
                  }
                  counter.advance(end - begin);
              });
    return out;
}

std::string tokenizeToString(std::string_view utf8, TokenizerKind kind)
{
    std::string out;
    for (const std::string& t : tokenize(utf8, kind)) {
        if (!out.empty()) {
            out.push_back(' ');
        }
        out += t;
    }
    return out;
}

bool isSacrebleuChineseChar(char32_t c)
{
    struct R
    {
        char32_t first;
        char32_t last;
    };
    // tokenizer_zh._UCODE_RANGES as Python compares them (see the header for Extension B; the
    // "CJK Compatibility Supplement" line '\u2f800'..'\u2fa1d' likewise reads as U+2F81..U+2FA1,
    // inside the Kangxi radicals anyway).
    static constexpr R kRanges[] = {
        {0x3400, 0x4DB5}, {0x4E00, 0x9FA5}, {0x9FA6, 0x9FBB}, {0xF900, 0xFA2D}, {0xFA30, 0xFA6A},
        {0xFA70, 0xFAD9}, {0x2001, 0x2A6D}, {0x2F81, 0x2FA1}, {0xFF00, 0xFFEF}, {0x2E80, 0x2EFF},
        {0x3000, 0x303F}, {0x31C0, 0x31EF}, {0x2F00, 0x2FDF}, {0x2FF0, 0x2FFF}, {0x3100, 0x312F},
        {0x31A0, 0x31BF}, {0xFE10, 0xFE1F}, {0xFE30, 0xFE4F}, {0x2600, 0x26FF}, {0x2700, 0x27BF},
        {0x3200, 0x32FF}, {0x3300, 0x33FF},
    };
    if (c < 0x2001) {
        return false;
    }
    for (const R& r : kRanges) {
        if (c >= r.first && c <= r.last) {
            return true;
        }
    }
    return false;
}

bool isCjkCharacter(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF);
}

TokenizerKind chooseTokenizer(const std::vector<std::string>& texts)
{
    std::size_t cjk = 0;
    std::size_t other = 0;
    std::u32string decoded;
    for (const std::string& t : texts) {
        if (!decodeUtf8(t, decoded)) {
            continue;
        }
        for (char32_t c : decoded) {
            if (isPythonSpace(c)) {
                continue;
            }
            if (isCjkCharacter(c)) {
                ++cjk;
            } else {
                ++other;
            }
        }
    }
    return cjk > other ? TokenizerKind::Zh : TokenizerKind::Tok13a;
}

} // namespace genlens::metrics::text
