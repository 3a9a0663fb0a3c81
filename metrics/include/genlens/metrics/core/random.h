#pragma once

#include <cstdint>
#include <vector>

namespace genlens::metrics {

// SplitMix64 (Steele, Lea & Flood 2014; the seeding generator of xoshiro): a tiny generator whose
// exact output a Python script can replay with integer arithmetic
// (tests/data/sets/make_fixtures.py does).
//   state += 0x9E3779B97F4A7C15
//   z = state; z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9; z = (z ^ (z >> 27)) * 0x94D049BB133111EB
//   return z ^ (z >> 31)                       (all arithmetic mod 2⁶⁴)
class SplitMix64
{
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) { }
    std::uint64_t next()
    {
        m_state += 0x9E3779B97F4A7C15ull;
        std::uint64_t z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform-enough integer in [0, bound): next() % bound (bias < bound / 2⁶⁴, negligible here,
    // and trivially reproducible).
    std::uint64_t below(std::uint64_t bound) { return next() % bound; }

private:
    std::uint64_t m_state;
};

// m distinct indices of [0, n) by a partial Fisher–Yates shuffle of the identity permutation:
//   p = [0, 1, …, n−1]; for i in 0..m−1: j = i + rng.below(n − i); swap(p[i], p[j]); return p[:m]
inline std::vector<std::int64_t> sampleWithoutReplacement(std::int64_t n, std::int64_t m,
                                                          SplitMix64& rng)
{
    std::vector<std::int64_t> p(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        p[static_cast<std::size_t>(i)] = i;
    }
    for (std::int64_t i = 0; i < m; ++i) {
        const auto j = i + static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(n - i)));
        std::swap(p[static_cast<std::size_t>(i)], p[static_cast<std::size_t>(j)]);
    }
    p.resize(static_cast<std::size_t>(m));
    return p;
}

} // namespace genlens::metrics
