#include "genlens/metrics/text/embedding.h"

#include "text/textparallel.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>

namespace genlens::metrics::text {

namespace {

constexpr int kNonZerosPerFeature = 16;
// Texts per parallel task, and per batch between progress reports (and, in fit(), between
// merges of the document frequencies). Fixed, so the work split never depends on the threads.
constexpr std::size_t kTaskTexts = 64;
constexpr std::size_t kBatchTexts = 2048;
// The document-frequency table is split by the top bits of the (already mixed) feature hash, so
// that the workers of fit() each fill their own shards.
constexpr int kShardBits = 4;
constexpr std::size_t kShards = std::size_t(1) << kShardBits;

std::size_t shardOf(std::uint64_t hash)
{
    return static_cast<std::size_t>(hash >> (64 - kShardBits));
}

std::uint64_t splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t mix64(std::uint64_t x)
{
    std::uint64_t s = x;
    return splitmix64(s);
}

// --- UTF-8 and character classes -------------------------------------------------------------

std::u32string decodeUtf8(const std::string& text)
{
    std::u32string out;
    out.reserve(text.size());
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        char32_t cp = 0xFFFD;
        std::size_t len = 1;
        if (c < 0x80) {
            cp = c;
        } else if (c >= 0xC2 && c <= 0xF4) {
            const std::size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            if (i + need <= n) {
                char32_t v = c & (need == 2 ? 0x1F : need == 3 ? 0x0F : 0x07);
                bool ok = true;
                for (std::size_t k = 1; k < need; ++k) {
                    if ((s[i + k] & 0xC0) != 0x80) {
                        ok = false;
                        break;
                    }
                    v = (v << 6) | (s[i + k] & 0x3F);
                }
                const char32_t minimum = need == 2 ? 0x80 : need == 3 ? 0x800 : 0x10000;
                if (ok && v >= minimum && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF)) {
                    cp = v;
                    len = need;
                }
            }
        }
        out.push_back(cp);
        i += len;
    }
    return out;
}

// Python's str.isspace() set (text-metrics.md §0).
bool isSpace(char32_t c)
{
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0
        || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
        || c == 0x205F || c == 0x3000;
}

bool isPunctuation(char32_t c)
{
    if (c < 0x80) {
        return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60)
            || (c >= 0x7B && c <= 0x7E) || c < 0x20 || c == 0x7F;
    }
    return (c >= 0xA1 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F)
        || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF65) || c == 0xFFFD;
}

// CJK ideographs, kana and Hangul syllables: one word each.
bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

char32_t fold(char32_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E) {
        c = c - 0xFF01 + 0x21; // full-width ASCII
    }
    if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        || (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) || (c >= 0x410 && c <= 0x42F)) {
        return c + 0x20;
    }
    if (c >= 0x400 && c <= 0x40F) {
        return c + 0x50; // Cyrillic Ѐ..Џ -> ѐ..џ
    }
    return c;
}

// Normalised text: folded code points, white space collapsed to single spaces, trimmed.
std::u32string normalise(const std::string& text)
{
    const std::u32string raw = decodeUtf8(text);
    std::u32string out;
    out.reserve(raw.size());
    bool pendingSpace = false;
    for (char32_t c : raw) {
        c = fold(c);
        if (isSpace(c)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) {
            out.push_back(U' ');
            pendingSpace = false;
        }
        out.push_back(c);
    }
    return out;
}

// FNV-1a 64 over the bytes of a feature string, finalised by splitmix64 so that every output bit
// depends on every input byte (the projection draws from it).
class FeatureHash
{
public:
    explicit FeatureHash(char space)
    {
        byte(static_cast<unsigned char>(space));
        byte(0x1F);
    }
    void byte(unsigned char b)
    {
        m_h ^= b;
        m_h *= 0x100000001b3ULL;
    }
    void codePoint(char32_t c)
    {
        // The UTF-8 bytes of c, so that hashes do not depend on the host's char32_t layout.
        if (c < 0x80) {
            byte(static_cast<unsigned char>(c));
        } else if (c < 0x800) {
            byte(static_cast<unsigned char>(0xC0 | (c >> 6)));
            byte(static_cast<unsigned char>(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            byte(static_cast<unsigned char>(0xE0 | (c >> 12)));
            byte(static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F)));
            byte(static_cast<unsigned char>(0x80 | (c & 0x3F)));
        } else {
            byte(static_cast<unsigned char>(0xF0 | (c >> 18)));
            byte(static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F)));
            byte(static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F)));
            byte(static_cast<unsigned char>(0x80 | (c & 0x3F)));
        }
    }
    std::uint64_t value() const { return mix64(m_h); }

private:
    std::uint64_t m_h = 0xcbf29ce484222325ULL;
};

struct DocumentFeatures
{
    // (hash, term count), sorted by hash.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> words;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> chars;
};

void countSorted(std::vector<std::uint64_t>& hashes,
                 std::vector<std::pair<std::uint64_t, std::uint32_t>>& out)
{
    std::sort(hashes.begin(), hashes.end());
    out.clear();
    for (std::size_t i = 0; i < hashes.size();) {
        std::size_t j = i;
        while (j < hashes.size() && hashes[j] == hashes[i]) {
            ++j;
        }
        out.emplace_back(hashes[i], static_cast<std::uint32_t>(j - i));
        i = j;
    }
}

DocumentFeatures extractFeatures(const std::string& text)
{
    const std::u32string norm = normalise(text);
    std::vector<std::uint64_t> hashes;

    // Word unigrams and bigrams.
    std::vector<std::pair<std::size_t, std::size_t>> words; // [begin, end) in norm
    std::size_t start = std::u32string::npos;
    for (std::size_t i = 0; i <= norm.size(); ++i) {
        const char32_t c = i < norm.size() ? norm[i] : U' ';
        const bool separator = c == U' ' || isPunctuation(c);
        const bool cjk = !separator && isCjk(c);
        if (separator || cjk) {
            if (start != std::u32string::npos) {
                words.emplace_back(start, i);
                start = std::u32string::npos;
            }
            if (cjk) {
                words.emplace_back(i, i + 1);
            }
        } else if (start == std::u32string::npos) {
            start = i;
        }
    }
    for (std::size_t w = 0; w < words.size(); ++w) {
        FeatureHash uni('w');
        for (std::size_t i = words[w].first; i < words[w].second; ++i) {
            uni.codePoint(norm[i]);
        }
        hashes.push_back(uni.value());
        if (w + 1 < words.size()) {
            FeatureHash bi('b');
            for (std::size_t i = words[w].first; i < words[w].second; ++i) {
                bi.codePoint(norm[i]);
            }
            bi.byte(0x1F);
            for (std::size_t i = words[w + 1].first; i < words[w + 1].second; ++i) {
                bi.codePoint(norm[i]);
            }
            hashes.push_back(bi.value());
        }
    }
    DocumentFeatures doc;
    countSorted(hashes, doc.words);

    // Character 3..5-grams of " " + text + " ".
    hashes.clear();
    if (!norm.empty()) {
        std::u32string padded;
        padded.reserve(norm.size() + 2);
        padded.push_back(U' ');
        padded += norm;
        padded.push_back(U' ');
        for (std::size_t n = 3; n <= 5; ++n) {
            for (std::size_t i = 0; i + n <= padded.size(); ++i) {
                FeatureHash h('c');
                for (std::size_t k = 0; k < n; ++k) {
                    h.codePoint(padded[i + k]);
                }
                hashes.push_back(h.value());
            }
        }
    }
    countSorted(hashes, doc.chars);
    return doc;
}

// Flat open-addressing map from feature hash to document frequency.
class FrequencyTable
{
public:
    FrequencyTable() { rehash(1 << 12); }

    void increment(std::uint64_t key)
    {
        if ((m_size + 1) * 2 > m_keys.size()) {
            rehash(m_keys.size() * 2);
        }
        std::size_t slot = key & m_mask;
        while (m_counts[slot] != 0 && m_keys[slot] != key) {
            slot = (slot + 1) & m_mask;
        }
        if (m_counts[slot] == 0) {
            m_keys[slot] = key;
            ++m_size;
        }
        ++m_counts[slot];
    }

    std::uint32_t count(std::uint64_t key) const
    {
        std::size_t slot = key & m_mask;
        while (m_counts[slot] != 0) {
            if (m_keys[slot] == key) {
                return m_counts[slot];
            }
            slot = (slot + 1) & m_mask;
        }
        return 0;
    }

private:
    void rehash(std::size_t capacity)
    {
        std::vector<std::uint64_t> oldKeys;
        std::vector<std::uint32_t> oldCounts;
        oldKeys.swap(m_keys);
        oldCounts.swap(m_counts);
        m_keys.assign(capacity, 0);
        m_counts.assign(capacity, 0);
        m_mask = capacity - 1;
        for (std::size_t i = 0; i < oldKeys.size(); ++i) {
            if (oldCounts[i] != 0) {
                std::size_t slot = oldKeys[i] & m_mask;
                while (m_counts[slot] != 0) {
                    slot = (slot + 1) & m_mask;
                }
                m_keys[slot] = oldKeys[i];
                m_counts[slot] = oldCounts[i];
            }
        }
    }

    std::vector<std::uint64_t> m_keys; // hashes are already mixed: the low bits index directly
    std::vector<std::uint32_t> m_counts;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
};

// Document frequencies in kShards independent tables (by shardOf). A count does not depend on
// the order in which the documents were added.
class ShardedFrequencyTable
{
public:
    ShardedFrequencyTable()
        : m_shards(kShards)
    { }
    FrequencyTable& shard(std::size_t s) { return m_shards[s]; }
    std::uint32_t count(std::uint64_t key) const { return m_shards[shardOf(key)].count(key); }

private:
    std::vector<FrequencyTable> m_shards;
};

Progress offsetProgress(const Progress& progress, std::size_t offset, std::size_t total)
{
    if (!progress) {
        return {};
    }
    return [progress, offset, total](std::size_t done, std::size_t) {
        return progress(offset + done, total);
    };
}

} // namespace

const char* textEmbeddingId()
{
    return "builtin-text-1";
}

struct TextEmbedder::Impl
{
    TextEmbeddingOptions options;
    ShardedFrequencyTable df;
    std::size_t documents = 0;
};

TextEmbedder::TextEmbedder(const TextEmbeddingOptions& options)
    : m_impl(std::make_unique<Impl>())
{
    if (options.dim < 1) {
        throw std::invalid_argument("text embedding: dim must be at least 1, got "
                                    + std::to_string(options.dim));
    }
    m_impl->options = options;
}

TextEmbedder::~TextEmbedder() = default;
TextEmbedder::TextEmbedder(TextEmbedder&&) noexcept = default;
TextEmbedder& TextEmbedder::operator=(TextEmbedder&&) noexcept = default;

void TextEmbedder::fit(const std::vector<std::string>& corpus, const Progress& progress,
                       int threads)
{
    ShardedFrequencyTable df;
    // Per batch: the features of each task's texts, sorted into shards (tasks in parallel); then
    // every shard takes its hashes from all tasks (shards in parallel).
    std::vector<std::vector<std::vector<std::uint64_t>>> found;
    for (std::size_t batch = 0; batch < corpus.size(); batch += kBatchTexts) {
        reportProgress(progress, batch, corpus.size());
        const std::size_t end = std::min(corpus.size(), batch + kBatchTexts);
        found.assign(chunkCount(end - batch, kTaskTexts),
                     std::vector<std::vector<std::uint64_t>>(kShards));
        forChunks(end - batch, kTaskTexts, threads,
                  [&](std::size_t task, std::size_t first, std::size_t last, int) {
                      auto& shards = found[task];
                      for (std::size_t i = batch + first; i < batch + last; ++i) {
                          const DocumentFeatures doc = extractFeatures(corpus[i]);
                          for (const auto* block : {&doc.words, &doc.chars}) {
                              for (const auto& f : *block) {
                                  shards[shardOf(f.first)].push_back(f.first);
                              }
                          }
                      }
                  });
        parallelFor(kShards, threads, [&](std::size_t s, int) {
            for (const auto& task : found) {
                for (std::uint64_t h : task[s]) {
                    df.shard(s).increment(h);
                }
            }
        });
    }
    reportProgress(progress, corpus.size(), corpus.size());
    m_impl->df = std::move(df);
    m_impl->documents = corpus.size();
}

std::size_t TextEmbedder::fittedDocuments() const
{
    return m_impl->documents;
}

RowMatrixXf TextEmbedder::transform(const std::vector<std::string>& texts, const Progress& progress,
                                    int threads) const
{
    const Impl& d = *m_impl;
    const int dim = d.options.dim;
    const double n = static_cast<double>(d.documents);
    const double entry = 1.0 / std::sqrt(static_cast<double>(kNonZerosPerFeature));
    const auto udim = static_cast<std::uint64_t>(dim);
    std::uint64_t seedState = d.options.seed;
    const std::uint64_t seedMix = splitmix64(seedState);

    RowMatrixXf out(static_cast<Eigen::Index>(texts.size()), dim);
    // Each row depends on its own text only: rows are computed by independent tasks.
    auto embedRows = [&](std::size_t, std::size_t first, std::size_t last, int) {
        std::vector<double> dense(static_cast<std::size_t>(dim));
        std::vector<double> weights;
        for (std::size_t t = first; t < last; ++t) {
            std::fill(dense.begin(), dense.end(), 0.0);
            const DocumentFeatures doc = extractFeatures(texts[t]);
            for (const auto* block : {&doc.words, &doc.chars}) {
                weights.resize(block->size());
                double norm2 = 0;
                for (std::size_t i = 0; i < block->size(); ++i) {
                    const double df = d.df.count((*block)[i].first);
                    const double idf = std::log((1.0 + n) / (1.0 + df)) + 1.0;
                    weights[i] = (*block)[i].second * idf;
                    norm2 += weights[i] * weights[i];
                }
                if (norm2 <= 0) {
                    continue;
                }
                const double scale = entry / std::sqrt(2.0 * norm2);
                for (std::size_t i = 0; i < block->size(); ++i) {
                    std::uint64_t state = (*block)[i].first ^ seedMix;
                    const double w = weights[i] * scale;
                    // Each 64-bit draw gives two entries: per 32-bit half, bit 0 is the sign and
                    // the other 31 bits pick the row by multiply-shift (Lemire), avoiding a
                    // division.
                    for (int k = 0; k < kNonZerosPerFeature / 2; ++k) {
                        const std::uint64_t r = splitmix64(state);
                        for (const std::uint64_t u : {r & std::uint64_t(0xFFFFFFFFu), r >> 32}) {
                            const auto row = static_cast<std::size_t>(((u >> 1) * udim) >> 31);
                            dense[row] += (u & 1) ? w : -w;
                        }
                    }
                }
            }
            double norm2 = 0;
            for (double v : dense) {
                norm2 += v * v;
            }
            const double inv = norm2 > 0 ? 1.0 / std::sqrt(norm2) : 0.0;
            auto row = out.row(static_cast<Eigen::Index>(t));
            for (int k = 0; k < dim; ++k) {
                row(k) = static_cast<float>(dense[static_cast<std::size_t>(k)] * inv);
            }
        }
    };
    for (std::size_t batch = 0; batch < texts.size(); batch += kBatchTexts) {
        reportProgress(progress, batch, texts.size());
        const std::size_t end = std::min(texts.size(), batch + kBatchTexts);
        forChunks(end - batch, kTaskTexts, threads,
                  [&](std::size_t task, std::size_t first, std::size_t last, int worker) {
                      embedRows(task, batch + first, batch + last, worker);
                  });
    }
    reportProgress(progress, texts.size(), texts.size());
    return out;
}

RowMatrixXf embedTexts(const std::vector<std::string>& texts, const TextEmbeddingOptions& options,
                       const Progress& progress, int threads)
{
    TextEmbedder embedder(options);
    const std::size_t total = 2 * texts.size();
    embedder.fit(texts, offsetProgress(progress, 0, total), threads);
    return embedder.transform(texts, offsetProgress(progress, texts.size(), total), threads);
}

} // namespace genlens::metrics::text
