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

const QList<ScoreColumn>& columnsOf(const RunResult& run, SetRole set)
{
    return set == SetRole::Real ? run.realScores : run.generatedScores;
}

// Two sorted samples of one score on shared bins: the one binning of the Distributions page and
// the run comparison (see the class comment for the rules).
struct Binned
{
    std::vector<double> edges;
    std::vector<double> first;
    std::vector<double> second;
    double ks = std::numeric_limits<double>::quiet_NaN();
};

Binned binPair(const std::vector<double>& first, const std::vector<double>& second, int bins)
{
    Binned out;
    bins = std::max(bins, 1);
    if (first.empty() && second.empty()) {
        return out;
    }
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    bool flags = true;
    for (const std::vector<double>* values : {&first, &second}) {
        if (!values->empty()) {
            lo = std::min(lo, values->front());
            hi = std::max(hi, values->back());
            // Sorted: only 0s and 1s when the ends are 0 or 1 and nothing lies strictly between.
            const auto inside = std::upper_bound(values->begin(), values->end(), 0.0);
            flags = flags && (values->front() == 0.0 || values->front() == 1.0)
                && (values->back() == 0.0 || values->back() == 1.0)
                && (inside == values->end() || *inside == 1.0);
        }
    }
    if (flags) {
        lo = 0;
        hi = 1;
        bins = 2;
    } else if (hi <= lo) {
        // A constant score still gets one visible bin around its value.
        lo -= 0.5;
        hi += 0.5;
        bins = 1;
    }
    const double width = (hi - lo) / bins;
    out.edges.resize(static_cast<size_t>(bins) + 1);
    for (int i = 0; i <= bins; ++i) {
        out.edges[static_cast<size_t>(i)] = lo + width * i;
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
    fill(first, out.first);
    fill(second, out.second);
    if (!first.empty() && !second.empty()) {
        out.ks = metrics::ksStatistic(first, second);
    }
    return out;
}

} // namespace

void ScoreDistributions::setRun(std::shared_ptr<const RunResult> run)
{
    m_run = std::move(run);
    m_sorted.clear();
}

void ScoreDistributions::setCompareRun(std::shared_ptr<const RunResult> run)
{
    m_compare = std::move(run);
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

const std::vector<double>& ScoreDistributions::sortedValues(const RunResult* run, SetRole set,
                                                            const QString& key) const
{
    const QString cacheKey = (run == m_compare.get() && run != m_run.get() ? QStringLiteral("b:")
                                                                           : QStringLiteral("a:"))
        + (set == SetRole::Real ? QStringLiteral("r:") : QStringLiteral("g:")) + key;
    auto it = m_sorted.find(cacheKey);
    if (it == m_sorted.end()) {
        std::vector<double> values;
        if (run != nullptr) {
            values = finiteValues(findColumn(columnsOf(*run, set), key));
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
    const std::vector<double>& real = sortedValues(m_run.get(), SetRole::Real, key);
    const std::vector<double>& generated = sortedValues(m_run.get(), SetRole::Generated, key);
    h.realCount = static_cast<qint64>(real.size());
    h.generatedCount = static_cast<qint64>(generated.size());
    Binned binned = binPair(real, generated, bins);
    h.edges = std::move(binned.edges);
    h.real = std::move(binned.first);
    h.generated = std::move(binned.second);
    h.ks = binned.ks;
    return h;
}

double ScoreDistributions::percentile(SetRole set, const QString& key, double value) const
{
    if (!std::isfinite(value)) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    const std::vector<double>& values = sortedValues(m_run.get(), set, key);
    if (values.empty()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    const auto upper = std::upper_bound(values.begin(), values.end(), value);
    return 100.0 * static_cast<double>(upper - values.begin()) / static_cast<double>(values.size());
}

QStringList ScoreDistributions::overlayKeys(SetRole set) const
{
    QStringList keys;
    if (!m_run || !m_compare) {
        return keys;
    }
    for (const ScoreColumn& column : columnsOf(*m_run, set)) {
        if (findColumn(columnsOf(*m_compare, set), column.key) != nullptr
            && !keys.contains(column.key)) {
            keys << column.key;
        }
    }
    return keys;
}

ScoreOverlay ScoreDistributions::overlay(SetRole set, const QString& key, int bins) const
{
    ScoreOverlay o;
    o.key = key;
    o.set = set;
    const std::vector<double>& a = sortedValues(m_run.get(), set, key);
    const std::vector<double>& b = sortedValues(m_compare.get(), set, key);
    o.aCount = static_cast<qint64>(a.size());
    o.bCount = static_cast<qint64>(b.size());
    Binned binned = binPair(a, b, bins);
    o.edges = std::move(binned.edges);
    o.a = std::move(binned.first);
    o.b = std::move(binned.second);
    o.ks = binned.ks;
    return o;
}

} // namespace genlens::app
