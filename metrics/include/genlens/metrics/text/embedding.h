#pragma once

#include "genlens/metrics/core/matrix.h"
#include "genlens/metrics/progress.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace genlens::metrics::text {

// The built-in deterministic text embedding "builtin-text-1" (design.md §3). No weights, no
// downloads; the same bytes give the same floats on every run and platform.
//
//   1. Normalise: UTF-8 decoded to code points (an invalid byte becomes U+FFFD); full-width ASCII
//      U+FF01–FF5E folded to ASCII and U+3000 to a space; lower case for ASCII, Latin-1, Greek and
//      Cyrillic capitals; every Unicode white space (Python's str.isspace set) is a separator and
//      runs of it collapse to one space.
//   2. Words: runs of code points that are neither white space nor punctuation (ASCII and Latin-1
//      punctuation/symbols, U+2000–206F, U+3000–303F, U+FE30–FE4F, U+FF00–FF65); every CJK
//      ideograph, kana or Hangul syllable is a word on its own, so Chinese gets character
//      unigrams and bigrams. Features: word unigrams and word bigrams.
//   3. Characters: code-point 3-, 4- and 5-grams of the normalised text with one space of padding
//      at each end.
//   4. Each feature string is hashed with FNV-1a 64 (feature namespace included), then weighted
//      by TF-IDF: raw count × idf, idf = ln((1 + n) / (1 + df)) + 1 (scikit-learn's smooth idf),
//      with n and df taken from the fitting corpus. The word block and the character block are
//      L2-normalised separately and added with weight 1/√2 each, so neither dominates.
//   5. Projection to `dim` dimensions by a sparse Johnson–Lindenstrauss transform (Kane & Nelson
//      2014): each feature hash seeds a splitmix64 stream that picks 16 output coordinates (with
//      replacement) and signs ±1/√16. Distances are preserved in expectation; no matrix is stored,
//      so the feature space is unbounded (no hashing-trick bucket collisions).
//   6. The dense vector is L2-normalised (unit rows; Euclidean distance is then a function of the
//      cosine). A text with no features (empty, or only white space) gives the zero vector.
//
// IDF: embedTexts() fits it on exactly the texts it is given; the evaluation pipeline passes the
// real and generated sets together so both are embedded in one space. TextEmbedder fits on one
// corpus (e.g. the real set) and embeds others in that fixed space.
struct TextEmbeddingOptions
{
    int dim = 256;
    std::uint64_t seed = 0;
};

// "builtin-text-1": stored with every text feature so that caches never mix spaces.
const char* textEmbeddingId();

// Fits the IDF on `texts` and embeds them: one unit-norm (or zero) row per text, in order.
// Throws std::invalid_argument when options.dim < 1. Progress counts 2 × texts.size() steps.
// threads (0 = all cores) spreads the texts over workers; every row depends on its own text and
// the document frequencies only, so the floats are the same for any thread count.
RowMatrixXf embedTexts(const std::vector<std::string>& texts,
                       const TextEmbeddingOptions& options = {}, const Progress& progress = {},
                       int threads = 0);

class TextEmbedder
{
public:
    explicit TextEmbedder(const TextEmbeddingOptions& options = {});
    ~TextEmbedder();
    TextEmbedder(TextEmbedder&&) noexcept;
    TextEmbedder& operator=(TextEmbedder&&) noexcept;

    // Document frequencies from `corpus` (replaces an earlier fit).
    void fit(const std::vector<std::string>& corpus, const Progress& progress = {},
             int threads = 0);
    // Embeds `texts` with the fitted IDF; features never seen in the fit get df = 0.
    RowMatrixXf transform(const std::vector<std::string>& texts, const Progress& progress = {},
                          int threads = 0) const;
    std::size_t fittedDocuments() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace genlens::metrics::text
