#include <genlens/metrics/image/sha1.h>

#include <cstring>

namespace genlens::metrics::image {

namespace {
std::uint32_t rotl(std::uint32_t x, int n)
{
    return (x << n) | (x >> (32 - n));
}
} // namespace

Sha1::Sha1()
    : m_state{0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u}
{
}

void Sha1::processBlock(const std::uint8_t* block)
{
    std::uint32_t w[80];
    for (int i = 0; i < 16; ++i) {
        w[i] = (std::uint32_t(block[4 * i]) << 24) | (std::uint32_t(block[4 * i + 1]) << 16)
               | (std::uint32_t(block[4 * i + 2]) << 8) | std::uint32_t(block[4 * i + 3]);
    }
    for (int i = 16; i < 80; ++i) {
        w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    }
    std::uint32_t a = m_state[0], b = m_state[1], c = m_state[2], d = m_state[3], e = m_state[4];
    for (int i = 0; i < 80; ++i) {
        std::uint32_t f;
        std::uint32_t k;
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5A827999u;
        } else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ED9EBA1u;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8F1BBCDCu;
        } else {
            f = b ^ c ^ d;
            k = 0xCA62C1D6u;
        }
        const std::uint32_t t = rotl(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = rotl(b, 30);
        b = a;
        a = t;
    }
    m_state[0] += a;
    m_state[1] += b;
    m_state[2] += c;
    m_state[3] += d;
    m_state[4] += e;
}

void Sha1::update(const void* data, std::size_t size)
{
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    m_totalBytes += size;
    if (m_bufferSize > 0) {
        const std::size_t take = std::min(size, 64 - m_bufferSize);
        std::memcpy(m_buffer.data() + m_bufferSize, bytes, take);
        m_bufferSize += take;
        bytes += take;
        size -= take;
        if (m_bufferSize == 64) {
            processBlock(m_buffer.data());
            m_bufferSize = 0;
        }
    }
    while (size >= 64) {
        processBlock(bytes);
        bytes += 64;
        size -= 64;
    }
    if (size > 0) {
        std::memcpy(m_buffer.data(), bytes, size);
        m_bufferSize = size;
    }
}

std::array<std::uint8_t, 20> Sha1::digest()
{
    const std::uint64_t bitLength = m_totalBytes * 8;
    const std::uint8_t pad = 0x80;
    update(&pad, 1);
    const std::uint8_t zero = 0;
    while (m_bufferSize != 56) {
        update(&zero, 1);
    }
    std::uint8_t lengthBytes[8];
    for (int i = 0; i < 8; ++i) {
        lengthBytes[i] = static_cast<std::uint8_t>(bitLength >> (56 - 8 * i));
    }
    update(lengthBytes, 8);
    std::array<std::uint8_t, 20> out{};
    for (int i = 0; i < 5; ++i) {
        for (int j = 0; j < 4; ++j) {
            out[4 * i + j] = static_cast<std::uint8_t>(m_state[i] >> (24 - 8 * j));
        }
    }
    return out;
}

std::string Sha1::hexDigest()
{
    static const char* hex = "0123456789abcdef";
    const auto d = digest();
    std::string s;
    s.reserve(40);
    for (std::uint8_t b : d) {
        s.push_back(hex[b >> 4]);
        s.push_back(hex[b & 15]);
    }
    return s;
}

std::string sha1Hex(const void* data, std::size_t size)
{
    Sha1 h;
    h.update(data, size);
    return h.hexDigest();
}

} // namespace genlens::metrics::image
