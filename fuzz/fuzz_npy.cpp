// fuzz-link: genlens_fuzz_npy
// The .npy reader on arbitrary bytes: the header parser and the payload checks (core/npy.cpp), the
// in-memory conversions, the feature-row reader (core/featurerows.cpp), the row-by-row reader
// (core/npyrows.cpp) and the block statistics of `genlens stats` (core/statsfile.cpp).
#include "fuzzsupport.h"

#include <algorithm>
#include <genlens/metrics/core/npy.h>
#include <genlens/metrics/core/npyrows.h>
#include <genlens/metrics/core/statsfile.h>
#include <stdexcept>
#include <vector>

using namespace genlens::metrics;
using genlens::fuzz::kMaxPayloadBytes;
using genlens::fuzz::require;

namespace {

// Every refusal of these readers is one of these (what() names the file and the reason); any
// other exception escapes and is a finding.
template<typename F> void refusalsAllowed(F&& f)
{
    try {
        f();
    } catch (const NpyError&) {
    } catch (const std::invalid_argument&) { }
}

void checkInMemory(const std::uint8_t* data, std::size_t size, const NpyLimits& limits)
{
    const NpyArray array = parseNpy(data, size, "fuzz.npy", limits);
    require(array.bytes.size() == std::uint64_t(array.elementCount()) * npyItemSize(array.dtype),
            "payload size matches the shape");
    if (array.elementCount() > 0) {
        array.valueAt(0);
        array.valueAt(array.elementCount() - 1);
    }
    // What we write, we read back unchanged.
    const std::vector<unsigned char> again = serialiseNpy(array);
    const NpyArray back = parseNpy(again.data(), again.size(), "again.npy", limits);
    require(back.dtype == array.dtype && back.shape == array.shape && back.bytes == array.bytes,
            "serialiseNpy(parseNpy(x)) reads back the same array");
    if (array.ndim() == 2) {
        const RowMatrixXf f = toRowMatrixXf(array, "fuzz.npy");
        const RowMatrixXd d = toRowMatrixXd(array, "fuzz.npy");
        require(f.rows() == array.shape[0] && d.cols() == array.shape[1], "matrix shape");
        const FeatureRows rows = featureRows(array, "fuzz.npy", 1);
        require(rows.rows.size() + rows.dropped.size() == std::size_t(array.shape[0]),
                "every row is kept or dropped");
        require(rows.digests.size() == rows.rows.size(), "one digest per kept row");
    } else if (array.ndim() == 1) {
        require(toVectorXd(array, "fuzz.npy").size() == array.shape[0], "vector size");
    }
}

void checkRowReader(const std::string& path, const NpyLimits& limits)
{
    const auto reader = NpyRowReader::open(path, "arr_0", limits);
    // A few rows at a time, as the image batches are read; the buffer is bounded by the limit.
    const std::uint64_t rowBytes = std::max<std::uint64_t>(reader->rowBytes(), 1);
    const std::int64_t chunk
        = std::int64_t(std::min<std::uint64_t>(3, kMaxPayloadBytes / rowBytes));
    if (chunk == 0) {
        return;
    }
    std::vector<unsigned char> buffer(std::size_t(chunk) * reader->rowBytes());
    std::int64_t seen = 0;
    while (const std::int64_t got = reader->read(buffer.data(), chunk)) {
        seen += got;
    }
    require(seen == reader->rows(), "the row reader delivers every row");
    reader->rewind();
    require(reader->skip(1) == std::min<std::int64_t>(1, reader->rows()), "skip");
    reader->read(buffer.data(), chunk);
}

void checkBlocks(const std::string& path)
{
    const auto reader = openNpyMatrixRows(path);
    std::int64_t seen = 0;
    while (true) {
        const RowMatrixXd block = readRowBlock(*reader, 16);
        if (block.rows() == 0) {
            break;
        }
        seen += block.rows();
    }
    require(seen == reader->rows(), "the block reader delivers every row");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static genlens::fuzz::InputFile file(".npy");
    NpyLimits limits;
    limits.maxBytes = kMaxPayloadBytes;

    refusalsAllowed([&] { checkInMemory(data, size, limits); });
    const std::string& path = file.write(data, size);
    refusalsAllowed([&] { readNpyInfo(path, limits); });
    refusalsAllowed([&] { readNpyMatrixXf(path, limits); });
    refusalsAllowed([&] { readNpyFeatureRows(path, limits, 1); });
    refusalsAllowed([&] { checkRowReader(path, limits); });
    // `genlens stats` / `genlens merge` apply no payload limit (one block in memory at a time).
    refusalsAllowed([&] { checkBlocks(path); });
    refusalsAllowed([&] { featureStatsOfNpy(path, {}, limits); });
    return 0;
}
