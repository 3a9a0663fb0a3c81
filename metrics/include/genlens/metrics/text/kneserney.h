#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace genlens::metrics::text {

// Perplexity of a set of sentences under a language model. Natural log throughout; the value is
// the same as KenLM's 10^(-Σlog10 P / Σ(T+1)) because the base cancels.
struct PerplexityResult
{
    // exp(-Σ_i log P(s_i) / Σ_i (T_i + 1)): log-probabilities pooled over the corpus, </s> counted
    // as one predicted token per sentence (KenLM's convention, not the mean of per-sentence
    // values).
    double corpus = 0;
    // exp(-log P(s_i) / (T_i + 1)) for each input sentence, in input order.
    std::vector<double> perSentence;
    // Number of predicted tokens: Σ (T_i + 1), i.e. words plus one </s> per sentence.
    std::size_t tokens = 0;
    // Words not seen in training (scored as <unk>); they are included in the perplexity.
    std::size_t unknownTokens = 0;
};

// Interpolated modified Kneser–Ney n-gram language model (Chen & Goodman 1998, "An empirical study
// of smoothing techniques for language modeling", §3.5 and eq. 26), the estimator KenLM's lmplz
// builds.
//
// Sentences are token vectors (the caller tokenizes). As in KenLM, each sentence is padded with
// one <s> on the left and one </s> on the right; every word and the </s> is a predicted event,
// and no n-gram reaches before the <s> (the first word is predicted from the bigram context
// "<s>", the second from "<s> w1", ...). nltk pads with order−1 <s> instead, which adds
// "<s> <s> w" n-grams and changes sentence-start probabilities; GenLens follows KenLM, the tool
// behind published forward/reverse perplexities (cotk).
//
// For n-gram order k (1 ≤ k ≤ N) the model uses adjusted counts a(·):
//   - k = N, or the n-gram starts with <s>: the raw count c(g) (a <s>-initial n-gram has no left
//     context to count; KenLM adjust_counts.cc does the same);
//   - otherwise the continuation count N1+(• g) = number of distinct tokens seen directly before g.
// Per order k, from the count-of-counts n1..n4 of adjusted counts at that order:
//   Y = n1 / (n1 + 2 n2),  D1 = 1 − 2Y n2/n1,  D2 = 2 − 3Y n3/n2,  D3+ = 3 − 4Y n4/n3.
// Fallback: when n1, n2 or n3 is zero, or D2 or D3+ comes out ≤ 0 (possible on small or
// artificial data), that order uses KenLM's --discount_fallback values D = (0.5, 1.0, 1.5)
// (usedDiscountFallback() tells). Discounts are therefore always in (0, k] for count class k, so
// every context keeps positive back-off mass and no probability is ever 0.
//
//   P_k(w | h) = [ max(a(hw) − D_k(a(hw)), 0) + γ(h) · P_{k−1}(w | h') ] / Σ_v a(hv)
//   γ(h)       = D_k1 · N1(h•) + D_k2 · N2(h•) + D_k3+ · N3+(h•)
// where h' drops the first token of h. A context never seen (or only seen before </s>) passes the
// lower-order probability through unchanged. The recursion ends in the uniform distribution
// P_0(w) = 1 / (|V| + 1) over the vocabulary plus <unk>.
//
// Vocabulary and unknown words: V = the distinct training tokens plus </s> (vocabularySize()
// returns |V|; <s> is never predicted and not in V). A token not seen in training maps to <unk>:
// it has no n-gram counts at any order, so its probability is exactly the back-off mass that
// reaches the uniform base, P(<unk> | h) = Π γ(·)/Σa(·) along the back-off chain · 1/(|V|+1).
// In a context, an unknown token also maps to <unk>, so contexts containing it back off. The
// strings "<s>" and "</s>" inside a sentence are not markers: they are treated as unknown words;
// the literal string "<unk>" is the unknown word itself. For every context, Σ_{w ∈ V ∪ {<unk>}}
// P(w | context) = 1.
class KneserNeyModel
{
public:
    explicit KneserNeyModel(int order = 3);
    ~KneserNeyModel();
    KneserNeyModel(const KneserNeyModel& other);
    KneserNeyModel& operator=(const KneserNeyModel& other);
    KneserNeyModel(KneserNeyModel&& other) noexcept;
    KneserNeyModel& operator=(KneserNeyModel&& other) noexcept;

    // Replaces any earlier training. Empty sentences are allowed (they contribute "<s>… </s>").
    // Throws std::invalid_argument when `sentences` is empty.
    void train(const std::vector<std::vector<std::string>>& sentences);

    // Natural-log probability of `word` after `context`, the sentence so far. One <s> is put in
    // front of the context (unless it already starts with "<s>") and the last order−1 tokens are
    // used, fewer near the sentence start (an empty context means the first word). In the context
    // "<s>" and "</s>" are the markers. `word` may be "</s>"; a word equal to "<s>" is never
    // predicted and returns −infinity. Throws std::logic_error before train().
    double logProb(const std::vector<std::string>& context, const std::string& word) const;

    // Natural-log probability of every predicted token of `sentence` (its T words then </s>).
    std::vector<double> tokenLogProbs(const std::vector<std::string>& sentence) const;

    // Throws std::logic_error before train(). With no sentences, corpus is NaN and tokens 0.
    // threads (0 = all cores) scores the sentences in parallel; the sums are taken in sentence
    // order afterwards, so the result is bit-identical for any thread count.
    PerplexityResult perplexity(const std::vector<std::vector<std::string>>& sentences,
                                int threads = 0) const;

    int order() const;
    // |V|: distinct training tokens plus </s>; 0 before train().
    std::size_t vocabularySize() const;
    bool isTrained() const;
    // Discounts {D1, D2, D3+} of n-gram order n (1 ≤ n ≤ order()).
    std::array<double, 3> discounts(int n) const;
    // Whether order n fell back to the fixed discounts (see above).
    bool usedDiscountFallback(int n) const;
    // Count-of-counts {n1, n2, n3, n4} of adjusted counts at order n.
    std::array<std::size_t, 4> countOfCounts(int n) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// perplexity_forward: a model trained on `real` scores `generated` (fluency);
// perplexity_reverse: a model trained on `generated` scores `real` (coverage). Both use `order`.
// Throws std::invalid_argument when either set is empty.
struct ForwardReversePerplexity
{
    PerplexityResult forward;
    PerplexityResult reverse;
};
ForwardReversePerplexity
forwardReversePerplexity(const std::vector<std::vector<std::string>>& real,
                         const std::vector<std::vector<std::string>>& generated, int order = 3);

} // namespace genlens::metrics::text
