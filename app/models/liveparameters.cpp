#include "models/liveparameters.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>
#include <algorithm>
#include <cmath>
#include <genlens/metrics/sets/livek.h>

namespace genlens::app {

namespace {

const QString kSlot = QStringLiteral("live");
// Long enough to coalesce a dragged slider's steps, short enough to feel immediate.
constexpr int kDebounceMs = 40;

template<typename T> std::vector<double> toDouble(const std::vector<T>& values)
{
    return std::vector<double>(values.begin(), values.end());
}

void replaceMetric(QList<MetricValue>& metrics, const QString& key, double value)
{
    for (MetricValue& m : metrics) {
        if (m.key == key) {
            m.value = value;
        }
    }
}

// Replaces an existing column only: a column the run did not compute stays absent.
void replaceColumn(QList<ScoreColumn>& columns, const QString& key, std::vector<double> values)
{
    for (ScoreColumn& c : columns) {
        if (c.key == key && c.values.size() == values.size()) {
            c.values = std::move(values);
            return;
        }
    }
}

bool hasColumn(const QList<ScoreColumn>& columns, const QString& key)
{
    return std::any_of(columns.cbegin(), columns.cend(),
                       [&](const ScoreColumn& c) { return c.key == key; });
}

} // namespace

LiveParameters::LiveParameters(QObject* parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LiveParameters::recompute);
}

LiveParameters::~LiveParameters()
{
    waitForDone();
}

int LiveParameters::kMax() const
{
    return m_stats ? m_stats->kMax : 0;
}

void LiveParameters::setRun(std::shared_ptr<const RunResult> run)
{
    m_debounce.stop();
    m_tracker.clear(kSlot);
    m_run = std::move(run);
    m_stats.reset();
    m_prefix.clear();
    if (m_run) {
        // Images keep theirs under "", text runs under "emb_" (RunResult::liveStatistics).
        for (const QString& prefix : {QString(), QStringLiteral("emb_")}) {
            const auto it = m_run->liveStatistics.constFind(prefix);
            if (it == m_run->liveStatistics.cend()) {
                continue;
            }
            try {
                m_stats = std::make_shared<const metrics::LiveStatistics>(
                    metrics::decodeLiveStatistics(it->toStdString()));
                m_prefix = prefix;
            } catch (const std::invalid_argument&) {
                // A damaged blob: the run is shown as stored, without live parameters.
                m_stats.reset();
            }
            break;
        }
    }
    m_runK = m_run ? m_run->settings.value(QStringLiteral("k")).toInt(5) : 5;
    m_runFactor
        = m_run ? m_run->settings.value(QStringLiteral("memorization_factor")).toDouble(0.5) : 0.5;
    m_hasMemorization
        = m_run && m_run->metric(m_prefix + QStringLiteral("memorized_fraction")) != nullptr;
    m_k = std::clamp(m_runK, 1, std::max(1, kMax()));
    m_factor = m_runFactor;
    m_threshold = 1.0;
    m_shown = m_run;
    emit stateChanged();
    emit flagsChanged();
}

void LiveParameters::setHighlight(Highlight highlight)
{
    if (highlight != m_highlight) {
        m_highlight = highlight;
        emit stateChanged();
        emit flagsChanged();
    }
}

std::vector<char> LiveParameters::flags(SetRole set) const
{
    return m_shown ? flagsOf(*m_shown, m_prefix, m_highlight, m_threshold, set)
                   : std::vector<char>();
}

std::vector<char> LiveParameters::flagsOf(const RunResult& run, const QString& prefix,
                                          Highlight highlight, double realismThreshold, SetRole set)
{
    const bool generated = set == SetRole::Generated;
    QString key;
    bool flagWhenZero = false;
    switch (highlight) {
    case Highlight::None:
        return {};
    case Highlight::LowRealism:
        key = generated ? QStringLiteral("realism") : QString();
        break;
    case Highlight::Memorized:
        key = generated ? QStringLiteral("memorized") : QString();
        break;
    case Highlight::OutsideManifold:
        key = generated ? QStringLiteral("inside_real_manifold") : QStringLiteral("covered");
        flagWhenZero = true;
        break;
    }
    if (key.isEmpty()) {
        return {};
    }
    const QList<ScoreColumn>& columns = generated ? run.generatedScores : run.realScores;
    for (const ScoreColumn& c : columns) {
        if (c.key != prefix + key) {
            continue;
        }
        std::vector<char> out(c.values.size());
        for (std::size_t i = 0; i < out.size(); ++i) {
            const double v = c.values[i];
            out[i] = highlight == Highlight::LowRealism ? v < realismThreshold
                                                        : (flagWhenZero ? v == 0 : v != 0);
        }
        return out;
    }
    return {};
}

bool LiveParameters::isModified() const
{
    return m_stats && (m_k != m_runK || m_factor != m_runFactor || m_threshold != 1.0);
}

QString LiveParameters::statusText() const
{
    if (!m_stats) {
        return tr("Live parameters are not available for this run (it was stored without "
                  "neighbour statistics).");
    }
    if (!isModified()) {
        return tr("Showing the stored run: k = %1.").arg(m_runK);
    }
    QStringList parts;
    parts << tr("k = %1 (run used %2)").arg(m_k).arg(m_runK);
    if (m_hasMemorization && m_factor != m_runFactor) {
        parts << tr("memorisation factor %1 (run used %2)")
                     .arg(QLocale().toString(m_factor, 'g', 4),
                          QLocale().toString(m_runFactor, 'g', 4));
    }
    if (m_threshold != 1.0) {
        parts << tr("realism threshold %1").arg(QLocale().toString(m_threshold, 'g', 4));
    }
    return tr("Values at %1; the stored run is unchanged.").arg(parts.join(QStringLiteral(", ")));
}

void LiveParameters::setK(int k)
{
    k = std::clamp(k, 1, std::max(1, kMax()));
    if (k != m_k) {
        m_k = k;
        parametersChanged();
    }
}

void LiveParameters::setMemorizationFactor(double factor)
{
    if (factor >= 0 && factor != m_factor) {
        m_factor = factor;
        parametersChanged();
    }
}

void LiveParameters::setRealismThreshold(double threshold)
{
    if (threshold >= 0 && threshold != m_threshold) {
        m_threshold = threshold;
        parametersChanged();
        // The flags follow the threshold at once (from the shown realism values); the derived
        // run with its low_realism column follows after the debounce.
        emit flagsChanged();
    }
}

void LiveParameters::reset()
{
    const bool was = isModified();
    m_k = std::clamp(m_runK, 1, std::max(1, kMax()));
    m_factor = m_runFactor;
    m_threshold = 1.0;
    if (was) {
        parametersChanged();
    }
}

void LiveParameters::parametersChanged()
{
    emit stateChanged();
    if (m_stats) {
        m_debounce.start();
    }
}

void LiveParameters::recompute()
{
    if (!m_stats || !m_run) {
        return;
    }
    if (!isModified()) {
        m_tracker.clear(kSlot);
        m_shown = m_run;
        emit runDerived(m_run);
        emit flagsChanged();
        return;
    }
    const quint64 id = m_tracker.begin(kSlot);
    metrics::LiveParameters p;
    p.k = m_k;
    p.memorizationFactor = m_factor;
    p.realismThreshold = m_threshold;
    auto* watcher = new QFutureWatcher<std::shared_ptr<const RunResult>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
        const bool current = m_tracker.isCurrent(id);
        m_tracker.finish(id);
        const std::shared_ptr<const RunResult> derived = watcher->result();
        watcher->deleteLater();
        if (current && derived) {
            m_shown = derived;
            emit runDerived(derived);
            emit flagsChanged();
        }
    });
    watcher->setFuture(QtConcurrent::run(
        [run = m_run, stats = m_stats, prefix = m_prefix, p]() -> std::shared_ptr<const RunResult> {
            try {
                const metrics::LiveResult live = metrics::liveMetrics(*stats, p);
                return std::make_shared<const RunResult>(derive(*run, prefix, live, p));
            } catch (const std::invalid_argument&) {
                return nullptr;
            }
        }));
}

void LiveParameters::waitForDone()
{
    for (auto* watcher : findChildren<QFutureWatcher<std::shared_ptr<const RunResult>>*>()) {
        watcher->waitForFinished();
    }
}

RunResult LiveParameters::derive(const RunResult& base, const QString& prefix,
                                 const metrics::LiveResult& live,
                                 const metrics::LiveParameters& parameters)
{
    RunResult r = base;
    const auto key = [&](const char* name) { return prefix + QLatin1String(name); };
    replaceMetric(r.metrics, key("precision"), live.prdc.precision);
    replaceMetric(r.metrics, key("recall"), live.prdc.recall);
    replaceMetric(r.metrics, key("density"), live.prdc.density);
    replaceMetric(r.metrics, key("coverage"), live.prdc.coverage);
    replaceMetric(r.metrics, key("memorized_fraction"), live.memorizedFraction);
    replaceColumn(r.generatedScores, key("realism"), live.realism);
    replaceColumn(r.generatedScores, key("inside_real_manifold"),
                  toDouble(live.insideRealManifold));
    replaceColumn(r.generatedScores, key("memorized"), toDouble(live.memorized));
    replaceColumn(r.realScores, key("knn_radius"), live.realRadius);
    replaceColumn(r.realScores, key("covered"), toDouble(live.covered));
    replaceColumn(r.realScores, key("inside_generated_manifold"),
                  toDouble(live.insideGeneratedManifold));
    if (hasColumn(r.generatedScores, key("realism"))
        && !hasColumn(r.generatedScores, key("low_realism"))) {
        r.generatedScores << ScoreColumn {key("low_realism"), toDouble(live.lowRealism)};
    }
    // The settings say which values these are; the stored run keeps its own.
    r.settings.insert(QStringLiteral("live_k"), live.k);
    r.settings.insert(QStringLiteral("live_memorization_factor"), parameters.memorizationFactor);
    r.settings.insert(QStringLiteral("live_realism_threshold"), parameters.realismThreshold);
    return r;
}

} // namespace genlens::app
