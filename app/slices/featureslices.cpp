#include "slices/featureslices.h"

#include <QCoreApplication>
#include <cmath>

namespace genlens::app {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Warnings reach the window's slices table: translated.
struct FeatureSlices
{
    Q_DECLARE_TR_FUNCTIONS(FeatureSlices)
};

} // namespace

metrics::RowMatrixXf gatherRows(const Eigen::Ref<const metrics::RowMatrixXf>& features,
                                const std::vector<std::int64_t>& indices)
{
    metrics::RowMatrixXf out(static_cast<Eigen::Index>(indices.size()), features.cols());
    for (std::size_t i = 0; i < indices.size(); ++i) {
        out.row(static_cast<Eigen::Index>(i)) = features.row(static_cast<Eigen::Index>(indices[i]));
    }
    return out;
}

void addFeatureSliceMetrics(QList<SliceResult>& slices,
                            const Eigen::Ref<const metrics::RowMatrixXf>& real,
                            const Eigen::Ref<const metrics::RowMatrixXf>& generated,
                            const metrics::FeatureSpaceOptions& options, const QString& prefix,
                            PipelineContext& context)
{
    const qint64 dimension = real.cols();
    const qint64 total = slices.size();
    for (qint64 s = 0; s < total; ++s) {
        if (!context.advance(s, total)) {
            throw metrics::Cancelled {};
        }
        SliceResult& slice = slices[s];
        const qint64 n = static_cast<qint64>(slice.real.size());
        const qint64 m = static_cast<qint64>(slice.generated.size());
        const qint64 smaller = std::min(n, m);
        const QString counts = FeatureSlices::tr("%1 real and %2 generated samples").arg(n).arg(m);

        metrics::FeatureSpaceOptions o = options;
        o.vendiReal = false;
        o.vendiGenerated = false;
        o.fid = options.fid && smaller >= 2;
        o.kid = options.kid && smaller >= 2;
        const bool searchesWanted = options.prdc || options.memorization;
        const bool searchesPossible = smaller > options.k;
        o.prdc = options.prdc && searchesPossible;
        o.memorization = options.memorization && searchesPossible;

        const auto key = [&](const char* name) { return prefix + QLatin1String(name); };
        if (options.fid && !o.fid) {
            slice.warn(key("fid"),
                       FeatureSlices::tr("undefined: FID needs at least 2 samples "
                                         "on each side (%1)")
                           .arg(counts));
        } else if (o.fid && smaller <= dimension) {
            slice.warn(key("fid"),
                       FeatureSlices::tr("unreliable: %1 in %2 dimensions; with no more samples "
                                         "than dimensions the covariance is rank-deficient and "
                                         "FID is strongly biased upwards")
                           .arg(counts)
                           .arg(dimension));
        }
        if (options.kid && !o.kid) {
            slice.warn(key("kid"),
                       FeatureSlices::tr("undefined: KID needs at least 2 samples "
                                         "on each side (%1)")
                           .arg(counts));
        }
        if (searchesWanted && !searchesPossible) {
            const QString why = FeatureSlices::tr("undefined: k-NN metrics with k = %1 need at "
                                                  "least %2 samples on each side (%3)")
                                    .arg(options.k)
                                    .arg(options.k + 1)
                                    .arg(counts);
            if (options.prdc) {
                for (const char* name : {"precision", "recall", "density", "coverage"}) {
                    slice.warn(key(name), why);
                }
            }
            if (options.memorization) {
                slice.warn(key("memorized_fraction"), why);
            }
        }

        metrics::FeatureSpaceReport report;
        if (o.fid || o.kid || o.prdc || o.memorization) {
            const metrics::RowMatrixXf r = gatherRows(real, slice.real);
            const metrics::RowMatrixXf g = gatherRows(generated, slice.generated);
            report = metrics::evaluateFeatureSpace(r, g, o, {});
        }
        const auto set = [&](bool wanted, bool computed, const char* name, double value,
                             double stddev = kNaN) {
            if (wanted) {
                slice.setMetric(key(name), computed ? value : kNaN, computed ? stddev : kNaN);
            }
        };
        set(options.fid, o.fid, "fid", report.fid);
        set(options.kid, o.kid, "kid", report.kid, report.kidStd);
        set(options.prdc, o.prdc, "precision", report.precision);
        set(options.prdc, o.prdc, "recall", report.recall);
        set(options.prdc, o.prdc, "density", report.density);
        set(options.prdc, o.prdc, "coverage", report.coverage);
        set(options.memorization, o.memorization, "memorized_fraction", report.memorizedFraction);
    }
    context.advance(total, total);
}

} // namespace genlens::app
