#pragma once

#include "genlens/metrics/core/matrix.h"

#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace genlens::metrics {

// Reading and writing NumPy .npy arrays and .npz archives (NumPy's format.py, "NEP 1").
// Supported: header versions 1.0, 2.0 and 3.0; float16, float32, float64, uint8 and int64 in
// either byte order (big-endian payloads are swapped on reading, so NpyArray::bytes is always
// little-endian); C order. Files come from other people, so every size the file claims
// is checked against the bytes it really holds and against NpyLimits BEFORE anything large is
// allocated.

enum class NpyDtype { Float32, Float64, UInt8, Int64, Float16 };

std::size_t npyItemSize(NpyDtype dtype);
const char* npyDescr(NpyDtype dtype); // "<f4", "<f8", "|u1", "<i8", "<f2"

// Every refusal: what() is "<file>: <reason>" (for an .npz member "<file>[<key>]: <reason>").
class NpyError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct NpyLimits
{
    // Largest array payload accepted, and the largest an .npz member may inflate to. 8 GiB.
    std::uint64_t maxBytes = 8ull << 30;
    // Appended to a refusal for the limit, e.g. "raise it with --max-member-mb" (the caller knows
    // how its user sets maxBytes).
    std::string raiseHint;
};

// "<n> bytes (<m> MiB)" for messages about sizes and limits.
std::string describeBytes(std::uint64_t bytes);

struct NpyArray
{
    NpyDtype dtype = NpyDtype::Float32;
    std::vector<std::int64_t> shape; // empty for a 0-d array
    std::vector<unsigned char> bytes; // C order, little-endian

    std::int64_t elementCount() const;
    int ndim() const { return static_cast<int>(shape.size()); }
    // Element i converted to double (any dtype).
    double valueAt(std::int64_t i) const;
};

NpyArray readNpy(const std::string& path, const NpyLimits& limits = {});
// Only the header (validated, sizes checked against the file): what the array is, before
// anything proportional to it is allocated.
struct NpyInfo
{
    NpyDtype dtype = NpyDtype::Float32;
    std::vector<std::int64_t> shape;
};
NpyInfo readNpyInfo(const std::string& path, const NpyLimits& limits = {});
// Parse an .npy image held in memory; `name` is used in messages.
NpyArray parseNpy(const unsigned char* data, std::size_t size, const std::string& name,
                  const NpyLimits& limits = {});

// Serialised .npy bytes (version 1.0 header, or 2.0 when the header needs it).
std::vector<unsigned char> serialiseNpy(const NpyArray& array);
void writeNpy(const std::string& path, const NpyArray& array);

// Member names of an .npz archive, without the ".npy" suffix, in archive order.
std::vector<std::string> npzKeys(const std::string& path);
NpyArray readNpzMember(const std::string& path, const std::string& key,
                       const NpyLimits& limits = {});
// Only the member's header (inflates no more than the header's bytes).
NpyInfo readNpzMemberInfo(const std::string& path, const std::string& key,
                          const NpyLimits& limits = {});
// Writes an archive with one "<key>.npy" member per entry, deflated or stored.
void writeNpz(const std::string& path, const std::vector<std::pair<std::string, NpyArray>>& members,
              bool compressed = true);

// Conversions. The matrix readers require a 2-D array (throw NpyError naming `name` and the
// shape otherwise); any supported dtype converts.
RowMatrixXf toRowMatrixXf(const NpyArray& array, const std::string& name);
RowMatrixXd toRowMatrixXd(const NpyArray& array, const std::string& name);
Eigen::VectorXd toVectorXd(const NpyArray& array, const std::string& name); // 1-D only
NpyArray npyFromMatrix(const Eigen::Ref<const RowMatrixXf>& m);
NpyArray npyFromMatrix(const Eigen::Ref<const RowMatrixXd>& m);
NpyArray npyFromVector(const Eigen::Ref<const Eigen::VectorXd>& v);

// Reads a 2-D .npy / .npz member straight into a float matrix: header first, then the payload
// into the matrix (float32) or converted in chunks (other dtypes, big-endian); no second copy.
RowMatrixXf readNpyMatrixXf(const std::string& path, const NpyLimits& limits = {});
RowMatrixXf readNpzMatrixXf(const std::string& path, const std::string& key,
                            const NpyLimits& limits = {});

// Feature matrices for the metrics, with what the app records about each row: which rows hold
// NaN/Inf (dropped, reported) and a content digest of every kept row (core/featurerows.cpp).
// SHA-1 of a row's values as little-endian float64 (the widening is exact, so it identifies the
// row; float64 files hash their own bytes). Project stores key and match samples by it.
using RowDigest = std::array<unsigned char, 20>;

struct FeatureRows
{
    RowMatrixXf features; // the finite rows, in file order
    std::vector<std::int64_t> rows; // source row of each kept row
    std::vector<std::int64_t> dropped; // rows holding NaN or Inf, ascending
    std::vector<RowDigest> digests; // one per kept row
};

// A 2-D array already in memory (any dtype) -> kept rows as float32, digests. The checks and
// digests run on `threads` workers (0 = all cores). Throws NpyError naming `name` unless 2-D.
FeatureRows featureRows(const NpyArray& array, const std::string& name, int threads = 0);
// The same straight from a file: the header first, then the payload into the matrix (float32)
// or converted in chunks as it arrives (other dtypes, big-endian); never a second full copy.
FeatureRows readNpyFeatureRows(const std::string& path, const NpyLimits& limits = {},
                               int threads = 0);
FeatureRows readNpzFeatureRows(const std::string& path, const std::string& key,
                               const NpyLimits& limits = {}, int threads = 0);

} // namespace genlens::metrics
