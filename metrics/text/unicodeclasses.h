#pragma once

// Private to metrics/text: the Unicode general-category classes sacrebleu's `intl` tokenizer uses.

namespace genlens::metrics::text::detail {

enum class UnicodeClass : unsigned char { Other = 0, Number = 1, Punctuation = 2, Symbol = 3 };

// The class of a code point from its general category (N*, P*, S*); Other for everything else.
UnicodeClass unicodeClass(char32_t c);

} // namespace genlens::metrics::text::detail
