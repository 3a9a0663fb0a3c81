// fuzz-link: genlens_fuzz_npy
// libFuzzer entry point for the input-kind decision (metrics/core/inputkind.h): the bytes are
// written as an .npy and as an .npz file and probed, which reads the zip directory and .npy
// headers only; the pure decision runs on member names taken from the input. A refusal must be
// an InputKindError or NpyError naming the file; anything else (a crash, another exception) is a
// finding.
#include "genlens/metrics/core/inputkind.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>
#include <vector>

using namespace genlens::metrics;

namespace {

std::string scratchPath(const char* suffix)
{
    const char* dir = std::getenv("TMPDIR");
    return std::string(dir ? dir : "/tmp") + "/genlens_fuzz_inputkind_" + std::to_string(getpid())
        + suffix;
}

void probe(const std::string& path, const std::uint8_t* data, std::size_t size)
{
    if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(data, 1, size, f);
        std::fclose(f);
    } else {
        return;
    }
    try {
        const InputProbe p = probeInput(path, "arr_0");
        (void)p.dimension();
        (void)wholeArrayBytes(p);
    } catch (const InputKindError& e) {
        if (std::string(e.what()).rfind(path, 0) != 0) {
            std::abort();
        }
    } catch (const NpyError& e) {
        if (std::string(e.what()).rfind(path, 0) != 0) {
            std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::string npy = scratchPath(".npy");
    static const std::string npz = scratchPath(".npz");
    probe(npy, data, size);
    probe(npz, data, size);

    // The pure decision: member names are the input's NUL-separated pieces.
    InputFacts facts;
    facts.exists = size > 0;
    facts.isDirectory = size > 0 && data[0] == 'D';
    facts.suffix = size > 1 && data[1] == 'y' ? "npy" : "npz";
    std::string piece;
    for (std::size_t i = 2; i < size; ++i) {
        if (data[i] == 0) {
            facts.npzMembers.push_back(piece);
            piece.clear();
        } else {
            piece.push_back(char(data[i]));
        }
    }
    const InputDecision d = decideInputKind(facts, "arr_0");
    if ((d.step == InputStep::Refuse) == d.reason.empty()) {
        std::abort();
    }
    return 0;
}
