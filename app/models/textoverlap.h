#pragma once

#include <QList>
#include <QString>

namespace genlens::app {

struct TextSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
};

// Character spans of `text` covered by a word n-gram (n = `order`) that also occurs in `other`,
// merged and in order: the drill-down highlights them. Words are split on white space; text
// without spaces (Chinese) is taken character by character. Case-sensitive, like BLEU's 13a.
QList<TextSpan> sharedNgramSpans(const QString& text, const QString& other, int order);

} // namespace genlens::app
