#pragma once

#include "genlens/metrics/core/npy.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace genlens::metrics {

// Reads a C-order array from an .npy file or an .npz member slice by slice along its first axis
// ("rows": the images of an N x H x W x 3 batch), so that a 600 MB batch is never held whole.
// An .npz member may be stored or deflated; it is inflated as a stream (libzip) and only the rows
// asked for are kept. Every size the file claims is checked as in readNpy()/readNpzMember()
// (header, NpyLimits, the bytes the file or the zip directory really declares) before the first
// row is read. Errors are NpyError "<file>: <reason>" ("<file>[<key>]: ..." for a member).
class NpyRowReader
{
public:
    // An .npy file when `path` ends in .npy (any case), else the member `key` of an .npz archive
    // (named "<key>.npy" or "<key>" in the zip). Reads only the header.
    static std::unique_ptr<NpyRowReader>
    open(const std::string& path, const std::string& key = "arr_0", const NpyLimits& limits = {});
    virtual ~NpyRowReader() = default;

    NpyDtype dtype() const { return m_dtype; }
    const std::vector<std::int64_t>& shape() const { return m_shape; }
    std::int64_t rows() const { return m_rows; } // shape[0]; 1 for a 0-d array
    std::size_t rowBytes() const { return m_rowBytes; } // bytes of one row
    std::int64_t position() const { return m_position; } // rows read so far
    const std::string& label() const { return m_label; } // "<file>" or "<file>[<key>]"

    // Reads the next min(count, rows() - position()) rows into dest (which holds count *
    // rowBytes() bytes) and returns how many were read (0 at the end). Throws NpyError when the
    // data ends early ("truncated") or the member does not inflate ("corrupt member").
    std::int64_t read(unsigned char* dest, std::int64_t count);
    // Back to row 0 (an .npz member is reopened: a deflated stream cannot seek).
    virtual void rewind() = 0;

protected:
    NpyRowReader() = default;
    // Reads exactly n bytes of payload into dest or throws "truncated".
    virtual void readBytes(unsigned char* dest, std::uint64_t n) = 0;
    void setLayout(NpyDtype dtype, std::vector<std::int64_t> shape);

    std::string m_label;
    std::int64_t m_position = 0;

private:
    NpyDtype m_dtype = NpyDtype::UInt8;
    std::vector<std::int64_t> m_shape;
    std::int64_t m_rows = 0;
    std::size_t m_rowBytes = 0;
};

} // namespace genlens::metrics
