#include "demo/demotext.h"

#include "demo/ngramgenerator.h"

#include <QDir>
#include <QFile>
#include <stdexcept>

namespace genlens::app::demo {

namespace {

// Slot values and templates. Chinese strings are UTF-8 in this source file; the build reads
// sources as UTF-8 (GCC's default).
QString pick(const char* const* values, int count, DemoRng& rng)
{
    return QString::fromUtf8(values[rng.below(count)]);
}

template<int N> QString pick(const char* const (&values)[N], DemoRng& rng)
{
    return pick(values, N, rng);
}

template<int N> const char* pickPattern(const char* const (&patterns)[N], DemoRng& rng)
{
    return patterns[rng.below(N)];
}

QString fill(const char* pattern, const QStringList& values)
{
    QString text = QString::fromUtf8(pattern);
    for (qsizetype i = 0; i < values.size(); ++i) {
        text.replace(QStringLiteral("{%1}").arg(i), values.at(i));
    }
    return text;
}

constexpr const char* kCities[] = {"London", "Paris",  "Berlin", "Madrid", "Oslo",
                                   "Dublin", "Vienna", "Lisbon", "Prague", "Athens"};
constexpr const char* kDays[]
    = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr const char* kConditions[]
    = {"sunny", "cloudy", "rainy", "windy", "foggy", "partly cloudy", "stormy", "snowy"};
constexpr const char* kTrends[] = {"warmer", "cooler", "drier", "wetter", "calmer"};

QString weather(DemoRng& rng)
{
    static const char* const patterns[] = {
        "{0} will be {1} on {2} with a high of {3} degrees.",
        "Expect a {1} {2} in {0}, with temperatures near {3} degrees.",
        "The forecast for {0} is {1} today and {4} tomorrow.",
        "On {2} the sky over {0} stays {1} and the wind is light.",
        "After a {1} morning, {0} turns {4} by the evening.",
    };
    const int high = 2 + rng.below(30);
    return fill(pickPattern(patterns, rng),
                {pick(kCities, rng), pick(kConditions, rng), pick(kDays, rng),
                 QString::number(high), pick(kTrends, rng)});
}

constexpr const char* kProducts[] = {"phone",    "laptop",  "kettle", "headphones", "camera",
                                     "backpack", "blender", "lamp",   "keyboard",   "watch"};
constexpr const char* kGood[] = {"great", "excellent", "solid", "lovely", "reliable"};
constexpr const char* kBad[] = {"flimsy", "noisy", "disappointing", "slow", "awkward"};
constexpr const char* kAspects[]
    = {"battery", "screen", "price", "design", "sound", "build quality", "delivery"};

QString review(DemoRng& rng)
{
    static const char* const patterns[] = {
        "This {0} is {1} and the {3} is even better.",
        "The {0} looks {1}, but the {3} feels {2}.",
        "I returned the {0} because it was {2}.",
        "Five stars: the {0} is {1} for the price.",
        "The {3} of this {0} is {2}, two stars.",
        "My new {0} arrived in {4} days and works {1}.",
    };
    return fill(pickPattern(patterns, rng),
                {pick(kProducts, rng), pick(kGood, rng), pick(kBad, rng), pick(kAspects, rng),
                 QString::number(1 + rng.below(9))});
}

constexpr const char* kTeams[] = {"the Rovers", "the Lions",     "United",   "the Harriers",
                                  "City",       "the Wanderers", "Athletic", "the Falcons"};

QString sports(DemoRng& rng)
{
    static const char* const patterns[] = {
        "{0} beat {1} {2} to {3} in {4} on {5}.",
        "A late goal gave {0} a {2} to {3} win over {1}.",
        "{0} and {1} drew {2} all after extra time.",
        "{0} lost at home to {1} for the first time this season.",
        "The match between {0} and {1} in {4} was postponed because of rain.",
    };
    QString first = pick(kTeams, rng);
    QString second = pick(kTeams, rng);
    while (second == first) {
        second = pick(kTeams, rng);
    }
    const int a = 1 + rng.below(5);
    const int b = rng.below(a);
    QString sentence = fill(pickPattern(patterns, rng),
                            {first, second, QString::number(a), QString::number(b),
                             pick(kCities, rng), pick(kDays, rng)});
    sentence[0] = sentence[0].toUpper();
    return sentence;
}

constexpr const char* kCitiesZh[]
    = {"北京", "上海", "广州", "深圳", "成都", "杭州", "武汉", "西安", "南京", "重庆"};
constexpr const char* kConditionsZh[]
    = {"晴", "多云", "小雨", "大雨", "阴", "有雾", "雷阵雨", "小雪"};
constexpr const char* kWhenZh[] = {"今天", "明天", "周末", "今晚", "后天"};

QString weatherZh(DemoRng& rng)
{
    static const char* const patterns[] = {
        "{0}{2}{1}，最高气温{3}度。",      "{2}{0}天气{1}，风力不大。",
        "预计{0}{2}{1}，气温{4}到{3}度。", "{0}{2}有{1}，出门请带伞。",
        "{2}{0}以{1}为主，早晚较凉。",
    };
    const int high = 5 + rng.below(30);
    return fill(pickPattern(patterns, rng),
                {pick(kCitiesZh, rng), pick(kConditionsZh, rng), pick(kWhenZh, rng),
                 QString::number(high), QString::number(high - 4 - rng.below(6))});
}

constexpr const char* kProductsZh[]
    = {"手机", "耳机", "电脑", "台灯", "水壶", "相机", "键盘", "背包"};
constexpr const char* kGoodZh[] = {"质量很好", "做工精致", "性价比高", "非常好用", "外观漂亮"};
constexpr const char* kBadZh[] = {"有点吵", "电池不耐用", "做工粗糙", "反应很慢", "包装破损"};

QString reviewZh(DemoRng& rng)
{
    static const char* const patterns[] = {
        "这款{0}{1}，物流也很快。", "{0}{1}，但是{2}。",        "买了一个{0}，{2}，不推荐。",
        "{0}{1}，五星好评！",       "第二次买这个{0}了，{1}。",
    };
    return fill(pickPattern(patterns, rng),
                {pick(kProductsZh, rng), pick(kGoodZh, rng), pick(kBadZh, rng)});
}

void writeLines(const QStringList& lines, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw std::runtime_error("cannot write " + path.toStdString() + ": "
                                 + file.errorString().toStdString());
    }
    QByteArray bytes;
    for (const QString& line : lines) {
        bytes += line.toUtf8();
        bytes += '\n';
    }
    if (file.write(bytes) != bytes.size()) {
        throw std::runtime_error("cannot write " + path.toStdString() + ": "
                                 + file.errorString().toStdString());
    }
}

} // namespace

QString textTopicName(TextTopic topic)
{
    switch (topic) {
    case TextTopic::Weather:
        return QStringLiteral("weather");
    case TextTopic::Reviews:
        return QStringLiteral("reviews");
    case TextTopic::Sports:
        return QStringLiteral("sports");
    case TextTopic::WeatherZh:
        return QStringLiteral("weather-zh");
    case TextTopic::ReviewsZh:
        return QStringLiteral("reviews-zh");
    }
    return {};
}

QString corpusSentence(TextTopic topic, DemoRng& rng)
{
    switch (topic) {
    case TextTopic::Weather:
        return weather(rng);
    case TextTopic::Reviews:
        return review(rng);
    case TextTopic::Sports:
        return sports(rng);
    case TextTopic::WeatherZh:
        return weatherZh(rng);
    case TextTopic::ReviewsZh:
        return reviewZh(rng);
    }
    return {};
}

DemoText makeDemoText(const DemoTextOptions& options)
{
    if (options.realCount < kTextTopicCount * 2 || options.plantedCopies < 0
        || options.plantedCopies > options.generatedCount) {
        throw std::invalid_argument("demo text: inconsistent counts");
    }
    DemoRng root(options.seed);
    DemoRng corpusRng = root.fork(11);
    DemoRng orderRng = root.fork(12);
    DemoRng sampleRng = root.fork(13);
    DemoRng copyRng = root.fork(14);

    DemoText text;
    std::vector<int> topics(static_cast<size_t>(options.realCount));
    for (int i = 0; i < options.realCount; ++i) {
        topics[size_t(i)] = i % kTextTopicCount;
    }
    for (int i = options.realCount - 1; i > 0; --i) {
        std::swap(topics[size_t(i)], topics[size_t(orderRng.below(i + 1))]);
    }
    std::vector<int> kept;
    for (int i = 0; i < options.realCount; ++i) {
        const int topic = topics[size_t(i)];
        text.real << corpusSentence(static_cast<TextTopic>(topic), corpusRng);
        text.realTopics.push_back(topic);
        if (topic != static_cast<int>(options.droppedTopic)) {
            text.training << text.real.constLast();
            kept.push_back(i);
        }
    }

    TrigramGenerator generator;
    generator.train(text.training);

    std::vector<int> positions(static_cast<size_t>(options.generatedCount));
    for (int i = 0; i < options.generatedCount; ++i) {
        positions[size_t(i)] = i;
    }
    for (int i = options.generatedCount - 1; i > 0; --i) {
        std::swap(positions[size_t(i)], positions[size_t(copyRng.below(i + 1))]);
    }
    std::vector<bool> isCopy(static_cast<size_t>(options.generatedCount), false);
    for (int i = 0; i < options.plantedCopies; ++i) {
        isCopy[size_t(positions[size_t(i)])] = true;
    }
    for (int g = 0; g < options.generatedCount; ++g) {
        const int realIndex = kept[size_t(sampleRng.below(int(kept.size())))];
        const QString& reference = text.real.at(realIndex);
        text.references << reference;
        if (isCopy[size_t(g)]) {
            text.generated << reference;
            text.copies.append({g, realIndex});
        } else {
            const QStringList prompt
                = TrigramGenerator::tokenize(reference).mid(0, options.promptTokens);
            text.generated << generator.generate(sampleRng, prompt);
        }
    }
    return text;
}

DemoTextFiles writeDemoText(const DemoText& text, const QString& directory)
{
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        throw std::runtime_error("cannot create " + directory.toStdString());
    }
    DemoTextFiles files {dir.filePath(QStringLiteral("real.txt")),
                         dir.filePath(QStringLiteral("generated.txt")),
                         dir.filePath(QStringLiteral("references.txt"))};
    writeLines(text.real, files.real);
    writeLines(text.generated, files.generated);
    writeLines(text.references, files.references);
    return files;
}

} // namespace genlens::app::demo
