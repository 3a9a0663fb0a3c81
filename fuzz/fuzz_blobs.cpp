// fuzz-link: genlens_fuzz_blobcodec
// The decoders of the project file's binary columns (app/project/blobcodec.cpp): score columns,
// cached feature vectors and neighbour lists, with the count stored next to each blob. The input
// is a little-endian int64 count, one byte choosing the column kind, then the blob.
#include "fuzzsupport.h"
#include "project/blobcodec.h"

#include <QtEndian>
#include <cmath>
#include <cstring>

using namespace genlens::app;
using genlens::fuzz::require;

namespace {

template<typename T> bool sameBits(const std::vector<T>& a, const std::vector<T>& b)
{
    return a.size() == b.size()
        && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 9) {
        return 0;
    }
    const qint64 count = qFromLittleEndian<qint64>(data);
    const QByteArray blob(reinterpret_cast<const char*>(data + 9), qsizetype(size - 9));
    switch (data[8] % 3) {
    case 0:
        if (const auto values = decodeDoubles(blob, count)) {
            require(qint64(values->size()) == count, "as many scores as the count");
            require(encodeDoubles(*values) == blob, "scores re-encode to the same blob");
        } else {
            require(count < 0 || blob.size() % 8 != 0 || blob.size() / 8 != count,
                    "refused only when damaged");
        }
        break;
    case 1:
        if (const auto values = decodeFloats(blob, count)) {
            require(qint64(values->size()) == count, "as many features as the count");
            require(encodeFloats(*values) == blob, "features re-encode to the same blob");
            require(sameBits(*decodeFloats(encodeFloats(*values), count), *values), "round trip");
        }
        break;
    default:
        if (const auto neighbours = decodeNeighbours(blob, count)) {
            require(qint64(neighbours->size()) == count, "as many neighbours as the count");
            const QByteArray again = encodeNeighbours(*neighbours);
            require(again.size() == blob.size(), "neighbours re-encode to the same size");
            const auto back = decodeNeighbours(again, count);
            require(back && back->size() == neighbours->size(), "re-encoded neighbours decode");
            for (std::size_t i = 0; i < back->size(); ++i) {
                const Neighbour& a = (*back)[i];
                const Neighbour& b = (*neighbours)[i];
                require(a.from == b.from && a.to == b.to && a.rank == b.rank
                            && a.fromSet == b.fromSet && a.toSet == b.toSet
                            && std::memcmp(&a.distance, &b.distance, sizeof(double)) == 0,
                        "neighbours round-trip");
            }
        }
        break;
    }
    return 0;
}
