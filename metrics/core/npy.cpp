#include "genlens/metrics/core/npy.h"

#include "core/npyinternal.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>

namespace genlens::metrics {

namespace npydetail {

void fail(const std::string& name, const std::string& reason)
{
    throw NpyError(name + ": " + reason);
}

namespace {

// A value of the header dict: a string, a bool or a tuple of integers.
struct HeaderValue
{
    enum Kind { String, Bool, Tuple } kind = String;
    std::string text;
    bool flag = false;
    std::vector<std::int64_t> ints;
};

// Parses the Python dict literal NumPy writes, e.g. {'descr': '<f4', 'fortran_order': False,
// 'shape': (3, 4), }. Only the three value kinds NumPy uses are accepted.
class HeaderParser
{
public:
    HeaderParser(const std::string& text, const std::string& name) : m_text(text), m_name(name) { }

    std::map<std::string, HeaderValue> parse()
    {
        std::map<std::string, HeaderValue> out;
        skipSpace();
        expect('{');
        while (true) {
            skipSpace();
            if (peek() == '}') {
                ++m_pos;
                break;
            }
            const std::string key = parseString();
            skipSpace();
            expect(':');
            skipSpace();
            out[key] = parseValue();
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            skipSpace();
            expect('}');
            break;
        }
        return out;
    }

private:
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    void skipSpace()
    {
        while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos]))) {
            ++m_pos;
        }
    }
    void expect(char c)
    {
        if (peek() != c) {
            fail(m_name, std::string("malformed .npy header (expected '") + c + "' at offset "
                             + std::to_string(m_pos) + "): " + m_text);
        }
        ++m_pos;
    }
    std::string parseString()
    {
        const char quote = peek();
        if (quote != '\'' && quote != '"') {
            fail(m_name, "malformed .npy header (expected a quoted key): " + m_text);
        }
        ++m_pos;
        const std::size_t end = m_text.find(quote, m_pos);
        if (end == std::string::npos) {
            fail(m_name, "malformed .npy header (unterminated string): " + m_text);
        }
        std::string s = m_text.substr(m_pos, end - m_pos);
        m_pos = end + 1;
        return s;
    }
    HeaderValue parseValue()
    {
        HeaderValue v;
        const char c = peek();
        if (c == '\'' || c == '"') {
            v.kind = HeaderValue::String;
            v.text = parseString();
        } else if (m_text.compare(m_pos, 4, "True") == 0) {
            v.kind = HeaderValue::Bool;
            v.flag = true;
            m_pos += 4;
        } else if (m_text.compare(m_pos, 5, "False") == 0) {
            v.kind = HeaderValue::Bool;
            v.flag = false;
            m_pos += 5;
        } else if (c == '(') {
            v.kind = HeaderValue::Tuple;
            ++m_pos;
            while (true) {
                skipSpace();
                if (peek() == ')') {
                    ++m_pos;
                    break;
                }
                v.ints.push_back(parseInt());
                skipSpace();
                if (peek() == ',') {
                    ++m_pos;
                } else {
                    skipSpace();
                    expect(')');
                    break;
                }
            }
        } else if (c == '[') {
            // A structured dtype ('descr': [('a', '<f4'), ...]).
            fail(m_name, "structured (record) dtypes are not supported; header: " + m_text);
        } else {
            fail(m_name, "malformed .npy header (unexpected value at offset "
                             + std::to_string(m_pos) + "): " + m_text);
        }
        return v;
    }
    std::int64_t parseInt()
    {
        std::size_t start = m_pos;
        if (peek() == '-') {
            ++m_pos;
        }
        std::uint64_t value = 0;
        bool any = false;
        while (std::isdigit(static_cast<unsigned char>(peek()))) {
            const unsigned digit = static_cast<unsigned>(peek() - '0');
            if (value > (static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) - digit)
                        / 10) {
                fail(m_name, "shape entry does not fit in 64 bits: " + m_text);
            }
            value = value * 10 + digit;
            any = true;
            ++m_pos;
        }
        // Python 2 era files may write long integers as 3L.
        if (peek() == 'L') {
            ++m_pos;
        }
        if (!any) {
            fail(m_name, "malformed shape in .npy header: " + m_text);
        }
        if (m_text[start] == '-') {
            fail(m_name, "negative dimension in shape: " + m_text);
        }
        return static_cast<std::int64_t>(value);
    }

    const std::string& m_text;
    const std::string& m_name;
    std::size_t m_pos = 0;
};

struct Descr
{
    NpyDtype dtype;
    bool bigEndian;
};

// descr is '<byte order><kind><size>'; '|' and '=' (native, little-endian on every host GenLens
// targets) and no order character mean little-endian for our purposes.
Descr parseDescr(const std::string& descr, const std::string& name)
{
    if (!descr.empty() && descr.find('O') != std::string::npos) {
        fail(name,
             "object arrays (dtype '" + descr
                 + "') hold pickled Python objects and are refused; save a numeric array");
    }
    std::string body = descr;
    bool big = false;
    if (!body.empty() && (body[0] == '<' || body[0] == '>' || body[0] == '|' || body[0] == '=')) {
        big = body[0] == '>';
        body.erase(0, 1);
    }
    if (body == "f4") {
        return {NpyDtype::Float32, big};
    }
    if (body == "f8") {
        return {NpyDtype::Float64, big};
    }
    if (body == "f2") {
        return {NpyDtype::Float16, big};
    }
    if (body == "u1") {
        return {NpyDtype::UInt8, false};
    }
    if (body == "i8") {
        return {NpyDtype::Int64, big};
    }
    fail(name,
         "unsupported dtype '" + descr + "' (supported: float16, float32, float64, uint8, int64)");
}

} // namespace

NpyHeader readHeader(const ReadFn& read, const std::string& name, const NpyLimits& limits)
{
    unsigned char pre[8];
    if (read(pre, 8) != 8) {
        fail(name, "too short to be an .npy file");
    }
    static const unsigned char magic[6] = {0x93, 'N', 'U', 'M', 'P', 'Y'};
    if (std::memcmp(pre, magic, 6) != 0) {
        fail(name, "not an .npy file (missing the \\x93NUMPY magic)");
    }
    const int major = pre[6];
    std::uint64_t headerLen = 0;
    std::uint64_t preambleLen = 0;
    if (major == 1) {
        unsigned char len[2];
        if (read(len, 2) != 2) {
            fail(name, "truncated .npy preamble");
        }
        headerLen = static_cast<std::uint64_t>(len[0]) | (static_cast<std::uint64_t>(len[1]) << 8);
        preambleLen = 10;
    } else if (major == 2 || major == 3) {
        unsigned char len[4];
        if (read(len, 4) != 4) {
            fail(name, "truncated .npy preamble");
        }
        headerLen = static_cast<std::uint64_t>(len[0]) | (static_cast<std::uint64_t>(len[1]) << 8)
                | (static_cast<std::uint64_t>(len[2]) << 16)
                | (static_cast<std::uint64_t>(len[3]) << 24);
        preambleLen = 12;
    } else {
        fail(name, "unsupported .npy format version " + std::to_string(major) + "."
                       + std::to_string(pre[7]) + " (supported: 1.0, 2.0, 3.0)");
    }
    // NumPy refuses headers above 10 kB unless told otherwise; a 1 MB cap keeps this allocation
    // small whatever the file says.
    if (headerLen > (1u << 20)) {
        fail(name, "header length " + std::to_string(headerLen) + " bytes is implausible");
    }
    std::string text(static_cast<std::size_t>(headerLen), '\0');
    if (read(text.data(), text.size()) != text.size()) {
        fail(name, "truncated .npy header (declares " + std::to_string(headerLen) + " bytes)");
    }
    const auto dict = HeaderParser(text, name).parse();
    const auto descr = dict.find("descr");
    const auto fortran = dict.find("fortran_order");
    const auto shape = dict.find("shape");
    if (descr == dict.end() || fortran == dict.end() || shape == dict.end()) {
        fail(name, "header lacks descr, fortran_order or shape: " + text);
    }
    if (descr->second.kind != HeaderValue::String || fortran->second.kind != HeaderValue::Bool
        || shape->second.kind != HeaderValue::Tuple) {
        fail(name, "header fields have the wrong types: " + text);
    }
    NpyHeader h;
    const Descr parsed = parseDescr(descr->second.text, name);
    h.dtype = parsed.dtype;
    h.bigEndian = parsed.bigEndian;
    if (fortran->second.flag) {
        fail(name, "fortran_order is True; only C-order arrays are read (save with "
                   "np.ascontiguousarray)");
    }
    h.shape = shape->second.ints;
    // Element count and byte size with overflow checks: a shape like (2**62, 8) must be refused
    // here, not after a failed allocation.
    std::uint64_t count = 1;
    for (std::int64_t dim : h.shape) {
        const auto d = static_cast<std::uint64_t>(dim);
        if (d != 0 && count > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) / d) {
            std::ostringstream s;
            s << "shape (";
            for (std::size_t i = 0; i < h.shape.size(); ++i) {
                s << (i ? ", " : "") << h.shape[i];
            }
            s << ") has more elements than a 64-bit count can hold";
            fail(name, s.str());
        }
        count *= d;
    }
    const std::uint64_t item = npyItemSize(h.dtype);
    if (count > std::numeric_limits<std::uint64_t>::max() / item
        || count * item > static_cast<std::uint64_t>(std::numeric_limits<std::size_t>::max())) {
        fail(name, "array size in bytes overflows");
    }
    h.elements = count;
    h.dataBytes = count * item;
    h.headerBytes = preambleLen + headerLen;
    if (h.dataBytes > limits.maxBytes) {
        fail(name, "array of " + describeBytes(h.dataBytes) + " exceeds the limit of "
                       + describeBytes(limits.maxBytes)
                       + (limits.raiseHint.empty() ? std::string() : "; " + limits.raiseHint));
    }
    return h;
}

void readPayload(const ReadFn& read, unsigned char* dest, std::uint64_t n, const std::string& name)
{
    std::uint64_t done = 0;
    while (done < n) {
        const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(n - done, 1u << 24));
        const std::size_t got = read(dest + done, want);
        if (got == 0) {
            fail(name, "truncated: the header claims " + std::to_string(n)
                           + " data bytes but only " + std::to_string(done) + " follow");
        }
        done += got;
    }
}

void toLittleEndian(unsigned char* data, std::uint64_t bytes, std::size_t itemSize)
{
    if (itemSize < 2) {
        return;
    }
    for (std::uint64_t i = 0; i + itemSize <= bytes; i += itemSize) {
        std::reverse(data + i, data + i + itemSize);
    }
}

float halfToFloat(std::uint16_t h)
{
    const std::uint32_t sign = static_cast<std::uint32_t>(h & 0x8000u) << 16;
    const std::uint32_t exponent = (h >> 10) & 0x1fu;
    std::uint32_t mantissa = h & 0x3ffu;
    std::uint32_t bits = 0;
    if (exponent == 0x1f) { // Inf / NaN
        bits = sign | 0x7f800000u | (mantissa << 13);
    } else if (exponent != 0) { // normal: rebias 15 -> 127
        bits = sign | ((exponent + 112u) << 23) | (mantissa << 13);
    } else if (mantissa != 0) { // subnormal: normalise
        std::uint32_t e = 113;
        while ((mantissa & 0x400u) == 0) {
            mantissa <<= 1;
            --e;
        }
        bits = sign | (e << 23) | ((mantissa & 0x3ffu) << 13);
    } else {
        bits = sign;
    }
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

} // namespace npydetail

using namespace npydetail;

std::string describeBytes(std::uint64_t bytes)
{
    return std::to_string(bytes) + " bytes (" + std::to_string((bytes + (1u << 20) - 1) >> 20)
        + " MiB)";
}

std::size_t npyItemSize(NpyDtype dtype)
{
    switch (dtype) {
    case NpyDtype::Float32:
        return 4;
    case NpyDtype::Float64:
    case NpyDtype::Int64:
        return 8;
    case NpyDtype::UInt8:
        return 1;
    case NpyDtype::Float16:
        return 2;
    }
    return 1;
}

const char* npyDescr(NpyDtype dtype)
{
    switch (dtype) {
    case NpyDtype::Float32:
        return "<f4";
    case NpyDtype::Float64:
        return "<f8";
    case NpyDtype::UInt8:
        return "|u1";
    case NpyDtype::Int64:
        return "<i8";
    case NpyDtype::Float16:
        return "<f2";
    }
    return "";
}

std::int64_t NpyArray::elementCount() const
{
    std::int64_t n = 1;
    for (auto d : shape) {
        n *= d;
    }
    return n;
}

// The payload is little-endian and GenLens targets little-endian hosts (x86-64, arm64), so a
// memcpy is the conversion.
double NpyArray::valueAt(std::int64_t i) const
{
    const unsigned char* p = bytes.data() + static_cast<std::size_t>(i) * npyItemSize(dtype);
    switch (dtype) {
    case NpyDtype::Float32: {
        float v;
        std::memcpy(&v, p, 4);
        return v;
    }
    case NpyDtype::Float64: {
        double v;
        std::memcpy(&v, p, 8);
        return v;
    }
    case NpyDtype::UInt8:
        return *p;
    case NpyDtype::Int64: {
        std::int64_t v;
        std::memcpy(&v, p, 8);
        return static_cast<double>(v);
    }
    case NpyDtype::Float16: {
        std::uint16_t v;
        std::memcpy(&v, p, 2);
        return halfToFloat(v);
    }
    }
    return 0;
}

namespace {

struct FileReader
{
    std::ifstream in;
    std::uint64_t size = 0;
};

FileReader openFile(const std::string& path)
{
    FileReader f;
    f.in.open(path, std::ios::binary);
    if (!f.in) {
        fail(path, "cannot open for reading");
    }
    f.in.seekg(0, std::ios::end);
    f.size = static_cast<std::uint64_t>(f.in.tellg());
    f.in.seekg(0, std::ios::beg);
    return f;
}

ReadFn readerOf(std::ifstream& in)
{
    return [&in](void* buf, std::size_t n) -> std::size_t {
        in.read(static_cast<char*>(buf), static_cast<std::streamsize>(n));
        return static_cast<std::size_t>(in.gcount());
    };
}

void checkFileHolds(const NpyHeader& h, std::uint64_t fileSize, const std::string& path)
{
    if (fileSize < h.headerBytes || fileSize - h.headerBytes < h.dataBytes) {
        fail(path, "the header claims " + std::to_string(h.elements) + " elements ("
                       + std::to_string(h.dataBytes) + " bytes) but the file holds only "
                       + std::to_string(fileSize > h.headerBytes ? fileSize - h.headerBytes : 0)
                       + " data bytes");
    }
}

} // namespace

NpyArray readNpy(const std::string& path, const NpyLimits& limits)
{
    FileReader f = openFile(path);
    const ReadFn read = readerOf(f.in);
    const NpyHeader h = readHeader(read, path, limits);
    checkFileHolds(h, f.size, path);
    NpyArray a;
    a.dtype = h.dtype;
    a.shape = h.shape;
    namedAllocation(path, h.dataBytes,
                    [&] { a.bytes.resize(static_cast<std::size_t>(h.dataBytes)); });
    readPayload(read, a.bytes.data(), h.dataBytes, path);
    if (h.bigEndian) {
        toLittleEndian(a.bytes.data(), h.dataBytes, npyItemSize(h.dtype));
    }
    return a;
}

NpyInfo readNpyInfo(const std::string& path, const NpyLimits& limits)
{
    FileReader f = openFile(path);
    const ReadFn read = readerOf(f.in);
    const NpyHeader h = readHeader(read, path, limits);
    checkFileHolds(h, f.size, path);
    return {h.dtype, h.shape};
}

NpyArray parseNpy(const unsigned char* data, std::size_t size, const std::string& name,
                  const NpyLimits& limits)
{
    std::size_t pos = 0;
    const ReadFn read = [&](void* buf, std::size_t n) -> std::size_t {
        const std::size_t take = std::min(n, size - pos);
        std::memcpy(buf, data + pos, take);
        pos += take;
        return take;
    };
    const NpyHeader h = readHeader(read, name, limits);
    checkFileHolds(h, size, name);
    NpyArray a;
    a.dtype = h.dtype;
    a.shape = h.shape;
    a.bytes.assign(data + pos, data + pos + h.dataBytes);
    if (h.bigEndian) {
        toLittleEndian(a.bytes.data(), h.dataBytes, npyItemSize(h.dtype));
    }
    return a;
}

RowMatrixXf readNpyMatrixXf(const std::string& path, const NpyLimits& limits)
{
    FileReader f = openFile(path);
    const ReadFn read = readerOf(f.in);
    const NpyHeader h = readHeader(read, path, limits);
    checkFileHolds(h, f.size, path);
    return namedAllocation(path, h.dataBytes, [&] { return decodeMatrixXf(h, read, path); });
}

std::vector<unsigned char> serialiseNpy(const NpyArray& array)
{
    if (static_cast<std::uint64_t>(array.elementCount()) * npyItemSize(array.dtype)
        != array.bytes.size()) {
        throw std::invalid_argument("serialiseNpy: shape and byte count disagree");
    }
    std::string dict = std::string("{'descr': '") + npyDescr(array.dtype)
            + "', 'fortran_order': False, 'shape': (";
    for (std::size_t i = 0; i < array.shape.size(); ++i) {
        dict += std::to_string(array.shape[i]);
        if (array.shape.size() == 1 || i + 1 < array.shape.size()) {
            dict += ",";
        }
        if (i + 1 < array.shape.size()) {
            dict += " ";
        }
    }
    dict += "), }";
    // Pad with spaces so that the payload starts on a 64-byte boundary, newline-terminated.
    std::size_t preamble = 10;
    std::size_t total = preamble + dict.size() + 1;
    if (((total + 63) / 64) * 64 - preamble > 65535) {
        preamble = 12;
        total = preamble + dict.size() + 1;
    }
    const std::size_t padded = ((total + 63) / 64) * 64;
    dict.append(padded - total, ' ');
    dict += '\n';
    // Preamble: magic, version, little-endian header length (2 bytes for 1.0, 4 for 2.0).
    std::string pre("\x93NUMPY", 6);
    const std::size_t hl = dict.size();
    pre += static_cast<char>(preamble == 10 ? 1 : 2);
    pre += '\0';
    for (std::size_t b = 0; b < preamble - 8; ++b) {
        pre += static_cast<char>((hl >> (8 * b)) & 0xff);
    }
    pre += dict;
    std::vector<unsigned char> out(pre.size() + array.bytes.size());
    std::memcpy(out.data(), pre.data(), pre.size());
    if (!array.bytes.empty()) {
        std::memcpy(out.data() + pre.size(), array.bytes.data(), array.bytes.size());
    }
    return out;
}

void writeNpy(const std::string& path, const NpyArray& array)
{
    const auto bytes = serialiseNpy(array);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) {
        throw NpyError(path + ": cannot open for writing");
    }
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
        throw NpyError(path + ": write failed");
    }
}

namespace {
template<typename Matrix>
Matrix toMatrix(const NpyArray& a, const std::string& name)
{
    if (a.ndim() != 2) {
        std::string s;
        for (std::size_t i = 0; i < a.shape.size(); ++i) {
            s += (i ? ", " : "") + std::to_string(a.shape[i]);
        }
        fail(name, "expected a 2-D matrix (samples x dimensions), got shape (" + s + ")");
    }
    Matrix m(a.shape[0], a.shape[1]);
    using Scalar = typename Matrix::Scalar;
    const std::int64_t n = a.elementCount();
    for (std::int64_t i = 0; i < n; ++i) {
        m.data()[i] = static_cast<Scalar>(a.valueAt(i));
    }
    return m;
}
} // namespace

RowMatrixXf toRowMatrixXf(const NpyArray& array, const std::string& name)
{
    if (array.dtype == NpyDtype::Float32 && array.ndim() == 2) {
        RowMatrixXf m(array.shape[0], array.shape[1]);
        // An empty matrix has no storage: memcpy's pointers must not be null even for 0 bytes.
        if (!array.bytes.empty()) {
            std::memcpy(m.data(), array.bytes.data(), array.bytes.size());
        }
        return m;
    }
    return toMatrix<RowMatrixXf>(array, name);
}

RowMatrixXd toRowMatrixXd(const NpyArray& array, const std::string& name)
{
    return toMatrix<RowMatrixXd>(array, name);
}

Eigen::VectorXd toVectorXd(const NpyArray& array, const std::string& name)
{
    if (array.ndim() != 1) {
        fail(name, "expected a 1-D vector, got " + std::to_string(array.ndim()) + " dimensions");
    }
    Eigen::VectorXd v(array.shape[0]);
    for (std::int64_t i = 0; i < array.shape[0]; ++i) {
        v[i] = array.valueAt(i);
    }
    return v;
}

NpyArray npyFromMatrix(const Eigen::Ref<const RowMatrixXf>& m)
{
    NpyArray a;
    a.dtype = NpyDtype::Float32;
    a.shape = {m.rows(), m.cols()};
    a.bytes.resize(static_cast<std::size_t>(m.size()) * 4);
    for (Eigen::Index r = 0; m.cols() > 0 && r < m.rows(); ++r) {
        std::memcpy(a.bytes.data() + static_cast<std::size_t>(r * m.cols()) * 4, m.row(r).data(),
                    static_cast<std::size_t>(m.cols()) * 4);
    }
    return a;
}

NpyArray npyFromMatrix(const Eigen::Ref<const RowMatrixXd>& m)
{
    NpyArray a;
    a.dtype = NpyDtype::Float64;
    a.shape = {m.rows(), m.cols()};
    a.bytes.resize(static_cast<std::size_t>(m.size()) * 8);
    for (Eigen::Index r = 0; m.cols() > 0 && r < m.rows(); ++r) {
        std::memcpy(a.bytes.data() + static_cast<std::size_t>(r * m.cols()) * 8, m.row(r).data(),
                    static_cast<std::size_t>(m.cols()) * 8);
    }
    return a;
}

NpyArray npyFromVector(const Eigen::Ref<const Eigen::VectorXd>& v)
{
    NpyArray a;
    a.dtype = NpyDtype::Float64;
    a.shape = {v.size()};
    a.bytes.resize(static_cast<std::size_t>(v.size()) * 8);
    for (Eigen::Index i = 0; i < v.size(); ++i) {
        const double value = v[i];
        std::memcpy(a.bytes.data() + static_cast<std::size_t>(i) * 8, &value, 8);
    }
    return a;
}

} // namespace genlens::metrics
