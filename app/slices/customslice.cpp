#include "slices/customslice.h"

#include "evaluation/metricselection.h"
#include "project/projectstore.h"
#include "slices/featureslices.h"

#include <QCoreApplication>
#include <QPromise>
#include <QtConcurrent>
#include <cmath>

namespace genlens::app {

namespace {

// Messages reach the window: translated.
struct CustomSlice
{
    Q_DECLARE_TR_FUNCTIONS(CustomSlice)
};

// The feature-space options the run was computed with (its stored settings and selection).
metrics::FeatureSpaceOptions runOptions(const RunResult& run)
{
    const QJsonObject& s = run.settings;
    metrics::FeatureSpaceOptions o;
    o.k = s.value(QStringLiteral("k")).toInt(o.k);
    o.kidSubsets = s.value(QStringLiteral("kid_subsets")).toInt(o.kidSubsets);
    o.kidSubsetSize = s.value(QStringLiteral("kid_subset_size")).toInt(o.kidSubsetSize);
    o.seed = static_cast<std::uint64_t>(s.value(QStringLiteral("seed")).toInteger(0));
    o.neighbours = s.value(QStringLiteral("neighbours")).toInt(o.neighbours);
    o.memorizationFactor
        = s.value(QStringLiteral("memorization_factor")).toDouble(o.memorizationFactor);
    const QJsonValue keys = s.value(QStringLiteral("metrics"));
    QStringList list;
    for (const QJsonValue& key : keys.toArray()) {
        list << key.toString();
    }
    QString error;
    const MetricSelection selection = keys.isArray()
        ? MetricSelection::parse(QStringLiteral("image"), list, &error)
        : MetricSelection();
    o.fid = selection.needs(MetricStage::FidStatistics);
    o.prdc = selection.needs(MetricStage::Prdc);
    o.memorization = selection.needs(MetricStage::Memorization);
    o.kid = selection.needs(MetricStage::Kid);
    o.vendiReal = false;
    o.vendiGenerated = false;
    return o;
}

// The members' feature rows from the project's feature cache.
metrics::RowMatrixXf cachedRows(const ProjectStore& store, const SampleSet& set,
                                const std::vector<std::int64_t>& members,
                                const QString& extractorId, qint64 dim)
{
    QList<QByteArray> hashes;
    hashes.reserve(static_cast<qsizetype>(members.size()));
    for (const std::int64_t i : members) {
        hashes << set.samples[static_cast<std::size_t>(i)].contentHash;
    }
    const std::vector<std::vector<float>> cached = store.cachedFeatures(hashes, extractorId);
    metrics::RowMatrixXf rows(static_cast<Eigen::Index>(members.size()), dim);
    for (std::size_t r = 0; r < cached.size(); ++r) {
        if (cached[r].size() != static_cast<std::size_t>(dim)) {
            throw InputError(
                CustomSlice::tr("%1: the features of %2 are not in the project's feature cache")
                    .arg(store.path(), set.samples[static_cast<std::size_t>(members[r])].source)
                    .toStdString());
        }
        std::copy(cached[r].begin(), cached[r].end(),
                  rows.row(static_cast<Eigen::Index>(r)).data());
    }
    return rows;
}

void checkMembers(const std::vector<std::int64_t>& members, const SampleSet& set, const char* side)
{
    for (const std::int64_t i : members) {
        if (i < 0 || i >= static_cast<std::int64_t>(set.samples.size())) {
            throw InputError(CustomSlice::tr("sample %1 is not in the %2 set (%3 samples)")
                                 .arg(i)
                                 .arg(QLatin1String(side))
                                 .arg(set.samples.size())
                                 .toStdString());
        }
    }
}

// The PipelineContext of startCustomSlice(): progress and cancel through the promise.
class PromiseContext final : public PipelineContext
{
public:
    explicit PromiseContext(QPromise<SliceResult>& promise)
        : m_promise(promise)
    {
        m_promise.setProgressRange(0, kSteps);
    }
    void beginStage(const QString& name, qint64 total) override
    {
        m_stage = name;
        advance(0, total);
    }
    bool advance(qint64 done, qint64 total) override
    {
        const int value = total > 0 ? static_cast<int>(kSteps * done / total) : 0;
        m_promise.setProgressValueAndText(value, m_stage);
        return !isCanceled();
    }
    bool isCanceled() const override { return m_promise.isCanceled(); }

private:
    static constexpr int kSteps = 1000;
    QPromise<SliceResult>& m_promise;
    QString m_stage;
};

} // namespace

std::vector<std::int64_t> membersInScoreRange(const std::vector<double>& values, double low,
                                              double high)
{
    std::vector<std::int64_t> out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i] >= low && values[i] <= high) { // false for NaN
            out.push_back(static_cast<std::int64_t>(i));
        }
    }
    return out;
}

QString scoreRangeSliceBy(const QString& key, double low, double high)
{
    return QStringLiteral("score:%1[%2,%3]")
        .arg(key, QString::number(low, 'g', 6), QString::number(high, 'g', 6));
}

SliceResult computeCustomSlice(const QString& projectPath, qint64 runId,
                               const CustomSliceSpec& spec, PipelineContext& context)
{
    if (spec.name.trimmed().isEmpty()) {
        throw InputError(CustomSlice::tr("a slice needs a name").toStdString());
    }
    context.beginStage(QStringLiteral("slices"), 1);
    ProjectStore store;
    store.open(projectPath);
    const RunResult run = store.loadRun(runId);
    const QString extractorId = run.extractor.value(QStringLiteral("id")).toString();
    const qint64 dim = run.extractor.value(QStringLiteral("dim")).toInteger();
    const bool extracted = run.modality == QLatin1String("image")
        && run.real.kind != QLatin1String("features")
        && run.generated.kind != QLatin1String("features")
        && run.extractor.value(QStringLiteral("spec")).toString() != QLatin1String("attached")
        && !extractorId.isEmpty() && dim > 0;
    if (!extracted) {
        throw InputError(CustomSlice::tr("run %1: slices defined later need features the project "
                                         "keeps (image runs whose images GenLens extracted); "
                                         "slice this run with --slice-by instead")
                             .arg(runId)
                             .toStdString());
    }
    checkMembers(spec.real, run.real, "real");
    checkMembers(spec.generated, run.generated, "generated");
    context.checkCanceled();
    const metrics::RowMatrixXf real = cachedRows(store, run.real, spec.real, extractorId, dim);
    const metrics::RowMatrixXf generated
        = cachedRows(store, run.generated, spec.generated, extractorId, dim);
    context.checkCanceled();

    // The rows are the members in order: one slice over all of them.
    SliceResult slice;
    slice.name = spec.name;
    slice.by = spec.by;
    for (std::int64_t i = 0; i < real.rows(); ++i) {
        slice.real.push_back(i);
    }
    for (std::int64_t i = 0; i < generated.rows(); ++i) {
        slice.generated.push_back(i);
    }
    QList<SliceResult> slices {slice};
    context.beginStage(QStringLiteral("slices"), 1);
    addFeatureSliceMetrics(slices, real, generated, runOptions(run), {}, context);
    slice = slices.constFirst();
    slice.real = spec.real;
    slice.generated = spec.generated;
    context.checkCanceled();
    store.appendSlice(runId, sliceToJson(slice, true));
    return slice;
}

QFuture<SliceResult> startCustomSlice(const QString& projectPath, qint64 runId,
                                      CustomSliceSpec spec)
{
    return QtConcurrent::run(
        [projectPath, runId, spec = std::move(spec)](QPromise<SliceResult>& promise) {
            PromiseContext context(promise);
            try {
                promise.addResult(computeCustomSlice(projectPath, runId, spec, context));
            } catch (const metrics::Cancelled&) {
                promise.future().cancel();
            }
        });
}

} // namespace genlens::app
