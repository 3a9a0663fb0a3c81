#include "genlens/metrics/core/inputkind.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <limits>
#include <system_error>

namespace genlens::metrics {

namespace fs = std::filesystem;

const char* inputKindName(InputKind kind)
{
    switch (kind) {
    case InputKind::Folder:
        return "folder";
    case InputKind::ImageBatch:
        return "npz-batch";
    case InputKind::FeatureMatrix:
        return "features";
    case InputKind::Statistics:
        return "statistics";
    }
    return "";
}

std::int64_t InputProbe::dimension() const
{
    if (kind == InputKind::FeatureMatrix && header.shape.size() == 2) {
        return header.shape[1];
    }
    if (kind == InputKind::Statistics && header.shape.size() == 1 && sigmaShape.size() == 2
        && sigmaShape[0] == header.shape[0] && sigmaShape[1] == header.shape[0]) {
        return header.shape[0];
    }
    return -1;
}

InputDecision decideInputKind(const InputFacts& facts, const std::string& key)
{
    if (!facts.exists) {
        return {InputStep::Refuse, "no such file or folder"};
    }
    if (facts.isDirectory) {
        return {InputStep::Folder, {}};
    }
    if (facts.suffix == "npy") {
        return {InputStep::ReadNpyHeader, {}};
    }
    if (facts.suffix != "npz") {
        return {InputStep::Refuse,
                "not an image input (a folder, an .npz/.npy image batch, an .npy feature matrix "
                "or an .npz with mu and sigma)"};
    }
    const auto has = [&](const std::string& name) {
        return std::find(facts.npzMembers.begin(), facts.npzMembers.end(), name)
            != facts.npzMembers.end();
    };
    // The member the user names (arr_0 by default) wins: a batch or features may travel with
    // other arrays; without it, mu and sigma make a statistics file.
    if (has(key)) {
        return {InputStep::ReadMember, {}};
    }
    if (has("mu") && has("sigma")) {
        return {InputStep::ReadStatistics, {}};
    }
    std::string all;
    for (const std::string& name : facts.npzMembers) {
        all += (all.empty() ? "" : ", ") + name;
    }
    return {InputStep::Refuse,
            "has no member '" + key
                + "' (an image batch or features) nor mu and sigma "
                  "(statistics); members: "
                + (all.empty() ? std::string("none") : all)};
}

InputKind classifyArray(const NpyInfo& header)
{
    const std::size_t dims = header.shape.size();
    return header.dtype == NpyDtype::UInt8 && (dims == 3 || dims == 4) ? InputKind::ImageBatch
                                                                       : InputKind::FeatureMatrix;
}

namespace {

std::uint64_t payloadBytes(NpyDtype dtype, const std::vector<std::int64_t>& shape)
{
    // The header reader has checked the product for overflow.
    std::uint64_t n = npyItemSize(dtype);
    for (const std::int64_t extent : shape) {
        n *= static_cast<std::uint64_t>(extent);
    }
    return n;
}

} // namespace

std::uint64_t wholeArrayBytes(const InputProbe& probe)
{
    switch (probe.kind) {
    case InputKind::FeatureMatrix:
        return payloadBytes(probe.header.dtype, probe.header.shape);
    case InputKind::Statistics:
        // sigma's dtype is not kept; float64 is what every statistics writer uses and the most
        // a reader converts to.
        return payloadBytes(probe.header.dtype, probe.header.shape)
            + payloadBytes(NpyDtype::Float64, probe.sigmaShape);
    case InputKind::Folder:
    case InputKind::ImageBatch:
        break;
    }
    return 0;
}

InputProbe probeInput(const std::string& path, const std::string& key)
{
    // Headers only: any size they claim is reported, not refused, here.
    NpyLimits limits;
    limits.maxBytes = std::numeric_limits<std::uint64_t>::max() / 4;
    const std::string member = key.empty() ? std::string("arr_0") : key;
    InputFacts facts;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    facts.exists = !ec && fs::exists(status);
    facts.isDirectory = facts.exists && fs::is_directory(status);
    std::string suffix = fs::path(path).extension().string();
    if (!suffix.empty()) {
        suffix.erase(0, 1);
    }
    std::transform(suffix.begin(), suffix.end(), suffix.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    facts.suffix = suffix;
    if (facts.exists && !facts.isDirectory && suffix == "npz") {
        facts.npzMembers = npzKeys(path);
    }
    const InputDecision decision = decideInputKind(facts, member);
    InputProbe probe;
    probe.path = path;
    switch (decision.step) {
    case InputStep::Refuse:
        throw InputKindError(path + ": " + decision.reason);
    case InputStep::Folder:
        probe.kind = InputKind::Folder;
        break;
    case InputStep::ReadNpyHeader:
        probe.header = readNpyInfo(path, limits);
        probe.kind = classifyArray(probe.header);
        break;
    case InputStep::ReadMember:
        probe.member = member;
        probe.header = readNpzMemberInfo(path, member, limits);
        probe.kind = classifyArray(probe.header);
        break;
    case InputStep::ReadStatistics:
        probe.kind = InputKind::Statistics;
        probe.member = "mu";
        probe.header = readNpzMemberInfo(path, "mu", limits);
        probe.sigmaShape = readNpzMemberInfo(path, "sigma", limits).shape;
        break;
    }
    return probe;
}

} // namespace genlens::metrics
