#pragma once

#include "genlens/metrics/core/matrix.h"
#include "genlens/metrics/progress.h"

namespace genlens::metrics {

// Vendi score (Friedman & Dieng 2023; vertaix vendi_score, q = 1) of one set with the cosine
// kernel: VS = exp(−Σ λᵢ log λᵢ), λ the eigenvalues of K/n, K = X̂X̂ᵀ with the rows of X̂ the
// L2-normalised features (0·log 0 = 0). The non-zero spectrum of X̂X̂ᵀ/n equals that of the
// d × d matrix X̂ᵀX̂/n (vendi's score_dual), which is what is decomposed when n > d: O(n·d²) time
// and O(d²) memory, never n × n. When n ≤ d the n × n Gram is smaller and is used instead.
// Rows with zero norm stay zero (they add nothing to the spectrum; vendi_score would give NaN).
// Float64 throughout; eigenvalues below zero (round-off) are clamped.

double vendiScore(const Eigen::Ref<const RowMatrixXf>& features, const Progress& progress = {},
                  int threads = 0);

} // namespace genlens::metrics
