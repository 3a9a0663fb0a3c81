#include "models/textoverlap.h"

#include <QSet>
#include <QStringList>
#include <algorithm>
#include <vector>

namespace genlens::app {

namespace {

struct Token
{
    qsizetype start;
    qsizetype length;
};

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF)
        || (u >= 0x3040 && u <= 0x30FF);
}

std::vector<Token> tokenize(const QString& text)
{
    std::vector<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        if (isCjk(text[i])) {
            tokens.push_back({i, 1});
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && !text[i].isSpace() && !isCjk(text[i])) {
            ++i;
        }
        tokens.push_back({start, i - start});
    }
    return tokens;
}

QString gram(const QString& text, const std::vector<Token>& tokens, size_t at, int order)
{
    QStringList words;
    for (int k = 0; k < order; ++k) {
        const Token& t = tokens[at + static_cast<size_t>(k)];
        words << text.mid(t.start, t.length);
    }
    return words.join(QChar(0x1F)); // a separator that does not occur in text
}

} // namespace

QList<TextSpan> sharedNgramSpans(const QString& text, const QString& other, int order)
{
    QList<TextSpan> spans;
    if (order < 1 || text.isEmpty() || other.isEmpty()) {
        return spans;
    }
    const std::vector<Token> mine = tokenize(text);
    const std::vector<Token> theirs = tokenize(other);
    const auto n = static_cast<size_t>(order);
    if (mine.size() < n || theirs.size() < n) {
        return spans;
    }
    QSet<QString> grams;
    for (size_t i = 0; i + n <= theirs.size(); ++i) {
        grams.insert(gram(other, theirs, i, order));
    }
    std::vector<char> covered(mine.size(), 0);
    for (size_t i = 0; i + n <= mine.size(); ++i) {
        if (grams.contains(gram(text, mine, i, order))) {
            std::fill(covered.begin() + static_cast<std::ptrdiff_t>(i),
                      covered.begin() + static_cast<std::ptrdiff_t>(i + n), 1);
        }
    }
    for (size_t i = 0; i < mine.size(); ++i) {
        if (!covered[i]) {
            continue;
        }
        size_t j = i;
        while (j + 1 < mine.size() && covered[j + 1]) {
            ++j;
        }
        const qsizetype start = mine[i].start;
        spans.append({start, mine[j].start + mine[j].length - start});
        i = j;
    }
    return spans;
}

} // namespace genlens::app
