#pragma once

#include "genlens/metrics/core/matrix.h"
#include "genlens/metrics/core/npy.h"

#include <cstdint>
#include <fstream>
#include <string>

namespace genlens::metrics {

// Row-block streaming of 2-D .npy matrices, so that statistics and shard merges of matrices far
// larger than memory hold one block at a time (`genlens stats`, `genlens merge`).

// Reads a 2-D float32/float64 (or any readNpy dtype) .npy block by block. The header is checked
// like readNpy's, and the file must hold every byte the header claims. Throws NpyError.
class NpyRowReader
{
public:
    explicit NpyRowReader(const std::string& path);
    std::int64_t rows() const { return m_rows; }
    std::int64_t cols() const { return m_cols; }
    NpyDtype dtype() const { return m_dtype; }
    // The next up to maxRows rows converted to float64 (an empty matrix at the end).
    RowMatrixXd nextBlock(std::int64_t maxRows);
    // The next up to maxBytes raw payload bytes (whole rows), as stored in the file.
    std::vector<unsigned char> nextBytes(std::uint64_t maxBytes);

private:
    std::string m_path;
    std::ifstream m_in;
    NpyDtype m_dtype = NpyDtype::Float32;
    std::int64_t m_rows = 0;
    std::int64_t m_cols = 0;
    std::int64_t m_done = 0;
};

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
