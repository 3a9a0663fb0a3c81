#pragma once

#include "genlens/metrics/progress.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace genlens::metrics::text {

// sacrebleu's tokenizers (sacrebleu/tokenizers/, v2.x), reproduced code point for code point:
//   none  whitespace split only
//   13a   mteval-v13a: drop "<skipped>", join "-\n", 4 HTML entities, pad, 4 regexes
//   intl  mteval-v14 international: Unicode punctuation (\p{P}) and symbols (\p{S})
//   zh    every character in sacrebleu's "Chinese" ranges on its own, then the 13a regexes
//   char  every non-space code point is a token
enum class TokenizerKind { None, Tok13a, Intl, Zh, Char };

// "none", "13a", "intl", "zh", "char" (as sacrebleu's signature names them); nullopt otherwise.
std::optional<TokenizerKind> parseTokenizer(std::string_view name);
std::string_view tokenizerName(TokenizerKind kind);

// What sacrebleu's BLEU does with a segment: rstrip(), the tokenizer, then str.split().
// `utf8` must be valid UTF-8 (std::invalid_argument otherwise).
std::vector<std::string> tokenize(std::string_view utf8, TokenizerKind kind);

// tokenize() of every text, in input order. threads (0 = all cores) tokenise fixed chunks of
// texts in parallel; each text's tokens depend on that text only, so the result is the same for
// any thread count. progress counts texts; a false return stops with Cancelled.
std::vector<std::vector<std::string>> tokenizeAll(const std::vector<std::string>& texts,
                                                  TokenizerKind kind, const Progress& progress = {},
                                                  int threads = 1);

// The tokenizer's output string (tokens joined by one space).
std::string tokenizeToString(std::string_view utf8, TokenizerKind kind);

// sacrebleu tokenizer_zh's "Chinese character" test, including its reading of the Extension B
// line as U+2001..U+2A6D (the range is written with 5-digit \u escapes, which Python reads as
// two characters), so real supplementary ideographs (U+20000+) are not split.
bool isSacrebleuChineseChar(char32_t c);

// A CJK ideograph, kana, hangul or CJK/full-width punctuation: what `auto` counts.
bool isCjkCharacter(char32_t c);

// `auto`: zh when more than half of the non-space code points over all texts are CJK
// characters, 13a otherwise.
TokenizerKind chooseTokenizer(const std::vector<std::string>& texts);

} // namespace genlens::metrics::text
