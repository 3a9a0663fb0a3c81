#include "core/npyinternal.h"
#include "core/parallel.h"
#include "genlens/metrics/core/npy.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <memory>
#include <openssl/evp.h>
#include <stdexcept>

namespace genlens::metrics {

namespace npydetail {

namespace {

void requireMatrix(const NpyHeader& h, const std::string& name)
{
    if (h.shape.size() != 2) {
        std::string s;
        for (std::size_t i = 0; i < h.shape.size(); ++i) {
            s += (i ? ", " : "") + std::to_string(h.shape[i]);
        }
        fail(name, "expected a 2-D feature matrix (samples x dimensions), got shape (" + s + ")");
    }
}

bool isFloat32InPlace(const NpyHeader& h)
{
    return h.dtype == NpyDtype::Float32 && !h.bigEndian;
}

// Item i of a little-endian row as double (exact for every supported dtype but int64 > 2^53,
// as NumPy's own astype would).
template<typename Out>
void convertRow(const unsigned char* raw, NpyDtype dtype, Eigen::Index d, Out* out)
{
    switch (dtype) {
    case NpyDtype::Float32:
        for (Eigen::Index i = 0; i < d; ++i) {
            float v;
            std::memcpy(&v, raw + 4 * i, 4);
            out[i] = static_cast<Out>(v);
        }
        return;
    case NpyDtype::Float64:
        for (Eigen::Index i = 0; i < d; ++i) {
            double v;
            std::memcpy(&v, raw + 8 * i, 8);
            out[i] = static_cast<Out>(v);
        }
        return;
    case NpyDtype::Float16:
        for (Eigen::Index i = 0; i < d; ++i) {
            std::uint16_t v;
            std::memcpy(&v, raw + 2 * i, 2);
            out[i] = static_cast<Out>(halfToFloat(v));
        }
        return;
    case NpyDtype::UInt8:
        for (Eigen::Index i = 0; i < d; ++i) {
            out[i] = static_cast<Out>(raw[i]);
        }
        return;
    case NpyDtype::Int64:
        for (Eigen::Index i = 0; i < d; ++i) {
            std::int64_t v;
            std::memcpy(&v, raw + 8 * i, 8);
            out[i] = static_cast<Out>(v);
        }
        return;
    }
}

// Rows per chunk when converting: about 4 MiB of payload.
Eigen::Index chunkRows(const NpyHeader& h)
{
    const std::uint64_t rowBytes = static_cast<std::uint64_t>(h.shape[1]) * npyItemSize(h.dtype);
    return static_cast<Eigen::Index>(
        std::max<std::uint64_t>(1, (4u << 20) / std::max<std::uint64_t>(rowBytes, 1)));
}

// Calls fn(rawChunk, firstRow, rows) for consecutive chunks of little-endian payload.
template<typename Fn>
void forEachChunk(const NpyHeader& h, const ReadFn& read, const std::string& name, Fn&& fn)
{
    const Eigen::Index n = h.shape[0];
    const std::size_t item = npyItemSize(h.dtype);
    const std::size_t rowBytes = static_cast<std::size_t>(h.shape[1]) * item;
    const Eigen::Index chunk = chunkRows(h);
    std::vector<unsigned char> buf(static_cast<std::size_t>(std::min(chunk, n)) * rowBytes);
    for (Eigen::Index r0 = 0; r0 < n; r0 += chunk) {
        const Eigen::Index rows = std::min(chunk, n - r0);
        const std::uint64_t bytes = static_cast<std::uint64_t>(rows) * rowBytes;
        readPayload(read, buf.data(), bytes, name);
        if (h.bigEndian) {
            toLittleEndian(buf.data(), bytes, item);
        }
        fn(buf.data(), r0, rows);
    }
}

struct DigestContext
{
    struct Free
    {
        void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
    };
    std::unique_ptr<EVP_MD_CTX, Free> ctx {EVP_MD_CTX_new()};
    std::vector<double> wide;
};

// SHA-1 of d doubles (OpenSSL: SHA-NI / AVX2 code paths, ~20× QCryptographicHash here).
void sha1(DigestContext& c, const double* values, Eigen::Index d, RowDigest& out)
{
    unsigned int len = 0;
    if (!c.ctx || EVP_DigestInit_ex(c.ctx.get(), EVP_sha1(), nullptr) != 1
        || EVP_DigestUpdate(c.ctx.get(), values, static_cast<std::size_t>(d) * sizeof(double)) != 1
        || EVP_DigestFinal_ex(c.ctx.get(), out.data(), &len) != 1 || len != out.size()) {
        throw std::runtime_error("SHA-1 digest failed (OpenSSL)");
    }
}

// Row tasks of 256 rows for the workers.
constexpr Eigen::Index kRowTask = 256;

} // namespace

FeatureRows decodeFeatureRows(const NpyHeader& h, const ReadFn& read, const std::string& name,
                              int threads)
{
    requireMatrix(h, name);
    const Eigen::Index n = h.shape[0];
    const Eigen::Index d = h.shape[1];
    // Each worker widens one row to float64: a header claiming an absurd width (even with no
    // rows) is refused before that buffer is sized (fuzz_npy finding).
    constexpr Eigen::Index kMaxWidth = Eigen::Index(1) << 24;
    if (d > kMaxWidth) {
        throw std::invalid_argument(name + ": " + std::to_string(d)
                                    + " feature columns, above the limit of "
                                    + std::to_string(kMaxWidth));
    }
    FeatureRows out;
    out.features.resize(n, d);
    std::vector<char> finite(static_cast<std::size_t>(n), 1);
    std::vector<RowDigest> digests(static_cast<std::size_t>(n));
    const int workers = resolveThreads(threads);
    std::vector<DigestContext> contexts(static_cast<std::size_t>(workers));
    for (auto& c : contexts) {
        c.wide.resize(static_cast<std::size_t>(d));
    }
    // Checks and digests rows [r0, r0 + rows); `raw` (little-endian source items) is null when
    // the rows are already in the matrix as float32.
    const auto process = [&](const unsigned char* raw, Eigen::Index r0, Eigen::Index rows) {
        const std::size_t rowBytes = static_cast<std::size_t>(d) * npyItemSize(h.dtype);
        const std::size_t tasks = static_cast<std::size_t>((rows + kRowTask - 1) / kRowTask);
        parallelFor(tasks, workers, [&](std::size_t t, int w) {
            DigestContext& c = contexts[static_cast<std::size_t>(w)];
            const Eigen::Index a = static_cast<Eigen::Index>(t) * kRowTask;
            const Eigen::Index e = std::min(rows, a + kRowTask);
            for (Eigen::Index i = a; i < e; ++i) {
                const Eigen::Index r = r0 + i;
                float* dest = out.features.row(r).data();
                if (raw) {
                    convertRow(raw + static_cast<std::size_t>(i) * rowBytes, h.dtype, d,
                               c.wide.data());
                    for (Eigen::Index j = 0; j < d; ++j) {
                        dest[j] = static_cast<float>(c.wide[static_cast<std::size_t>(j)]);
                    }
                } else {
                    for (Eigen::Index j = 0; j < d; ++j) {
                        c.wide[static_cast<std::size_t>(j)] = dest[j];
                    }
                }
                bool ok = true;
                for (Eigen::Index j = 0; j < d; ++j) {
                    ok = ok && std::isfinite(c.wide[static_cast<std::size_t>(j)]);
                }
                finite[static_cast<std::size_t>(r)] = ok ? 1 : 0;
                if (ok) {
                    sha1(c, c.wide.data(), d, digests[static_cast<std::size_t>(r)]);
                }
            }
        });
    };
    if (isFloat32InPlace(h)) {
        readPayload(read, reinterpret_cast<unsigned char*>(out.features.data()), h.dataBytes, name);
        process(nullptr, 0, n);
    } else {
        forEachChunk(h, read, name, process);
    }
    // Keep the finite rows in order (rows move up in place; nothing is copied when all are kept).
    Eigen::Index kept = 0;
    out.rows.reserve(static_cast<std::size_t>(n));
    out.digests.reserve(static_cast<std::size_t>(n));
    for (Eigen::Index r = 0; r < n; ++r) {
        if (!finite[static_cast<std::size_t>(r)]) {
            out.dropped.push_back(r);
            continue;
        }
        if (kept != r) {
            out.features.row(kept) = out.features.row(r);
        }
        out.rows.push_back(r);
        out.digests.push_back(digests[static_cast<std::size_t>(r)]);
        ++kept;
    }
    if (kept != n) {
        RowMatrixXf compact = out.features.topRows(kept);
        out.features = std::move(compact);
    }
    return out;
}

namespace {

ReadFn memoryReader(const unsigned char* data, std::size_t size, std::size_t& pos)
{
    return [data, size, &pos](void* buf, std::size_t n) -> std::size_t {
        const std::size_t take = std::min(n, size - pos);
        if (take > 0) {
            std::memcpy(buf, data + pos, take);
        }
        pos += take;
        return take;
    };
}

} // namespace

RowMatrixXf decodeMatrixXf(const NpyHeader& h, const ReadFn& read, const std::string& name)
{
    requireMatrix(h, name);
    RowMatrixXf m(h.shape[0], h.shape[1]);
    if (isFloat32InPlace(h)) {
        readPayload(read, reinterpret_cast<unsigned char*>(m.data()), h.dataBytes, name);
        return m;
    }
    const Eigen::Index d = h.shape[1];
    const std::size_t rowBytes = static_cast<std::size_t>(d) * npyItemSize(h.dtype);
    forEachChunk(h, read, name, [&](const unsigned char* raw, Eigen::Index r0, Eigen::Index rows) {
        for (Eigen::Index i = 0; i < rows; ++i) {
            convertRow(raw + static_cast<std::size_t>(i) * rowBytes, h.dtype, d,
                       m.row(r0 + i).data());
        }
    });
    return m;
}

} // namespace npydetail

using namespace npydetail;

FeatureRows featureRows(const NpyArray& array, const std::string& name, int threads)
{
    NpyHeader h;
    h.dtype = array.dtype;
    h.shape = array.shape;
    h.elements = static_cast<std::uint64_t>(array.elementCount());
    h.dataBytes = array.bytes.size();
    if (h.shape.size() == 2 && h.elements * npyItemSize(h.dtype) != h.dataBytes) {
        fail(name, "shape and byte count disagree");
    }
    std::size_t pos = 0;
    return decodeFeatureRows(h, memoryReader(array.bytes.data(), array.bytes.size(), pos), name,
                             threads);
}

FeatureRows readNpyFeatureRows(const std::string& path, const NpyLimits& limits, int threads)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        fail(path, "cannot open for reading");
    }
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::uint64_t>(in.tellg());
    in.seekg(0, std::ios::beg);
    const ReadFn read = [&in](void* buf, std::size_t n) -> std::size_t {
        in.read(static_cast<char*>(buf), static_cast<std::streamsize>(n));
        return static_cast<std::size_t>(in.gcount());
    };
    const NpyHeader h = readHeader(read, path, limits);
    if (size < h.headerBytes || size - h.headerBytes < h.dataBytes) {
        fail(path,
             "the header claims " + std::to_string(h.elements) + " elements ("
                 + std::to_string(h.dataBytes) + " bytes) but the file holds only "
                 + std::to_string(size > h.headerBytes ? size - h.headerBytes : 0) + " data bytes");
    }
    return namedAllocation(path, h.dataBytes,
                           [&] { return decodeFeatureRows(h, read, path, threads); });
}

} // namespace genlens::metrics
