#pragma once

// Shared by npy.cpp and npz.cpp: parsing of the .npy preamble and header from a byte stream.

#include "genlens/metrics/core/npy.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <new>
#include <string>

namespace genlens::metrics::npydetail {

struct NpyHeader
{
    NpyDtype dtype = NpyDtype::Float32;
    std::vector<std::int64_t> shape;
    std::uint64_t elements = 0;
    std::uint64_t dataBytes = 0;
    std::uint64_t headerBytes = 0; // magic + version + length field + header text
    bool bigEndian = false; // payload items are byte-swapped ('>' in descr)
};

// Reads up to n bytes into buf, returns the count read (short only at end of data).
using ReadFn = std::function<std::size_t(void* buf, std::size_t n)>;

[[noreturn]] void fail(const std::string& name, const std::string& reason);

// Runs fn, which allocates about `bytes` for the array `name`; a failed allocation becomes an
// NpyError naming the array and the size, never a bare std::bad_alloc.
template<typename Fn>
auto namedAllocation(const std::string& name, std::uint64_t bytes, Fn&& fn) -> decltype(fn())
{
    try {
        return fn();
    } catch (const std::bad_alloc&) {
        fail(name, "cannot allocate " + describeBytes(bytes) + " for the array (out of memory)");
    }
}

// Reads and validates the preamble and header. Checks the element count and byte size for
// overflow and against limits.maxBytes; does not allocate anything proportional to the payload.
NpyHeader readHeader(const ReadFn& read, const std::string& name, const NpyLimits& limits);

// Reads exactly n payload bytes into dest or throws "truncated" (after reading at most n bytes).
void readPayload(const ReadFn& read, unsigned char* dest, std::uint64_t n, const std::string& name);

// Reverses the bytes of every item (big-endian payload -> little-endian).
void toLittleEndian(unsigned char* data, std::uint64_t bytes, std::size_t itemSize);
float halfToFloat(std::uint16_t h);

// The payload of a 2-D array (header already read) straight into a float32 matrix: float32
// little-endian is read in place; other dtypes / byte orders in chunks of about 4 MiB, converted
// as they arrive (never a full copy in another type). Throws NpyError unless 2-D.
RowMatrixXf decodeMatrixXf(const NpyHeader& h, const ReadFn& read, const std::string& name);

// The same with the row checks and digests of npyrows.h.
FeatureRows decodeFeatureRows(const NpyHeader& h, const ReadFn& read, const std::string& name,
                              int threads);

} // namespace genlens::metrics::npydetail
