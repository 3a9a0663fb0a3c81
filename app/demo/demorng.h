#pragma once

#include <QtGlobal>
#include <cmath>
#include <cstdint>

namespace genlens::app::demo {

// The demo data must be byte-identical on every machine and compiler, so it cannot use the
// standard library's distributions (their algorithms are implementation-defined). This is
// splitmix64 seeding a xoshiro256** generator (Blackman & Vigna), with uniform, integer and
// Box-Muller normal draws written out here.
class DemoRng
{
public:
    explicit DemoRng(quint64 seed)
    {
        quint64 x = seed;
        for (quint64& s : m_state) {
            x += 0x9E3779B97F4A7C15ULL;
            quint64 z = x;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            s = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n); n > 0. The modulo bias is below 2^-40 for the sizes used here.
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    bool chance(double p) { return uniform() < p; }

    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u = 0;
        do {
            u = uniform();
        } while (u <= 0);
        const double v = uniform();
        const double r = std::sqrt(-2.0 * std::log(u));
        const double angle = 2.0 * 3.14159265358979323846 * v;
        m_spare = r * std::sin(angle);
        m_hasSpare = true;
        return r * std::cos(angle);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }

    // A derived, independent stream (so that adding draws in one part of the demo does not change
    // the others).
    DemoRng fork(quint64 salt) { return DemoRng(next() ^ (salt * 0xD1B54A32D192ED03ULL)); }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    quint64 m_state[4] = {0, 0, 0, 0};
    double m_spare = 0;
    bool m_hasSpare = false;
};

} // namespace genlens::app::demo
