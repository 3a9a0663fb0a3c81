#include "report/reportcontent.h"

namespace genlens::app {

// Kept apart from the value-based builder so that code which only renders values does not link
// the project store.
ReportContent buildReportContent(const ProjectStore& store, qint64 runId,
                                 std::optional<qint64> compareRunId, const ReportOptions& options)
{
    const RunSummary summary = store.runSummary(runId);
    const RunResult run = store.loadRun(runId);
    auto thumbnails = [&store, &summary](SetRole role, qint64 index) {
        return store.thumbnail(role == SetRole::Real ? summary.realSetId : summary.generatedSetId,
                               index);
    };
    ReportContent content;
    if (compareRunId) {
        const RunSummary compareSummary = store.runSummary(*compareRunId);
        const RunResult compare = store.loadRun(*compareRunId);
        content = buildReportContent(run, summary, thumbnails, &compare, &compareSummary, options);
        // The headline metric over every finished run on the shared real set.
        if (content.comparison && content.comparison->sharedRealSet
            && !content.comparison->historyKey.isEmpty() && summary.realSetId != 0) {
            for (const MetricPoint& point :
                 store.metricHistory(summary.realSetId, content.comparison->historyKey)) {
                content.comparison->history.append(
                    {point.runId, point.runName, point.startedAt, point.value});
            }
        }
    } else {
        content = buildReportContent(run, summary, thumbnails, nullptr, nullptr, options);
    }
    content.projectPath = store.path();
    return content;
}

} // namespace genlens::app
