#include "genlens/metrics/core/knn.h"

#include "core/parallel.h"
#include "core/simddispatch.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace genlens::metrics {

double exactDistance(const float* a, const float* b, Eigen::Index dim)
{
    double s = 0;
    for (Eigen::Index i = 0; i < dim; ++i) {
        const double diff = static_cast<double>(a[i]) - static_cast<double>(b[i]);
        s += diff * diff;
    }
    return std::sqrt(s);
}

namespace {

constexpr Eigen::Index kTile = 512;
// Extra candidates kept per row beyond k, so that the exact re-ranking rarely has to fall back
// to a brute-force row.
constexpr int kSlack = 8;

struct Cand
{
    double d2; // approximate squared distance while searching, exact after finishing
    std::int64_t idx;
};

inline bool before(const Cand& a, const Cand& b)
{
    return a.d2 < b.d2 || (a.d2 == b.d2 && a.idx < b.idx);
}

// Per-row bounded candidate lists, stored flat: row r owns [r*cap, r*cap+cap).
class CandidateLists
{
public:
    CandidateLists() = default;
    CandidateLists(Eigen::Index rows, int cap)
        : m_cap(cap), m_store(static_cast<std::size_t>(rows) * static_cast<std::size_t>(cap)),
          m_size(static_cast<std::size_t>(rows), 0)
    {
    }
    int cap() const { return m_cap; }
    int size(Eigen::Index r) const { return m_size[static_cast<std::size_t>(r)]; }
    const Cand* row(Eigen::Index r) const { return m_store.data() + static_cast<std::size_t>(r) * m_cap; }
    // Worst kept value, or +inf when the row still has room.
    double threshold(Eigen::Index r) const
    {
        const int s = m_size[static_cast<std::size_t>(r)];
        return s < m_cap ? std::numeric_limits<double>::infinity() : row(r)[s - 1].d2;
    }
    void insert(Eigen::Index r, Cand c)
    {
        Cand* base = m_store.data() + static_cast<std::size_t>(r) * m_cap;
        int& s = m_size[static_cast<std::size_t>(r)];
        if (s == m_cap) {
            if (!before(c, base[s - 1])) {
                return;
            }
            --s;
        }
        int pos = s;
        while (pos > 0 && before(c, base[pos - 1])) {
            base[pos] = base[pos - 1];
            --pos;
        }
        base[pos] = c;
        ++s;
    }
    void mergeFrom(const CandidateLists& other)
    {
        for (Eigen::Index r = 0; r < static_cast<Eigen::Index>(m_size.size()); ++r) {
            const Cand* o = other.row(r);
            for (int i = 0; i < other.size(r); ++i) {
                insert(r, o[i]);
            }
        }
    }

private:
    int m_cap = 0;
    std::vector<Cand> m_store;
    std::vector<int> m_size;
};

// A feature set shifted by a common vector (float32, the GEMM operand) with its norms in float64.
struct Prepared
{
    RowMatrixXf shifted;
    Eigen::VectorXd sq;   // ‖a'‖² (double, from the float a')
    Eigen::VectorXd norm; // ‖a'‖
    double maxNorm = 0;
};

Eigen::VectorXf meanOf(const Eigen::Ref<const RowMatrixXf>& x)
{
    Eigen::VectorXd m = Eigen::VectorXd::Zero(x.cols());
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
        m += x.row(r).transpose().cast<double>();
    }
    if (x.rows() > 0) {
        m /= static_cast<double>(x.rows());
    }
    return m.cast<float>();
}

Prepared prepare(const Eigen::Ref<const RowMatrixXf>& x, const Eigen::VectorXf& shift)
{
    Prepared p;
    p.shifted = x.rowwise() - shift.transpose();
    p.sq.resize(x.rows());
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
        p.sq[r] = p.shifted.row(r).cast<double>().squaredNorm();
    }
    p.norm = p.sq.cwiseSqrt();
    p.maxNorm = p.norm.size() ? p.norm.maxCoeff() : 0.0;
    return p;
}

// Rigorous bound on |approx − exact| for one pair's squared distance, see knn.h. s, t: norms of
// the shifted vectors; approx: the tile's value of ‖a'‖² + ‖b'‖² − 2·fl32(a'ᵀb').
class ErrorBound
{
public:
    explicit ErrorBound(Eigen::Index dim)
    {
        const double uf = std::ldexp(1.0, -24);
        const double ud = std::ldexp(1.0, -53);
        const double nf = static_cast<double>(dim + 2);
        const double nd = static_cast<double>(dim + 2);
        m_gammaF = nf * uf / (1 - nf * uf);
        m_gammaD = nd * ud / (1 - nd * ud);
        m_uf = uf;
    }
    double operator()(double s, double t, double approx) const
    {
        // GEMM rounding of 2aᵀb, rounding of the double norms and of the final combination.
        const double e12 = 2 * m_gammaF * s * t + 4 * m_gammaD * (s * s + t * t);
        // Rounding of the shifted copies: ‖(a'−b') − (a−b)‖ ≤ δ.
        const double delta = 2 * m_uf * (s + t);
        const double dp = std::sqrt(std::max(0.0, approx + e12));
        // Factor 2: safety margin over the first-order analysis.
        return 2 * (e12 + delta * (2 * dp + delta));
    }

private:
    double m_gammaF = 0;
    double m_gammaD = 0;
    double m_uf = 0;
};

struct Tile
{
    Eigen::Index r0, rows, c0, cols;
};

// The float32 products of one tile, a Bᵀ, with the dispatched GEMM (core/simdkernels.h). The
// error bound above holds for any summation order and for fused multiply-adds.
Eigen::MatrixXf tileProduct(const RowMatrixXf& a, const RowMatrixXf& b, const Tile& tile)
{
    Eigen::MatrixXf dots(tile.rows, tile.cols);
    simd::kernels().sgemmNT(dots.data(), dots.outerStride(), a.row(tile.r0).data(), a.outerStride(),
                            b.row(tile.c0).data(), b.outerStride(), tile.rows, tile.cols, a.cols());
    return dots;
}

std::vector<Tile> makeTiles(Eigen::Index nr, Eigen::Index nc, bool upperOnly)
{
    std::vector<Tile> tiles;
    for (Eigen::Index r0 = 0; r0 < nr; r0 += kTile) {
        for (Eigen::Index c0 = upperOnly ? r0 : 0; c0 < nc; c0 += kTile) {
            tiles.push_back({r0, std::min(kTile, nr - r0), c0, std::min(kTile, nc - c0)});
        }
    }
    return tiles;
}

// Turns approximate candidate lists into the exact k nearest: recompute the candidates'
// distances in float64, re-rank, and verify with the error bound that nothing outside the list
// can be nearer; otherwise redo the row brute-force. `excludeSelf` skips base index == row.
KnnResult finish(const CandidateLists& lists, const Eigen::Ref<const RowMatrixXf>& queries,
                 const Eigen::Ref<const RowMatrixXf>& base, const Prepared& pq, const Prepared& pb,
                 int k, bool excludeSelf, const ErrorBound& bound, int threads)
{
    const Eigen::Index m = queries.rows();
    const Eigen::Index n = base.rows();
    const Eigen::Index dim = queries.cols();
    const Eigen::Index available = excludeSelf ? n - 1 : n;
    KnnResult out;
    out.indices.resize(m, k);
    out.distances.resize(m, k);
    const std::size_t chunk = 256;
    const std::size_t chunks = (static_cast<std::size_t>(m) + chunk - 1) / chunk;
    parallelFor(chunks, threads, [&](std::size_t c, int) {
        std::vector<Cand> row;
        const Eigen::Index e = std::min<Eigen::Index>(m, static_cast<Eigen::Index>((c + 1) * chunk));
        for (Eigen::Index r = static_cast<Eigen::Index>(c * chunk); r < e; ++r) {
            const Cand* l = lists.row(r);
            const int s = lists.size(r);
            row.assign(l, l + s);
            for (auto& cand : row) {
                const double d = exactDistance(queries.row(r).data(), base.row(cand.idx).data(), dim);
                cand.d2 = d * d;
            }
            std::sort(row.begin(), row.end(), before);
            bool exact = s >= available; // every candidate was kept
            if (!exact && s >= k) {
                const double worstApprox = l[s - 1].d2;
                const double lower = worstApprox - bound(pq.norm[r], pb.maxNorm, worstApprox);
                exact = lower > row[static_cast<std::size_t>(k - 1)].d2;
            }
            if (!exact) {
                row.clear();
                for (Eigen::Index j = 0; j < n; ++j) {
                    if (excludeSelf && j == r) {
                        continue;
                    }
                    const double d = exactDistance(queries.row(r).data(), base.row(j).data(), dim);
                    row.push_back({d * d, j});
                }
                std::partial_sort(row.begin(), row.begin() + k, row.end(), before);
            }
            for (int i = 0; i < k; ++i) {
                out.indices(r, i) = row[static_cast<std::size_t>(i)].idx;
                out.distances(r, i) = std::sqrt(row[static_cast<std::size_t>(i)].d2);
            }
        }
    });
    return out;
}

void checkK(int k, Eigen::Index available, const char* what)
{
    if (k < 1 || k > kMaxNeighbours || k > available) {
        throw std::invalid_argument(std::string(what) + ": k = " + std::to_string(k)
                                    + " must be between 1 and min(" + std::to_string(kMaxNeighbours)
                                    + ", " + std::to_string(available) + ")");
    }
}

} // namespace

KnnResult knnSearch(const Eigen::Ref<const RowMatrixXf>& queries,
                    const Eigen::Ref<const RowMatrixXf>& base, int k, const Progress& progress,
                    int threads)
{
    if (queries.cols() != base.cols()) {
        throw std::invalid_argument("knnSearch: queries have " + std::to_string(queries.cols())
                                    + " columns, base has " + std::to_string(base.cols()));
    }
    checkK(k, base.rows(), "knnSearch");
    const Eigen::VectorXf shift = meanOf(base);
    const Prepared pq = prepare(queries, shift);
    const Prepared pb = prepare(base, shift);
    const int cap = static_cast<int>(std::min<Eigen::Index>(k + kSlack, base.rows()));
    const auto tiles = makeTiles(queries.rows(), base.rows(), false);
    const int workers = workerCount(tiles.size(), threads);
    // Each tile task owns whole rows of queries only when tiles of one row block go to one
    // worker; with per-worker lists merged at the end, any hand-out order gives the same lists.
    std::vector<CandidateLists> lists(static_cast<std::size_t>(workers),
                                      CandidateLists(queries.rows(), cap));
    ProgressCounter counter(progress, 0, tiles.size());
    parallelFor(tiles.size(), workers, [&](std::size_t t, int w) {
        counter.check();
        const Tile& tile = tiles[t];
        const Eigen::MatrixXf dots = tileProduct(pq.shifted, pb.shifted, tile);
        CandidateLists& mine = lists[static_cast<std::size_t>(w)];
        for (Eigen::Index j = 0; j < tile.cols; ++j) {
            const double nb = pb.sq[tile.c0 + j];
            for (Eigen::Index i = 0; i < tile.rows; ++i) {
                const Eigen::Index r = tile.r0 + i;
                const double approx = pq.sq[r] + nb - 2.0 * static_cast<double>(dots(i, j));
                if (approx <= mine.threshold(r)) {
                    mine.insert(r, {approx, tile.c0 + j});
                }
            }
        }
        counter.advance(1);
    });
    for (std::size_t w = 1; w < lists.size(); ++w) {
        lists[0].mergeFrom(lists[w]);
    }
    return finish(lists[0], queries, base, pq, pb, k, false, ErrorBound(queries.cols()), threads);
}

KnnResult knnSelf(const Eigen::Ref<const RowMatrixXf>& points, int k, const Progress& progress,
                  int threads)
{
    checkK(k, points.rows() - 1, "knnSelf");
    const Eigen::VectorXf shift = meanOf(points);
    const Prepared p = prepare(points, shift);
    const Eigen::Index n = points.rows();
    const int cap = static_cast<int>(std::min<Eigen::Index>(k + kSlack, n - 1));
    const auto tiles = makeTiles(n, n, true);
    const int workers = workerCount(tiles.size(), threads);
    std::vector<CandidateLists> lists(static_cast<std::size_t>(workers), CandidateLists(n, cap));
    ProgressCounter counter(progress, 0, tiles.size());
    parallelFor(tiles.size(), workers, [&](std::size_t t, int w) {
        counter.check();
        const Tile& tile = tiles[t];
        const Eigen::MatrixXf dots = tileProduct(p.shifted, p.shifted, tile);
        CandidateLists& mine = lists[static_cast<std::size_t>(w)];
        const bool diagonal = tile.r0 == tile.c0;
        for (Eigen::Index j = 0; j < tile.cols; ++j) {
            const Eigen::Index c = tile.c0 + j;
            const double nb = p.sq[c];
            // Each unordered pair once: in a diagonal tile only i < j; the value feeds both rows.
            const Eigen::Index iEnd = diagonal ? j : tile.rows;
            for (Eigen::Index i = 0; i < iEnd; ++i) {
                const Eigen::Index r = tile.r0 + i;
                const double approx = p.sq[r] + nb - 2.0 * static_cast<double>(dots(i, j));
                if (approx <= mine.threshold(r)) {
                    mine.insert(r, {approx, c});
                }
                if (approx <= mine.threshold(c)) {
                    mine.insert(c, {approx, r});
                }
            }
        }
        counter.advance(1);
    });
    for (std::size_t w = 1; w < lists.size(); ++w) {
        lists[0].mergeFrom(lists[w]);
    }
    return finish(lists[0], points, points, p, p, k, true, ErrorBound(points.cols()), threads);
}

CrossResult crossNeighbourhoods(const Eigen::Ref<const RowMatrixXf>& real,
                                const Eigen::Ref<const RowMatrixXf>& generated,
                                const CrossOptions& options, const Progress& progress)
{
    const Eigen::Index n = real.rows();
    const Eigen::Index m = generated.rows();
    const Eigen::Index dim = real.cols();
    if (generated.cols() != dim) {
        throw std::invalid_argument("crossNeighbourhoods: real has " + std::to_string(dim)
                                    + " columns, generated has " + std::to_string(generated.cols()));
    }
    const int kg = options.kGeneratedToReal;
    const int kr = options.kRealToGenerated;
    if (kg > 0) {
        checkK(kg, n, "crossNeighbourhoods (generated to real)");
    }
    if (kr > 0) {
        checkK(kr, m, "crossNeighbourhoods (real to generated)");
    }
    const Eigen::VectorXd* rr = options.realRadius;
    const Eigen::VectorXd* gr = options.generatedRadius;
    if ((rr && rr->size() != n) || (gr && gr->size() != m)) {
        throw std::invalid_argument("crossNeighbourhoods: radius vectors do not match the sets");
    }
    const bool realism = rr && !std::isnan(options.realismRadiusLimit);

    const Eigen::VectorXf shift = meanOf(real);
    const Prepared pr = prepare(real, shift);
    const Prepared pg = prepare(generated, shift);
    const ErrorBound bound(dim);

    // Per-column (real) and per-row (generated) squared radii and the band half-widths within
    // which a radius test is uncertain. The band is the pair bound evaluated with the largest
    // norm of the other set at an approx above r² + band (the bound grows with approx, so it then
    // covers every approx inside the band, also for radii that are tiny next to the bound).
    Eigen::VectorXd realR2, realBand, genR2, genBand;
    if (rr) {
        realR2 = rr->array().square();
        realBand.resize(n);
        for (Eigen::Index i = 0; i < n; ++i) {
            const double first = bound(pr.norm[i], pg.maxNorm, 2 * realR2[i]);
            realBand[i] = bound(pr.norm[i], pg.maxNorm, 2 * realR2[i] + first);
        }
    }
    if (gr) {
        genR2 = gr->array().square();
        genBand.resize(m);
        for (Eigen::Index j = 0; j < m; ++j) {
            const double first = bound(pg.norm[j], pr.maxNorm, 2 * genR2[j]);
            genBand[j] = bound(pg.norm[j], pr.maxNorm, 2 * genR2[j] + first);
        }
    }
    // Live k: bands at the largest k (a pair outside every K-ball is outside every smaller one,
    // radii grow with k), the eligible k of each real sample for realism as a bit mask, and its
    // largest eligible squared radius (the realism prune below).
    const RowMatrixXd* liveR = options.realRadii;
    const RowMatrixXd* liveS = options.generatedRadii;
    const bool live = liveR && liveS;
    const int kLive = live ? static_cast<int>(liveR->cols()) : 0;
    RowMatrixXd liveR2;
    Eigen::VectorXd liveRealBand, liveGenS2, liveGenBand, liveMaxR2;
    std::vector<std::uint32_t> liveMask;
    if (live) {
        if (kLive < 1 || kLive > 31 || liveS->cols() != kLive || liveR->rows() != n
            || liveS->rows() != m || !options.liveRealismLimits
            || static_cast<int>(options.liveRealismLimits->size()) != kLive) {
            throw std::invalid_argument("crossNeighbourhoods: live radii must be N x K and M x K "
                                        "(1 <= K <= 31) with K realism limits");
        }
        liveR2 = liveR->array().square();
        liveRealBand.resize(n);
        liveMaxR2.resize(n);
        liveMask.assign(static_cast<std::size_t>(n), 0);
        for (Eigen::Index i = 0; i < n; ++i) {
            const double r2 = liveR2(i, kLive - 1);
            const double first = bound(pr.norm[i], pg.maxNorm, 2 * r2);
            liveRealBand[i] = bound(pr.norm[i], pg.maxNorm, 2 * r2 + first);
            liveMaxR2[i] = -1;
            for (int k = 0; k < kLive; ++k) {
                if ((*liveR)(i, k) <= (*options.liveRealismLimits)[static_cast<std::size_t>(k)]) {
                    liveMask[static_cast<std::size_t>(i)] |= 1u << k;
                    liveMaxR2[i] = std::max(liveMaxR2[i], liveR2(i, k));
                }
            }
        }
        liveGenS2.resize(m);
        liveGenBand.resize(m);
        for (Eigen::Index j = 0; j < m; ++j) {
            const double s2 = (*liveS)(j, kLive - 1) * (*liveS)(j, kLive - 1);
            const double first = bound(pg.norm[j], pr.maxNorm, 2 * s2);
            liveGenS2[j] = s2;
            liveGenBand[j] = bound(pg.norm[j], pr.maxNorm, 2 * s2 + first);
        }
    }
    const std::size_t kl = static_cast<std::size_t>(kLive);

    std::vector<std::uint8_t> eligible;
    if (realism) {
        eligible.resize(static_cast<std::size_t>(n));
        for (Eigen::Index i = 0; i < n; ++i) {
            eligible[static_cast<std::size_t>(i)] = (*rr)[i] <= options.realismRadiusLimit;
        }
    }

    struct WorkerState
    {
        CandidateLists genLists, realLists;
        std::vector<std::int64_t> count;
        std::vector<std::uint8_t> inside;
        std::vector<double> bestRatio; // r²/d² (monotone in the realism ratio)
        std::vector<std::int64_t> bestIndex;
        // Live k: pairs counted at the smallest k whose ball holds them (M×K), the smallest k
        // at which each real sample is recalled (N), realism per (generated, k) and the least
        // of each generated sample's K realism ratios (the prune bound).
        std::vector<std::int32_t> liveFirst;
        std::vector<std::uint8_t> liveRecall;
        std::vector<double> liveBest;
        std::vector<std::int64_t> liveBestIndex;
        std::vector<double> liveMinBest;
        std::int64_t rechecks = 0;
    };
    const auto tiles = makeTiles(m, n, false);
    const int workers = workerCount(tiles.size(), options.threads);
    std::vector<WorkerState> state(static_cast<std::size_t>(workers));
    const int capG = kg > 0 ? static_cast<int>(std::min<Eigen::Index>(kg + kSlack, n)) : 0;
    const int capR = kr > 0 ? static_cast<int>(std::min<Eigen::Index>(kr + kSlack, m)) : 0;
    for (auto& s : state) {
        if (kg > 0) {
            s.genLists = CandidateLists(m, capG);
        }
        if (kr > 0) {
            s.realLists = CandidateLists(n, capR);
        }
        if (rr) {
            s.count.assign(static_cast<std::size_t>(m), 0);
        }
        if (gr) {
            s.inside.assign(static_cast<std::size_t>(n), 0);
        }
        if (realism) {
            s.bestRatio.assign(static_cast<std::size_t>(m), -1.0);
            s.bestIndex.assign(static_cast<std::size_t>(m), -1);
        }
        if (live) {
            s.liveFirst.assign(static_cast<std::size_t>(m) * kl, 0);
            s.liveRecall.assign(static_cast<std::size_t>(n), static_cast<std::uint8_t>(kLive + 1));
            s.liveBest.assign(static_cast<std::size_t>(m) * kl, -1.0);
            s.liveBestIndex.assign(static_cast<std::size_t>(m) * kl, -1);
            s.liveMinBest.assign(static_cast<std::size_t>(m), -1.0);
        }
    }

    ProgressCounter counter(progress, 0, tiles.size());
    parallelFor(tiles.size(), workers, [&](std::size_t t, int w) {
        counter.check();
        const Tile& tile = tiles[t];
        // Rows: generated samples; columns: real samples.
        const Eigen::MatrixXf dots = tileProduct(pg.shifted, pr.shifted, tile);
        WorkerState& s = state[static_cast<std::size_t>(w)];
        for (Eigen::Index jj = 0; jj < tile.cols; ++jj) {
            const Eigen::Index i = tile.c0 + jj; // real index
            const double ni = pr.sq[i];
            for (Eigen::Index ii = 0; ii < tile.rows; ++ii) {
                const Eigen::Index j = tile.r0 + ii; // generated index
                const double approx = pg.sq[j] + ni - 2.0 * static_cast<double>(dots(ii, jj));
                if (kg > 0 && approx <= s.genLists.threshold(j)) {
                    s.genLists.insert(j, {approx, i});
                }
                if (kr > 0 && approx <= s.realLists.threshold(i)) {
                    s.realLists.insert(i, {approx, j});
                }
                double exact2 = -1; // computed at most once per pair, when needed
                auto exactSquared = [&]() {
                    if (exact2 < 0) {
                        const double d = exactDistance(generated.row(j).data(), real.row(i).data(), dim);
                        exact2 = d * d;
                        ++s.rechecks;
                    }
                    return exact2;
                };
                if (rr) {
                    const double r2 = realR2[i];
                    const double band = realBand[i];
                    bool in = approx < r2 - band;
                    if (!in && approx <= r2 + band) {
                        in = std::sqrt(exactSquared()) < (*rr)[i];
                    }
                    if (in) {
                        ++s.count[static_cast<std::size_t>(j)];
                    }
                    if (realism && eligible[static_cast<std::size_t>(i)]) {
                        const double ratio = approx > 0 ? r2 / approx
                                                        : std::numeric_limits<double>::infinity();
                        double& best = s.bestRatio[static_cast<std::size_t>(j)];
                        std::int64_t& bi = s.bestIndex[static_cast<std::size_t>(j)];
                        if (ratio > best || (ratio == best && i < bi)) {
                            best = ratio;
                            bi = i;
                        }
                    }
                }
                if (gr && !s.inside[static_cast<std::size_t>(i)]) {
                    const double r2 = genR2[j];
                    const double band = genBand[j];
                    bool in = approx < r2 - band;
                    if (!in && approx <= r2 + band) {
                        in = std::sqrt(exactSquared()) < (*gr)[j];
                    }
                    if (in) {
                        s.inside[static_cast<std::size_t>(i)] = 1;
                    }
                }
                if (live) {
                    const auto ui = static_cast<std::size_t>(i);
                    const auto uj = static_cast<std::size_t>(j);
                    // Real balls: the exact distance for every pair that may lie in the K-ball,
                    // counted at the smallest k whose ball holds it (strict "<", as prdc).
                    if (approx <= liveR2(i, kLive - 1) + liveRealBand[i]) {
                        const double dist = std::sqrt(exactSquared());
                        const double* ri = liveR->row(i).data();
                        if (dist < ri[kLive - 1]) {
                            int k = 0;
                            while (!(dist < ri[k])) {
                                ++k;
                            }
                            ++s.liveFirst[uj * kl + static_cast<std::size_t>(k)];
                        }
                    }
                    // Generated balls (recall): the smallest k at which real i is inside.
                    std::uint8_t& firstK = s.liveRecall[ui];
                    if (firstK > 1 && approx <= liveGenS2[j] + liveGenBand[j]) {
                        const double dist = std::sqrt(exactSquared());
                        const double* sj = liveS->row(j).data();
                        if (dist < sj[kLive - 1]) {
                            int k = 0;
                            while (!(dist < sj[k])) {
                                ++k;
                            }
                            firstK = std::min<std::uint8_t>(firstK, static_cast<std::uint8_t>(k + 1));
                        }
                    }
                    // Realism: the single-k comparison above, for every k where i is eligible.
                    // Skipped only when no ratio can reach the least current best (the 1e-9
                    // margin covers the rounding of r²/approx, so ties still update).
                    const std::uint32_t mask = liveMask[ui];
                    double& minBest = s.liveMinBest[uj];
                    if (mask != 0
                        && (!(approx > 0) || liveMaxR2[i] >= minBest * approx * (1 - 1e-9))) {
                        double* best = s.liveBest.data() + uj * kl;
                        std::int64_t* bestIndex = s.liveBestIndex.data() + uj * kl;
                        const double* r2row = liveR2.row(i).data();
                        bool changed = false;
                        for (std::uint32_t bits = mask; bits != 0; bits &= bits - 1) {
                            const int k = __builtin_ctz(bits);
                            // A multiplication rules most k out before the division (same
                            // margin as above: only ratios certainly below the best).
                            if (approx > 0 && r2row[k] < best[k] * approx * (1 - 1e-9)) {
                                continue;
                            }
                            const double ratio = approx > 0
                                ? r2row[k] / approx
                                : std::numeric_limits<double>::infinity();
                            if (ratio > best[k] || (ratio == best[k] && i < bestIndex[k])) {
                                best[k] = ratio;
                                bestIndex[k] = i;
                                changed = true;
                            }
                        }
                        if (changed) {
                            minBest = *std::min_element(best, best + kLive);
                        }
                    }
                }
            }
        }
        counter.advance(1);
    });

    CrossResult out;
    WorkerState& total = state[0];
    for (std::size_t w = 1; w < state.size(); ++w) {
        WorkerState& o = state[w];
        if (kg > 0) {
            total.genLists.mergeFrom(o.genLists);
        }
        if (kr > 0) {
            total.realLists.mergeFrom(o.realLists);
        }
        for (std::size_t j = 0; j < total.count.size(); ++j) {
            total.count[j] += o.count[j];
        }
        for (std::size_t i = 0; i < total.inside.size(); ++i) {
            total.inside[i] |= o.inside[i];
        }
        for (std::size_t j = 0; j < total.bestRatio.size(); ++j) {
            if (o.bestRatio[j] > total.bestRatio[j]
                || (o.bestRatio[j] == total.bestRatio[j] && o.bestIndex[j] < total.bestIndex[j])) {
                total.bestRatio[j] = o.bestRatio[j];
                total.bestIndex[j] = o.bestIndex[j];
            }
        }
        for (std::size_t x = 0; x < total.liveFirst.size(); ++x) {
            total.liveFirst[x] += o.liveFirst[x];
            if (o.liveBest[x] > total.liveBest[x]
                || (o.liveBest[x] == total.liveBest[x]
                    && o.liveBestIndex[x] < total.liveBestIndex[x])) {
                total.liveBest[x] = o.liveBest[x];
                total.liveBestIndex[x] = o.liveBestIndex[x];
            }
        }
        for (std::size_t i = 0; i < total.liveRecall.size(); ++i) {
            total.liveRecall[i] = std::min(total.liveRecall[i], o.liveRecall[i]);
        }
        total.rechecks += o.rechecks;
    }
    if (kg > 0) {
        out.generatedToReal = finish(total.genLists, generated, real, pg, pr, kg, false, bound,
                                     options.threads);
    }
    if (kr > 0) {
        out.realToGenerated = finish(total.realLists, real, generated, pr, pg, kr, false, bound,
                                     options.threads);
    }
    out.realBallsContaining = std::move(total.count);
    out.insideGeneratedBall = std::move(total.inside);
    if (realism) {
        out.realism.resize(static_cast<std::size_t>(m));
        out.realismIndex = std::move(total.bestIndex);
        for (Eigen::Index j = 0; j < m; ++j) {
            const std::int64_t i = out.realismIndex[static_cast<std::size_t>(j)];
            const double d = exactDistance(generated.row(j).data(), real.row(i).data(), dim);
            out.realism[static_cast<std::size_t>(j)] =
                    d > 0 ? (*rr)[i] / d : std::numeric_limits<double>::infinity();
        }
    }
    if (live) {
        out.liveBallCounts.resize(m, kLive);
        out.liveRealism.resize(m, kLive);
        out.liveRecallFirstK = std::move(total.liveRecall);
        const std::size_t chunk = 256;
        const std::size_t chunks = (static_cast<std::size_t>(m) + chunk - 1) / chunk;
        parallelFor(chunks, options.threads, [&](std::size_t c, int) {
            const Eigen::Index e = std::min<Eigen::Index>(m, static_cast<Eigen::Index>((c + 1) * chunk));
            for (Eigen::Index j = static_cast<Eigen::Index>(c * chunk); j < e; ++j) {
                const std::size_t row = static_cast<std::size_t>(j) * kl;
                std::int32_t running = 0;
                std::int64_t lastIndex = -1;
                double lastDistance = 0;
                for (int k = 0; k < kLive; ++k) {
                    running += total.liveFirst[row + static_cast<std::size_t>(k)];
                    out.liveBallCounts(j, k) = running;
                    // As the single-k pass: the value recomputed in float64 for the arg max
                    // (often the same real sample for several k).
                    const std::int64_t i = total.liveBestIndex[row + static_cast<std::size_t>(k)];
                    if (i < 0) {
                        out.liveRealism(j, k) = std::numeric_limits<double>::quiet_NaN();
                        continue;
                    }
                    if (i != lastIndex) {
                        lastDistance = exactDistance(generated.row(j).data(), real.row(i).data(), dim);
                        lastIndex = i;
                    }
                    out.liveRealism(j, k) = lastDistance > 0
                        ? (*liveR)(i, k) / lastDistance
                        : std::numeric_limits<double>::infinity();
                }
            }
        });
    }
    out.exactRechecks = total.rechecks;
    return out;
}

} // namespace genlens::metrics
