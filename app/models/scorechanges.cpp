#include "models/scorechanges.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <deque>

namespace genlens::app {

namespace {

const SampleSet& setOf(const RunResult& run, SetRole set)
{
    return set == SetRole::Real ? run.real : run.generated;
}

const ScoreColumn* findColumn(const RunResult& run, SetRole set, const QString& key)
{
    for (const ScoreColumn& column : set == SetRole::Real ? run.realScores : run.generatedScores) {
        if (column.key == key) {
            return &column;
        }
    }
    return nullptr;
}

double valueAt(const ScoreColumn& column, qint64 index)
{
    return index >= 0 && size_t(index) < column.values.size()
        ? column.values[size_t(index)]
        : std::numeric_limits<double>::quiet_NaN();
}

QByteArray matchKey(const Sample& sample, SampleMatch rule)
{
    switch (rule) {
    case SampleMatch::ByContentHash:
        return sample.contentHash;
    case SampleMatch::ByText:
    case SampleMatch::ByUserId:
        return sample.text.toUtf8();
    case SampleMatch::None:
    case SampleMatch::ByIndex:
        break;
    }
    return {};
}

} // namespace

SampleMatch sampleMatchFor(const QString& modality, SetRole set, bool sharedRealSet)
{
    if (set == SetRole::Real && sharedRealSet) {
        return SampleMatch::ByIndex;
    }
    if (modality == QLatin1String("image")) {
        return SampleMatch::ByContentHash;
    }
    if (modality == QLatin1String("text")) {
        return SampleMatch::ByText;
    }
    if (modality == QLatin1String("recsys")) {
        return SampleMatch::ByUserId;
    }
    return SampleMatch::None;
}

std::vector<std::pair<qint64, qint64>> matchSamples(const RunResult& a, const RunResult& b,
                                                    SetRole set, SampleMatch rule)
{
    std::vector<std::pair<qint64, qint64>> pairs;
    const std::vector<Sample>& samplesA = setOf(a, set).samples;
    const std::vector<Sample>& samplesB = setOf(b, set).samples;
    if (rule == SampleMatch::None || samplesA.empty() || samplesB.empty()) {
        return pairs;
    }
    if (rule == SampleMatch::ByIndex) {
        const size_t n = std::min(samplesA.size(), samplesB.size());
        for (size_t i = 0; i < n; ++i) {
            const QByteArray& ha = samplesA[i].contentHash;
            const QByteArray& hb = samplesB[i].contentHash;
            if (ha.isEmpty() || hb.isEmpty() || ha == hb) {
                pairs.emplace_back(qint64(i), qint64(i));
            }
        }
        return pairs;
    }
    // Every key of A with its indices in order; B takes them first come, first served.
    QHash<QByteArray, std::deque<qint64>> byKey;
    for (size_t i = 0; i < samplesA.size(); ++i) {
        const QByteArray key = matchKey(samplesA[i], rule);
        if (!key.isEmpty()) {
            byKey[key].push_back(qint64(i));
        }
    }
    for (size_t j = 0; j < samplesB.size(); ++j) {
        const QByteArray key = matchKey(samplesB[j], rule);
        if (key.isEmpty()) {
            continue;
        }
        const auto it = byKey.find(key);
        if (it == byKey.end() || it->empty()) {
            continue;
        }
        pairs.emplace_back(it->front(), qint64(j));
        it->pop_front();
    }
    return pairs;
}

ScoreChanges scoreChanges(const RunResult& a, const RunResult& b, SetRole set, const QString& key,
                          bool sharedRealSet)
{
    ScoreChanges out;
    out.set = set;
    out.key = key;
    out.match = sampleMatchFor(b.modality.isEmpty() ? a.modality : b.modality, set, sharedRealSet);
    out.countA = qint64(setOf(a, set).samples.size());
    out.countB = qint64(setOf(b, set).samples.size());
    const std::vector<std::pair<qint64, qint64>> pairs = matchSamples(a, b, set, out.match);
    out.matched = qint64(pairs.size());
    const ScoreColumn* columnA = findColumn(a, set, key);
    const ScoreColumn* columnB = findColumn(b, set, key);
    if (columnA == nullptr || columnB == nullptr) {
        return out;
    }
    for (const auto& [indexA, indexB] : pairs) {
        ScoreChange change;
        change.indexA = indexA;
        change.indexB = indexB;
        change.valueA = valueAt(*columnA, indexA);
        change.valueB = valueAt(*columnB, indexB);
        if (std::isfinite(change.valueA) && std::isfinite(change.valueB)) {
            out.changes.push_back(change);
        } else {
            ++out.undefined;
        }
    }
    std::stable_sort(out.changes.begin(), out.changes.end(),
                     [](const ScoreChange& x, const ScoreChange& y) {
                         const double dx = std::abs(x.change());
                         const double dy = std::abs(y.change());
                         return dx > dy || (dx == dy && x.indexB < y.indexB);
                     });
    return out;
}

} // namespace genlens::app
