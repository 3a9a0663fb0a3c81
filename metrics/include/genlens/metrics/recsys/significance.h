#pragma once

#include <cstdint>
#include <limits>
#include <vector>

namespace genlens::metrics::recsys {

// Regularized incomplete beta function I_x(a, b), a, b > 0, 0 <= x <= 1 (continued fraction,
// modified Lentz). Throws std::invalid_argument outside the domain.
double regularizedIncompleteBeta(double a, double b, double x);
// CDF of Student's t distribution with `df` degrees of freedom.
double studentTCdf(double t, double df);

struct PairedTest
{
    std::size_t n = 0;
    double meanA = std::numeric_limits<double>::quiet_NaN();
    double meanB = std::numeric_limits<double>::quiet_NaN();
    double meanDifference = std::numeric_limits<double>::quiet_NaN(); // mean(a - b)
    double t = std::numeric_limits<double>::quiet_NaN();
    double pTTest = std::numeric_limits<double>::quiet_NaN(); // two-sided
    double pRandomization = std::numeric_limits<double>::quiet_NaN(); // two-sided
    std::size_t permutations = 0;
    std::size_t wins = 0, ties = 0, losses = 0; // a > b, a == b, a < b
};

// Paired t-test as scipy.stats.ttest_rel (two-sided): t = mean(d) / (sd(d) / sqrt(n)), sd with
// n - 1, p = I_{df/(df+t^2)}(df/2, 1/2). All differences equal: t = ±inf and p = 0 when the mean
// is not 0, NaN when it is (as scipy). n < 2: NaN.
void pairedTTest(const std::vector<double>& a, const std::vector<double>& b, PairedTest& out);

// Randomisation (sign-flip) test: each permutation flips the sign of every difference with
// probability 1/2 (seeded 64-bit Mersenne Twister); p = (1 + #{|mean| >= |observed|}) / (1 + N).
void randomizationTest(const std::vector<double>& a, const std::vector<double>& b,
                       std::size_t permutations, std::uint64_t seed, PairedTest& out);

// Both tests and the win/tie/loss counts. Throws std::invalid_argument when sizes differ.
PairedTest comparePaired(const std::vector<double>& a, const std::vector<double>& b,
                         std::size_t permutations, std::uint64_t seed);

} // namespace genlens::metrics::recsys
