#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace genlens::metrics::image {

// SHA-1 (FIPS 180-4) of file contents: the key of the feature cache and the identity of a sample.
// Not for security; only to tell identical files apart from different ones.
class Sha1
{
public:
    Sha1();
    void update(const void* data, std::size_t size);
    std::array<std::uint8_t, 20> digest();  // finishes the hash; call once
    std::string hexDigest();                // lower-case hex of digest()

private:
    void processBlock(const std::uint8_t* block);
    std::array<std::uint32_t, 5> m_state;
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_bufferSize = 0;
    std::uint64_t m_totalBytes = 0;
};

std::string sha1Hex(const void* data, std::size_t size);

} // namespace genlens::metrics::image
