#include "genlens/metrics/sets/livek.h"

#include "genlens/metrics/sets/realism.h"

#include <cmath>
#include <cstring>
#include <stdexcept>
#include <string>

namespace genlens::metrics {

LiveResult liveMetrics(const LiveStatistics& stats, const LiveParameters& parameters)
{
    const int k = parameters.k;
    if (stats.empty()) {
        throw std::invalid_argument("live k: this run kept no neighbour statistics");
    }
    if (k < 1 || k > stats.kMax) {
        throw std::invalid_argument("live k: k = " + std::to_string(k) + " must be between 1 and "
                                    + std::to_string(stats.kMax));
    }
    if (!(parameters.memorizationFactor >= 0) || !(parameters.realismThreshold >= 0)) {
        throw std::invalid_argument("live k: the memorisation factor and the realism threshold "
                                    "must be non-negative numbers");
    }
    const Eigen::Index n = stats.realRadii.rows();
    const Eigen::Index m = stats.ballCounts.rows();
    const auto un = static_cast<std::size_t>(n);
    const auto um = static_cast<std::size_t>(m);
    const int c = k - 1;
    LiveResult r;
    r.k = k;

    // Real side: radius, coverage, recall — in prdcFromStatistics' order of summation.
    r.realRadius.resize(un);
    r.covered.resize(un);
    r.insideGeneratedManifold.resize(un);
    double covered = 0;
    double recalled = 0;
    for (std::size_t i = 0; i < un; ++i) {
        const double radius = stats.realRadii(static_cast<Eigen::Index>(i), c);
        r.realRadius[i] = radius;
        r.covered[i] = stats.nearestGenerated[i] < radius;
        r.insideGeneratedManifold[i] = stats.recallFirstK[i] <= k;
        covered += r.covered[i];
        recalled += r.insideGeneratedManifold[i];
    }

    // Generated side: precision, density, realism, memorisation.
    std::vector<double> nearest(un);
    for (std::size_t i = 0; i < un; ++i) {
        nearest[i] = stats.realRadii(static_cast<Eigen::Index>(i), 0);
    }
    const double medianNearest = medianOf(std::move(nearest));
    r.memorizationThreshold = parameters.memorizationFactor * medianNearest;
    r.realism.resize(um);
    r.insideRealManifold.resize(um);
    r.memorized.resize(um);
    r.lowRealism.resize(um);
    double inside = 0;
    double balls = 0;
    std::int64_t memorized = 0;
    std::int64_t low = 0;
    for (std::size_t j = 0; j < um; ++j) {
        const auto row = static_cast<Eigen::Index>(j);
        const std::int32_t count = stats.ballCounts(row, c);
        inside += count > 0 ? 1 : 0;
        balls += static_cast<double>(count);
        r.insideRealManifold[j] = count > 0;
        r.realism[j] = stats.realism(row, c);
        r.lowRealism[j] = r.realism[j] < parameters.realismThreshold;
        low += r.lowRealism[j];
        r.memorized[j] = stats.nearestRealDistance[j] < r.memorizationThreshold;
        memorized += r.memorized[j];
    }
    const auto nd = static_cast<double>(n);
    const auto md = static_cast<double>(m);
    r.prdc.precision = inside / md;
    r.prdc.density = balls / (static_cast<double>(k) * md);
    r.prdc.recall = recalled / nd;
    r.prdc.coverage = covered / nd;
    r.memorizedFraction = m > 0 ? static_cast<double>(memorized) / md : 0.0;
    r.lowRealismFraction = m > 0 ? static_cast<double>(low) / md : 0.0;
    return r;
}

// --- blob ----------------------------------------------------------------------------------

namespace {

constexpr char kMagic[4] = {'G', 'L', 'L', 'K'};
constexpr std::uint32_t kVersion = 1;

bool littleEndianHost()
{
    const std::uint16_t probe = 1;
    unsigned char first = 0;
    std::memcpy(&first, &probe, 1);
    return first == 1;
}

class Writer
{
public:
    template<typename T> void put(const T& value) { putBytes(&value, sizeof(T)); }
    template<typename T> void putArray(const T* data, std::size_t count)
    {
        putBytes(data, count * sizeof(T));
    }
    std::string take() { return std::move(m_out); }

private:
    void putBytes(const void* p, std::size_t bytes)
    {
        m_out.append(static_cast<const char*>(p), bytes);
    }
    std::string m_out;
};

class Reader
{
public:
    explicit Reader(const std::string& in)
        : m_in(in)
    { }
    template<typename T> T get(const char* what)
    {
        T value {};
        getBytes(&value, sizeof(T), what);
        return value;
    }
    template<typename T> void getArray(T* data, std::size_t count, const char* what)
    {
        getBytes(data, count * sizeof(T), what);
    }
    std::size_t left() const { return m_in.size() - m_pos; }

private:
    void getBytes(void* p, std::size_t bytes, const char* what)
    {
        if (bytes > left()) {
            throw std::invalid_argument(std::string("live statistics blob is truncated in ")
                                        + what);
        }
        std::memcpy(p, m_in.data() + m_pos, bytes);
        m_pos += bytes;
    }
    const std::string& m_in;
    std::size_t m_pos = 0;
};

} // namespace

std::string encodeLiveStatistics(const LiveStatistics& stats)
{
    if (!littleEndianHost()) {
        throw std::invalid_argument("live statistics: big-endian hosts are not supported");
    }
    const auto n = static_cast<std::uint64_t>(stats.realRadii.rows());
    const auto m = static_cast<std::uint64_t>(stats.ballCounts.rows());
    const auto k = static_cast<std::size_t>(stats.kMax);
    Writer w;
    w.putArray(kMagic, 4);
    w.put(kVersion);
    w.put(static_cast<std::uint32_t>(stats.kMax));
    w.put(n);
    w.put(m);
    w.put(std::uint64_t(0)); // reserved
    w.putArray(stats.realRadii.data(), n * k);
    w.putArray(stats.nearestGenerated.data(), n);
    w.putArray(stats.recallFirstK.data(), n);
    w.putArray(stats.ballCounts.data(), m * k);
    w.putArray(stats.realism.data(), m * k);
    w.putArray(stats.nearestRealDistance.data(), m);
    return w.take();
}

LiveStatistics decodeLiveStatistics(const std::string& blob)
{
    if (!littleEndianHost()) {
        throw std::invalid_argument("live statistics: big-endian hosts are not supported");
    }
    Reader in(blob);
    char magic[4];
    in.getArray(magic, 4, "the header");
    if (std::memcmp(magic, kMagic, 4) != 0) {
        throw std::invalid_argument("live statistics blob: not GLLK data");
    }
    const auto version = in.get<std::uint32_t>("the header");
    if (version != kVersion) {
        throw std::invalid_argument("live statistics blob: version " + std::to_string(version)
                                    + ", this build reads version " + std::to_string(kVersion));
    }
    const auto k = in.get<std::uint32_t>("the header");
    const auto n = in.get<std::uint64_t>("the header");
    const auto m = in.get<std::uint64_t>("the header");
    in.get<std::uint64_t>("the header");
    if (k < 1 || k > static_cast<std::uint32_t>(kLiveMaxK)) {
        throw std::invalid_argument("live statistics blob: K = " + std::to_string(k)
                                    + " outside 1.." + std::to_string(kLiveMaxK));
    }
    // The sizes must account for the blob exactly (also guards the allocations below).
    const std::uint64_t need = n * (8 * k + 9) + m * (12 * k + 8);
    if (n > blob.size() || m > blob.size() || need != in.left()) {
        throw std::invalid_argument("live statistics blob: " + std::to_string(in.left())
                                    + " data bytes, the header's sizes need "
                                    + std::to_string(need));
    }
    LiveStatistics s;
    s.kMax = static_cast<int>(k);
    const auto rows = [](std::uint64_t v) { return static_cast<Eigen::Index>(v); };
    s.realRadii.resize(rows(n), s.kMax);
    in.getArray(s.realRadii.data(), n * k, "the real radii");
    s.nearestGenerated.resize(n);
    in.getArray(s.nearestGenerated.data(), n, "the nearest generated distances");
    s.recallFirstK.resize(n);
    in.getArray(s.recallFirstK.data(), n, "the recall ranks");
    s.ballCounts.resize(rows(m), s.kMax);
    in.getArray(s.ballCounts.data(), m * k, "the ball counts");
    s.realism.resize(rows(m), s.kMax);
    in.getArray(s.realism.data(), m * k, "the realism scores");
    s.nearestRealDistance.resize(m);
    in.getArray(s.nearestRealDistance.data(), m, "the nearest real distances");
    return s;
}

} // namespace genlens::metrics
