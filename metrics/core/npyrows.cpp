// Slice-by-slice reading of .npy files and .npz members (NpyRowReader). The header is parsed by
// the same code as readNpy() (npyinternal.h); only the payload is read differently: a slice of
// rows at a time into the caller's buffer instead of one allocation for the whole array.

#include "genlens/metrics/core/npyrows.h"

#include "core/npyinternal.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <limits>
#include <zip.h>

namespace genlens::metrics {

using namespace npydetail;

namespace {

bool endsWithNpy(const std::string& path)
{
    if (path.size() < 4) {
        return false;
    }
    std::string tail = path.substr(path.size() - 4);
    std::transform(tail.begin(), tail.end(), tail.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return tail == ".npy";
}

struct FileCloser
{
    void operator()(std::FILE* f) const
    {
        if (f) {
            std::fclose(f);
        }
    }
};

// A plain .npy file: the payload follows the header, so a slice is one fread.
class NpyFileRows final : public NpyRowReader
{
public:
    NpyFileRows(const std::string& path, const NpyLimits& limits)
        : m_file(std::fopen(path.c_str(), "rb"))
    {
        m_label = path;
        if (!m_file) {
            fail(path, "cannot open the file");
        }
        if (std::fseek(m_file.get(), 0, SEEK_END) != 0) {
            fail(path, "cannot read the file");
        }
        const long size = std::ftell(m_file.get());
        std::rewind(m_file.get());
        const NpyHeader h = readHeader(
            [this](void* buf, std::size_t n) { return std::fread(buf, 1, n, m_file.get()); }, path,
            limits);
        if (size < 0 || std::uint64_t(size) < h.headerBytes
            || std::uint64_t(size) - h.headerBytes < h.dataBytes) {
            fail(path,
                 "truncated: the header claims " + std::to_string(h.dataBytes)
                     + " data bytes but the file holds only "
                     + std::to_string(size < 0 || std::uint64_t(size) < h.headerBytes
                                          ? 0
                                          : std::uint64_t(size) - h.headerBytes));
        }
        m_dataOffset = long(h.headerBytes);
        setLayout(h.dtype, h.shape);
    }

    void rewind() override
    {
        if (std::fseek(m_file.get(), m_dataOffset, SEEK_SET) != 0) {
            fail(m_label, "cannot seek in the file");
        }
        m_position = 0;
    }

protected:
    void readBytes(unsigned char* dest, std::uint64_t n) override
    {
        readPayload(
            [this](void* buf, std::size_t k) { return std::fread(buf, 1, k, m_file.get()); }, dest,
            n, m_label);
    }

    // The constructor checked that the file holds the whole payload.
    void skipBytes(std::uint64_t n) override
    {
        if (std::fseek(m_file.get(), long(n), SEEK_CUR) != 0) {
            fail(m_label, "cannot seek in the file");
        }
    }

private:
    std::unique_ptr<std::FILE, FileCloser> m_file;
    long m_dataOffset = 0;
};

struct ArchiveCloser
{
    void operator()(zip_t* z) const
    {
        if (z) {
            zip_discard(z);
        }
    }
};

struct MemberCloser
{
    void operator()(zip_file_t* f) const
    {
        if (f) {
            zip_fclose(f);
        }
    }
};

// A member of an .npz archive, inflated as a stream. Reading never goes past the size the zip
// directory declares, so a member that inflates to more (a zip bomb) costs nothing.
class NpzMemberRows final : public NpyRowReader
{
public:
    NpzMemberRows(const std::string& path, const std::string& key, const NpyLimits& limits)
        : m_path(path)
        , m_limits(limits)
    {
        m_label = path + "[" + key + "]";
        int err = 0;
        m_archive.reset(zip_open(path.c_str(), ZIP_RDONLY, &err));
        if (!m_archive) {
            zip_error_t e;
            zip_error_init_with_code(&e, err);
            const std::string message = zip_error_strerror(&e);
            zip_error_fini(&e);
            fail(path, "cannot open as an .npz (zip) archive: " + message);
        }
        zip_int64_t index = zip_name_locate(m_archive.get(), (key + ".npy").c_str(), 0);
        if (index < 0) {
            index = zip_name_locate(m_archive.get(), key.c_str(), 0);
        }
        if (index < 0) {
            fail(path, "no member '" + key + "'");
        }
        m_index = zip_uint64_t(index);
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_archive.get(), m_index, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
            fail(m_label, "cannot read the member's size from the zip directory");
        }
        m_declared = st.size;
        const NpyHeader h = openMember();
        if (m_declared < h.headerBytes || m_declared - h.headerBytes < h.dataBytes) {
            fail(m_label,
                 "the header claims " + std::to_string(h.dataBytes)
                     + " data bytes but the member declares only " + std::to_string(m_declared)
                     + " bytes");
        }
        setLayout(h.dtype, h.shape);
    }

    void rewind() override
    {
        openMember();
        m_position = 0;
    }

protected:
    void readBytes(unsigned char* dest, std::uint64_t n) override
    {
        readPayload([this](void* buf, std::size_t k) { return inflate(buf, k); }, dest, n, m_label);
        if (m_inflated == m_declared) {
            // At the member's end: one more read lets libzip reach end of stream and check the
            // CRC, so a corrupt last slice is refused instead of passing silently.
            unsigned char extra = 0;
            inflate(&extra, 1);
        }
    }

private:
    // (Re)opens the member's stream and reads its header; the stream is then at row 0.
    NpyHeader openMember()
    {
        m_member.reset();
        m_inflated = 0;
        m_member.reset(zip_fopen_index(m_archive.get(), m_index, 0));
        if (!m_member) {
            fail(m_label, std::string("cannot open member: ") + zip_strerror(m_archive.get()));
        }
        return readHeader([this](void* buf, std::size_t k) { return inflate(buf, k); }, m_label,
                          m_limits);
    }

    std::size_t inflate(void* buf, std::size_t n)
    {
        const zip_int64_t got = zip_fread(m_member.get(), buf, n);
        if (got < 0) {
            fail(m_label, std::string("corrupt member: ") + zip_file_strerror(m_member.get()));
        }
        m_inflated += std::uint64_t(got);
        if (m_inflated > m_declared) {
            fail(m_label,
                 "member inflates past its declared size of " + std::to_string(m_declared)
                     + " bytes");
        }
        return std::size_t(got);
    }

    std::string m_path;
    NpyLimits m_limits;
    std::unique_ptr<zip_t, ArchiveCloser> m_archive;
    std::unique_ptr<zip_file_t, MemberCloser> m_member;
    zip_uint64_t m_index = 0;
    std::uint64_t m_declared = 0;
    std::uint64_t m_inflated = 0;
};

} // namespace

std::unique_ptr<NpyRowReader> NpyRowReader::open(const std::string& path, const std::string& key,
                                                 const NpyLimits& limits)
{
    if (endsWithNpy(path)) {
        return std::make_unique<NpyFileRows>(path, limits);
    }
    return std::make_unique<NpzMemberRows>(path, key.empty() ? std::string("arr_0") : key, limits);
}

void NpyRowReader::setLayout(NpyDtype dtype, std::vector<std::int64_t> shape)
{
    m_dtype = dtype;
    m_shape = std::move(shape);
    m_rows = m_shape.empty() ? 1 : m_shape[0];
    std::uint64_t perRow = npyItemSize(dtype);
    for (std::size_t i = 1; i < m_shape.size(); ++i) {
        perRow *= std::uint64_t(m_shape[i]); // readHeader checked the product for overflow
    }
    m_rowBytes = std::size_t(perRow);
}

std::int64_t NpyRowReader::skip(std::int64_t count)
{
    const std::int64_t take = std::max<std::int64_t>(0, std::min(count, m_rows - m_position));
    if (take > 0) {
        skipBytes(std::uint64_t(take) * m_rowBytes);
        m_position += take;
    }
    return take;
}

void NpyRowReader::skipBytes(std::uint64_t n)
{
    std::vector<unsigned char> scratch(std::size_t(std::min<std::uint64_t>(n, 1u << 20)));
    while (n > 0) {
        const std::uint64_t piece = std::min<std::uint64_t>(n, scratch.size());
        readBytes(scratch.data(), piece);
        n -= piece;
    }
}

std::int64_t NpyRowReader::read(unsigned char* dest, std::int64_t count)
{
    const std::int64_t take = std::max<std::int64_t>(0, std::min(count, m_rows - m_position));
    if (take == 0) {
        return 0;
    }
    readBytes(dest, std::uint64_t(take) * m_rowBytes);
    m_position += take;
    return take;
}

std::unique_ptr<NpyRowReader> openNpyMatrixRows(const std::string& path)
{
    NpyLimits unlimited;
    unlimited.maxBytes = std::numeric_limits<std::uint64_t>::max();
    auto reader = NpyRowReader::open(path, {}, unlimited);
    const std::vector<std::int64_t>& shape = reader->shape();
    if (shape.size() != 2) {
        std::string s;
        for (std::size_t i = 0; i < shape.size(); ++i) {
            s += (i ? ", " : "") + std::to_string(shape[i]);
        }
        throw NpyError(path + ": expected a 2-D feature matrix (samples x dimensions), got shape ("
                       + s + ")");
    }
    return reader;
}

RowMatrixXd readRowBlock(NpyRowReader& reader, std::int64_t maxRows)
{
    NpyArray block;
    block.dtype = reader.dtype();
    const std::int64_t want
        = std::min(std::max<std::int64_t>(maxRows, 1), reader.rows() - reader.position());
    block.bytes.resize(std::size_t(std::max<std::int64_t>(want, 0)) * reader.rowBytes());
    const std::int64_t got = reader.read(block.bytes.data(), want);
    block.shape = {got, npyMatrixCols(reader)};
    return toRowMatrixXd(block, reader.label());
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
