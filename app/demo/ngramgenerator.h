#pragma once

#include "demo/demorng.h"

#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace genlens::app::demo {

// A trigram text generator: maximum-likelihood next-token counts given the two previous tokens,
// sampled in proportion to the counts. Tokens: runs of non-space characters with the
// punctuation . , ! ? ; : split off, and every CJK character (and CJK punctuation) on its own, so
// that English and Chinese sentences round-trip through tokenize() and detokenize().
class TrigramGenerator
{
public:
    static QString begin() { return QStringLiteral("<s>"); }
    static QString end() { return QStringLiteral("</s>"); }

    static QStringList tokenize(const QString& sentence);
    static QString detokenize(const QStringList& tokens);
    // The sentence's trigrams with two <s> in front and </s> at the end.
    static QList<QStringList> paddedTrigrams(const QString& sentence);

    void train(const QStringList& sentences);
    bool contains(const QString& first, const QString& second, const QString& third) const;
    qint64 trigramTypes() const;

    // Samples a sentence. When `prompt` is given (its first tokens), the sentence starts with it;
    // the prompt's trigrams must have been seen in training (otherwise generation starts from
    // scratch). Stops at </s> or after maxTokens.
    QString generate(DemoRng& rng, const QStringList& prompt = {}, int maxTokens = 40) const;

private:
    using Context = QPair<QString, QString>;
    QMap<Context, QMap<QString, int>> m_counts;
};

} // namespace genlens::app::demo
