#pragma once

#include "genlens/metrics/core/npy.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace genlens::metrics {

// What an image-side input path holds (design.md §2): the one decision that the image loader,
// the image pipeline and the image sources share. It reads headers only — whether the path is a
// folder, an .npz's zip directory, and one .npy header (of the file, or of the one member that
// matters, inflated no further than its header) — so that a caller knows the kind, the dtype and
// the shape before anything proportional to the data is allocated.
enum class InputKind {
    Folder, // a folder of image files (recursive)
    ImageBatch, // uint8 N x H x W (x C) in an .npy or an .npz member
    FeatureMatrix, // any other array in an .npy or the .npz member `key` (a 2-D N x D is usable)
    Statistics, // an .npz with mu and sigma (FID statistics) and no member `key`
};

const char* inputKindName(InputKind kind); // "folder", "npz-batch", "features", "statistics"

// Every refusal: what() is "<path>: <reason>".
class InputKindError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct InputProbe
{
    InputKind kind = InputKind::Folder;
    std::string path;
    std::string member; // the .npz member whose header was read (batch, features: `key`;
                        // statistics: "mu"); empty for an .npy or a folder
    NpyInfo header; // that header (folder: empty)
    std::vector<std::int64_t> sigmaShape; // statistics: sigma's shape, from its header

    // The feature dimension the headers promise: a 2-D matrix's columns, the length of a 1-D mu
    // whose sigma is d x d; -1 when the input has none (a folder, a batch) or the headers do not
    // agree with themselves (the full reader then says what is wrong).
    std::int64_t dimension() const;
};

// What the headers say, gathered by probeInput() and given to decideInputKind(). Kept apart so
// that the decision itself is a pure function (tests, fuzzing).
struct InputFacts
{
    bool exists = false;
    bool isDirectory = false;
    std::string suffix; // lower case, without the dot: "npy", "npz", ...
    std::vector<std::string> npzMembers; // .npz: member names without ".npy", archive order
};

enum class InputStep {
    Refuse, // not an image-side input (reason set)
    Folder,
    ReadNpyHeader, // read the .npy file's header, then classifyArray()
    ReadMember, // read the header of the .npz member `key`, then classifyArray()
    ReadStatistics, // read the headers of mu and sigma
};

struct InputDecision
{
    InputStep step = InputStep::Refuse;
    std::string reason; // when Refuse: why (without the path)
};

// The first decision, on the path and the archive's directory alone.
InputDecision decideInputKind(const InputFacts& facts, const std::string& key);
// An array's kind by its header: uint8 with 3 or 4 dimensions is an image batch, anything else
// is a feature matrix (its reader checks that it is 2-D).
InputKind classifyArray(const NpyInfo& header);

// Gathers the facts, reads the headers the decision asks for and returns the kind. `key` is the
// .npz member of a batch or a feature matrix (default arr_0). Headers are read whatever the size
// they claim (the caller applies its own limit: a batch is streamed, a matrix is held whole).
// Throws InputKindError for a missing path or one that is none of the kinds, NpyError for an
// unreadable header (naming the file).
InputProbe probeInput(const std::string& path, const std::string& key = "arr_0");

// Bytes of the array(s) a reader would hold whole: a feature matrix's payload, or mu plus sigma.
std::uint64_t wholeArrayBytes(const InputProbe& probe);

} // namespace genlens::metrics
