#include "genlens/metrics/core/statsfile.h"

#include "genlens/metrics/core/npy.h"
#include "genlens/metrics/core/npyrows.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <stdexcept>

namespace genlens::metrics {

namespace {

// Rows per block: about 16 M values (128 MB as float64) whatever d is, so that each block is a
// large rank-k update (fast) while memory stays bounded.
std::int64_t blockRows(std::int64_t cols)
{
    return std::max<std::int64_t>(256, (std::int64_t(1) << 24) / std::max<std::int64_t>(cols, 1));
}

} // namespace

FeatureStats featureStatsOfNpy(const std::string& path, const Progress& progress,
                               const NpyLimits& limits)
{
    const std::unique_ptr<NpyRowReader> rowsOfFile = openNpyMatrixRows(path);
    NpyRowReader& reader = *rowsOfFile;
    const std::int64_t cols = npyMatrixCols(reader);
    if (cols == 0) {
        throw std::invalid_argument(path + ": the feature matrix has no columns");
    }
    // The d x d float64 accumulators grow with the header's width, not with the rows the file
    // holds: a header of (0, 300000) is a valid 128-byte file that would ask for 670 GiB.
    const double covarianceBytes = double(cols) * double(cols) * 8.0;
    if (covarianceBytes > double(limits.maxBytes)) {
        const auto gib = [](double bytes) {
            char text[32];
            std::snprintf(text, sizeof text, "%.1f GiB", bytes / double(1ull << 30));
            return std::string(text);
        };
        throw NpyError(path + ": " + std::to_string(cols) + " columns need a "
                       + std::to_string(cols) + " x " + std::to_string(cols) + " covariance of "
                       + gib(covarianceBytes) + ", above the limit of "
                       + gib(double(limits.maxBytes)));
    }
    FeatureStats total(cols);
    const std::int64_t block = blockRows(cols);
    for (std::int64_t first = 0; first < reader.rows(); first += block) {
        const RowMatrixXd rows = readRowBlock(reader, block);
        for (Eigen::Index r = 0; r < rows.rows(); ++r) {
            if (!rows.row(r).allFinite()) {
                throw std::invalid_argument(path + ": row " + std::to_string(first + r)
                                            + " holds NaN or Inf");
            }
        }
        // A fixed block size keeps the rounding independent of threads and timing; blocks are
        // merged in file order. float32 files (what `genlens features` writes) go through
        // computeFeatureStats, which uses every core, exactly (float32 -> float64 is exact);
        // float64 files keep their precision.
        if (reader.dtype() == NpyDtype::Float32) {
            total.merge(computeFeatureStats(rows.cast<float>(), {}, 0));
        } else {
            total.add(rows);
        }
        reportProgress(progress, static_cast<std::size_t>(first + rows.rows()),
                       static_cast<std::size_t>(reader.rows()));
    }
    return total;
}

void writeStatsFile(const std::string& path, const StatsFile& file)
{
    const FeatureStats& s = file.stats;
    const Eigen::Index d = s.dim();
    RowMatrixXd sigma(d, d);
    if (s.count() >= 2) {
        sigma = s.scatter() / static_cast<double>(s.count() - 1);
    } else {
        sigma.setConstant(std::numeric_limits<double>::quiet_NaN());
    }
    const Eigen::VectorXd mu = s.count() > 0 ? s.mean() : Eigen::VectorXd::Zero(d);
    const RowMatrixXd m2 = s.count() > 0 ? RowMatrixXd(s.scatter()) : RowMatrixXd::Zero(d, d);
    NpyArray n;
    n.dtype = NpyDtype::Int64;
    const std::int64_t count = s.count();
    n.bytes.resize(sizeof count);
    std::memcpy(n.bytes.data(), &count, sizeof count); // little-endian machines only (npy.h)
    std::vector<std::pair<std::string, NpyArray>> members {{"mu", npyFromVector(mu)},
                                                           {"sigma", npyFromMatrix(sigma)},
                                                           {"n", n},
                                                           {"m2", npyFromMatrix(m2)}};
    if (!file.extractorId.empty()) {
        NpyArray id;
        id.dtype = NpyDtype::UInt8;
        id.shape = {static_cast<std::int64_t>(file.extractorId.size())};
        id.bytes.assign(file.extractorId.begin(), file.extractorId.end());
        members.emplace_back("extractor", std::move(id));
    }
    writeNpz(path, members, true);
}

StatsFile readStatsFile(const std::string& path)
{
    const std::vector<std::string> keys = npzKeys(path);
    const auto has
        = [&](const char* key) { return std::find(keys.begin(), keys.end(), key) != keys.end(); };
    if (!has("mu") || !has("n") || !has("m2")) {
        throw std::invalid_argument(path
                                    + ": not a mergeable statistics file (it needs mu, n and m2, "
                                      "as `genlens stats` writes; pytorch-fid files hold only "
                                      "mu and sigma)");
    }
    const NpyArray nArray = readNpzMember(path, "n");
    if (nArray.elementCount() != 1 || nArray.dtype != NpyDtype::Int64) {
        throw std::invalid_argument(path + ": n must be one int64");
    }
    const double nValue = nArray.valueAt(0);
    const Eigen::VectorXd mu = toVectorXd(readNpzMember(path, "mu"), path + "[mu]");
    const RowMatrixXd m2 = toRowMatrixXd(readNpzMember(path, "m2"), path + "[m2]");
    if (m2.rows() != mu.size() || m2.cols() != mu.size()) {
        throw std::invalid_argument(path + ": mu has " + std::to_string(mu.size())
                                    + " entries but m2 is " + std::to_string(m2.rows()) + "x"
                                    + std::to_string(m2.cols()));
    }
    if (nValue < 0) {
        throw std::invalid_argument(path + ": n is negative");
    }
    if (!mu.allFinite() || !m2.allFinite()) {
        throw std::invalid_argument(path + ": mu or m2 holds NaN or Inf");
    }
    StatsFile file;
    file.stats = FeatureStats::fromMoments(static_cast<std::int64_t>(nValue), mu, m2);
    if (has("extractor")) {
        const NpyArray id = readNpzMember(path, "extractor");
        if (id.dtype != NpyDtype::UInt8 || id.ndim() != 1) {
            throw std::invalid_argument(path
                                        + ": extractor must be a 1-D uint8 array (UTF-8 bytes)");
        }
        file.extractorId.assign(id.bytes.begin(), id.bytes.end());
    }
    return file;
}

StatsFile mergeStatsFiles(const std::vector<std::string>& paths)
{
    StatsFile merged;
    std::string firstPath;
    std::string idPath;
    for (const std::string& path : paths) {
        const StatsFile file = readStatsFile(path);
        if (firstPath.empty()) {
            firstPath = path;
            merged.stats = FeatureStats(file.stats.dim());
        } else if (file.stats.dim() != merged.stats.dim()) {
            throw std::invalid_argument(path + ": statistics of " + std::to_string(file.stats.dim())
                                        + " dimensions, but " + firstPath + " has "
                                        + std::to_string(merged.stats.dim()));
        }
        if (!file.extractorId.empty()) {
            if (merged.extractorId.empty()) {
                merged.extractorId = file.extractorId;
                idPath = path;
            } else if (file.extractorId != merged.extractorId) {
                throw std::invalid_argument(path + ": extractor '" + file.extractorId + "', but "
                                            + idPath + " has '" + merged.extractorId + "'");
            }
        }
        merged.stats.merge(file.stats);
    }
    return merged;
}

} // namespace genlens::metrics
