#pragma once

#include "evaluation/pipelinecontext.h"
#include "slices/sliceresult.h"

#include <QFuture>
#include <QString>
#include <vector>

namespace genlens::app {

// Slices defined in the window after a run (issue 13, sources (b) and (c)): a score range from
// the Compare filter or a selection on the feature map, i.e. a list of member indices on each
// side. Their metrics are computed from the features the project already holds (nothing is
// decoded or extracted again) and appended to the run's stored slices, where the slices table
// shows them like the run's own.
struct CustomSliceSpec
{
    QString name; // unique within the run
    QString by; // how it was made, e.g. "score:realism[0.2,0.8]" or "selection"
    std::vector<std::int64_t> real; // sample indices of the run's real set
    std::vector<std::int64_t> generated; // sample indices of the run's generated set
};

// The indices whose value lies in [low, high] (NaN never does): a Compare-filter score range
// over one per-sample column.
std::vector<std::int64_t> membersInScoreRange(const std::vector<double>& values, double low,
                                              double high);

// "score:KEY[low,high]", the `by` of a score-range slice.
QString scoreRangeSliceBy(const QString& key, double low, double high);

// Computes the slice's feature-space metrics (the run's stages and settings: fid, kid,
// precision, recall, density, coverage, memorized_fraction, with the small-slice warnings of
// addFeatureSliceMetrics) and appends it to the run's stored slices in one transaction. Works
// for image runs whose features GenLens extracted into the project's feature cache; other runs
// (feature matrices from .npy files, text, recommendations), an index out of range, an empty or
// taken name are refused with InputError/StoreError before anything is written. Opens its own
// connection to `projectPath` (call it on the worker thread). Throws metrics::Cancelled when the
// context asks to stop; nothing is stored then.
SliceResult computeCustomSlice(const QString& projectPath, qint64 runId,
                               const CustomSliceSpec& spec, PipelineContext& context);

// computeCustomSlice() on the global thread pool: the future reports progress (one unit per
// 1/1000 of the work) and the stage name as progress text, and is cancelled with
// QFuture::cancel() (then nothing is stored); a failure is rethrown by QFuture::result() as a
// QUnhandledException holding the InputError or StoreError.
QFuture<SliceResult> startCustomSlice(const QString& projectPath, qint64 runId,
                                      CustomSliceSpec spec);

} // namespace genlens::app
