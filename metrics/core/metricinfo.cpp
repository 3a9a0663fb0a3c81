#include "genlens/metrics/metricinfo.h"

#include <limits>

namespace genlens::metrics {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
}

const std::vector<MetricInfo>& metricRegistry()
{
    static const std::vector<MetricInfo> registry = {
        // Feature-space distribution metrics (images, and text embeddings with an emb_ prefix).
        {"fid", false, 0, kInf, Modality::Any,
         "Frechet distance between Gaussian fits of real and generated features"},
        {"fid_infinity", false, -kInf, kInf, Modality::Any,
         "FID extrapolated to infinitely many generated samples (intercept of FID against 1/N)"},
        {"kid", false, -kInf, kInf, Modality::Any,
         "Unbiased squared MMD with a cubic polynomial kernel, mean over subsets"},
        {"is", true, 1, kInf, Modality::Image,
         "Inception Score: confident and varied classifier predictions"},
        {"precision", true, 0, 1, Modality::Any,
         "Share of generated samples inside the real manifold (fidelity)"},
        {"recall", true, 0, 1, Modality::Any,
         "Share of real samples inside the generated manifold (diversity)"},
        {"density", true, 0, kInf, Modality::Any,
         "How many real neighbourhoods hold each generated sample, on average"},
        {"coverage", true, 0, 1, Modality::Any,
         "Share of real samples with a generated sample in their neighbourhood; for "
         "recommendations, share of the catalogue recommended at least once"},
        {"vendi_real", true, 1, kInf, Modality::Any,
         "Effective number of distinct real samples (Vendi score)"},
        {"vendi_generated", true, 1, kInf, Modality::Any,
         "Effective number of distinct generated samples (Vendi score)"},
        {"memorized_fraction", false, 0, 1, Modality::Any,
         "Share of generated samples that look like copies of a real sample"},
        {"cmmd", false, 0, kInf, Modality::Image,
         "Squared MMD with a Gaussian kernel (sigma 10) x 1000, on CLIP embeddings as defined"},
        {"fd_dinov2", false, 0, kInf, Modality::Image,
         "Frechet distance between Gaussian fits of real and generated DINOv2 features"},
        // Text.
        {"bleu", true, 0, 100, Modality::Text, "Corpus BLEU against the references (sacrebleu)"},
        {"chrf", true, 0, 100, Modality::Text, "Character 6-gram F-score against the references"},
        {"rouge_l", true, 0, 1, Modality::Text, "Longest-common-subsequence F-measure"},
        {"self_bleu", false, 0, 1, Modality::Text,
         "BLEU-4 of each generated sample against the others: lower is more diverse"},
        {"self_bleu_2", false, 0, 1, Modality::Text, "Self-BLEU with bigrams"},
        {"self_bleu_3", false, 0, 1, Modality::Text, "Self-BLEU with trigrams"},
        {"self_bleu_5", false, 0, 1, Modality::Text, "Self-BLEU with 5-grams"},
        {"distinct_1", true, 0, 1, Modality::Text, "Unique unigrams / all unigrams"},
        {"distinct_2", true, 0, 1, Modality::Text, "Unique bigrams / all bigrams"},
        {"distinct_3", true, 0, 1, Modality::Text, "Unique trigrams / all trigrams"},
        {"distinct_4", true, 0, 1, Modality::Text, "Unique 4-grams / all 4-grams"},
        {"ngram_entropy_1", true, 0, kInf, Modality::Text,
         "Shannon entropy (nats) of pooled unigrams"},
        {"ngram_entropy_2", true, 0, kInf, Modality::Text,
         "Shannon entropy (nats) of pooled bigrams"},
        {"ngram_entropy_3", true, 0, kInf, Modality::Text,
         "Shannon entropy (nats) of pooled trigrams"},
        {"ngram_entropy_4", true, 0, kInf, Modality::Text,
         "Shannon entropy (nats) of pooled 4-grams"},
        {"repetition_4", false, 0, 1, Modality::Text,
         "Mean within-sample repeated 4-gram share (seq-rep-4)"},
        {"length_generated", true, 0, kInf, Modality::Text, "Mean tokens per generated sample"},
        {"length_real", true, 0, kInf, Modality::Text, "Mean tokens per real sample"},
        {"length_ks", false, 0, 1, Modality::Text,
         "KS statistic of generated vs real lengths"},
        {"copy_fraction", false, 0, 1, Modality::Text,
         "Generated samples (at least 4 tokens) wholly inside a real sample"},
        {"perplexity_forward", false, 1, kInf, Modality::Text,
         "Perplexity of generated text under a model of real text (fluency)"},
        {"perplexity_reverse", false, 1, kInf, Modality::Text,
         "Perplexity of real text under a model of generated text (coverage)"},
        {"mauve", true, 0, 1, Modality::Text,
         "Area under the divergence frontier of real and generated embeddings"},
        // Recommendation lists; keys ending in '@' take a cut-off.
        {"precision@", true, 0, 1, Modality::Recsys, "Relevant items among the top k"},
        {"recall@", true, 0, 1, Modality::Recsys, "Share of relevant items found in the top k"},
        {"ndcg@", true, 0, 1, Modality::Recsys, "Rank-discounted gain relative to the ideal list"},
        {"map@", true, 0, 1, Modality::Recsys, "Mean average precision to rank k"},
        {"hit_rate@", true, 0, 1, Modality::Recsys, "Users with at least one hit in the top k"},
        {"mrr", true, 0, 1, Modality::Recsys, "Mean reciprocal rank of the first hit"},
        {"gini", false, 0, 1, Modality::Recsys,
         "Concentration of recommendations on few items (0 even, 1 concentrated)"},
        {"entropy", true, 0, kInf, Modality::Recsys,
         "Shannon entropy of recommendation counts, in bits"},
        {"novelty", true, 0, kInf, Modality::Recsys,
         "Mean self-information of recommended items, in bits"},
        {"ild", true, 0, kInf, Modality::Recsys, "Mean dissimilarity of items within a list"},
        {"arp", false, 0, kInf, Modality::Recsys, "Average training popularity of recommended items"},
        {"long_tail_share", true, 0, 1, Modality::Recsys,
         "Share of recommendations from the long tail"},
        {"serendipity", true, 0, 1, Modality::Recsys,
         "Relevant recommendations a popularity baseline would not make"},
    };
    return registry;
}

bool isFeatureSpaceMetric(std::string_view key)
{
    for (const std::string_view k : {"fid", "kid", "precision", "recall", "density", "coverage",
                                     "vendi_real", "vendi_generated", "memorized_fraction", "cmmd",
                                     "fd_dinov2"}) {
        if (key == k) {
            return true;
        }
    }
    return false;
}

const MetricInfo* findMetric(std::string_view key)
{
    constexpr std::string_view embPrefix = "emb_";
    if (key.substr(0, embPrefix.size()) == embPrefix) {
        key.remove_prefix(embPrefix.size());
    }
    const auto at = key.find('@');
    const std::string_view base = at == std::string_view::npos ? key : key.substr(0, at + 1);
    for (const MetricInfo& info : metricRegistry()) {
        if (info.key == base) {
            return &info;
        }
    }
    // Per-sample measures summarised as "<measure>_ks" (sharpness_ks, length_ks, ...): the
    // distance between the real and generated distributions, 0 when they agree.
    constexpr std::string_view ksSuffix = "_ks";
    if (key.size() > ksSuffix.size() && key.substr(key.size() - ksSuffix.size()) == ksSuffix) {
        static const MetricInfo ks{"_ks", false, 0, 1, Modality::Any,
                                   "Kolmogorov-Smirnov statistic between real and generated values"};
        return &ks;
    }
    return nullptr;
}

} // namespace genlens::metrics
