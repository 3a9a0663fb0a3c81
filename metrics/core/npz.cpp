// .npz archives through libzip: a zip of "<key>.npy" members, stored or deflated (numpy.savez /
// savez_compressed). Members are streamed: the .npy header is parsed from the first bytes of the
// inflated stream, and the payload size it claims is checked against the size the zip directory
// declares and against NpyLimits before the payload buffer is allocated. Reading then stops at
// the claimed size, so a member whose data inflates past what it declared (a zip bomb) can never
// make us allocate or inflate more than the checked amount; one that inflates to less is
// "truncated".

#include "genlens/metrics/core/npy.h"

#include "core/npyinternal.h"

#include <zip.h>

#include <memory>

namespace genlens::metrics {

using namespace npydetail;

namespace {

struct ArchiveCloser
{
    void operator()(zip_t* z) const
    {
        if (z) {
            zip_discard(z);
        }
    }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;

struct FileCloser
{
    void operator()(zip_file_t* f) const
    {
        if (f) {
            zip_fclose(f);
        }
    }
};

Archive openArchive(const std::string& path)
{
    int err = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_RDONLY, &err);
    if (!z) {
        zip_error_t e;
        zip_error_init_with_code(&e, err);
        const std::string msg = zip_error_strerror(&e);
        zip_error_fini(&e);
        fail(path, "cannot open as an .npz (zip) archive: " + msg);
    }
    return Archive(z);
}

std::string stripNpy(const std::string& name)
{
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".npy") == 0) {
        return name.substr(0, name.size() - 4);
    }
    return name;
}

} // namespace

std::vector<std::string> npzKeys(const std::string& path)
{
    Archive z = openArchive(path);
    const zip_int64_t n = zip_get_num_entries(z.get(), 0);
    std::vector<std::string> keys;
    for (zip_int64_t i = 0; i < n; ++i) {
        const char* name = zip_get_name(z.get(), static_cast<zip_uint64_t>(i), 0);
        if (name) {
            keys.push_back(stripNpy(name));
        }
    }
    return keys;
}

namespace {

// One member opened for streaming, its .npy header already read and checked against the size
// the zip directory declares. read() refuses to inflate past that size.
class MemberStream
{
public:
    MemberStream(const std::string& path, const std::string& key, const NpyLimits& limits)
        : m_archive(openArchive(path))
        , m_label(path + "[" + key + "]")
    {
        zip_int64_t index = zip_name_locate(m_archive.get(), (key + ".npy").c_str(), 0);
        if (index < 0) {
            index = zip_name_locate(m_archive.get(), key.c_str(), 0);
        }
        if (index < 0) {
            std::string have;
            for (const auto& k : npzKeys(path)) {
                have += (have.empty() ? "" : ", ") + k;
            }
            fail(path, "no member '" + key + "' (members: " + have + ")");
        }
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_archive.get(), static_cast<zip_uint64_t>(index), 0, &st) != 0
            || !(st.valid & ZIP_STAT_SIZE)) {
            fail(m_label, "cannot read the member's size from the zip directory");
        }
        m_declared = st.size;
        if (m_declared > limits.maxBytes + (1u << 20)) {
            fail(m_label,
                 "member inflates to " + describeBytes(m_declared) + ", above the limit of "
                     + describeBytes(limits.maxBytes)
                     + (limits.raiseHint.empty() ? std::string() : "; " + limits.raiseHint));
        }
        m_file.reset(zip_fopen_index(m_archive.get(), static_cast<zip_uint64_t>(index), 0));
        if (!m_file) {
            fail(m_label, std::string("cannot open member: ") + zip_strerror(m_archive.get()));
        }
        m_read = [this](void* buf, std::size_t n) -> std::size_t {
            const zip_int64_t got = zip_fread(m_file.get(), buf, n);
            if (got < 0) {
                fail(m_label, std::string("corrupt member: ") + zip_file_strerror(m_file.get()));
            }
            m_inflated += static_cast<std::uint64_t>(got);
            // The declared size is what the directory promised; a stream that yields more is
            // refused as soon as it does (libzip also checks this and the CRC at the end).
            if (m_inflated > m_declared) {
                fail(m_label,
                     "member inflates past its declared size of " + std::to_string(m_declared)
                         + " bytes");
            }
            return static_cast<std::size_t>(got);
        };
        m_header = readHeader(m_read, m_label, limits);
        if (m_declared < m_header.headerBytes
            || m_declared - m_header.headerBytes < m_header.dataBytes) {
            fail(m_label,
                 "the header claims " + std::to_string(m_header.elements) + " elements ("
                     + std::to_string(m_header.dataBytes) + " bytes) but the member declares only "
                     + std::to_string(m_declared) + " bytes");
        }
    }
    MemberStream(const MemberStream&) = delete;
    MemberStream& operator=(const MemberStream&) = delete;

    const NpyHeader& header() const { return m_header; }
    const ReadFn& read() const { return m_read; }
    const std::string& label() const { return m_label; }

private:
    Archive m_archive;
    std::unique_ptr<zip_file_t, FileCloser> m_file;
    std::string m_label;
    std::uint64_t m_declared = 0;
    std::uint64_t m_inflated = 0;
    ReadFn m_read;
    NpyHeader m_header;
};

} // namespace

NpyArray readNpzMember(const std::string& path, const std::string& key, const NpyLimits& limits)
{
    MemberStream m(path, key, limits);
    const NpyHeader& h = m.header();
    NpyArray a;
    a.dtype = h.dtype;
    a.shape = h.shape;
    namedAllocation(m.label(), h.dataBytes,
                    [&] { a.bytes.resize(static_cast<std::size_t>(h.dataBytes)); });
    readPayload(m.read(), a.bytes.data(), h.dataBytes, m.label());
    if (h.bigEndian) {
        toLittleEndian(a.bytes.data(), h.dataBytes, npyItemSize(h.dtype));
    }
    return a;
}

NpyInfo readNpzMemberInfo(const std::string& path, const std::string& key, const NpyLimits& limits)
{
    const MemberStream m(path, key, limits);
    return {m.header().dtype, m.header().shape};
}

RowMatrixXf readNpzMatrixXf(const std::string& path, const std::string& key,
                            const NpyLimits& limits)
{
    MemberStream m(path, key, limits);
    return namedAllocation(m.label(), m.header().dataBytes,
                           [&] { return decodeMatrixXf(m.header(), m.read(), m.label()); });
}

FeatureRows readNpzFeatureRows(const std::string& path, const std::string& key,
                               const NpyLimits& limits, int threads)
{
    MemberStream m(path, key, limits);
    return namedAllocation(m.label(), m.header().dataBytes, [&] {
        return decodeFeatureRows(m.header(), m.read(), m.label(), threads);
    });
}

void writeNpz(const std::string& path, const std::vector<std::pair<std::string, NpyArray>>& members,
              bool compressed)
{
    int err = 0;
    zip_t* raw = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!raw) {
        throw NpyError(path + ": cannot create the archive (libzip error " + std::to_string(err)
                       + ")");
    }
    Archive z(raw);
    // libzip reads the sources at zip_close(), so the serialised members must outlive it.
    std::vector<std::vector<unsigned char>> buffers;
    buffers.reserve(members.size());
    for (const auto& [key, array] : members) {
        buffers.push_back(serialiseNpy(array));
        const auto& buf = buffers.back();
        zip_source_t* src = zip_source_buffer(z.get(), buf.data(), buf.size(), 0);
        if (!src) {
            throw NpyError(path + ": " + zip_strerror(z.get()));
        }
        const zip_int64_t idx =
                zip_file_add(z.get(), (key + ".npy").c_str(), src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
        if (idx < 0) {
            zip_source_free(src);
            throw NpyError(path + ": cannot add member '" + key + "': " + zip_strerror(z.get()));
        }
        if (zip_set_file_compression(z.get(), static_cast<zip_uint64_t>(idx),
                                     compressed ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0)
            != 0) {
            throw NpyError(path + ": cannot set compression: " + zip_strerror(z.get()));
        }
    }
    if (zip_close(z.get()) != 0) {
        throw NpyError(path + ": cannot write the archive: " + zip_strerror(z.get()));
    }
    z.release();
}

} // namespace genlens::metrics
