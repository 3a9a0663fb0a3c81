#pragma once

#include "genlens/metrics/core/matrix.h"
#include "genlens/metrics/core/npy.h"

#include <cstdint>
#include <fstream>
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
    // Passes over the next min(count, rows() - position()) rows (a shard's start) and returns how
    // many; an .npy file seeks, an .npz member is inflated and dropped.
    std::int64_t skip(std::int64_t count);
    // Back to row 0 (an .npz member is reopened: a deflated stream cannot seek).
    virtual void rewind() = 0;

protected:
    NpyRowReader() = default;
    // Reads exactly n bytes of payload into dest or throws "truncated".
    virtual void readBytes(unsigned char* dest, std::uint64_t n) = 0;
    // Passes over n bytes of payload or throws "truncated" (by default: reads them in pieces).
    virtual void skipBytes(std::uint64_t n);
    void setLayout(NpyDtype dtype, std::vector<std::int64_t> shape);

    std::string m_label;
    std::int64_t m_position = 0;

private:
    NpyDtype m_dtype = NpyDtype::UInt8;
    std::vector<std::int64_t> m_shape;
    std::int64_t m_rows = 0;
    std::size_t m_rowBytes = 0;
};

// A 2-D .npy matrix (samples x dimensions) of any size for reading block by block (`genlens
// stats`, `genlens merge`): no payload limit applies since nothing proportional to it is held.
// Throws NpyError naming the file when the array is not 2-D.
std::unique_ptr<NpyRowReader> openNpyMatrixRows(const std::string& path);
// The columns of a reader from openNpyMatrixRows().
inline std::int64_t npyMatrixCols(const NpyRowReader& reader)
{
    return reader.shape().at(1);
}
// The next up to maxRows (at least 1) rows of a 2-D reader converted to float64 (no rows at the
// end).
RowMatrixXd readRowBlock(NpyRowReader& reader, std::int64_t maxRows);

// Writes a rows x cols .npy whose row count is known up front, block by block; finish() checks
// that exactly that many rows came. Throws NpyError naming the file.
class NpyRowWriter
{
public:
    NpyRowWriter(const std::string& path, NpyDtype dtype, std::int64_t rows, std::int64_t cols);
    void appendBytes(const unsigned char* data, std::uint64_t size);
    void finish();

private:
    std::string m_path;
    std::ofstream m_out;
    std::uint64_t m_expected = 0;
    std::uint64_t m_written = 0;
};

} // namespace genlens::metrics
