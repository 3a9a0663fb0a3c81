#include "genlens/metrics/sets/vendi.h"

#include "core/parallel.h"

#include <Eigen/Eigenvalues>

#include <cmath>
#include <stdexcept>
#include <string>

namespace genlens::metrics {

double vendiScore(const Eigen::Ref<const RowMatrixXf>& features, const Progress& progress,
                  int threads)
{
    const Eigen::Index n = features.rows();
    const Eigen::Index d = features.cols();
    if (n < 1) {
        throw std::invalid_argument("Vendi score of an empty set");
    }
    auto normalised = [&](Eigen::Index r0, Eigen::Index rows) {
        Eigen::MatrixXd x = features.middleRows(r0, rows).cast<double>();
        for (Eigen::Index i = 0; i < rows; ++i) {
            const double norm = x.row(i).norm();
            if (norm > 0) {
                x.row(i) /= norm;
            }
        }
        return x;
    };
    Eigen::MatrixXd gram;
    if (n <= d) {
        const Eigen::MatrixXd x = normalised(0, n);
        gram = Eigen::MatrixXd::Zero(n, n);
        gram.selfadjointView<Eigen::Lower>().rankUpdate(x);
        reportProgress(progress, 1, 2);
    } else {
        // Blocks of rows in fixed shards (deterministic grouping, see computeFeatureStats).
        const Eigen::Index block = std::max<Eigen::Index>(64, (Eigen::Index(1) << 21) / d);
        const Eigen::Index blocks = (n + block - 1) / block;
        const Eigen::Index shards = std::min<Eigen::Index>(4, blocks);
        std::vector<Eigen::MatrixXd> partial(static_cast<std::size_t>(shards));
        ProgressCounter counter(progress, 0, static_cast<std::size_t>(blocks + 1));
        parallelFor(static_cast<std::size_t>(shards), threads, [&](std::size_t s, int) {
            Eigen::MatrixXd acc = Eigen::MatrixXd::Zero(d, d);
            const Eigen::Index b0 = blocks * static_cast<Eigen::Index>(s) / shards;
            const Eigen::Index b1 = blocks * static_cast<Eigen::Index>(s + 1) / shards;
            for (Eigen::Index b = b0; b < b1; ++b) {
                counter.check();
                const Eigen::Index r0 = b * block;
                const Eigen::MatrixXd x = normalised(r0, std::min(block, n - r0));
                acc.selfadjointView<Eigen::Lower>().rankUpdate(x.transpose());
                counter.advance(1);
            }
            partial[s] = std::move(acc);
        });
        gram = partial[0];
        for (std::size_t s = 1; s < partial.size(); ++s) {
            gram += partial[s];
        }
    }
    gram /= static_cast<double>(n);
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(gram, Eigen::EigenvaluesOnly);
    if (es.info() != Eigen::Success) {
        throw std::runtime_error("Vendi score: eigenvalue computation did not converge");
    }
    double entropy = 0;
    for (Eigen::Index i = 0; i < es.eigenvalues().size(); ++i) {
        const double l = es.eigenvalues()[i];
        if (l > 0) {
            entropy -= l * std::log(l);
        }
    }
    reportProgress(progress, 2, 2);
    return std::exp(entropy);
}

} // namespace genlens::metrics
