#include "genlens/metrics/text/kneserney.h"

#include "text/ngramtrie.h"
#include "text/textparallel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace genlens::metrics::text {

namespace {

using detail::TrieEdges;

constexpr std::uint32_t kUnk = 0;
constexpr std::uint32_t kBos = 1;
constexpr std::uint32_t kEos = 2;
constexpr std::uint32_t kFirstWord = 3;
constexpr std::uint32_t kRoot = 0;
constexpr std::uint32_t kNone = TrieEdges::kNone;
constexpr int kMaxOrder = 16;

// KenLM's --discount_fallback defaults.
constexpr std::array<double, 3> kFallbackDiscounts = {0.5, 1.0, 1.5};

} // namespace

struct KneserNeyModel::Impl
{
    int order = 3;
    bool trained = false;
    std::unordered_map<std::string, std::uint32_t> vocab; // word -> id (>= kFirstWord, or kUnk)
    std::size_t vocabularySize = 0; // word types + </s>
    TrieEdges edges;
    // Per trie node (node 0 = empty context). A node is the token sequence on its path.
    std::vector<std::uint32_t> adjusted; // adjusted count a(g) of an event n-gram, 0 otherwise
    std::vector<std::uint8_t> level; // length of the sequence
    std::vector<std::uint32_t> contextTotal; // Σ_v a(h v) when the node is used as a context h
    std::vector<double> gammaNumerator; // D1 N1(h•) + D2 N2(h•) + D3 N3+(h•)
    std::vector<std::array<double, 3>> discounts; // per order 1..N at index n-1
    std::vector<bool> fallback;
    std::vector<std::array<std::size_t, 4>> countOfCounts;
    std::vector<std::uint32_t> bosContexts; // root, node "<s>", then kNone up to N-1
    double uniform = 0;

    std::uint32_t wordId(const std::string& word) const
    {
        const auto it = vocab.find(word);
        return it == vocab.end() ? kUnk : it->second;
    }

    // Probability of token w after the contexts ctx[0..N-1] (ctx[L] = node of the last L tokens,
    // or kNone). Writes the node of (ctx[L], w) to next[L+1] (kNone when absent) so that scoring a
    // sentence reuses the lookups as the next position's contexts.
    double probability(const std::uint32_t* ctx, std::uint32_t w, std::uint32_t* next) const
    {
        double p = uniform;
        next[0] = kRoot;
        int L = 0;
        for (; L < order; ++L) {
            const std::uint32_t h = ctx[L];
            if (h == kNone) {
                break;
            }
            const std::uint32_t g = edges.find(h, w);
            next[L + 1] = g;
            const std::uint32_t total = contextTotal[h];
            if (total == 0) {
                continue; // h only ever preceded </s> or nothing: pass the lower order through
            }
            const std::uint32_t a = g == kNone ? 0 : adjusted[g];
            const double d = a == 0 ? 0.0 : discounts[L][std::min<std::uint32_t>(a, 3) - 1];
            p = (std::max(static_cast<double>(a) - d, 0.0) + gammaNumerator[h] * p) / total;
        }
        for (; L < order; ++L) {
            next[L + 1] = kNone;
        }
        return p;
    }

    double sentenceLogProb(const std::vector<std::string>& sentence, std::size_t* unknown,
                           std::vector<double>* perToken) const
    {
        std::uint32_t ctxBuf[kMaxOrder + 1];
        std::uint32_t nextBuf[kMaxOrder + 1];
        std::uint32_t* ctx = ctxBuf;
        std::uint32_t* next = nextBuf;
        for (int L = 0; L < order; ++L) {
            ctx[L] = bosContexts[static_cast<std::size_t>(L)];
        }
        double sum = 0;
        for (std::size_t i = 0; i <= sentence.size(); ++i) {
            std::uint32_t w = kEos;
            if (i < sentence.size()) {
                w = wordId(sentence[i]);
                if (w == kUnk && unknown) {
                    ++*unknown;
                }
            }
            const double lp = std::log(probability(ctx, w, next));
            sum += lp;
            if (perToken) {
                perToken->push_back(lp);
            }
            std::swap(ctx, next);
        }
        return sum;
    }
};

KneserNeyModel::KneserNeyModel(int order)
    : m_impl(std::make_unique<Impl>())
{
    if (order < 1 || order > kMaxOrder) {
        throw std::invalid_argument("KneserNeyModel: order must be between 1 and "
                                    + std::to_string(kMaxOrder) + ", got " + std::to_string(order));
    }
    m_impl->order = order;
}

KneserNeyModel::~KneserNeyModel() = default;
KneserNeyModel::KneserNeyModel(const KneserNeyModel& other)
    : m_impl(std::make_unique<Impl>(*other.m_impl))
{ }
KneserNeyModel& KneserNeyModel::operator=(const KneserNeyModel& other)
{
    if (this != &other) {
        m_impl = std::make_unique<Impl>(*other.m_impl);
    }
    return *this;
}
KneserNeyModel::KneserNeyModel(KneserNeyModel&& other) noexcept = default;
KneserNeyModel& KneserNeyModel::operator=(KneserNeyModel&& other) noexcept = default;

void KneserNeyModel::train(const std::vector<std::vector<std::string>>& sentences)
{
    if (sentences.empty()) {
        throw std::invalid_argument("KneserNeyModel::train: no training sentences");
    }
    const int n = m_impl->order;
    Impl fresh;
    fresh.order = n;

    // Integer-encode the corpus once. The strings "<s>" and "</s>" are not markers inside a
    // sentence: they map to <unk> like any other reserved spelling.
    std::uint32_t nextId = kFirstWord;
    fresh.vocab.emplace("<unk>", kUnk);
    fresh.vocab.emplace("<s>", kUnk);
    fresh.vocab.emplace("</s>", kUnk);
    std::vector<std::uint32_t> padded;

    // Per-node working arrays; `adjusted` and `level` live in fresh.
    std::vector<std::uint32_t> raw {0};
    std::vector<std::uint32_t> leftExtensions {0};
    std::vector<std::uint32_t> parent {kNone};
    std::vector<std::uint8_t> startsWithBos {0};
    fresh.level.push_back(0);

    auto child = [&](std::uint32_t p, std::uint32_t token) {
        bool inserted = false;
        const auto id = static_cast<std::uint32_t>(raw.size());
        if (raw.size() >= kNone - 1) {
            throw std::length_error("KneserNeyModel::train: more than 2^32 n-grams");
        }
        const std::uint32_t c = fresh.edges.findOrInsert(p, token, id, inserted);
        if (inserted) {
            raw.push_back(0);
            leftExtensions.push_back(0);
            parent.push_back(p);
            startsWithBos.push_back(p == kRoot ? static_cast<std::uint8_t>(token == kBos)
                                               : startsWithBos[p]);
            fresh.level.push_back(static_cast<std::uint8_t>(fresh.level[p] + 1));
        }
        return c;
    };

    std::vector<std::uint32_t> prev(static_cast<std::size_t>(n) + 1, kNone);
    std::vector<std::uint32_t> cur(static_cast<std::size_t>(n) + 1, kNone);
    for (const auto& sentence : sentences) {
        padded.assign(1, kBos);
        for (const auto& word : sentence) {
            auto [it, inserted] = fresh.vocab.emplace(word, nextId);
            if (inserted) {
                ++nextId;
            }
            padded.push_back(it->second);
        }
        padded.push_back(kEos);

        std::fill(prev.begin(), prev.end(), kNone);
        prev[0] = kRoot;
        for (std::size_t j = 0; j < padded.size(); ++j) {
            const std::uint32_t token = padded[j];
            const bool predicted = j >= 1;
            // Only j + 1 tokens exist so far (KenLM's single <s>: no n-gram reaches before it);
            // the sequence "<s>" alone is needed only as a context.
            const int maxLength
                = predicted ? std::min(static_cast<int>(j) + 1, n) : std::min(1, n - 1);
            cur[0] = kRoot;
            for (int L = 1; L <= maxLength; ++L) {
                cur[static_cast<std::size_t>(L)]
                    = child(prev[static_cast<std::size_t>(L - 1)], token);
            }
            for (int L = maxLength + 1; L <= n; ++L) {
                cur[static_cast<std::size_t>(L)] = kNone;
            }
            if (predicted) {
                for (int L = 1; L <= maxLength; ++L) {
                    const std::uint32_t g = cur[static_cast<std::size_t>(L)];
                    if (raw[g]++ == 0 && L >= 2) {
                        // First occurrence of g = (v, g'): g' gains the left extension v.
                        ++leftExtensions[cur[static_cast<std::size_t>(L - 1)]];
                    }
                }
            }
            std::swap(prev, cur);
        }
    }
    fresh.vocabularySize = (nextId - kFirstWord) + 1; // word types + </s>
    fresh.uniform = 1.0 / static_cast<double>(fresh.vocabularySize + 1);

    // Adjusted counts and count-of-counts per order.
    const std::size_t nodes = raw.size();
    fresh.adjusted.assign(nodes, 0);
    fresh.countOfCounts.assign(static_cast<std::size_t>(n), {0, 0, 0, 0});
    for (std::size_t g = 1; g < nodes; ++g) {
        if (raw[g] == 0) {
            continue; // sequence ending in a padding <s>: a context only
        }
        const int L = fresh.level[g];
        const std::uint32_t a = (L == n || startsWithBos[g]) ? raw[g] : leftExtensions[g];
        fresh.adjusted[g] = a;
        if (a >= 1 && a <= 4) {
            ++fresh.countOfCounts[static_cast<std::size_t>(L - 1)][a - 1];
        }
    }

    // Discounts (Chen & Goodman eq. 26), with the documented fallback.
    fresh.discounts.assign(static_cast<std::size_t>(n), kFallbackDiscounts);
    fresh.fallback.assign(static_cast<std::size_t>(n), true);
    for (int L = 1; L <= n; ++L) {
        const auto& cc = fresh.countOfCounts[static_cast<std::size_t>(L - 1)];
        const double n1 = static_cast<double>(cc[0]);
        const double n2 = static_cast<double>(cc[1]);
        const double n3 = static_cast<double>(cc[2]);
        const double n4 = static_cast<double>(cc[3]);
        if (n1 <= 0 || n2 <= 0 || n3 <= 0) {
            continue;
        }
        const double y = n1 / (n1 + 2 * n2);
        const std::array<double, 3> d
            = {1 - 2 * y * n2 / n1, 2 - 3 * y * n3 / n2, 3 - 4 * y * n4 / n3};
        if (d[0] > 0 && d[0] <= 1 && d[1] > 0 && d[1] <= 2 && d[2] > 0 && d[2] <= 3) {
            fresh.discounts[static_cast<std::size_t>(L - 1)] = d;
            fresh.fallback[static_cast<std::size_t>(L - 1)] = false;
        }
    }

    // Context statistics: Σ a(h·) and the back-off mass numerator.
    fresh.contextTotal.assign(nodes, 0);
    fresh.gammaNumerator.assign(nodes, 0.0);
    for (std::size_t g = 1; g < nodes; ++g) {
        const std::uint32_t a = fresh.adjusted[g];
        if (a == 0) {
            continue;
        }
        const std::uint32_t h = parent[g];
        const int L = fresh.level[g];
        fresh.contextTotal[h] += a;
        fresh.gammaNumerator[h]
            += fresh.discounts[static_cast<std::size_t>(L - 1)][std::min<std::uint32_t>(a, 3) - 1];
    }

    fresh.bosContexts.assign(static_cast<std::size_t>(n), kNone);
    fresh.bosContexts[0] = kRoot;
    if (n >= 2) {
        fresh.bosContexts[1] = fresh.edges.find(kRoot, kBos);
    }
    fresh.trained = true;
    *m_impl = std::move(fresh);
}

double KneserNeyModel::logProb(const std::vector<std::string>& context,
                               const std::string& word) const
{
    const Impl& d = *m_impl;
    if (!d.trained) {
        throw std::logic_error("KneserNeyModel::logProb: the model is not trained");
    }
    if (word == "<s>") {
        return -std::numeric_limits<double>::infinity();
    }
    const std::uint32_t w = word == "</s>" ? kEos : d.wordId(word);

    // The sentence so far behind one <s> (unless it already starts with one); at most the last
    // order−1 tokens; near the sentence start the shorter context is all there is.
    std::vector<std::uint32_t> ids;
    if (context.empty() || context.front() != "<s>") {
        ids.push_back(kBos);
    }
    for (const std::string& token : context) {
        ids.push_back(token == "<s>" ? kBos : token == "</s>" ? kEos : d.wordId(token));
    }
    const std::size_t want = std::min(static_cast<std::size_t>(d.order - 1), ids.size());
    std::uint32_t ctx[kMaxOrder + 1];
    std::uint32_t next[kMaxOrder + 1];
    std::fill(ctx, ctx + kMaxOrder + 1, kNone);
    ctx[0] = kRoot;
    for (std::size_t L = 1; L <= want; ++L) {
        std::uint32_t node = kRoot;
        for (std::size_t i = ids.size() - L; i < ids.size() && node != kNone; ++i) {
            node = d.edges.find(node, ids[i]);
        }
        ctx[L] = node;
    }
    return std::log(d.probability(ctx, w, next));
}

std::vector<double> KneserNeyModel::tokenLogProbs(const std::vector<std::string>& sentence) const
{
    if (!m_impl->trained) {
        throw std::logic_error("KneserNeyModel::tokenLogProbs: the model is not trained");
    }
    std::vector<double> out;
    out.reserve(sentence.size() + 1);
    m_impl->sentenceLogProb(sentence, nullptr, &out);
    return out;
}

PerplexityResult KneserNeyModel::perplexity(const std::vector<std::vector<std::string>>& sentences,
                                            int threads) const
{
    if (!m_impl->trained) {
        throw std::logic_error("KneserNeyModel::perplexity: the model is not trained");
    }
    // Sentences are scored independently (fixed chunks in parallel); the corpus sums are taken
    // afterwards in sentence order, so every value is the same for any thread count.
    constexpr std::size_t kChunk = 512;
    std::vector<double> logProbs(sentences.size());
    std::vector<std::size_t> unknown(sentences.size(), 0);
    forChunks(sentences.size(), kChunk, threads,
              [&](std::size_t, std::size_t first, std::size_t last, int) {
                  for (std::size_t i = first; i < last; ++i) {
                      logProbs[i] = m_impl->sentenceLogProb(sentences[i], &unknown[i], nullptr);
                  }
              });
    PerplexityResult result;
    result.perSentence.reserve(sentences.size());
    double total = 0;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const double lp = logProbs[i];
        const std::size_t predicted = sentences[i].size() + 1;
        result.perSentence.push_back(std::exp(-lp / static_cast<double>(predicted)));
        total += lp;
        result.tokens += predicted;
        result.unknownTokens += unknown[i];
    }
    result.corpus = result.tokens == 0 ? std::numeric_limits<double>::quiet_NaN()
                                       : std::exp(-total / static_cast<double>(result.tokens));
    return result;
}

int KneserNeyModel::order() const
{
    return m_impl->order;
}

std::size_t KneserNeyModel::vocabularySize() const
{
    return m_impl->vocabularySize;
}

bool KneserNeyModel::isTrained() const
{
    return m_impl->trained;
}

std::array<double, 3> KneserNeyModel::discounts(int n) const
{
    if (!m_impl->trained || n < 1 || n > m_impl->order) {
        throw std::out_of_range("KneserNeyModel::discounts: no order " + std::to_string(n));
    }
    return m_impl->discounts[static_cast<std::size_t>(n - 1)];
}

bool KneserNeyModel::usedDiscountFallback(int n) const
{
    if (!m_impl->trained || n < 1 || n > m_impl->order) {
        throw std::out_of_range("KneserNeyModel::usedDiscountFallback: no order "
                                + std::to_string(n));
    }
    return m_impl->fallback[static_cast<std::size_t>(n - 1)];
}

std::array<std::size_t, 4> KneserNeyModel::countOfCounts(int n) const
{
    if (!m_impl->trained || n < 1 || n > m_impl->order) {
        throw std::out_of_range("KneserNeyModel::countOfCounts: no order " + std::to_string(n));
    }
    return m_impl->countOfCounts[static_cast<std::size_t>(n - 1)];
}

ForwardReversePerplexity
forwardReversePerplexity(const std::vector<std::vector<std::string>>& real,
                         const std::vector<std::vector<std::string>>& generated, int order)
{
    if (real.empty() || generated.empty()) {
        throw std::invalid_argument("perplexity: the real set has " + std::to_string(real.size())
                                    + " sentences and the generated set "
                                    + std::to_string(generated.size()) + "; both need some");
    }
    ForwardReversePerplexity out;
    {
        KneserNeyModel model(order);
        model.train(real);
        out.forward = model.perplexity(generated);
    }
    KneserNeyModel model(order);
    model.train(generated);
    out.reverse = model.perplexity(real);
    return out;
}

} // namespace genlens::metrics::text
