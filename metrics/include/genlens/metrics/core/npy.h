#pragma once

#include "genlens/metrics/core/matrix.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace genlens::metrics {

// Reading and writing NumPy .npy arrays and .npz archives (NumPy's format.py, "NEP 1").
// Supported: header versions 1.0, 2.0 and 3.0; little-endian (or byte-order-free) float32,
// float64, uint8 and int64; C order. Files come from other people, so every size the file claims
// is checked against the bytes it really holds and against NpyLimits BEFORE anything large is
// allocated.

enum class NpyDtype { Float32, Float64, UInt8, Int64 };

std::size_t npyItemSize(NpyDtype dtype);
const char* npyDescr(NpyDtype dtype); // "<f4", "<f8", "|u1", "<i8"

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
};

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

// Reads a 2-D .npy straight into a float matrix (no second copy of the payload for float32).
RowMatrixXf readNpyMatrixXf(const std::string& path, const NpyLimits& limits = {});

} // namespace genlens::metrics
