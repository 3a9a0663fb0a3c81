#include "intervals/featureintervals.h"

#include <genlens/metrics/sets/setintervals.h>

namespace genlens::app {

namespace {

template<typename T> std::vector<double> toDouble(const std::vector<T>& values, double scale = 1.0)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (const T v : values) {
        out.push_back(static_cast<double>(v) * scale);
    }
    return out;
}

} // namespace

void addFeatureSpaceIntervals(IntervalStage& stage, const metrics::FeatureSpaceReport& report,
                              const metrics::RowMatrixXf& real,
                              const metrics::RowMatrixXf& generated,
                              const metrics::FeatureSpaceOptions& options, const QString& prefix,
                              std::shared_ptr<const void> keepAlive)
{
    using metrics::BootstrapOptions;
    using metrics::Interval;
    using metrics::Progress;
    const auto key = [&](const char* name) { return prefix + QLatin1String(name); };
    const auto stream = [](const QString& k) { return metrics::streamOf(k.toUtf8().constData()); };
    const metrics::FeatureSpaceReport* r = &report;
    const metrics::RowMatrixXf* x = &real;
    const metrics::RowMatrixXf* y = &generated;
    if (options.fid && report.realStatistics.n > 0) {
        stage.add(key("fid"),
                  QStringLiteral("half-samples without replacement of both sets, complementary "
                                 "halves paired; FID + percentiles of the centred replicates"),
                  [=](const BootstrapOptions& o, const Progress& p) {
                      (void)keepAlive;
                      return metrics::fidInterval(*x, *y, r->realStatistics, r->generatedStatistics,
                                                  r->fid, o, p);
                  });
    }
    if (options.kid && !report.kidSubsetValues.empty()) {
        stage.add(key("kid"),
                  QStringLiteral("KID's subsets (without replacement) as subsamples, deviations "
                                 "rescaled to the full sets and the number of subsets"),
                  [=](const BootstrapOptions& o, const Progress& p) {
                      (void)keepAlive;
                      return metrics::kidInterval(*x, *y, r->kidSubsetValues, r->kidSubsetSize,
                                                  r->kid, o, p);
                  });
    }
    const QString fixedRadii = QStringLiteral(
        "percentile bootstrap over %1 samples of the per-sample %2, k-NN radii of the full sets "
        "fixed");
    const auto addMean = [&](const char* name, std::vector<double> values, const QString& method) {
        const QString k = key(name);
        const std::uint64_t s = stream(k);
        stage.add(k, method,
                  [values = std::move(values), s](const BootstrapOptions& o, const Progress& p) {
                      return metrics::bootstrapMean(values, o, s, p);
                  });
    };
    if (options.prdc) {
        addMean("precision", toDouble(report.insideRealManifold),
                fixedRadii.arg(QStringLiteral("generated"), QStringLiteral("indicators")));
        addMean("recall", toDouble(report.insideGeneratedManifold),
                fixedRadii.arg(QStringLiteral("real"), QStringLiteral("indicators")));
        addMean("density", toDouble(report.realBallsContaining, 1.0 / options.k),
                fixedRadii.arg(QStringLiteral("generated"), QStringLiteral("ball counts / k")));
        addMean("coverage", toDouble(report.covered),
                fixedRadii.arg(QStringLiteral("real"), QStringLiteral("indicators")));
    }
    if (options.memorization) {
        addMean("memorized_fraction", toDouble(report.memorized),
                QStringLiteral("percentile bootstrap over generated samples of the per-sample "
                               "flags, the threshold from the full real set fixed"));
    }
    const QString vendiMethod = QStringLiteral(
        "half-samples without replacement; Vendi + percentiles of the centred replicates");
    if (options.vendiReal) {
        stage.add(key("vendi_real"), vendiMethod,
                  [=](const BootstrapOptions& o, const Progress& p) {
                      (void)keepAlive;
                      return metrics::vendiInterval(*x, r->vendiReal, o, p);
                  });
    }
    if (options.vendiGenerated) {
        stage.add(key("vendi_generated"), vendiMethod,
                  [=](const BootstrapOptions& o, const Progress& p) {
                      (void)keepAlive;
                      return metrics::vendiInterval(*y, r->vendiGenerated, o, p);
                  });
    }
}

} // namespace genlens::app
