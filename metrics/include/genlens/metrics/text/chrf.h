#pragma once

#include <string>
#include <vector>

namespace genlens::metrics::text {

// sacrebleu's chrF (sacrebleu/metrics/chrf.py, v2.x) with word_order 0: character n-grams of the
// text with all whitespace removed (whitespace=False), code points, beta 2 by default.
struct ChrfOptions
{
    int charOrder = 6;
    double beta = 2.0;
    bool epsSmoothing = false;
    bool whitespace = false;
};

// Per order [hyp, ref, match] (3 * charOrder values) of one segment against its best reference
// (the one with the highest sentence-level chrF; the first one on ties).
std::vector<double> chrfStatistics(const std::string& hypothesis,
                                   const std::vector<std::string>& references,
                                   const ChrfOptions& options = {});

// sacrebleu's CHRF._compute_f_score on (summed) statistics, 0-100.
double chrfFromStatistics(const std::vector<double>& statistics, const ChrfOptions& options = {});

// Corpus chrF (statistics summed over segments). referenceStreams[k][i] as for corpusBleu.
double corpusChrf(const std::vector<std::string>& hypotheses,
                  const std::vector<std::vector<std::string>>& referenceStreams,
                  const ChrfOptions& options = {});

double sentenceChrf(const std::string& hypothesis, const std::vector<std::string>& references,
                    const ChrfOptions& options = {});

} // namespace genlens::metrics::text
