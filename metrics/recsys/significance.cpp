#include "genlens/metrics/recsys/significance.h"

#include <cmath>
#include <random>
#include <stdexcept>
#include <string>

namespace genlens::metrics::recsys {

namespace {

// Continued fraction for I_x(a, b) (Abramowitz & Stegun 26.5.8), evaluated with the modified
// Lentz method; converges fast for x < (a + 1) / (a + b + 2).
double betaContinuedFraction(double a, double b, double x)
{
    constexpr int kMaxIterations = 10000;
    constexpr double kEpsilon = 1e-16;
    constexpr double kTiny = 1e-300;
    double c = 1.0;
    double d = 1.0 - (a + b) * x / (a + 1.0);
    if (std::fabs(d) < kTiny) {
        d = kTiny;
    }
    d = 1.0 / d;
    double f = d;
    for (int m = 1; m <= kMaxIterations; ++m) {
        const double md = m;
        // Even step: d_{2m} = m (b - m) x / ((a + 2m - 1)(a + 2m)).
        double num = md * (b - md) * x / ((a + 2.0 * md - 1.0) * (a + 2.0 * md));
        d = 1.0 + num * d;
        if (std::fabs(d) < kTiny) {
            d = kTiny;
        }
        c = 1.0 + num / c;
        if (std::fabs(c) < kTiny) {
            c = kTiny;
        }
        d = 1.0 / d;
        f *= d * c;
        // Odd step: d_{2m+1} = -(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)).
        num = -(a + md) * (a + b + md) * x / ((a + 2.0 * md) * (a + 2.0 * md + 1.0));
        d = 1.0 + num * d;
        if (std::fabs(d) < kTiny) {
            d = kTiny;
        }
        c = 1.0 + num / c;
        if (std::fabs(c) < kTiny) {
            c = kTiny;
        }
        d = 1.0 / d;
        const double delta = d * c;
        f *= delta;
        if (std::fabs(delta - 1.0) < kEpsilon) {
            break;
        }
    }
    return f;
}

} // namespace

double regularizedIncompleteBeta(double a, double b, double x)
{
    if (!(a > 0) || !(b > 0) || !(x >= 0 && x <= 1)) {
        throw std::invalid_argument("incomplete beta needs a, b > 0 and 0 <= x <= 1");
    }
    if (x == 0 || x == 1) {
        return x;
    }
    const double logFront = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x)
        + b * std::log1p(-x);
    const double front = std::exp(logFront);
    if (x < (a + 1.0) / (a + b + 2.0)) {
        return front * betaContinuedFraction(a, b, x) / a;
    }
    // Symmetry I_x(a, b) = 1 - I_{1-x}(b, a) keeps the fraction in its fast region.
    return 1.0 - front * betaContinuedFraction(b, a, 1.0 - x) / b;
}

double studentTCdf(double t, double df)
{
    if (!(df > 0)) {
        throw std::invalid_argument("Student t needs df > 0");
    }
    if (std::isnan(t)) {
        return t;
    }
    if (std::isinf(t)) {
        return t > 0 ? 1.0 : 0.0;
    }
    const double tail = 0.5 * regularizedIncompleteBeta(0.5 * df, 0.5, df / (df + t * t));
    return t > 0 ? 1.0 - tail : tail;
}

void pairedTTest(const std::vector<double>& a, const std::vector<double>& b, PairedTest& out)
{
    if (a.size() != b.size()) {
        throw std::invalid_argument("paired samples differ in size: " + std::to_string(a.size())
                                    + " vs " + std::to_string(b.size()));
    }
    const std::size_t n = a.size();
    out.n = n;
    if (n == 0) {
        return;
    }
    double sumA = 0, sumB = 0, sumD = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sumA += a[i];
        sumB += b[i];
        sumD += a[i] - b[i];
    }
    const double nd = static_cast<double>(n);
    out.meanA = sumA / nd;
    out.meanB = sumB / nd;
    out.meanDifference = sumD / nd;
    if (n < 2) {
        return;
    }
    double ss = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double e = (a[i] - b[i]) - out.meanDifference;
        ss += e * e;
    }
    const double sd = std::sqrt(ss / (nd - 1.0));
    const double df = nd - 1.0;
    if (sd == 0) {
        if (out.meanDifference == 0) {
            out.t = std::numeric_limits<double>::quiet_NaN();
            out.pTTest = std::numeric_limits<double>::quiet_NaN();
        } else {
            out.t = std::copysign(std::numeric_limits<double>::infinity(), out.meanDifference);
            out.pTTest = 0.0;
        }
        return;
    }
    out.t = out.meanDifference / (sd / std::sqrt(nd));
    out.pTTest = regularizedIncompleteBeta(0.5 * df, 0.5, df / (df + out.t * out.t));
}

void randomizationTest(const std::vector<double>& a, const std::vector<double>& b,
                       std::size_t permutations, std::uint64_t seed, PairedTest& out)
{
    if (a.size() != b.size()) {
        throw std::invalid_argument("paired samples differ in size: " + std::to_string(a.size())
                                    + " vs " + std::to_string(b.size()));
    }
    const std::size_t n = a.size();
    out.permutations = permutations;
    if (n == 0 || permutations == 0) {
        return;
    }
    // A flipped sum is 2 * (sum of the differences whose sign is kept) - total. Kept sums of each
    // group of 8 users are tabulated for all 256 sign patterns, so one permutation costs n / 8
    // lookups with one random byte each.
    const std::size_t groups = (n + 7) / 8;
    std::vector<double> table(groups * 256, 0.0);
    double total = 0;
    double absTotal = 0;
    for (std::size_t g = 0; g < groups; ++g) {
        double* row = table.data() + g * 256;
        for (unsigned mask = 1; mask < 256; ++mask) {
            const unsigned low = mask & (~mask + 1); // lowest set bit
            const unsigned bit = static_cast<unsigned>(__builtin_ctz(low));
            const std::size_t i = g * 8 + bit;
            row[mask] = row[mask ^ low] + (i < n ? a[i] - b[i] : 0.0);
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        total += a[i] - b[i];
        absTotal += std::fabs(a[i] - b[i]);
    }
    const double observed = std::fabs(total);
    // Equal sums computed in a different order may differ in the last bits.
    const double tolerance = 1e-12 * absTotal;

    std::mt19937_64 rng(seed);
    std::size_t extreme = 0;
    for (std::size_t p = 0; p < permutations; ++p) {
        double kept = 0;
        std::uint64_t bits = 0;
        for (std::size_t g = 0; g < groups; ++g) {
            if ((g & 7) == 0) {
                bits = rng();
            }
            kept += table[g * 256 + (bits & 0xff)];
            bits >>= 8;
        }
        if (std::fabs(2.0 * kept - total) >= observed - tolerance) {
            ++extreme;
        }
    }
    out.pRandomization = static_cast<double>(extreme + 1) / static_cast<double>(permutations + 1);
}

PairedTest comparePaired(const std::vector<double>& a, const std::vector<double>& b,
                         std::size_t permutations, std::uint64_t seed)
{
    PairedTest out;
    pairedTTest(a, b, out);
    randomizationTest(a, b, permutations, seed, out);
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] > b[i]) {
            ++out.wins;
        } else if (a[i] < b[i]) {
            ++out.losses;
        } else {
            ++out.ties;
        }
    }
    return out;
}

} // namespace genlens::metrics::recsys
