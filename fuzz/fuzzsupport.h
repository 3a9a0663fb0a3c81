#pragma once

// Helpers shared by the fuzz targets (docs/fuzzing.md).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>

namespace genlens::fuzz {

// Largest payload a target lets the readers accept (NpyLimits::maxBytes, the pixel budget...):
// far below libFuzzer's 2 GB RSS limit, so that an allocation a limit should have refused shows
// up as an out-of-memory finding instead of being taken for an honest large input.
constexpr std::uint64_t kMaxPayloadBytes = 64ull << 20;

// The readers that take a path get the input through one file per process, rewritten for every
// input (in /dev/shm when there is one: no disk traffic) and removed at exit.
class InputFile
{
public:
    explicit InputFile(const std::string& suffix)
    {
        const char* dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
        m_path = std::string(dir) + "/genlens-fuzz-" + std::to_string(getpid()) + suffix;
    }
    ~InputFile() { std::remove(m_path.c_str()); }
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;

    const std::string& write(const std::uint8_t* data, std::size_t size)
    {
        std::ofstream out(m_path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
        out.close();
        if (!out) {
            std::fprintf(stderr, "fuzz: cannot write %s\n", m_path.c_str());
            std::abort();
        }
        return m_path;
    }

private:
    std::string m_path;
};

// A property every input must keep; a violation is a finding (libFuzzer saves the input).
inline void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz: property violated: %s\n", what);
        std::abort();
    }
}

} // namespace genlens::fuzz
