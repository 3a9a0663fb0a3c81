#include "genlens/metrics/sets/featurespace.h"

#include "genlens/metrics/core/knn.h"
#include "genlens/metrics/sets/cmmd.h"
#include "genlens/metrics/sets/fid.h"
#include "genlens/metrics/sets/kid.h"
#include "genlens/metrics/sets/memorization.h"
#include "genlens/metrics/sets/prdc.h"
#include "genlens/metrics/sets/realism.h"
#include "genlens/metrics/sets/vendi.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
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
    const bool searches = options.prdc || options.memorization;
    if (searches && (n <= k || m <= k)) {
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
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

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
    rep.fid = rep.fidMeanTerm = rep.fidTraceTerm = kNaN;
    rep.kid = rep.kidStd = kNaN;
    rep.precision = rep.recall = rep.density = rep.coverage = kNaN;
    rep.vendiReal = rep.vendiGenerated = rep.memorizedFraction = rep.cmmd = kNaN;
    rep.realNearestMedian = rep.memorizationThreshold = rep.realismRadiusLimit = kNaN;

    // Wall time of each stage that runs (the report's stage record).
    using Clock = std::chrono::steady_clock;
    auto stageStart = Clock::now();
    const auto stageDone = [&](const char* name) {
        const auto now = Clock::now();
        rep.stageSeconds.emplace_back(name,
                                      std::chrono::duration<double>(now - stageStart).count());
        stageStart = now;
    };

    // Stage weights on a 0..1000 bar, roughly by flops (n²d searches dominate at large n).
    const std::size_t s1 = 150, s2 = 350, s3 = 550, s4 = 850, s5 = 950;

    // 1. FID statistics.
    if (options.fid) {
        FidStats fr = fidStatistics(real, stage(progress, 0, s1 / 2), threads);
        FidStats fg = fidStatistics(generated, stage(progress, s1 / 2, s1), threads);
        const FidResult f = fidFromStatistics(fr, fg);
        rep.realStatistics = std::move(fr);
        rep.generatedStatistics = std::move(fg);
        rep.fid = f.fid;
        rep.fidMeanTerm = f.meanTerm;
        rep.fidTraceTerm = f.traceTerm;
        stageDone("statistics");
    }

    if (searches) {
        // 2. Self searches: radii (k-th other sample), the real 1-NN median and drill-down
        // neighbours. Memorisation alone needs only the real set's nearest other sample.
        const int kLive = options.prdc && options.liveKMax > 0
            ? static_cast<int>(std::min<Eigen::Index>({options.liveKMax, n - 1, m - 1}))
            : 0;
        if (options.liveKMax < 0 || options.liveKMax > kLiveMaxK) {
            throw std::invalid_argument("liveKMax = " + std::to_string(options.liveKMax)
                                        + " must be between 0 and " + std::to_string(kLiveMaxK));
        }
        const int kReal = std::max({options.prdc ? k : 1, nbRR, kLive});
        const KnnResult rr = knnSelf(real, kReal, stage(progress, s1, s2), threads);
        stageDone("knn_self_real");
        KnnResult gg;
        Eigen::VectorXd realRadius;
        Eigen::VectorXd genRadius;
        if (options.prdc) {
            gg = knnSelf(generated, std::max({k, nbGG, kLive}), stage(progress, s2, s3), threads);
            stageDone("knn_self_generated");
            realRadius = kthDistance(rr, k);
            genRadius = kthDistance(gg, k);
        }

        // 3. The one generated×real pass.
        CrossOptions co;
        co.kGeneratedToReal = std::max(nbGR, options.memorization ? 2 : 1);
        co.kRealToGenerated = options.prdc ? std::max(nbRG, 1) : 0;
        if (options.prdc) {
            co.realRadius = &realRadius;
            co.generatedRadius = &genRadius;
            co.realismRadiusLimit = medianOf(
                std::vector<double>(realRadius.data(), realRadius.data() + realRadius.size()));
        }
        RowMatrixXd liveRealRadii, liveGenRadii;
        std::vector<double> liveLimits;
        if (kLive > 0) {
            liveRealRadii = rr.distances.leftCols(kLive);
            liveGenRadii = gg.distances.leftCols(kLive);
            for (int c = 0; c < kLive; ++c) {
                const Eigen::VectorXd column = liveRealRadii.col(c);
                liveLimits.push_back(
                    medianOf(std::vector<double>(column.data(), column.data() + column.size())));
            }
            co.realRadii = &liveRealRadii;
            co.generatedRadii = &liveGenRadii;
            co.liveRealismLimits = &liveLimits;
        }
        co.threads = threads;
        const CrossResult cross = crossNeighbourhoods(real, generated, co, stage(progress, s3, s4));
        stageDone("knn_cross");

        if (options.prdc) {
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
                rep.nearestGeneratedDistance[static_cast<std::size_t>(i)]
                    = cross.realToGenerated.distances(i, 0);
            }
            rep.realToGenerated = cross.realToGenerated.indices.leftCols(nbRG);
            rep.realToGeneratedDistance = cross.realToGenerated.distances.leftCols(nbRG);
            rep.generatedToGenerated = gg.indices.leftCols(nbGG);
            rep.generatedToGeneratedDistance = gg.distances.leftCols(nbGG);
        }

        if (kLive > 0) {
            LiveStatistics& live = rep.live;
            live.kMax = kLive;
            live.realRadii = std::move(liveRealRadii);
            live.nearestGenerated.resize(static_cast<std::size_t>(n));
            for (Eigen::Index i = 0; i < n; ++i) {
                live.nearestGenerated[static_cast<std::size_t>(i)] = cross.realToGenerated.distances(i, 0);
            }
            live.recallFirstK = cross.liveRecallFirstK;
            live.ballCounts = cross.liveBallCounts;
            live.realism = cross.liveRealism;
            live.nearestRealDistance.resize(static_cast<std::size_t>(m));
            for (Eigen::Index j = 0; j < m; ++j) {
                live.nearestRealDistance[static_cast<std::size_t>(j)] = cross.generatedToReal.distances(j, 0);
            }
        }

        if (options.memorization) {
            MemorizationOptions mo;
            mo.factor = options.memorizationFactor;
            const MemorizationResult mem
                = memorizationFromNeighbours(cross.generatedToReal, rr, mo);
            rep.nearestReal = mem.nearestReal;
            rep.nearestRealDistance = mem.distance;
            rep.nearestRatio = mem.ratio;
            rep.memorized = mem.memorized;
            rep.memorizedFraction = mem.memorizedFraction;
            rep.realNearestMedian = mem.realNearestMedian;
            rep.memorizationThreshold = mem.threshold;
        }
        rep.generatedToReal = cross.generatedToReal.indices.leftCols(nbGR);
        rep.generatedToRealDistance = cross.generatedToReal.distances.leftCols(nbGR);
        rep.realToReal = rr.indices.leftCols(nbRR);
        rep.realToRealDistance = rr.distances.leftCols(nbRR);
    }

    // 4. KID.
    if (options.kid) {
        KidOptions ko;
        ko.subsets = options.kidSubsets;
        ko.subsetSize = options.kidSubsetSize;
        ko.seed = options.seed;
        ko.threads = threads;
        KidStatistics ks = kidStatistics(real, generated, ko,
                                         stage(progress, s4, options.cmmd ? (s4 + s5) / 2 : s5));
        const KidResult kr = kidFromStatistics(ks);
        rep.kidSubsetValues = std::move(ks.values);
        rep.kid = kr.mean;
        rep.kidStd = kr.std;
        rep.kidSubsetSize = kr.subsetSize;
        stageDone("kid");
    }

    // 5. CMMD (its own blocked pass; shares the KID slice of the bar).
    if (options.cmmd) {
        CmmdOptions co;
        co.threads = threads;
        rep.cmmd = cmmd(real, generated, co, stage(progress, options.kid ? (s4 + s5) / 2 : s4, s5));
        stageDone("cmmd");
    }

    // 6. Vendi of each set.
    if (options.vendiReal) {
        rep.vendiReal = vendiScore(real, stage(progress, s5, (s5 + 1000) / 2), threads);
        stageDone("vendi_real");
    }
    if (options.vendiGenerated) {
        rep.vendiGenerated = vendiScore(generated, stage(progress, (s5 + 1000) / 2, 1000), threads);
        stageDone("vendi_generated");
    }
    reportProgress(progress, 1000, 1000);
    return rep;
}

} // namespace genlens::metrics
