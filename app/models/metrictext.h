#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <limits>
#include <utility>

namespace genlens::app {

// The UI's access to metric metadata (metrics/metricinfo.h), so that widgets never include a
// metrics header.
enum class MetricDirection { Unknown, HigherIsBetter, LowerIsBetter };

// The metric's one-line meaning, translated; empty for an unknown key.
QString metricMeaning(const QString& key);
MetricDirection metricDirection(const QString& key);
// (lower, upper); infinite when unbounded or unknown.
std::pair<double, double> metricBounds(const QString& key);
// False for the built-in extractors, whose numbers are not comparable to published ones, and
// when no extractor is recorded.
bool extractorComparableToPublished(const QJsonObject& extractor);
// The English meanings marked for translation (for the completeness test).
QStringList translatableMetricMeanings();

} // namespace genlens::app
