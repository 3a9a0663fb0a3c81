#include "models/scoredistributions.h"

#include <algorithm>
#include <cmath>
#include <genlens/metrics/core/ks.h>

namespace genlens::app {

namespace {

const ScoreColumn* findColumn(const QList<ScoreColumn>& columns, const QString& key)
{
    for (const ScoreColumn& column : columns) {
        if (column.key == key) {
            return &column;
        }
    }
    return nullptr;
}

std::vector<double> finiteValues(const ScoreColumn* column)
{
    std::vector<double> values;
    if (column != nullptr) {
        values.reserve(column->values.size());
        for (double v : column->values) {
            if (std::isfinite(v)) {
                values.push_back(v);
            }
        }
    }
    return values;
}

} // namespace

void ScoreDistributions::setRun(std::shared_ptr<const RunResult> run)
{
    m_run = std::move(run);
    m_sorted.clear();
}

QStringList ScoreDistributions::keys() const
{
    QStringList keys;
    if (!m_run) {
        return keys;
    }
    for (const QList<ScoreColumn>* columns : {&m_run->realScores, &m_run->generatedScores}) {
        for (const ScoreColumn& column : *columns) {
            if (!keys.contains(column.key)) {
                keys << column.key;
            }
        }
    }
    return keys;
}

const std::vector<double>& ScoreDistributions::sortedValues(SetRole set, const QString& key) const
{
    const QString cacheKey
        = (set == SetRole::Real ? QStringLiteral("r:") : QStringLiteral("g:")) + key;
    auto it = m_sorted.find(cacheKey);
    if (it == m_sorted.end()) {
        std::vector<double> values;
        if (m_run) {
            values = finiteValues(
                findColumn(set == SetRole::Real ? m_run->realScores : m_run->generatedScores, key));
        }
        std::sort(values.begin(), values.end());
        it = m_sorted.insert(cacheKey, std::move(values));
    }
    return it.value();
}

ScoreHistogram ScoreDistributions::histogram(const QString& key, int bins) const
{
    ScoreHistogram h;
    h.key = key;
    bins = std::max(bins, 1);
    const std::vector<double>& real = sortedValues(SetRole::Real, key);
    const std::vector<double>& generated = sortedValues(SetRole::Generated, key);
    h.realCount = static_cast<qint64>(real.size());
    h.generatedCount = static_cast<qint64>(generated.size());
    if (real.empty() && generated.empty()) {
        return h;
    }
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const std::vector<double>* values : {&real, &generated}) {
        if (!values->empty()) {
            lo = std::min(lo, values->front());
            hi = std::max(hi, values->back());
        }
    }
    if (hi <= lo) {
        // A constant score still gets one visible bin around its value.
        lo -= 0.5;
        hi += 0.5;
        bins = 1;
    }
    const double width = (hi - lo) / bins;
    h.edges.resize(static_cast<size_t>(bins) + 1);
    for (int i = 0; i <= bins; ++i) {
        h.edges[static_cast<size_t>(i)] = lo + width * i;
    }
    auto fill = [&](const std::vector<double>& values, std::vector<double>& shares) {
        shares.assign(static_cast<size_t>(bins), 0.0);
        for (double v : values) {
            // The last bin is closed on the right so the maximum is counted.
            const int bin = std::min(bins - 1, static_cast<int>((v - lo) / width));
            shares[static_cast<size_t>(std::max(bin, 0))] += 1.0;
        }
        if (!values.empty()) {
            for (double& s : shares) {
                s /= static_cast<double>(values.size());
            }
        }
    };
    fill(real, h.real);
    fill(generated, h.generated);
    if (!real.empty() && !generated.empty()) {
        h.ks = metrics::ksStatistic(real, generated);
    }
    return h;
}

double ScoreDistributions::percentile(SetRole set, const QString& key, double value) const
{
    if (!std::isfinite(value)) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    const std::vector<double>& values = sortedValues(set, key);
    if (values.empty()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    const auto upper = std::upper_bound(values.begin(), values.end(), value);
    return 100.0 * static_cast<double>(upper - values.begin()) / static_cast<double>(values.size());
}

} // namespace genlens::app
