#include "genlens/metrics/sets/featurespace.h"

#include "genlens/metrics/core/knn.h"
#include "genlens/metrics/sets/fid.h"
#include "genlens/metrics/sets/kid.h"
#include "genlens/metrics/sets/memorization.h"
#include "genlens/metrics/sets/prdc.h"
#include "genlens/metrics/sets/realism.h"
#include "genlens/metrics/sets/vendi.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>

namespace genlens::metrics {

namespace {

void requireFinite(const Eigen::Ref<const RowMatrixXf>& x, const char* name)
{
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
        if (!x.row(r).allFinite()) {
            throw std::invalid_argument(std::string(name) + " features: row " + std::to_string(r)
                                        + " holds NaN or Inf");
        }
    }
}

// Maps a stage's own (done, total) into a slice [begin, end) of a 0..1000 overall bar.
Progress stage(const Progress& progress, std::size_t begin, std::size_t end)
{
    if (!progress) {
        return {};
    }
    return [&progress, begin, end](std::size_t d, std::size_t t) {
        const std::size_t span = end - begin;
        return progress(begin + (t ? std::min(d, t) * span / t : 0), 1000);
    };
}

} // namespace

FeatureSpaceReport evaluateFeatureSpace(const Eigen::Ref<const RowMatrixXf>& real,
                                        const Eigen::Ref<const RowMatrixXf>& generated,
                                        const FeatureSpaceOptions& options,
                                        const Progress& progress)
{
    const Eigen::Index n = real.rows();
    const Eigen::Index m = generated.rows();
    const Eigen::Index d = real.cols();
    const int k = options.k;
    if (generated.cols() != d) {
        throw std::invalid_argument("feature dimensions differ: real is " + std::to_string(n) + "x"
                                    + std::to_string(d) + ", generated is " + std::to_string(m)
                                    + "x" + std::to_string(generated.cols()));
    }
    if (d < 1) {
        throw std::invalid_argument("feature matrices have no columns");
    }
    if (k < 1 || k > kMaxNeighbours) {
        throw std::invalid_argument("k = " + std::to_string(k) + " must be between 1 and "
                                    + std::to_string(kMaxNeighbours));
    }
    if (n <= k || m <= k) {
        throw std::invalid_argument("k = " + std::to_string(k)
                                    + " needs more than k samples per set: real is "
                                    + std::to_string(n) + "x" + std::to_string(d)
                                    + ", generated is " + std::to_string(m) + "x"
                                    + std::to_string(d));
    }
    if (options.neighbours < 0 || options.memorizationFactor < 0) {
        throw std::invalid_argument("neighbours and memorizationFactor must not be negative");
    }
    requireFinite(real, "real");
    requireFinite(generated, "generated");
    const int threads = options.threads;

    // Clamp the drill-down neighbour count to what each direction can hold.
    const int nb = std::min({options.neighbours, kMaxNeighbours});
    const int nbRR = static_cast<int>(std::min<Eigen::Index>(nb, n - 1));
    const int nbGG = static_cast<int>(std::min<Eigen::Index>(nb, m - 1));
    const int nbGR = static_cast<int>(std::min<Eigen::Index>(nb, n));
    const int nbRG = static_cast<int>(std::min<Eigen::Index>(nb, m));

    FeatureSpaceReport rep;
    rep.realCount = n;
    rep.generatedCount = m;
    rep.dimension = d;

    // Stage weights on a 0..1000 bar, roughly by flops (n²d searches dominate at large n).
    const bool doKid = options.kid;
    const std::size_t s1 = 150, s2 = 350, s3 = 550, s4 = doKid ? 850 : 950, s5 = doKid ? 950 : 950;

    // 1. FID statistics.
    FidStats fr = fidStatistics(real, stage(progress, 0, s1 / 2), threads);
    FidStats fg = fidStatistics(generated, stage(progress, s1 / 2, s1), threads);
    const FidResult f = fidFromStatistics(fr, fg);
    rep.realStatistics = std::move(fr);
    rep.generatedStatistics = std::move(fg);
    rep.fid = f.fid;
    rep.fidMeanTerm = f.meanTerm;
    rep.fidTraceTerm = f.traceTerm;

    // 2. Self searches: radii (k-th other sample) and drill-down neighbours.
    const KnnResult rr = knnSelf(real, std::max(k, nbRR), stage(progress, s1, s2), threads);
    const KnnResult gg = knnSelf(generated, std::max(k, nbGG), stage(progress, s2, s3), threads);
    const Eigen::VectorXd realRadius = kthDistance(rr, k);
    const Eigen::VectorXd genRadius = kthDistance(gg, k);

    // 3. The one generated×real pass.
    CrossOptions co;
    co.kGeneratedToReal = std::max(nbGR, 2);
    co.kRealToGenerated = std::max(nbRG, 1);
    co.realRadius = &realRadius;
    co.generatedRadius = &genRadius;
    co.realismRadiusLimit =
            medianOf(std::vector<double>(realRadius.data(), realRadius.data() + realRadius.size()));
    co.threads = threads;
    const CrossResult cross = crossNeighbourhoods(real, generated, co, stage(progress, s3, s4));
    rep.realismRadiusLimit = co.realismRadiusLimit;

    PrdcStatistics ps;
    ps.k = k;
    ps.realRadius = realRadius;
    ps.generatedRadius = genRadius;
    ps.cross = &cross;
    const PrdcResult p = prdcFromStatistics(ps);
    rep.precision = p.precision;
    rep.recall = p.recall;
    rep.density = p.density;
    rep.coverage = p.coverage;
    rep.realism = realismFromCross(cross);
    rep.insideRealManifold = insideRealManifold(cross);
    rep.covered = coveredReal(cross, realRadius);
    rep.insideGeneratedManifold = cross.insideGeneratedBall;
    rep.realBallsContaining = cross.realBallsContaining;
    rep.realRadius.assign(realRadius.data(), realRadius.data() + n);
    rep.generatedRadius.assign(genRadius.data(), genRadius.data() + m);
    rep.nearestGeneratedDistance.resize(static_cast<std::size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i) {
        rep.nearestGeneratedDistance[static_cast<std::size_t>(i)] = cross.realToGenerated.distances(i, 0);
    }

    MemorizationOptions mo;
    mo.factor = options.memorizationFactor;
    const MemorizationResult mem = memorizationFromNeighbours(cross.generatedToReal, rr, mo);
    rep.nearestReal = mem.nearestReal;
    rep.nearestRealDistance = mem.distance;
    rep.nearestRatio = mem.ratio;
    rep.memorized = mem.memorized;
    rep.memorizedFraction = mem.memorizedFraction;
    rep.realNearestMedian = mem.realNearestMedian;
    rep.memorizationThreshold = mem.threshold;

    rep.generatedToReal = cross.generatedToReal.indices.leftCols(nbGR);
    rep.generatedToRealDistance = cross.generatedToReal.distances.leftCols(nbGR);
    rep.realToGenerated = cross.realToGenerated.indices.leftCols(nbRG);
    rep.realToGeneratedDistance = cross.realToGenerated.distances.leftCols(nbRG);
    rep.realToReal = rr.indices.leftCols(nbRR);
    rep.realToRealDistance = rr.distances.leftCols(nbRR);
    rep.generatedToGenerated = gg.indices.leftCols(nbGG);
    rep.generatedToGeneratedDistance = gg.distances.leftCols(nbGG);

    // 4. KID.
    if (doKid) {
        KidOptions ko;
        ko.subsets = options.kidSubsets;
        ko.subsetSize = options.kidSubsetSize;
        ko.seed = options.seed;
        ko.threads = threads;
        const KidResult kr = kid(real, generated, ko, stage(progress, s4, s5));
        rep.kid = kr.mean;
        rep.kidStd = kr.std;
        rep.kidSubsetSize = kr.subsetSize;
    } else {
        rep.kid = rep.kidStd = std::numeric_limits<double>::quiet_NaN();
    }

    // 5. Vendi of each set.
    if (options.vendi) {
        rep.vendiReal = vendiScore(real, stage(progress, s5, (s5 + 1000) / 2), threads);
        rep.vendiGenerated = vendiScore(generated, stage(progress, (s5 + 1000) / 2, 1000), threads);
    } else {
        rep.vendiReal = rep.vendiGenerated = std::numeric_limits<double>::quiet_NaN();
    }
    reportProgress(progress, 1000, 1000);
    return rep;
}

} // namespace genlens::metrics
