#include "genlens/metrics/sets/cmmd.h"

#include "core/parallel.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

namespace genlens::metrics {

namespace {

// One rectangular block of kernel values: rows [r0, r1) of `a` against rows [c0, c1) of `b`.
struct Tile
{
    int pair; // 0 real×real, 1 generated×generated, 2 real×generated
    Eigen::Index r0, r1, c0, c1;
    double weight; // 2 for an off-diagonal block of a symmetric term (it stands for its mirror)
};

// Sum of exp(−γ‖aᵢ − bⱼ‖²) over a block; `diagonal` when the block lies on the diagonal of a
// symmetric term (then k(x, x) = 1 exactly).
double blockSum(const RowMatrixXf& a, const Eigen::VectorXd& aNorms, const RowMatrixXf& b,
                const Eigen::VectorXd& bNorms, const Tile& t, bool diagonal, double gamma,
                Eigen::MatrixXf& dots)
{
    const Eigen::Index rows = t.r1 - t.r0, cols = t.c1 - t.c0;
    dots.resize(rows, cols);
    dots.noalias() = a.middleRows(t.r0, rows) * b.middleRows(t.c0, cols).transpose();
    double sum = 0;
    for (Eigen::Index j = 0; j < cols; ++j) {
        const double nb = bNorms[t.c0 + j];
        for (Eigen::Index i = 0; i < rows; ++i) {
            if (diagonal && t.r0 + i == t.c0 + j) {
                sum += 1.0;
                continue;
            }
            const double d2
                = std::max(0.0, aNorms[t.r0 + i] + nb - 2.0 * static_cast<double>(dots(i, j)));
            sum += std::exp(-gamma * d2);
        }
    }
    return sum;
}

} // namespace

CmmdStatistics cmmdStatistics(const Eigen::Ref<const RowMatrixXf>& real,
                              const Eigen::Ref<const RowMatrixXf>& generated,
                              const CmmdOptions& options, const Progress& progress)
{
    const Eigen::Index n = real.rows(), m = generated.rows(), d = real.cols();
    if (generated.cols() != d) {
        throw std::invalid_argument("CMMD: real is " + std::to_string(n) + "x" + std::to_string(d)
                                    + ", generated is " + std::to_string(m) + "x"
                                    + std::to_string(generated.cols()));
    }
    if (n < 1 || m < 1 || d < 1) {
        throw std::invalid_argument("CMMD needs at least one sample per set and one column (real "
                                    + std::to_string(n) + "x" + std::to_string(d) + ", generated "
                                    + std::to_string(m) + "x" + std::to_string(generated.cols())
                                    + ")");
    }
    if (!(options.sigma > 0) || options.tile < 1) {
        throw std::invalid_argument("CMMD: sigma must be positive and the tile at least 1");
    }
    const double gamma = 1.0 / (2.0 * options.sigma * options.sigma);

    // Shift both sets by the real mean (in float64), then float32 for the GEMMs; squared norms
    // of the float32 rows in float64.
    Eigen::RowVectorXd centre = Eigen::RowVectorXd::Zero(d);
    for (Eigen::Index r = 0; r < n; ++r) {
        centre += real.row(r).cast<double>();
    }
    centre /= static_cast<double>(n);
    const auto shifted
        = [&](const Eigen::Ref<const RowMatrixXf>& x, RowMatrixXf& out, Eigen::VectorXd& norms) {
              out.resize(x.rows(), d);
              norms.resize(x.rows());
              for (Eigen::Index r = 0; r < x.rows(); ++r) {
                  out.row(r) = (x.row(r).cast<double>() - centre).cast<float>();
                  norms[r] = out.row(r).cast<double>().squaredNorm();
              }
          };
    RowMatrixXf xs, ys;
    Eigen::VectorXd xn, yn;
    shifted(real, xs, xn);
    shifted(generated, ys, yn);

    const Eigen::Index tile = options.tile;
    std::vector<Tile> tiles;
    const auto addSymmetric = [&](int pair, Eigen::Index size) {
        for (Eigen::Index r0 = 0; r0 < size; r0 += tile) {
            for (Eigen::Index c0 = r0; c0 < size; c0 += tile) {
                tiles.push_back({pair, r0, std::min(size, r0 + tile), c0, std::min(size, c0 + tile),
                                 c0 == r0 ? 1.0 : 2.0});
            }
        }
    };
    addSymmetric(0, n);
    addSymmetric(1, m);
    for (Eigen::Index r0 = 0; r0 < n; r0 += tile) {
        for (Eigen::Index c0 = 0; c0 < m; c0 += tile) {
            tiles.push_back({2, r0, std::min(n, r0 + tile), c0, std::min(m, c0 + tile), 1.0});
        }
    }

    std::vector<double> sums(tiles.size(), 0.0);
    ProgressCounter counter(progress, 0, tiles.size());
    std::vector<Eigen::MatrixXf> scratch(
        static_cast<std::size_t>(workerCount(tiles.size(), options.threads)));
    parallelFor(tiles.size(), options.threads, [&](std::size_t i, int worker) {
        counter.check();
        const Tile& t = tiles[i];
        Eigen::MatrixXf& dots = scratch[static_cast<std::size_t>(worker)];
        if (t.pair == 0) {
            sums[i] = t.weight * blockSum(xs, xn, xs, xn, t, t.r0 == t.c0, gamma, dots);
        } else if (t.pair == 1) {
            sums[i] = t.weight * blockSum(ys, yn, ys, yn, t, t.r0 == t.c0, gamma, dots);
        } else {
            sums[i] = blockSum(xs, xn, ys, yn, t, false, gamma, dots);
        }
        counter.advance(1);
    });
    double total[3] = {0, 0, 0};
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        total[tiles[i].pair] += sums[i];
    }
    CmmdStatistics s;
    const double nd = static_cast<double>(n), md = static_cast<double>(m);
    s.realReal = total[0] / (nd * nd);
    s.generatedGenerated = total[1] / (md * md);
    s.realGenerated = total[2] / (nd * md);
    s.realCount = n;
    s.generatedCount = m;
    return s;
}

double cmmdFromStatistics(const CmmdStatistics& stats, const CmmdOptions& options)
{
    return options.scale * (stats.realReal + stats.generatedGenerated - 2.0 * stats.realGenerated);
}

double cmmd(const Eigen::Ref<const RowMatrixXf>& real,
            const Eigen::Ref<const RowMatrixXf>& generated, const CmmdOptions& options,
            const Progress& progress)
{
    return cmmdFromStatistics(cmmdStatistics(real, generated, options, progress), options);
}

} // namespace genlens::metrics
