// fuzz-link: genlens_fuzz_npy
// The .npz reader on arbitrary bytes: the zip directory and member inflation (core/npz.cpp,
// libzip), each member through the .npy checks, the streaming row reader (core/npyrows.cpp) and the
// statistics-file reader (core/statsfile.cpp).
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

template<typename F> void refusalsAllowed(F&& f)
{
    try {
        f();
    } catch (const NpyError&) {
    } catch (const std::invalid_argument&) { }
}

void checkMember(const std::string& path, const std::string& key, const NpyLimits& limits)
{
    refusalsAllowed([&] {
        const NpyInfo info = readNpzMemberInfo(path, key, limits);
        const NpyArray array = readNpzMember(path, key, limits);
        require(info.dtype == array.dtype && info.shape == array.shape,
                "the member's header and its array agree");
    });
    refusalsAllowed([&] { readNpzMatrixXf(path, key, limits); });
    refusalsAllowed([&] { readNpzFeatureRows(path, key, limits, 1); });
    refusalsAllowed([&] {
        const auto reader = NpyRowReader::open(path, key, limits);
        const std::uint64_t rowBytes = std::max<std::uint64_t>(reader->rowBytes(), 1);
        const std::int64_t chunk
            = std::int64_t(std::min<std::uint64_t>(4, kMaxPayloadBytes / rowBytes));
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
        reader->skip(2);
        reader->read(buffer.data(), chunk);
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static genlens::fuzz::InputFile file(".npz");
    NpyLimits limits;
    limits.maxBytes = kMaxPayloadBytes;

    const std::string& path = file.write(data, size);
    std::vector<std::string> keys;
    refusalsAllowed([&] { keys = npzKeys(path); });
    // Members past the fourth exercise nothing new.
    for (std::size_t i = 0; i < std::min<std::size_t>(keys.size(), 4); ++i) {
        checkMember(path, keys[i], limits);
    }
    if (keys.empty()) {
        checkMember(path, "arr_0", limits);
    }
    refusalsAllowed([&] { readStatsFile(path); });
    return 0;
}
