#pragma once

#include "evaluation/pipelinecontext.h"
#include "evaluation/runresult.h"

#include <QString>
#include <genlens/metrics/core/matrix.h>
#include <genlens/metrics/core/npy.h>
#include <genlens/metrics/image/extractor.h>
#include <memory>

namespace genlens::app {

// "Bring your own features, keep your images" (issue 11, docs/image.md): a float matrix computed
// elsewhere (.npy, or an .npz member) attached to an image folder or batch, so that the images
// are still decoded for thumbnails, per-image measures, drill-down and grids while the set-level
// metrics use the attached rows.
//
// Row alignment:
//  - without a paths file, row i belongs to the i-th image of the set in GenLens's documented
//  order:
//    the folder's files with an image extension (png, jpg, jpeg, bmp, webp, tif, tiff), sorted
//    byte-wise by path — undecodable ones included, their rows are dropped with them — or row i
//    of a batch; the row count must equal that number;
//  - with a paths file (one path per line, relative to the set folder or absolute; "#17" for
//    row 17 of a batch), row i belongs to the image on line i. Every usable image needs a line;
//    a line naming no image of the set, a path listed twice or a line count that differs from
//    the rows is an error.
// Every refusal names both files and the first mismatch.
// The most one array read whole may take: a feature matrix (.npy, or an .npz member once
// inflated), attached features, statistics. Headers are checked against it before any payload
// is read, so a small .npz that inflates to gigabytes is refused with its size and this limit.
// `--max-member-mb` raises it (docs/image.md, README "Limits").
inline constexpr std::uint64_t kDefaultMaxArrayBytes = 2048ull << 20;
metrics::NpyLimits wholeArrayLimits(std::uint64_t maxBytes);

struct AttachedFeaturesSpec
{
    QString matrix; // .npy, or .npz with key
    QString key; // .npz member (default: the only member)
    QString pathsFile; // optional
    QString featuresId; // the user's name of the feature space (free text)
    std::uint64_t maxBytes = kDefaultMaxArrayBytes; // the matrix, once inflated
    bool isSet() const { return !matrix.isEmpty(); }
};

// Throws InputError for an empty or reserved features id (ids starting "builtin" or "onnx:" name
// GenLens's own extractors).
void checkFeaturesId(const QString& id);

// The attached rows in the order of `set.samples` (the usable images as loaded), plus the ids.
// `skipped` are the set's items without a sample (their rows are dropped). Throws InputError.
metrics::RowMatrixXf alignAttachedFeatures(const AttachedFeaturesSpec& spec, const QString& setPath,
                                           const SampleSet& set);

// Text (`evaluate text --real-features`): the attached rows of the usable texts, whose 1-based
// record numbers are `records` out of `recordCount` records in `setPath`. Without a paths file
// row i belongs to record i + 1 (one row per line or record, bad ones included, their rows
// dropped), or, when the matrix has exactly one row per usable text (as `genlens features text`
// writes), to the i-th usable text; with one, line i holds the record number of row i (as
// `genlens features text` writes them). Throws InputError naming both files.
metrics::RowMatrixXf alignAttachedTextFeatures(const AttachedFeaturesSpec& spec,
                                               const QString& setPath,
                                               const std::vector<qint64>& records,
                                               qint64 recordCount);

// Reads the matrix's dimension (header only for .npy). Throws InputError.
qint64 attachedFeaturesDim(const AttachedFeaturesSpec& spec);

// An extractor that computes nothing (zero rows of `dim`), for decoding a set whose features are
// attached: the loader still makes thumbnails and measures.
std::unique_ptr<metrics::image::FeatureExtractor> makeAttachedPlaceholderExtractor(int dim);

} // namespace genlens::app
