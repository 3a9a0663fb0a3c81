#include "demo/ngramgenerator.h"

namespace genlens::app::demo {

namespace {

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF)
        || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF);
}

bool isSplitPunctuation(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char('!')
        || c == QLatin1Char('?') || c == QLatin1Char(';') || c == QLatin1Char(':');
}

bool startsWithCjk(const QString& token)
{
    return !token.isEmpty() && isCjk(token.front());
}

bool endsWithCjk(const QString& token)
{
    return !token.isEmpty() && isCjk(token.back());
}

} // namespace

QStringList TrigramGenerator::tokenize(const QString& sentence)
{
    QStringList tokens;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty()) {
            tokens << current;
            current.clear();
        }
    };
    for (const QChar c : sentence) {
        if (c.isSpace()) {
            flush();
        } else if (isCjk(c) || isSplitPunctuation(c)) {
            flush();
            tokens << QString(c);
        } else {
            current += c;
        }
    }
    flush();
    return tokens;
}

QString TrigramGenerator::detokenize(const QStringList& tokens)
{
    QString text;
    for (const QString& token : tokens) {
        const bool glue = text.isEmpty() || endsWithCjk(text) || startsWithCjk(token)
            || (token.size() == 1 && isSplitPunctuation(token.front()));
        if (!glue) {
            text += QLatin1Char(' ');
        }
        text += token;
    }
    return text;
}

QList<QStringList> TrigramGenerator::paddedTrigrams(const QString& sentence)
{
    QStringList tokens = {begin(), begin()};
    tokens << tokenize(sentence) << end();
    QList<QStringList> trigrams;
    for (qsizetype i = 2; i < tokens.size(); ++i) {
        trigrams.append({tokens.at(i - 2), tokens.at(i - 1), tokens.at(i)});
    }
    return trigrams;
}

void TrigramGenerator::train(const QStringList& sentences)
{
    for (const QString& sentence : sentences) {
        for (const QStringList& trigram : paddedTrigrams(sentence)) {
            ++m_counts[Context(trigram.at(0), trigram.at(1))][trigram.at(2)];
        }
    }
}

bool TrigramGenerator::contains(const QString& first, const QString& second,
                                const QString& third) const
{
    const auto it = m_counts.constFind(Context(first, second));
    return it != m_counts.constEnd() && it->contains(third);
}

qint64 TrigramGenerator::trigramTypes() const
{
    qint64 types = 0;
    for (const QMap<QString, int>& next : m_counts) {
        types += next.size();
    }
    return types;
}

QString TrigramGenerator::generate(DemoRng& rng, const QStringList& prompt, int maxTokens) const
{
    QStringList tokens;
    QString first = begin();
    QString second = begin();
    for (const QString& token : prompt) {
        if (!contains(first, second, token)) {
            tokens.clear();
            first = second = begin();
            break;
        }
        tokens << token;
        first = second;
        second = token;
    }
    while (tokens.size() < maxTokens) {
        const auto it = m_counts.constFind(Context(first, second));
        if (it == m_counts.constEnd()) {
            break;
        }
        int total = 0;
        for (int count : *it) {
            total += count;
        }
        int pick = rng.below(total);
        QString next;
        for (auto candidate = it->constBegin(); candidate != it->constEnd(); ++candidate) {
            pick -= candidate.value();
            if (pick < 0) {
                next = candidate.key();
                break;
            }
        }
        if (next == end()) {
            break;
        }
        tokens << next;
        first = second;
        second = next;
    }
    return detokenize(tokens);
}

} // namespace genlens::app::demo
