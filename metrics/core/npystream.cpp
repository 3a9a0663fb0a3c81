#include "genlens/metrics/core/npystream.h"

#include "core/npyinternal.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace genlens::metrics {

NpyRowReader::NpyRowReader(const std::string& path)
    : m_path(path)
{
    m_in.open(path, std::ios::binary);
    if (!m_in) {
        throw NpyError(path + ": cannot open for reading");
    }
    m_in.seekg(0, std::ios::end);
    const auto fileSize = static_cast<std::uint64_t>(m_in.tellg());
    m_in.seekg(0, std::ios::beg);
    const npydetail::ReadFn read = [this](void* buf, std::size_t n) -> std::size_t {
        m_in.read(static_cast<char*>(buf), static_cast<std::streamsize>(n));
        return static_cast<std::size_t>(m_in.gcount());
    };
    // Nothing proportional to the payload is allocated here, so no payload limit applies.
    NpyLimits unlimited;
    unlimited.maxBytes = std::numeric_limits<std::uint64_t>::max();
    const npydetail::NpyHeader h = npydetail::readHeader(read, path, unlimited);
    if (h.shape.size() != 2) {
        std::string s;
        for (std::size_t i = 0; i < h.shape.size(); ++i) {
            s += (i ? ", " : "") + std::to_string(h.shape[i]);
        }
        throw NpyError(path + ": expected a 2-D feature matrix (samples x dimensions), got shape ("
                       + s + ")");
    }
    if (fileSize < h.headerBytes || fileSize - h.headerBytes < h.dataBytes) {
        throw NpyError(path + ": the header claims " + std::to_string(h.elements)
                       + " elements but the file is shorter (truncated?)");
    }
    m_dtype = h.dtype;
    m_rows = h.shape[0];
    m_cols = h.shape[1];
}

std::vector<unsigned char> NpyRowReader::nextBytes(std::uint64_t maxBytes)
{
    const std::uint64_t rowBytes = static_cast<std::uint64_t>(m_cols) * npyItemSize(m_dtype);
    const std::int64_t take = std::min<std::int64_t>(
        m_rows - m_done,
        rowBytes == 0 ? m_rows - m_done
                      : std::max<std::int64_t>(1, static_cast<std::int64_t>(maxBytes / rowBytes)));
    std::vector<unsigned char> bytes(static_cast<std::size_t>(take) * rowBytes);
    m_in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (static_cast<std::size_t>(m_in.gcount()) != bytes.size()) {
        throw NpyError(m_path + ": truncated at row " + std::to_string(m_done));
    }
    m_done += take;
    return bytes;
}

RowMatrixXd NpyRowReader::nextBlock(std::int64_t maxRows)
{
    const std::uint64_t rowBytes = static_cast<std::uint64_t>(m_cols) * npyItemSize(m_dtype);
    const std::int64_t first = m_done;
    NpyArray block;
    block.dtype = m_dtype;
    block.bytes
        = nextBytes(static_cast<std::uint64_t>(std::max<std::int64_t>(maxRows, 1)) * rowBytes);
    block.shape = {m_done - first, m_cols};
    return toRowMatrixXd(block, m_path);
}

namespace {

std::string headerFor(NpyDtype dtype, std::int64_t rows, std::int64_t cols)
{
    // NEP 1 header, version 1.0: the dict padded with spaces so that the payload starts on a
    // 64-byte boundary, newline-terminated (numpy.lib.format's layout).
    std::string dict = std::string("{'descr': '") + npyDescr(dtype)
        + "', 'fortran_order': False, 'shape': (" + std::to_string(rows) + ", "
        + std::to_string(cols) + "), }";
    const std::size_t unpadded = 10 + dict.size() + 1;
    dict.append(((unpadded + 63) / 64) * 64 - unpadded, ' ');
    dict += '\n';
    std::string out("\x93NUMPY\x01\x00", 8);
    out += static_cast<char>(dict.size() & 0xff);
    out += static_cast<char>((dict.size() >> 8) & 0xff);
    return out + dict;
}

} // namespace

NpyRowWriter::NpyRowWriter(const std::string& path, NpyDtype dtype, std::int64_t rows,
                           std::int64_t cols)
    : m_path(path)
    , m_expected(static_cast<std::uint64_t>(rows) * static_cast<std::uint64_t>(cols)
                 * npyItemSize(dtype))
{
    m_out.open(path, std::ios::binary | std::ios::trunc);
    if (!m_out) {
        throw NpyError(path + ": cannot open for writing");
    }
    const std::string header = headerFor(dtype, rows, cols);
    m_out.write(header.data(), static_cast<std::streamsize>(header.size()));
}

void NpyRowWriter::appendBytes(const unsigned char* data, std::uint64_t size)
{
    if (m_written + size > m_expected) {
        throw NpyError(m_path + ": more rows than the header declares");
    }
    m_out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    m_written += size;
}

void NpyRowWriter::finish()
{
    if (m_written != m_expected) {
        throw NpyError(m_path + ": " + std::to_string(m_written)
                       + " payload bytes written, the header declares "
                       + std::to_string(m_expected));
    }
    m_out.flush();
    if (!m_out) {
        throw NpyError(m_path + ": write failed");
    }
    m_out.close();
}

} // namespace genlens::metrics
