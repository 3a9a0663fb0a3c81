#pragma once

#include <genlens/metrics/core/matrix.h>

#include <vector>

namespace genlens::metrics::image {

struct InceptionScore
{
    double mean = 0;
    double std = 0;                   // over splits, ddof 0 (torch-fidelity, StyleGAN)
    std::vector<double> perSampleKl;  // KL(p(y|x) || p(y) of its split), before exp/mean
};

// Inception Score (Salimans et al. 2016) from classifier logits, one row per sample:
// p(y|x) = softmax(logits) in float64; the samples are cut in order (no shuffle, as StyleGAN and
// ADM do) into `splits` parts at i*N/splits; per split IS = exp(mean_x KL(p(y|x) || p(y))) with
// p(y) the split's mean; mean and std over splits. Throws std::invalid_argument when N < splits.
InceptionScore inceptionScore(const RowMatrixXf& logits, int splits = 10);

} // namespace genlens::metrics::image
