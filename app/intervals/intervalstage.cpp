#include "intervals/intervalstage.h"

#include "intervals/metricinterval.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <cmath>

namespace genlens::app {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

} // namespace

IntervalStage::IntervalStage(int resamples, quint64 seed, int threads)
{
    m_options.resamples = resamples > 0 ? resamples : 0;
    m_options.seed = seed;
    m_options.threads = threads;
}

void IntervalStage::add(const QStringList& keys, const QString& method, Task task)
{
    if (isEnabled()) {
        m_entries.push_back({keys, method, std::move(task)});
    }
}

void IntervalStage::add(
    const QString& key, const QString& method,
    std::function<metrics::Interval(const metrics::BootstrapOptions&, const metrics::Progress&)>
        task)
{
    add(QStringList {key}, method,
        [task = std::move(task)](const metrics::BootstrapOptions& o, const metrics::Progress& p) {
            return std::vector<metrics::Interval> {task(o, p)};
        });
}

void IntervalStage::run(RunResult& result, PipelineContext& context)
{
    if (!isEnabled() || m_entries.empty()) {
        return;
    }
    QElapsedTimer timer;
    timer.start();
    // Each task is one unit of 1000 on the stage's bar.
    constexpr qint64 kUnit = 1000;
    const auto tasks = static_cast<qint64>(m_entries.size());
    context.beginStage(QStringLiteral("intervals"), tasks * kUnit);
    QJsonObject perMetric;
    for (qint64 t = 0; t < tasks; ++t) {
        const Entry& entry = m_entries[static_cast<std::size_t>(t)];
        bool wanted = false;
        for (const QString& key : entry.keys) {
            wanted = wanted || result.metric(key) != nullptr;
        }
        context.checkCanceled();
        if (!wanted) {
            continue;
        }
        const metrics::Progress progress
            = [&context, t, tasks](std::size_t done, std::size_t total) {
                  const qint64 part = total > 0 ? static_cast<qint64>(done * kUnit / total) : 0;
                  return context.advance(t * kUnit + part, tasks * kUnit);
              };
        std::vector<metrics::Interval> intervals;
        try {
            intervals = entry.task(m_options, progress);
        } catch (const metrics::Cancelled&) {
            throw;
        } catch (const std::exception& error) {
            result.warnings << QStringLiteral("no confidence interval for %1: %2")
                                   .arg(entry.keys.join(QStringLiteral(", ")),
                                        QString::fromUtf8(error.what()));
            continue;
        }
        for (int k = 0; k < entry.keys.size() && k < static_cast<int>(intervals.size()); ++k) {
            if (!result.metric(entry.keys[k])) {
                continue;
            }
            const metrics::Interval& interval = intervals[static_cast<std::size_t>(k)];
            perMetric.insert(entry.keys[k],
                             QJsonObject {{QStringLiteral("ci_low"), number(interval.low)},
                                          {QStringLiteral("ci_high"), number(interval.high)},
                                          {QStringLiteral("method"), entry.method}});
        }
        context.advance((t + 1) * kUnit, tasks * kUnit);
    }
    result.extra.insert(intervalsKey(),
                        QJsonObject {{QStringLiteral("resamples"), m_options.resamples},
                                     {QStringLiteral("seed"), static_cast<qint64>(m_options.seed)},
                                     {QStringLiteral("level"), m_options.level},
                                     {QStringLiteral("metrics"), perMetric}});
    result.timingsMs.insert(QStringLiteral("intervals"), timer.elapsed());
}

} // namespace genlens::app
