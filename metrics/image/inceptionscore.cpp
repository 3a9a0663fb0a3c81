#include <genlens/metrics/image/inceptionscore.h>

#include <cmath>
#include <stdexcept>
#include <string>

namespace genlens::metrics::image {

InceptionScore inceptionScore(const RowMatrixXf& logits, int splits)
{
    const Eigen::Index n = logits.rows();
    const Eigen::Index k = logits.cols();
    if (splits < 1 || n < splits || k < 2) {
        throw std::invalid_argument("Inception Score: " + std::to_string(n) + " samples x "
                                    + std::to_string(k) + " classes cannot be cut into "
                                    + std::to_string(splits) + " splits");
    }
    // Softmax in float64, max-shifted; log-probabilities kept for the KL terms.
    Eigen::MatrixXd logp(n, k);
    for (Eigen::Index i = 0; i < n; ++i) {
        const Eigen::RowVectorXd row = logits.row(i).cast<double>();
        const double m = row.maxCoeff();
        const double lse = m + std::log((row.array() - m).exp().sum());
        logp.row(i) = row.array() - lse;
    }
    InceptionScore result;
    result.perSampleKl.assign(std::size_t(n), 0.0);
    std::vector<double> scores;
    for (int s = 0; s < splits; ++s) {
        const Eigen::Index begin = Eigen::Index(s) * n / splits;
        const Eigen::Index end = Eigen::Index(s + 1) * n / splits;
        const Eigen::MatrixXd p = logp.middleRows(begin, end - begin).array().exp();
        const Eigen::RowVectorXd py = p.colwise().mean();
        const Eigen::RowVectorXd logPy = py.array().log();
        double klSum = 0;
        for (Eigen::Index i = begin; i < end; ++i) {
            double kl = 0;
            for (Eigen::Index c = 0; c < k; ++c) {
                const double pc = p(i - begin, c);
                if (pc > 0) {
                    kl += pc * (logp(i, c) - logPy[c]);
                }
            }
            result.perSampleKl[std::size_t(i)] = kl;
            klSum += kl;
        }
        scores.push_back(std::exp(klSum / double(end - begin)));
    }
    double mean = 0;
    for (double v : scores) {
        mean += v;
    }
    mean /= double(scores.size());
    double var = 0;
    for (double v : scores) {
        var += (v - mean) * (v - mean);
    }
    result.mean = mean;
    result.std = std::sqrt(var / double(scores.size()));
    return result;
}

} // namespace genlens::metrics::image
