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
    } else {
        content = buildReportContent(run, summary, thumbnails, nullptr, nullptr, options);
    }
    content.projectPath = store.path();
    return content;
}

} // namespace genlens::app
