#pragma once

#include "evaluation/runresult.h"
#include "models/runpair.h"
#include "project/projectstore.h"

#include <QMetaType>

// The value types that cross threads in queued signals and QVariants (conventions.md habit 4).
// Declared once here; include this header instead of repeating Q_DECLARE_METATYPE elsewhere.
Q_DECLARE_METATYPE(genlens::app::RunResult)
Q_DECLARE_METATYPE(genlens::app::RunSummary)
Q_DECLARE_METATYPE(genlens::app::MetricValue)
Q_DECLARE_METATYPE(genlens::app::ScoreColumn)
Q_DECLARE_METATYPE(genlens::app::RunPair)
