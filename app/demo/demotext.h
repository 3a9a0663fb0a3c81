#pragma once

#include "demo/demorng.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <vector>

namespace genlens::app::demo {

// Topics of the bundled corpus (English and Chinese); each is a mode of the "real" text.
enum class TextTopic { Weather = 0, Reviews = 1, Sports = 2, WeatherZh = 3, ReviewsZh = 4 };
constexpr int kTextTopicCount = 5;
QString textTopicName(TextTopic topic);

struct DemoTextOptions
{
    quint64 seed = 0;
    int realCount = 400; // spread evenly over the topics
    int generatedCount = 400; // including the planted copies
    int plantedCopies = 8; // real sentences repeated verbatim among the generated ones
    int promptTokens = 2; // generated line i continues the first tokens of reference i
    TextTopic droppedTopic = TextTopic::Sports; // the topic the generator never sees
};

struct DemoText
{
    QStringList real;
    std::vector<int> realTopics;
    QStringList generated;
    // Aligned with `generated`: the real sentence whose opening the generator continued (for
    // BLEU/chrF/ROUGE against references).
    QStringList references;
    QList<QPair<int, int>> copies; // (generated index, real index)
    QStringList training; // what the trigram model saw (real minus the dropped topic)
};

// One sentence of the corpus for a topic, from templates and slot values.
QString corpusSentence(TextTopic topic, DemoRng& rng);

DemoText makeDemoText(const DemoTextOptions& options);

struct DemoTextFiles
{
    QString real;
    QString generated;
    QString references;
};
// Writes real.txt, generated.txt and references.txt (UTF-8, one sample a line) under
// `directory`. Throws std::runtime_error naming the file when a write fails.
DemoTextFiles writeDemoText(const DemoText& text, const QString& directory);

} // namespace genlens::app::demo
