#pragma once

#include "evaluation/runresult.h"

#include <QJsonObject>
#include <QStringList>

namespace genlens::app {

// The JSON contract of design.md §5: genlens version, modality, inputs with skipped records,
// extractor, settings, signature, metrics {key: {value, std}}, timings_ms, and the modality's
// chart data under "details". NaN becomes null. `onlyMetrics`, when not empty, keeps those keys.
QJsonObject runResultToJson(const RunResult& result, const QStringList& onlyMetrics = {});

// One row per sample of both sets: set, index, source, label, then every per-sample score column
// (union over both sets, empty where a set lacks it), then the nearest sample in the other set
// and its distance. RFC 4180 quoting.
QByteArray perSampleCsv(const RunResult& result);

} // namespace genlens::app
