<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CustomSlice</name>
    <message>
        <location filename="../app/slices/customslice.cpp" line="67" />
        <source>%1: the features of %2 are not in the project's feature cache</source>
        <translation>%1: the features of %2 are not in the project's feature cache</translation>
    </message>
    <message>
        <location filename="../app/slices/customslice.cpp" line="81" />
        <source>sample %1 is not in the %2 set (%3 samples)</source>
        <translation>sample %1 is not in the %2 set (%3 samples)</translation>
    </message>
    <message>
        <location filename="../app/slices/customslice.cpp" line="142" />
        <source>a slice needs a name</source>
        <translation>a slice needs a name</translation>
    </message>
    <message>
        <location filename="../app/slices/customslice.cpp" line="156" />
        <source>run %1: slices defined later need features the project keeps (image runs whose images GenLens extracted); slice this run with --slice-by instead</source>
        <translation>run %1: slices defined later need features the project keeps (image runs whose images GenLens extracted); slice this run with --slice-by instead</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="28" />
        <source>Builds the demo project: procedurally made real data, small generative models trained on it (PPCA images, trigram text, popularity and ALS recommenders) and their evaluations.</source>
        <translation>Builds the demo project: procedurally made real data, small generative models trained on it (PPCA images, trigram text, popularity and ALS recommenders) and their evaluations.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="34" />
        <source>The project file to write (.genlens).</source>
        <translation>The project file to write (.genlens).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="38" />
        <source>Also keep the demo data files in this folder (alone: write only them).</source>
        <translation>Also keep the demo data files in this folder (alone: write only them).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="41" />
        <source>Seed of the data and models (default 0).</source>
        <translation>Seed of the data and models (default 0).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="45" />
        <source>No progress on stderr.</source>
        <translation>No progress on stderr.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="47" />
        <source>Replace the --out file if it exists.</source>
        <translation>Replace the --out file if it exists.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="65" />
        <source>usage: genlens demo --out FILE.genlens [--force] [--data DIR] [--seed N]</source>
        <translation>usage: genlens demo --out FILE.genlens [--force] [--data DIR] [--seed N]</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="73" />
        <source>--seed needs a non-negative number, not "%1"</source>
        <translation>--seed needs a non-negative number, not "%1"</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="82" />
        <source>%1 already exists; give --force to replace it</source>
        <translation>%1 already exists; give --force to replace it</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="93" />
        <source>wrote the demo data to %1</source>
        <translation>wrote the demo data to %1</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="101" />
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="104" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <location filename="../app/demo/demoproject.cpp" line="83" />
        <source>Films: most-popular recommender</source>
        <translation>Films: most-popular recommender</translation>
    </message>
    <message>
        <location filename="../app/demo/demoproject.cpp" line="89" />
        <source>Films: matrix factorisation (ALS) recommender</source>
        <translation>Films: matrix factorisation (ALS) recommender</translation>
    </message>
    <message>
        <location filename="../app/demo/demoproject.cpp" line="100" />
        <source>Weather and reviews (English, Chinese): trigram generator, sports never seen, 8 planted copies</source>
        <translation>Weather and reviews (English, Chinese): trigram generator, sports never seen, 8 planted copies</translation>
    </message>
    <message>
        <location filename="../app/demo/demoproject.cpp" line="115" />
        <source>Landscapes: early PPCA checkpoint (6 components), night scenes never seen, 10 planted copies</source>
        <translation>Landscapes: early PPCA checkpoint (6 components), night scenes never seen, 10 planted copies</translation>
    </message>
    <message>
        <location filename="../app/demo/demoproject.cpp" line="120" />
        <source>Landscapes: PPCA model, night scenes never seen, 10 planted copies</source>
        <translation>Landscapes: PPCA model, night scenes never seen, 10 planted copies</translation>
    </message>
</context>
<context>
    <name>EvaluationRequest</name>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="22" />
        <source>%1: %2 vs %3</source>
        <translation>%1: %2 vs %3</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="44" />
        <source>unknown modality "%1"</source>
        <translation>unknown modality "%1"</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="47" />
        <source>no ground truth given</source>
        <translation>no ground truth given</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="47" />
        <source>no real set given</source>
        <translation>no real set given</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="50" />
        <source>no recommendations given</source>
        <translation>no recommendations given</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="50" />
        <source>no generated set given</source>
        <translation>no generated set given</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="59" />
        <source>%1: no such file or folder</source>
        <translation>%1: no such file or folder</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="65" />
        <source>Attach features to both sets.</source>
        <translation>Attach features to both sets.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="69" />
        <source>Name the feature space of the attached features.</source>
        <translation>Name the feature space of the attached features.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="75" />
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="81" />
        <source>k must be at least 1</source>
        <translation>k must be at least 1</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="89" />
        <source>the thread count must not be negative</source>
        <translation>the thread count must not be negative</translation>
    </message>
</context>
<context>
    <name>FeatureSlices</name>
    <message>
        <location filename="../app/slices/featureslices.cpp" line="46" />
        <source>%1 real and %2 generated samples</source>
        <translation>%1 real and %2 generated samples</translation>
    </message>
    <message>
        <location filename="../app/slices/featureslices.cpp" line="61" />
        <source>undefined: FID needs at least 2 samples on each side (%1)</source>
        <translation>undefined: FID needs at least 2 samples on each side (%1)</translation>
    </message>
    <message>
        <location filename="../app/slices/featureslices.cpp" line="66" />
        <source>unreliable: %1 in %2 dimensions; with no more samples than dimensions the covariance is rank-deficient and FID is strongly biased upwards</source>
        <translation>unreliable: %1 in %2 dimensions; with no more samples than dimensions the covariance is rank-deficient and FID is strongly biased upwards</translation>
    </message>
    <message>
        <location filename="../app/slices/featureslices.cpp" line="74" />
        <source>undefined: KID needs at least 2 samples on each side (%1)</source>
        <translation>undefined: KID needs at least 2 samples on each side (%1)</translation>
    </message>
    <message>
        <location filename="../app/slices/featureslices.cpp" line="79" />
        <source>undefined: k-NN metrics with k = %1 need at least %2 samples on each side (%3)</source>
        <translation>undefined: k-NN metrics with k = %1 need at least %2 samples on each side (%3)</translation>
    </message>
</context>
<context>
    <name>FidCurveChart</name>
    <message>
        <location filename="../widgets/charts/fidcurvechart.cpp" line="25" />
        <source>FID against the sample count; FID∞ = %1 ± %2</source>
        <translation>FID against the sample count; FID∞ = %1 ± %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fidcurvechart.cpp" line="30" />
        <source>FID of N samples</source>
        <translation>FID of N samples</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fidcurvechart.cpp" line="45" />
        <source>least-squares fit in 1/N</source>
        <translation>least-squares fit in 1/N</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fidcurvechart.cpp" line="52" />
        <source>FID∞ (1/N = 0)</source>
        <translation>FID∞ (1/N = 0)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fidcurvechart.cpp" line="62" />
        <source>samples N</source>
        <translation>samples N</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fidcurvechart.cpp" line="79" />
        <source>KID of N samples (right axis)</source>
        <translation>KID of N samples (right axis)</translation>
    </message>
</context>
<context>
    <name>ImagePipeline</name>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="171" />
        <source>no real set given</source>
        <translation>no real set given</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="172" />
        <source>no generated set given</source>
        <translation>no generated set given</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="176" />
        <source>%1: no such file or folder</source>
        <translation>%1: no such file or folder</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="200" />
        <source>%1: the %2 %3 would take %4 MiB once read, above the limit of %5 MiB; raise it with --max-member-mb</source>
        <translation>%1: the %2 %3 would take %4 MiB once read, above the limit of %5 MiB; raise it with --max-member-mb</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="204" />
        <source>statistics</source>
        <translation>statistics</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="205" />
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="381" />
        <source>--slice-by folder needs image folders; %1 is not one</source>
        <translation>--slice-by folder needs image folders; %1 is not one</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="466" />
        <source>fd_dinov2 needs DINOv2 features (the dinov2 ONNX preset, or features whose name starts with "dinov2"); the features of this run are %1</source>
        <translation>fd_dinov2 needs DINOv2 features (the dinov2 ONNX preset, or features whose name starts with "dinov2"); the features of this run are %1</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="473" />
        <source>the features of this run are DINOv2 features (%1): their Fréchet distance is fd_dinov2, not fid</source>
        <translation>the features of this run are DINOv2 features (%1): their Fréchet distance is fd_dinov2, not fid</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="615" />
        <source>the Inception Score needs a classifier extractor</source>
        <translation>the Inception Score needs a classifier extractor</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="633" />
        <location filename="../app/pipeline/imagepipeline.cpp" line="649" />
        <source>feature dimensions differ: %1 has %2, %3 has %4</source>
        <translation>feature dimensions differ: %1 has %2, %3 has %4</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="702" />
        <source>the Inception Score needs generated images, not %1</source>
        <translation>the Inception Score needs generated images, not %1</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="761" />
        <source>%1: FID needs at least 2 samples</source>
        <translation>%1: FID needs at least 2 samples</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="783" />
        <source>%1: %2 usable samples; k = %3 needs at least %4</source>
        <translation>%1: %2 usable samples; k = %3 needs at least %4</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="813" />
        <source>--slice-by needs samples on both sides; a statistics file has none</source>
        <translation>--slice-by needs samples on both sides; a statistics file has none</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <location filename="../app/cli/mergecommand.cpp" line="34" />
        <source>Merges feature shards (.npy written by genlens features --shard, given in shard order) into one feature file, or statistics files (.npz written by genlens stats) into one.</source>
        <translation>Merges feature shards (.npy written by genlens features --shard, given in shard order) into one feature file, or statistics files (.npz written by genlens stats) into one.</translation>
    </message>
    <message>
        <location filename="../app/cli/mergecommand.cpp" line="40" />
        <source>The merged file (.npy for shards, .npz for statistics).</source>
        <translation>The merged file (.npy for shards, .npz for statistics).</translation>
    </message>
    <message>
        <location filename="../app/cli/mergecommand.cpp" line="44" />
        <source>Where to write the merged paths (default: OUT.paths.txt).</source>
        <translation>Where to write the merged paths (default: OUT.paths.txt).</translation>
    </message>
    <message>
        <location filename="../app/cli/mergecommand.cpp" line="47" />
        <source>No progress on stderr.</source>
        <translation>No progress on stderr.</translation>
    </message>
    <message>
        <location filename="../app/cli/mergecommand.cpp" line="50" />
        <source>Shards or statistics files, in order.</source>
        <translation>Shards or statistics files, in order.</translation>
    </message>
</context>
<context>
    <name>MetricMeaning</name>
    <message>
        <location filename="../app/models/metrictext.cpp" line="13" />
        <source>Kolmogorov-Smirnov statistic between real and generated values</source>
        <translation>Kolmogorov-Smirnov statistic between real and generated values</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="14" />
        <source>Frechet distance between Gaussian fits of real and generated features</source>
        <translation>Frechet distance between Gaussian fits of real and generated features</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="16" />
        <source>FID extrapolated to infinitely many generated samples (intercept of FID against 1/N)</source>
        <translation>FID extrapolated to infinitely many generated samples (intercept of FID against 1/N)</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="19" />
        <source>Unbiased squared MMD with a cubic polynomial kernel, mean over subsets</source>
        <translation>Unbiased squared MMD with a cubic polynomial kernel, mean over subsets</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="21" />
        <source>Inception Score: confident and varied classifier predictions</source>
        <translation>Inception Score: confident and varied classifier predictions</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="23" />
        <source>Share of generated samples inside the real manifold (fidelity)</source>
        <translation>Share of generated samples inside the real manifold (fidelity)</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="25" />
        <source>Share of real samples inside the generated manifold (diversity)</source>
        <translation>Share of real samples inside the generated manifold (diversity)</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="27" />
        <source>How many real neighbourhoods hold each generated sample, on average</source>
        <translation>How many real neighbourhoods hold each generated sample, on average</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="29" />
        <source>Share of real samples with a generated sample in their neighbourhood; for recommendations, share of the catalogue recommended at least once</source>
        <translation>Share of real samples with a generated sample in their neighbourhood; for recommendations, share of the catalogue recommended at least once</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="32" />
        <source>Effective number of distinct real samples (Vendi score)</source>
        <translation>Effective number of distinct real samples (Vendi score)</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="33" />
        <source>Effective number of distinct generated samples (Vendi score)</source>
        <translation>Effective number of distinct generated samples (Vendi score)</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="35" />
        <source>Share of generated samples that look like copies of a real sample</source>
        <translation>Share of generated samples that look like copies of a real sample</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="37" />
        <source>Squared MMD with a Gaussian kernel (sigma 10) x 1000, on CLIP embeddings as defined</source>
        <translation>Squared MMD with a Gaussian kernel (sigma 10) x 1000, on CLIP embeddings as defined</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="40" />
        <source>Frechet distance between Gaussian fits of real and generated DINOv2 features</source>
        <translation>Frechet distance between Gaussian fits of real and generated DINOv2 features</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="43" />
        <source>Corpus BLEU against the references (sacrebleu)</source>
        <translation>Corpus BLEU against the references (sacrebleu)</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="44" />
        <source>Character 6-gram F-score against the references</source>
        <translation>Character 6-gram F-score against the references</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="45" />
        <source>Longest-common-subsequence F-measure</source>
        <translation>Longest-common-subsequence F-measure</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="46" />
        <source>BLEU-4 of each generated sample against the others: lower is more diverse</source>
        <translation>BLEU-4 of each generated sample against the others: lower is more diverse</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="48" />
        <source>Self-BLEU with bigrams</source>
        <translation>Self-BLEU with bigrams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="49" />
        <source>Self-BLEU with trigrams</source>
        <translation>Self-BLEU with trigrams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="50" />
        <source>Self-BLEU with 5-grams</source>
        <translation>Self-BLEU with 5-grams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="51" />
        <source>Unique unigrams / all unigrams</source>
        <translation>Unique unigrams / all unigrams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="52" />
        <source>Unique bigrams / all bigrams</source>
        <translation>Unique bigrams / all bigrams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="53" />
        <source>Unique trigrams / all trigrams</source>
        <translation>Unique trigrams / all trigrams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="54" />
        <source>Unique 4-grams / all 4-grams</source>
        <translation>Unique 4-grams / all 4-grams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="55" />
        <source>Shannon entropy (nats) of pooled unigrams</source>
        <translation>Shannon entropy (nats) of pooled unigrams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="56" />
        <source>Shannon entropy (nats) of pooled bigrams</source>
        <translation>Shannon entropy (nats) of pooled bigrams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="57" />
        <source>Shannon entropy (nats) of pooled trigrams</source>
        <translation>Shannon entropy (nats) of pooled trigrams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="58" />
        <source>Shannon entropy (nats) of pooled 4-grams</source>
        <translation>Shannon entropy (nats) of pooled 4-grams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="59" />
        <source>Mean within-sample repeated 4-gram share (seq-rep-4)</source>
        <translation>Mean within-sample repeated 4-gram share (seq-rep-4)</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="60" />
        <source>Mean tokens per generated sample</source>
        <translation>Mean tokens per generated sample</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="61" />
        <source>Mean tokens per real sample</source>
        <translation>Mean tokens per real sample</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="62" />
        <source>KS statistic of generated vs real lengths</source>
        <translation>KS statistic of generated vs real lengths</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="63" />
        <source>Generated samples (at least 4 tokens) wholly inside a real sample</source>
        <translation>Generated samples (at least 4 tokens) wholly inside a real sample</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="65" />
        <source>Perplexity of generated text under a model of real text (fluency)</source>
        <translation>Perplexity of generated text under a model of real text (fluency)</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="67" />
        <source>Perplexity of real text under a model of generated text (coverage)</source>
        <translation>Perplexity of real text under a model of generated text (coverage)</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="69" />
        <source>Area under the divergence frontier of real and generated embeddings</source>
        <translation>Area under the divergence frontier of real and generated embeddings</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="71" />
        <source>Relevant items among the top k</source>
        <translation>Relevant items among the top k</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="72" />
        <source>Share of relevant items found in the top k</source>
        <translation>Share of relevant items found in the top k</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="73" />
        <source>Rank-discounted gain relative to the ideal list</source>
        <translation>Rank-discounted gain relative to the ideal list</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="74" />
        <source>Mean average precision to rank k</source>
        <translation>Mean average precision to rank k</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="75" />
        <source>Users with at least one hit in the top k</source>
        <translation>Users with at least one hit in the top k</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="76" />
        <source>Mean reciprocal rank of the first hit</source>
        <translation>Mean reciprocal rank of the first hit</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="77" />
        <source>Concentration of recommendations on few items (0 even, 1 concentrated)</source>
        <translation>Concentration of recommendations on few items (0 even, 1 concentrated)</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="79" />
        <source>Shannon entropy of recommendation counts, in bits</source>
        <translation>Shannon entropy of recommendation counts, in bits</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="80" />
        <source>Mean self-information of recommended items, in bits</source>
        <translation>Mean self-information of recommended items, in bits</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="81" />
        <source>Mean dissimilarity of items within a list</source>
        <translation>Mean dissimilarity of items within a list</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="82" />
        <source>Average training popularity of recommended items</source>
        <translation>Average training popularity of recommended items</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="83" />
        <source>Share of recommendations from the long tail</source>
        <translation>Share of recommendations from the long tail</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="84" />
        <source>Relevant recommendations a popularity baseline would not make</source>
        <translation>Relevant recommendations a popularity baseline would not make</translation>
    </message>
</context>
<context>
    <name>MetricSelection</name>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="232" />
        <source>unknown metric key(s) %1 for %2; valid keys: %3</source>
        <translation>unknown metric key(s) %1 for %2; valid keys: %3</translation>
    </message>
</context>
<context>
    <name>ModeCoverage</name>
    <message>
        <location filename="../widgets/charts/modecoveragechart.cpp" line="64" />
        <source>▼ %1 (dropped)</source>
        <translation>▼ %1 (dropped)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modecoveragechart.cpp" line="66" />
        <source>▲ %1 (over-produced)</source>
        <translation>▲ %1 (over-produced)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modecoveragechart.cpp" line="77" />
        <source>Mode coverage: each slice's share of the real and of the generated set</source>
        <translation>Mode coverage: each slice's share of the real and of the generated set</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modecoveragechart.cpp" line="83" />
        <source>Real (n = %1)</source>
        <translation>Real (n = %1)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modecoveragechart.cpp" line="85" />
        <source>Generated (n = %1)</source>
        <translation>Generated (n = %1)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modecoveragechart.cpp" line="111" />
        <source>share of set (%)</source>
        <translation>share of set (%)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modecoveragechart.cpp" line="130" />
        <source>Dropped mode (≈ 0 generated)</source>
        <translation>Dropped mode (≈ 0 generated)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modecoveragechart.cpp" line="131" />
        <source>Over-produced (≥ 2× the real share)</source>
        <translation>Over-produced (≥ 2× the real share)</translation>
    </message>
</context>
<context>
    <name>RecsysPipeline</name>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="140" />
        <source>cut-offs must be positive integers, e.g. 5,10,20</source>
        <translation>cut-offs must be positive integers, e.g. 5,10,20</translation>
    </message>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="176" />
        <source>no ground truth given</source>
        <translation>no ground truth given</translation>
    </message>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="179" />
        <source>no recommendations given</source>
        <translation>no recommendations given</translation>
    </message>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="183" />
        <source>the long-tail head share must be in (0, 1]</source>
        <translation>the long-tail head share must be in (0, 1]</translation>
    </message>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="481" />
        <source>%1: none of its users (%2) is in the ground truth %3: every user of the truth counts as without recommendations (accuracy 0)</source>
        <translation>%1: none of its users (%2) is in the ground truth %3: every user of the truth counts as without recommendations (accuracy 0)</translation>
    </message>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="697" />
        <source>undefined: no user of this slice has relevant items in the ground truth</source>
        <translation>undefined: no user of this slice has relevant items in the ground truth</translation>
    </message>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="809" />
        <source>--slice-by users:activity counts training interactions: give --train FILE</source>
        <translation>--slice-by users:activity counts training interactions: give --train FILE</translation>
    </message>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="814" />
        <source>--slice-by %1 reads the attribute from a users file: give --users FILE (a CSV/TSV with a header: the user column and attribute columns)</source>
        <translation>--slice-by %1 reads the attribute from a users file: give --users FILE (a CSV/TSV with a header: the user column and attribute columns)</translation>
    </message>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="1285" />
        <source>; the comparison is against empty lists</source>
        <translation>; the comparison is against empty lists</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="41" />
        <source>Realism score (higher is more realistic)</source>
        <translation>Realism score (higher is more realistic)</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="42" />
        <location filename="../app/report/reportcontent.cpp" line="44" />
        <source>Distance to the nearest real sample</source>
        <translation>Distance to the nearest real sample</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="46" />
        <source>Distance to the nearest generated sample</source>
        <translation>Distance to the nearest generated sample</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="47" />
        <source>Distance to the k-th nearest real sample</source>
        <translation>Distance to the k-th nearest real sample</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="48" />
        <source>Flagged as a copy of a real sample (1)</source>
        <translation>Flagged as a copy of a real sample (1)</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="50" />
        <source>Inside the real manifold (1): counts towards precision</source>
        <translation>Inside the real manifold (1): counts towards precision</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="52" />
        <source>Inside the generated manifold (1): counts towards recall</source>
        <translation>Inside the generated manifold (1): counts towards recall</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="54" />
        <source>Has a generated sample in its neighbourhood (1): coverage</source>
        <translation>Has a generated sample in its neighbourhood (1): coverage</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="56" />
        <location filename="../app/report/reportcontent.cpp" line="58" />
        <source>Nearest / second-nearest real distance (low: likely copy)</source>
        <translation>Nearest / second-nearest real distance (low: likely copy)</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="59" />
        <source>Width in pixels</source>
        <translation>Width in pixels</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="60" />
        <source>Height in pixels</source>
        <translation>Height in pixels</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="61" />
        <source>Aspect ratio (width / height)</source>
        <translation>Aspect ratio (width / height)</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="63" />
        <source>BLEU-4 against the whole real set (Texygen's test-BLEU)</source>
        <translation>BLEU-4 against the whole real set (Texygen's test-BLEU)</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="65" />
        <source>Longest run shared with a real sample / sample length</source>
        <translation>Longest run shared with a real sample / sample length</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="66" />
        <source>Relevant items of the user</source>
        <translation>Relevant items of the user</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="67" />
        <source>Length of the user's list</source>
        <translation>Length of the user's list</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="68" />
        <source>Sharpness (variance of the Laplacian)</source>
        <translation>Sharpness (variance of the Laplacian)</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="69" />
        <location filename="../app/report/reportcontent.cpp" line="70" />
        <source>Colourfulness (Hasler-Suesstrunk)</source>
        <translation>Colourfulness (Hasler-Suesstrunk)</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="71" />
        <source>Mean brightness</source>
        <translation>Mean brightness</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="72" />
        <source>Share of clipped pixels</source>
        <translation>Share of clipped pixels</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="73" />
        <source>Noise estimate</source>
        <translation>Noise estimate</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="74" />
        <location filename="../app/report/reportcontent.cpp" line="75" />
        <source>Sentence BLEU against the reference</source>
        <translation>Sentence BLEU against the reference</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="77" />
        <source>BLEU-4 against the other samples of its set (lower: more diverse)</source>
        <translation>BLEU-4 against the other samples of its set (lower: more diverse)</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="80" />
        <source>Perplexity under the other set's model</source>
        <translation>Perplexity under the other set's model</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="81" />
        <source>Share of repeated n-grams</source>
        <translation>Share of repeated n-grams</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="82" />
        <source>Length in tokens</source>
        <translation>Length in tokens</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="83" />
        <source>Training interactions of the user</source>
        <translation>Training interactions of the user</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="135" />
        <source>Image evaluation</source>
        <translation>Image evaluation</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="138" />
        <source>Text evaluation</source>
        <translation>Text evaluation</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="141" />
        <source>Recommendation evaluation</source>
        <translation>Recommendation evaluation</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="150" />
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="152" />
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="154" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="156" />
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="158" />
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="166" />
        <source>Ground truth</source>
        <translation>Ground truth</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="166" />
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="168" />
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="168" />
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="214" />
        <source>The built-in extractor (%1) needs no downloaded weights. Its numbers compare runs made with it; they are not comparable with published FID/KID values, which use Inception features.</source>
        <translation>The built-in extractor (%1) needs no downloaded weights. Its numbers compare runs made with it; they are not comparable with published FID/KID values, which use Inception features.</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="220" />
        <source>Feature extractor %1: numbers are comparable only with results computed with the same network and preprocessing.</source>
        <translation>Feature extractor %1: numbers are comparable only with results computed with the same network and preprocessing.</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="417" />
        <source>hit</source>
        <translation>hit</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="508" />
        <source>users</source>
        <translation>users</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="508" />
        <source>samples</source>
        <translation>samples</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="511" />
        <source>Best %1 by %2</source>
        <translation>Best %1 by %2</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="512" />
        <source>Worst %1 by %2</source>
        <translation>Worst %1 by %2</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="554" />
        <source>Most-copied samples</source>
        <translation>Most-copied samples</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="555" />
        <source>Generated samples closest to a real sample, closest first: each pair shows the generated sample and its nearest real one.</source>
        <translation>Generated samples closest to a real sample, closest first: each pair shows the generated sample and its nearest real one.</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="568" />
        <location filename="../app/report/reportcontent.cpp" line="585" />
        <source>distance %1</source>
        <translation>distance %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="577" />
        <source>Least covered real samples</source>
        <translation>Least covered real samples</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="578" />
        <source>Real samples farthest from every generated sample: candidates for modes the model misses.</source>
        <translation>Real samples farthest from every generated sample: candidates for modes the model misses.</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="613" />
        <source>Ground-truth users</source>
        <translation>Ground-truth users</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="614" />
        <source>Recommendation lists</source>
        <translation>Recommendation lists</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="616" />
        <source>Real set</source>
        <translation>Real set</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="616" />
        <source>Generated set</source>
        <translation>Generated set</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="623" />
        <source>the shared real set pairs each sample with itself</source>
        <translation>the shared real set pairs each sample with itself</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="625" />
        <source>images are paired when their content is identical</source>
        <translation>images are paired when their content is identical</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="627" />
        <source>texts are paired when they are identical</source>
        <translation>texts are paired when they are identical</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="629" />
        <source>lists are paired by user id</source>
        <translation>lists are paired by user id</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="633" />
        <source>these samples cannot be paired</source>
        <translation>these samples cannot be paired</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="670" />
        <source>The runs do not share a real set, so their per-sample scores are not compared; see the metrics table.</source>
        <translation>The runs do not share a real set, so their per-sample scores are not compared; see the metrics table.</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="707" />
        <source>%1: no sample of run B is also in run A (%2), so no sample is compared with itself.</source>
        <translation>%1: no sample of run B is also in run A (%2), so no sample is compared with itself.</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="713" />
        <source>Largest changes in %1 (%2)</source>
        <translation>Largest changes in %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="714" />
        <source>%1 of run B's %2 samples are paired with run A's (%3). Largest |B − A| first; each line shows A → B (change). %4.</source>
        <translation>%1 of run B's %2 samples are paired with run A's (%3). Largest |B − A| first; each line shows A → B (change). %4.</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="736" />
        <source>%1 → %2 (%3%4)</source>
        <translation>%1 → %2 (%3%4)</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="743" />
        <source>%1: %2 samples are paired (%3); none changed its %4.</source>
        <translation>%1: %2 samples are paired (%3); none changed its %4.</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="838" />
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="839" />
        <source>lower is better</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="844" />
        <source>(%1 % interval %2 to %3)</source>
        <translation>(%1 % interval %2 to %3)</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="854" />
        <source>This run stored no set-level metric.</source>
        <translation>This run stored no set-level metric.</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="856" />
        <source>Headline metrics: %1.</source>
        <translation>Headline metrics: %1.</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="867" />
        <source>This run has no slices: evaluate with --slice-by (folder, field, column, user activity or clusters) to see which classes or modes the model misses.</source>
        <translation>This run has no slices: evaluate with --slice-by (folder, field, column, user activity or clusters) to see which classes or modes the model misses.</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="882" />
        <source>%1 (%2, unreliable at this size)</source>
        <translation>%1 (%2, unreliable at this size)</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="890" />
        <source>Worst slices by %1: %2.</source>
        <translation>Worst slices by %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="897" />
        <source>%1 (%2 real, %3 generated)</source>
        <translation>%1 (%2 real, %3 generated)</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="908" />
        <source>No mode is dropped: every slice has at least a tenth of its real share among the generated samples.</source>
        <translation>No mode is dropped: every slice has at least a tenth of its real share among the generated samples.</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="910" />
        <source>Dropped modes, which the model makes (almost) none of: %1.</source>
        <translation>Dropped modes, which the model makes (almost) none of: %1.</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="913" />
        <source>Over-produced, at least twice their real share: %1.</source>
        <translation>Over-produced, at least twice their real share: %1.</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="944" />
        <source>No generated sample looks like a copy of a real one.</source>
        <translation>No generated sample looks like a copy of a real one.</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="946" />
        <source>%1 of %2 generated samples (%3 %) are likely copies of a real sample (memorised).</source>
        <translation>%1 of %2 generated samples (%3 %) are likely copies of a real sample (memorised).</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="988" />
        <source>Run %1 (%2) and run %3 (%4) cannot be compared: different modalities.</source>
        <translation>Run %1 (%2) and run %3 (%4) cannot be compared: different modalities.</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="997" />
        <source>GenLens report</source>
        <translation>GenLens report</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="1001" />
        <source>%1, run %2</source>
        <translation>%1, run %2</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="1009" />
        <source>%1: run %2 compared with run %3</source>
        <translation>%1: run %2 compared with run %3</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="1018" />
        <source>The two runs use different real sets, so their differences mix model and data.</source>
        <translation>The two runs use different real sets, so their differences mix model and data.</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="1023" />
        <source>The two runs use different feature extractors: feature-space numbers are not comparable.</source>
        <translation>The two runs use different feature extractors: feature-space numbers are not comparable.</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="1037" />
        <source>Settings that differ: %1.</source>
        <translation>Settings that differ: %1.</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="1040" />
        <source>The signatures differ: %1 vs %2.</source>
        <translation>The signatures differ: %1 vs %2.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="33" />
        <source>--%1 needs a run id (a positive number), not "%2"</source>
        <translation>--%1 needs a run id (a positive number), not "%2"</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="47" />
        <source>Writes the PDF report of a run stored in a GenLens project.</source>
        <translation>Writes the PDF report of a run stored in a GenLens project.</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="50" />
        <source>The project file (.genlens).</source>
        <translation>The project file (.genlens).</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="52" />
        <source>The run to report (default: the newest finished run).</source>
        <translation>The run to report (default: the newest finished run).</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="56" />
        <source>A second run to compare with.</source>
        <translation>A second run to compare with.</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="59" />
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="62" />
        <source>The report's language: en or zh_CN (default: the system locale's).</source>
        <translation>The report's language: en or zh_CN (default: the system locale's).</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="82" />
        <source>usage: genlens report FILE.genlens [--run ID] [--compare ID] [--language en|zh_CN] --out FILE.pdf</source>
        <translation>usage: genlens report FILE.genlens [--run ID] [--compare ID] [--language en|zh_CN] --out FILE.pdf</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="90" />
        <source>unknown language '%1' (use one of: %2)</source>
        <translation>unknown language '%1' (use one of: %2)</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="100" />
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="130" />
        <source>%1 holds no runs</source>
        <translation>%1 holds no runs</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="137" />
        <source>%1 has no run %2</source>
        <translation>%1 has no run %2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="144" />
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="311" />
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="311" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="311" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="312" />
        <location filename="../widgets/report/reportwriter.cpp" line="1164" />
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="312" />
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="316" />
        <source>Skipped (%1): %2</source>
        <translation>Skipped (%1): %2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="322" />
        <source>Run %1: %2</source>
        <translation>Run %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="324" />
        <source>Run %1, status %2, started %3, finished %4</source>
        <translation>Run %1, status %2, started %3, finished %4</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="328" />
        <source>Feature extractor: %1 (%2 dimensions)</source>
        <translation>Feature extractor: %1 (%2 dimensions)</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="333" />
        <source>Feature space of the distances: %1</source>
        <translation>Feature space of the distances: %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="354" />
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="362" />
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="362" />
        <location filename="../widgets/report/reportwriter.cpp" line="433" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="370" />
        <source>Timings: %1</source>
        <translation>Timings: %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="380" />
        <source>↑ higher</source>
        <translation>↑ higher</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="380" />
        <source>↓ lower</source>
        <translation>↓ lower</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="385" />
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="387" />
        <source>This run stored no set-level metrics.</source>
        <translation>This run stored no set-level metrics.</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="394" />
        <source>not computed</source>
        <translation>not computed</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="422" />
        <location filename="../widgets/report/reportwriter.cpp" line="433" />
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="422" />
        <location filename="../widgets/report/reportwriter.cpp" line="423" />
        <source>Run %1</source>
        <translation>Run %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="423" />
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="424" />
        <location filename="../widgets/report/reportwriter.cpp" line="433" />
        <source>Better</source>
        <translation>Better</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="424" />
        <location filename="../widgets/report/reportwriter.cpp" line="434" />
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="426" />
        <source>Difference = run %1 − run %2; green where the second run is better, red where it is worse.</source>
        <translation>Difference = run %1 − run %2; green where the second run is better, red where it is worse.</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="440" />
        <source>[low, high]: 95 % confidence interval (percentile bootstrap or half-sampling, docs/intervals.md).</source>
        <translation>[low, high]: 95 % confidence interval (percentile bootstrap or half-sampling, docs/intervals.md).</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="455" />
        <source>FID against the sample count</source>
        <translation>FID against the sample count</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="456" />
        <source>FID of N generated samples against the whole real set, and the least-squares line in 1/N whose intercept is FID∞ (Chong &amp; Forsyth, CVPR 2020): %1 ± %2 (standard error of the fit).</source>
        <translation>FID of N generated samples against the whole real set, and the least-squares line in 1/N whose intercept is FID∞ (Chong &amp; Forsyth, CVPR 2020): %1 ± %2 (standard error of the fit).</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="527" />
        <location filename="../widgets/report/reportwriter.cpp" line="575" />
        <source>Generated, run %1</source>
        <translation>Generated, run %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="528" />
        <location filename="../widgets/report/reportwriter.cpp" line="576" />
        <location filename="../widgets/report/reportwriter.cpp" line="680" />
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="525" />
        <location filename="../widgets/report/reportwriter.cpp" line="581" />
        <source>Real (n = %1)</source>
        <translation>Real (n = %1)</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="533" />
        <location filename="../widgets/report/reportwriter.cpp" line="595" />
        <source>Generated, run %1 (n = %2)</source>
        <translation>Generated, run %1 (n = %2)</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="540" />
        <source>0 (no)</source>
        <translation>0 (no)</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="540" />
        <source>1 (yes)</source>
        <translation>1 (yes)</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="545" />
        <location filename="../widgets/report/reportwriter.cpp" line="608" />
        <location filename="../widgets/report/reportwriter.cpp" line="975" />
        <source>share of set</source>
        <translation>share of set</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="631" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="647" />
        <source>Slices and mode coverage</source>
        <translation>Slices and mode coverage</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="648" />
        <source>Each slice's share of the real and of the generated set, slices with the fewest generated samples for their real share at the top. Red: a dropped mode (at most a tenth of its real share); amber: over-produced (at least twice).</source>
        <translation>Each slice's share of the real and of the generated set, slices with the fewest generated samples for their real share at the top. Red: a dropped mode (at most a tenth of its real share); amber: over-produced (at least twice).</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="665" />
        <source>Worst first by %1.</source>
        <translation>Worst first by %1.</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="677" />
        <source>Slice</source>
        <translation>Slice</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="680" />
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="681" />
        <source>Gen./real</source>
        <translation>Gen./real</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="714" />
        <source>* Unreliable at the slice's size:</source>
        <translation>* Unreliable at the slice's size:</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="728" />
        <source>Distributions</source>
        <translation>Distributions</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="729" />
        <source>For every per-sample score: the share of each set in each bin, real against generated, with the two-sample Kolmogorov–Smirnov statistic D (0: same distribution, 1: disjoint); 0/1 flags as two bars. Every sample is counted; nothing is subsampled.</source>
        <translation>For every per-sample score: the share of each set in each bin, real against generated, with the two-sample Kolmogorov–Smirnov statistic D (0: same distribution, 1: disjoint); 0/1 flags as two bars. Every sample is counted; nothing is subsampled.</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="736" />
        <source>Not drawn, one value in every set: %1.</source>
        <translation>Not drawn, one value in every set: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="746" />
        <source>%1: KS D = %2 (real n = %3, generated n = %4)</source>
        <translation>%1: KS D = %2 (real n = %3, generated n = %4)</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="751" />
        <source>%1: KS D = %2 between run %3 (n = %4) and run %5 (n = %6)</source>
        <translation>%1: KS D = %2 between run %3 (n = %4) and run %5 (n = %6)</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="758" />
        <source>%1: only one set has this score (n = %2)</source>
        <translation>%1: only one set has this score (n = %2)</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="768" />
        <source>real %1 %</source>
        <translation>real %1 %</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="771" />
        <source>generated %1 %</source>
        <translation>generated %1 %</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="774" />
        <source>run %1 %2 %</source>
        <translation>run %1 %2 %</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="779" />
        <source>share with %1 = 1: %2</source>
        <translation>share with %1 = 1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="784" />
        <source>run %1: KS D = %2</source>
        <translation>run %1: KS D = %2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="813" />
        <source>no thumbnail</source>
        <translation>no thumbnail</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="843" />
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="856" />
        <source>Left: generated sample; right: its nearest real sample.</source>
        <translation>Left: generated sample; right: its nearest real sample.</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="877" />
        <source>Generated: %1</source>
        <translation>Generated: %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="879" />
        <source>Nearest real: %1</source>
        <translation>Nearest real: %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="940" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="951" />
        <source>A: run %1 (n = %2)</source>
        <translation>A: run %1 (n = %2)</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="958" />
        <source>B: run %1 (n = %2)</source>
        <translation>B: run %1 (n = %2)</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1001" />
        <source>%1 across the runs on this real set</source>
        <translation>%1 across the runs on this real set</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1010" />
        <source>Other runs</source>
        <translation>Other runs</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1012" />
        <source>A: run %1</source>
        <translation>A: run %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1014" />
        <source>B: run %1</source>
        <translation>B: run %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1029" />
        <location filename="../widgets/report/reportwriter.cpp" line="1083" />
        <source>run %1</source>
        <translation>run %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1039" />
        <source>finished runs, oldest first</source>
        <translation>finished runs, oldest first</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1081" />
        <source>Run comparison</source>
        <translation>Run comparison</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1084" />
        <source>run %1 (%2)</source>
        <translation>run %1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1086" />
        <source>A is %1; B is %2. Changes are B − A.</source>
        <translation>A is %1; B is %2. Changes are B − A.</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1098" />
        <source>Main scores, A against B</source>
        <translation>Main scores, A against B</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1101" />
        <source>%1 (%2): one run has no values (A n = %3, B n = %4)</source>
        <translation>%1 (%2): one run has no values (A n = %3, B n = %4)</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1105" />
        <source>%1 (%2): KS D = %3 between A (n = %4) and B (n = %5)</source>
        <translation>%1 (%2): KS D = %3 between A (n = %4) and B (n = %5)</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1120" />
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1123" />
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1124" />
        <source>lower is better</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1131" />
        <source>run %1%2 = %3</source>
        <translation>run %1%2 = %3</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1139" />
        <source>%1 over the %2 finished runs on the shared real set, oldest first%3.</source>
        <translation>%1 over the %2 finished runs on the shared real set, oldest first%3.</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1201" />
        <source>Made %1 with GenLens %2</source>
        <translation>Made %1 with GenLens %2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1204" />
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1209" />
        <source>Inputs and settings</source>
        <translation>Inputs and settings</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1212" />
        <source>Compared with run %1</source>
        <translation>Compared with run %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1248" />
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ScoreName</name>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="231" />
        <source>Realism</source>
        <translation>Realism</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="232" />
        <location filename="../app/models/sampletablemodel.cpp" line="251" />
        <source>Distance to nearest real</source>
        <translation>Distance to nearest real</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="233" />
        <location filename="../app/models/sampletablemodel.cpp" line="254" />
        <source>Nearest / second-nearest ratio</source>
        <translation>Nearest / second-nearest ratio</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="234" />
        <source>Sharpness</source>
        <translation>Sharpness</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="235" />
        <location filename="../app/models/sampletablemodel.cpp" line="236" />
        <source>Colourfulness</source>
        <translation>Colourfulness</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="237" />
        <location filename="../app/models/sampletablemodel.cpp" line="271" />
        <source>Brightness</source>
        <translation>Brightness</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="238" />
        <location filename="../app/models/sampletablemodel.cpp" line="272" />
        <source>Clipped pixels</source>
        <translation>Clipped pixels</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="239" />
        <source>Noise</source>
        <translation>Noise</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="240" />
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="241" />
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="242" />
        <source>Aspect ratio</source>
        <translation>Aspect ratio</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="243" />
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="244" />
        <source>Perplexity</source>
        <translation>Perplexity</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="245" />
        <source>Self-BLEU</source>
        <translation>Self-BLEU</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="246" />
        <location filename="../app/models/sampletablemodel.cpp" line="263" />
        <source>Sentence BLEU</source>
        <translation>Sentence BLEU</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="247" />
        <source>NDCG</source>
        <translation>NDCG</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="248" />
        <source>Hits</source>
        <translation>Hits</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="249" />
        <source>Novelty</source>
        <translation>Novelty</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="250" />
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="253" />
        <source>Distance to nearest generated</source>
        <translation>Distance to nearest generated</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="255" />
        <source>Looks copied</source>
        <translation>Looks copied</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="256" />
        <source>Inside real manifold</source>
        <translation>Inside real manifold</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="257" />
        <source>Low realism (flag)</source>
        <translation>Low realism (flag)</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="258" />
        <source>Inside generated manifold</source>
        <translation>Inside generated manifold</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="260" />
        <source>Real neighbourhoods containing it</source>
        <translation>Real neighbourhoods containing it</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="261" />
        <location filename="../app/models/sampletablemodel.cpp" line="262" />
        <source>k-NN radius</source>
        <translation>k-NN radius</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="264" />
        <source>BLEU against real</source>
        <translation>BLEU against real</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="265" />
        <source>Repetition</source>
        <translation>Repetition</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="266" />
        <source>Overlap with nearest real</source>
        <translation>Overlap with nearest real</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="267" />
        <source>Relevant items</source>
        <translation>Relevant items</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="268" />
        <source>History length</source>
        <translation>History length</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="269" />
        <source>List length</source>
        <translation>List length</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="270" />
        <source>Serendipity</source>
        <translation>Serendipity</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <location filename="../app/cli/statscommand.cpp" line="29" />
        <source>Writes mergeable FID statistics of a feature matrix: mu and sigma (float64, N - 1, as pytorch-fid saves them) plus n and m2 (the centred second moment) for genlens merge.</source>
        <translation>Writes mergeable FID statistics of a feature matrix: mu and sigma (float64, N - 1, as pytorch-fid saves them) plus n and m2 (the centred second moment) for genlens merge.</translation>
    </message>
    <message>
        <location filename="../app/cli/statscommand.cpp" line="34" />
        <source>The feature matrix (.npy, N x D).</source>
        <translation>The feature matrix (.npy, N x D).</translation>
    </message>
    <message>
        <location filename="../app/cli/statscommand.cpp" line="37" />
        <source>The statistics file to write (.npz).</source>
        <translation>The statistics file to write (.npz).</translation>
    </message>
    <message>
        <location filename="../app/cli/statscommand.cpp" line="41" />
        <source>Name of the feature space, stored in the file (default: the extractor id from F.meta.json, when genlens features wrote it).</source>
        <translation>Name of the feature space, stored in the file (default: the extractor id from F.meta.json, when genlens features wrote it).</translation>
    </message>
    <message>
        <location filename="../app/cli/statscommand.cpp" line="45" />
        <source>No progress on stderr.</source>
        <translation>No progress on stderr.</translation>
    </message>
</context>
<context>
    <name>TextEvaluateCommand</name>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="25" />
        <source>Real (reference-distribution) texts: .txt, .jsonl, .csv or .tsv.</source>
        <translation>Real (reference-distribution) texts: .txt, .jsonl, .csv or .tsv.</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="26" />
        <location filename="../app/cli/textcommand.cpp" line="28" />
        <location filename="../app/cli/textcommand.cpp" line="32" />
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="28" />
        <source>Generated texts (same formats).</source>
        <translation>Generated texts (same formats).</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="30" />
        <source>References aligned line by line with the generated file, for BLEU, chrF and ROUGE-L; repeat for several references.</source>
        <translation>References aligned line by line with the generated file, for BLEU, chrF and ROUGE-L; repeat for several references.</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="34" />
        <source>Tokenizer (sacrebleu): 13a, intl, zh, char, none or auto.</source>
        <translation>Tokenizer (sacrebleu): 13a, intl, zh, char, none or auto.</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="35" />
        <location filename="../app/cli/textcommand.cpp" line="37" />
        <location filename="../app/cli/textcommand.cpp" line="40" />
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="36" />
        <source>JSON Lines field holding the text.</source>
        <translation>JSON Lines field holding the text.</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="39" />
        <source>CSV/TSV column holding the text (name or 1-based number).</source>
        <translation>CSV/TSV column holding the text (name or 1-based number).</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="42" />
        <source>Order of the Kneser-Ney language model for perplexity.</source>
        <translation>Order of the Kneser-Ney language model for perplexity.</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="42" />
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="45" />
        <source>Neighbourhood size for precision/recall/density/coverage on text embeddings.</source>
        <translation>Neighbourhood size for precision/recall/density/coverage on text embeddings.</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="47" />
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="68" />
        <source>--lm-order must be an integer from 1 to 10, got "%1"</source>
        <translation>--lm-order must be an integer from 1 to 10, got "%1"</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="74" />
        <source>--k must be a positive integer, got "%1"</source>
        <translation>--k must be a positive integer, got "%1"</translation>
    </message>
</context>
<context>
    <name>TextFeaturesCommand</name>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="92" />
        <source>Texts to embed: .txt, .jsonl, .csv or .tsv.</source>
        <translation>Texts to embed: .txt, .jsonl, .csv or .tsv.</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="92" />
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="94" />
        <source>Output .npy file (float32, N x dim).</source>
        <translation>Output .npy file (float32, N x dim).</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="94" />
        <location filename="../app/cli/textcommand.cpp" line="105" />
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="95" />
        <source>JSON Lines field holding the text.</source>
        <translation>JSON Lines field holding the text.</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="96" />
        <location filename="../app/cli/textcommand.cpp" line="99" />
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="98" />
        <source>CSV/TSV column holding the text (name or 1-based number).</source>
        <translation>CSV/TSV column holding the text (name or 1-based number).</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="101" />
        <source>Embedding dimension.</source>
        <translation>Embedding dimension.</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="101" />
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="103" />
        <source>Where to write each row's record number, one a line (default: OUT.paths.txt beside OUT.npy).</source>
        <translation>Where to write each row's record number, one a line (default: OUT.paths.txt beside OUT.npy).</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="107" />
        <source>Embed only shard I of N (0 &lt;= I &lt; N): the contiguous I-th share of the usable texts, for `genlens merge`.</source>
        <translation>Embed only shard I of N (0 &lt;= I &lt; N): the contiguous I-th share of the usable texts, for `genlens merge`.</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="117" />
        <source>features text needs --input and --out</source>
        <translation>features text needs --input and --out</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="123" />
        <source>--dim must be an integer from 1 to 65536, got "%1"</source>
        <translation>--dim must be an integer from 1 to 65536, got "%1"</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="132" />
        <source>%1: no usable text samples (%2 records skipped)</source>
        <translation>%1: no usable text samples (%2 records skipped)</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="168" />
        <source>%1: %2 x %3 %4 features from %5</source>
        <translation>%1: %2 x %3 %4 features from %5</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="174" />
        <source> (%1 records skipped; first at line %2: %3)</source>
        <translation> (%1 records skipped; first at line %2: %3)</translation>
    </message>
</context>
<context>
    <name>TextPipeline</name>
    <message>
        <location filename="../app/pipeline/textpipeline.cpp" line="461" />
        <source>--slice-by %1 clusters the embeddings, which this run did not compute (see --metrics)</source>
        <translation>--slice-by %1 clusters the embeddings, which this run did not compute (see --metrics)</translation>
    </message>
    <message>
        <location filename="../app/pipeline/textpipeline.cpp" line="506" />
        <source>undefined: no generated text of this slice has a usable reference</source>
        <translation>undefined: no generated text of this slice has a usable reference</translation>
    </message>
    <message>
        <location filename="../app/pipeline/textpipeline.cpp" line="524" />
        <source>undefined: Self-BLEU needs at least 2 generated texts (%1)</source>
        <translation>undefined: Self-BLEU needs at least 2 generated texts (%1)</translation>
    </message>
    <message>
        <location filename="../app/pipeline/textpipeline.cpp" line="541" />
        <source>undefined: the slice has no generated text</source>
        <translation>undefined: the slice has no generated text</translation>
    </message>
    <message>
        <location filename="../app/pipeline/textpipeline.cpp" line="580" />
        <source>unknown tokenizer "%1" (use 13a, intl, zh, char, none or auto)</source>
        <translation>unknown tokenizer "%1" (use 13a, intl, zh, char, none or auto)</translation>
    </message>
    <message>
        <location filename="../app/pipeline/textpipeline.cpp" line="588" />
        <source>text evaluation needs a real and a generated file</source>
        <translation>text evaluation needs a real and a generated file</translation>
    </message>
    <message>
        <location filename="../app/pipeline/textpipeline.cpp" line="621" />
        <source>%1: no usable text samples in the %2 set (%3 records skipped)</source>
        <translation>%1: no usable text samples in the %2 set (%3 records skipped)</translation>
    </message>
    <message>
        <location filename="../app/pipeline/textpipeline.cpp" line="805" />
        <source>no generated sample has a usable reference in %1</source>
        <translation>no generated sample has a usable reference in %1</translation>
    </message>
</context>
<context>
    <name>genlens</name>
    <message>
        <location filename="../widgets/gui.cpp" line="105" />
        <source>Compare real and generated samples.</source>
        <translation>Compare real and generated samples.</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="109" />
        <source>Open the bundled demo project.</source>
        <translation>Open the bundled demo project.</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="112" />
        <source>Save a PNG of every page into DIR, then quit.</source>
        <translation>Save a PNG of every page into DIR, then quit.</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="115" />
        <source>Interface language for this session (en, zh_CN).</source>
        <translation>Interface language for this session (en, zh_CN).</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="119" />
        <source>A .genlens project file.</source>
        <translation>A .genlens project file.</translation>
    </message>
</context>
<context>
    <name>genlens::app</name>
    <message>
        <location filename="../app/evaluation/featurespacename.cpp" line="50" />
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <location filename="../app/evaluation/featurespacename.cpp" line="53" />
        <source>ONNX, custom preprocessing</source>
        <translation>ONNX, custom preprocessing</translation>
    </message>
    <message>
        <location filename="../app/evaluation/featurespacename.cpp" line="56" />
        <source>precomputed</source>
        <translation>precomputed</translation>
    </message>
</context>
<context>
    <name>genlens::app::CopiesModel</name>
    <message>
        <location filename="../app/models/copiesmodel.cpp" line="133" />
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../app/models/copiesmodel.cpp" line="135" />
        <source>Nearest real</source>
        <translation>Nearest real</translation>
    </message>
    <message>
        <location filename="../app/models/copiesmodel.cpp" line="137" />
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../app/models/copiesmodel.cpp" line="139" />
        <source>Nearest / second ratio</source>
        <translation>Nearest / second ratio</translation>
    </message>
</context>
<context>
    <name>genlens::app::JobQueue</name>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="143" />
        <source>OpenCV error in %1: %2</source>
        <translation>OpenCV error in %1: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="146" />
        <source>Out of memory</source>
        <translation>Out of memory</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="152" />
        <location filename="../app/jobs/jobqueue.cpp" line="155" />
        <source>Unknown error</source>
        <translation>Unknown error</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="160" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>genlens::app::LiveParameters</name>
    <message>
        <location filename="../app/models/liveparameters.cpp" line="169" />
        <source>Live parameters are not available for this run (it was stored without neighbour statistics).</source>
        <translation>Live parameters are not available for this run (it was stored without neighbour statistics).</translation>
    </message>
    <message>
        <location filename="../app/models/liveparameters.cpp" line="173" />
        <source>Showing the stored run: k = %1.</source>
        <translation>Showing the stored run: k = %1.</translation>
    </message>
    <message>
        <location filename="../app/models/liveparameters.cpp" line="176" />
        <source>k = %1 (run used %2)</source>
        <translation>k = %1 (run used %2)</translation>
    </message>
    <message>
        <location filename="../app/models/liveparameters.cpp" line="178" />
        <source>memorisation factor %1 (run used %2)</source>
        <translation>memorisation factor %1 (run used %2)</translation>
    </message>
    <message>
        <location filename="../app/models/liveparameters.cpp" line="183" />
        <source>realism threshold %1</source>
        <translation>realism threshold %1</translation>
    </message>
    <message>
        <location filename="../app/models/liveparameters.cpp" line="185" />
        <source>Values at %1; the stored run is unchanged.</source>
        <translation>Values at %1; the stored run is unchanged.</translation>
    </message>
</context>
<context>
    <name>genlens::app::MetricSelection</name>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="156" />
        <source>FID (mean and covariance; FD_DINOv2 with DINOv2 features)</source>
        <translation>FID (mean and covariance; FD_DINOv2 with DINOv2 features)</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="157" />
        <source>Precision, recall, density, coverage, realism (k-NN)</source>
        <translation>Precision, recall, density, coverage, realism (k-NN)</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="158" />
        <source>Memorisation (nearest real sample)</source>
        <translation>Memorisation (nearest real sample)</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="159" />
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="160" />
        <source>CMMD (Gaussian-kernel MMD; by default only with CLIP features)</source>
        <translation>CMMD (Gaussian-kernel MMD; by default only with CLIP features)</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="162" />
        <source>Vendi score of each set</source>
        <translation>Vendi score of each set</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="164" />
        <source>Per-image measures (images only)</source>
        <translation>Per-image measures (images only)</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="165" />
        <source>Feature map (2-D)</source>
        <translation>Feature map (2-D)</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="170" />
        <source>BLEU, chrF, ROUGE-L (with references)</source>
        <translation>BLEU, chrF, ROUGE-L (with references)</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="171" />
        <source>Self-BLEU</source>
        <translation>Self-BLEU</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="172" />
        <source>Distinct-n, entropy, repetition, lengths</source>
        <translation>Distinct-n, entropy, repetition, lengths</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="173" />
        <source>Perplexity (n-gram language model)</source>
        <translation>Perplexity (n-gram language model)</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="174" />
        <source>MAUVE</source>
        <translation>MAUVE</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="175" />
        <source>Embedding FID</source>
        <translation>Embedding FID</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="176" />
        <source>Embedding precision, recall, density, coverage</source>
        <translation>Embedding precision, recall, density, coverage</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="178" />
        <source>Copies of real samples</source>
        <translation>Copies of real samples</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="179" />
        <source>Embedding map (2-D)</source>
        <translation>Embedding map (2-D)</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="184" />
        <source>Accuracy (nDCG, MAP, MRR, ...)</source>
        <translation>Accuracy (nDCG, MAP, MRR, ...)</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="185" />
        <source>Beyond accuracy (coverage, novelty, ...)</source>
        <translation>Beyond accuracy (coverage, novelty, ...)</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="186" />
        <source>Per-user drill-down</source>
        <translation>Per-user drill-down</translation>
    </message>
</context>
<context>
    <name>genlens::app::MetricsModel</name>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="51" />
        <source>not computed</source>
        <translation>not computed</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="62" />
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="130" />
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="133" />
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="141" />
        <source>Range: %1 to %2</source>
        <translation>Range: %1 to %2</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="149" />
        <source>%1 % confidence interval: [%2, %3]</source>
        <translation>%1 % confidence interval: [%2, %3]</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="153" />
        <source>Interval: %1</source>
        <translation>Interval: %1</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="221" />
        <source>Not computed in this run (not among the metrics asked for)</source>
        <translation>Not computed in this run (not among the metrics asked for)</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="223" />
        <source>Not computed in this run: %1</source>
        <translation>Not computed in this run: %1</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="251" />
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="253" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="255" />
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="257" />
        <source>95 % interval</source>
        <translation>95 % interval</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="259" />
        <source>Better</source>
        <translation>Better</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="261" />
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
</context>
<context>
    <name>genlens::app::MissingModesModel</name>
    <message>
        <location filename="../app/models/missingmodesmodel.cpp" line="139" />
        <source>Real sample</source>
        <translation>Real sample</translation>
    </message>
    <message>
        <location filename="../app/models/missingmodesmodel.cpp" line="141" />
        <source>Distance to nearest generated</source>
        <translation>Distance to nearest generated</translation>
    </message>
    <message>
        <location filename="../app/models/missingmodesmodel.cpp" line="143" />
        <source>Nearest generated</source>
        <translation>Nearest generated</translation>
    </message>
</context>
<context>
    <name>genlens::app::NeighbourListModel</name>
    <message>
        <location filename="../app/models/neighbourlistmodel.cpp" line="65" />
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../app/models/neighbourlistmodel.cpp" line="65" />
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../app/models/neighbourlistmodel.cpp" line="69" />
        <source>lists this as #%1</source>
        <translation>lists this as #%1</translation>
    </message>
    <message>
        <location filename="../app/models/neighbourlistmodel.cpp" line="70" />
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../app/models/neighbourlistmodel.cpp" line="100" />
        <source>Neighbour</source>
        <translation>Neighbour</translation>
    </message>
    <message>
        <location filename="../app/models/neighbourlistmodel.cpp" line="102" />
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../app/models/neighbourlistmodel.cpp" line="104" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../app/models/neighbourlistmodel.cpp" line="106" />
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
</context>
<context>
    <name>genlens::app::RunComparisonModel</name>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="95" />
        <source>B better</source>
        <translation>B better</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="95" />
        <source>B worse</source>
        <translation>B worse</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="122" />
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="124" />
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="124" />
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="126" />
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="126" />
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="128" />
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="130" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
</context>
<context>
    <name>genlens::app::RunListModel</name>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="41" />
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="43" />
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="45" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="47" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="49" />
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="57" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="60" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="63" />
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="88" />
        <source>Run %1 · %2</source>
        <translation>Run %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="97" />
        <source>Real: %1
Generated: %2</source>
        <translation>Real: %1
Generated: %2</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="98" />
        <location filename="../app/models/runlistmodel.cpp" line="99" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="101" />
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="127" />
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="129" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="131" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
</context>
<context>
    <name>genlens::app::RunPairLoader</name>
    <message>
        <location filename="../app/models/runpairloader.cpp" line="65" />
        <source>Could not load runs %1 and %2: %3</source>
        <translation>Could not load runs %1 and %2: %3</translation>
    </message>
</context>
<context>
    <name>genlens::app::SampleDetailModel</name>
    <message>
        <location filename="../app/models/sampledetailmodel.cpp" line="74" />
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../app/models/sampledetailmodel.cpp" line="76" />
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../app/models/sampledetailmodel.cpp" line="81" />
        <source>Share of this set's samples with a score at or below this one</source>
        <translation>Share of this set's samples with a score at or below this one</translation>
    </message>
    <message>
        <location filename="../app/models/sampledetailmodel.cpp" line="105" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../app/models/sampledetailmodel.cpp" line="107" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../app/models/sampledetailmodel.cpp" line="109" />
        <source>Percentile in set</source>
        <translation>Percentile in set</translation>
    </message>
</context>
<context>
    <name>genlens::app::SampleSetModel</name>
    <message>
        <location filename="../app/models/samplesetmodel.cpp" line="64" />
        <source>%1
%2, %3 samples, %4 skipped</source>
        <translation>%1
%2, %3 samples, %4 skipped</translation>
    </message>
    <message>
        <location filename="../app/models/samplesetmodel.cpp" line="92" />
        <source>Sample set</source>
        <translation>Sample set</translation>
    </message>
    <message>
        <location filename="../app/models/samplesetmodel.cpp" line="94" />
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location filename="../app/models/samplesetmodel.cpp" line="96" />
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
</context>
<context>
    <name>genlens::app::SampleTableModel</name>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="207" />
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
</context>
<context>
    <name>genlens::app::ScoreChangeModel</name>
    <message>
        <location filename="../app/models/scorechangemodel.cpp" line="180" />
        <source>Sample in A</source>
        <translation>Sample in A</translation>
    </message>
    <message>
        <location filename="../app/models/scorechangemodel.cpp" line="182" />
        <source>Sample in B</source>
        <translation>Sample in B</translation>
    </message>
    <message>
        <location filename="../app/models/scorechangemodel.cpp" line="184" />
        <source>Value in A</source>
        <translation>Value in A</translation>
    </message>
    <message>
        <location filename="../app/models/scorechangemodel.cpp" line="186" />
        <source>Value in B</source>
        <translation>Value in B</translation>
    </message>
    <message>
        <location filename="../app/models/scorechangemodel.cpp" line="188" />
        <source>Change (B − A)</source>
        <translation>Change (B − A)</translation>
    </message>
</context>
<context>
    <name>genlens::app::SlicesModel</name>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="157" />
        <source>Dropped mode: the model makes (almost) none of these samples.</source>
        <translation>Dropped mode: the model makes (almost) none of these samples.</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="159" />
        <source>Over-produced: the model makes far more of these than the real set has.</source>
        <translation>Over-produced: the model makes far more of these than the real set has.</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="165" />
        <source>Slice by %1</source>
        <translation>Slice by %1</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="190" />
        <source>Slice</source>
        <translation>Slice</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="192" />
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="194" />
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="196" />
        <source>Real share</source>
        <translation>Real share</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="198" />
        <source>Generated share</source>
        <translation>Generated share</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="200" />
        <source>Gen./real</source>
        <translation>Gen./real</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="208" />
        <source>Real samples in the slice</source>
        <translation>Real samples in the slice</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="210" />
        <source>Generated samples in the slice</source>
        <translation>Generated samples in the slice</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="212" />
        <source>The slice's share of the real set</source>
        <translation>The slice's share of the real set</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="214" />
        <source>The slice's share of the generated set</source>
        <translation>The slice's share of the generated set</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="216" />
        <source>Generated share ÷ real share: near 0 the model dropped this mode, above 2 it over-produces it</source>
        <translation>Generated share ÷ real share: near 0 the model dropped this mode, above 2 it over-produces it</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::AttachedFeaturesForm</name>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="12" />
        <source>Features computed elsewhere (images are still shown)</source>
        <translation>Features computed elsewhere (images are still shown)</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="21" />
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="22" />
        <source>optional: one path per row; else sorted file order</source>
        <translation>optional: one path per row; else sorted file order</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="23" />
        <source>e.g. inception-pool3</source>
        <translation>e.g. inception-pool3</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="24" />
        <source>Feature matrices (*.npy *.npz)</source>
        <translation>Feature matrices (*.npy *.npz)</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="25" />
        <source>Paths files (*.txt);;All files (*)</source>
        <translation>Paths files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="27" />
        <source>Real features:</source>
        <translation>Real features:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="28" />
        <source>Real paths:</source>
        <translation>Real paths:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="29" />
        <source>Generated features:</source>
        <translation>Generated features:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="30" />
        <source>Generated paths:</source>
        <translation>Generated paths:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="31" />
        <source>Feature space:</source>
        <translation>Feature space:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="44" />
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="47" />
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::ComparePage</name>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="336" />
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="337" />
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="338" />
        <source>Missing modes</source>
        <translation>Missing modes</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="339" />
        <source>Side by side: both sets as grids. Copies: generated samples with their nearest real one, closest first. Missing modes: real samples no generated sample covers.</source>
        <translation>Side by side: both sets as grids. Copies: generated samples with their nearest real one, closest first. Missing modes: real samples no generated sample covers.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="366" />
        <source>↓ Descending</source>
        <translation>↓ Descending</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="342" />
        <source>Filter by name…</source>
        <translation>Filter by name…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="343" />
        <source>Thumbnail size</source>
        <translation>Thumbnail size</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="344" />
        <source>&amp;View:</source>
        <translation>&amp;View:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="345" />
        <source>S&amp;ort by:</source>
        <translation>S&amp;ort by:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="346" />
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="347" />
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="348" />
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="349" />
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="366" />
        <source>↑ Ascending</source>
        <translation>↑ Ascending</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pages/comparepage.cpp" line="371" />
        <source>%n generated sample(s) with their nearest real sample, closest (most suspicious) first.</source>
        <translation><numerusform>%n generated sample with their nearest real sample, closest (most suspicious) first.</numerusform><numerusform>%n generated samples with their nearest real sample, closest (most suspicious) first.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pages/comparepage.cpp" line="379" />
        <source>%n real sample(s) outside every generated k-NN ball, farthest from the generated set first.</source>
        <translation><numerusform>%n real sample outside every generated k-NN ball, farthest from the generated set first.</numerusform><numerusform>%n real samples outside every generated k-NN ball, farthest from the generated set first.</numerusform></translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="384" />
        <source>This run has no coverage score per real sample: real samples are ranked by the distance to their nearest generated sample, farthest first.</source>
        <translation>This run has no coverage score per real sample: real samples are ranked by the distance to their nearest generated sample, farthest first.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="408" />
        <source>Set order</source>
        <translation>Set order</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="409" />
        <source>No score filter</source>
        <translation>No score filter</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="507" />
        <source>%1 — slice “%2”: %3 of %4 samples</source>
        <translation>%1 — slice “%2”: %3 of %4 samples</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="514" />
        <source>%1 — %2 samples</source>
        <translation>%1 — %2 samples</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="515" />
        <source>%1 — %2 of %3 samples</source>
        <translation>%1 — %2 of %3 samples</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::DistributionsPage</name>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="138" />
        <source>&amp;Score:</source>
        <translation>&amp;Score:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="139" />
        <source>Show &amp;real points</source>
        <translation>Show &amp;real points</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="140" />
        <source>Show &amp;generated points</source>
        <translation>Show &amp;generated points</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="204" />
        <source>This run has no per-sample scores.</source>
        <translation>This run has no per-sample scores.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="205" />
        <location filename="../widgets/pages/distributionspage.cpp" line="292" />
        <source>No run selected.</source>
        <translation>No run selected.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="214" />
        <source>Real (%1)</source>
        <translation>Real (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="219" />
        <source>Generated (%1)</source>
        <translation>Generated (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="226" />
        <source>Share of the set (%)</source>
        <translation>Share of the set (%)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="241" />
        <source>KS statistic: n/a (the score exists for one set only)</source>
        <translation>KS statistic: n/a (the score exists for one set only)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="242" />
        <source>KS statistic D = %1</source>
        <translation>KS statistic D = %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="244" />
        <source>%1 · %2 bins over all %3 real and %4 generated values (no subsampling)</source>
        <translation>%1 · %2 bins over all %3 real and %4 generated values (no subsampling)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="297" />
        <source>The feature map is computed after the metrics and appears when that stage of the run finishes. A run cancelled before then has no map: run the evaluation again to get one.</source>
        <translation>The feature map is computed after the metrics and appears when that stage of the run finishes. A run cancelled before then has no map: run the evaluation again to get one.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="302" />
        <source>The feature map could not be computed: %1</source>
        <translation>The feature map could not be computed: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="305" />
        <source>Recommendation lists have no feature space, so this run has no feature map.</source>
        <translation>Recommendation lists have no feature space, so this run has no feature map.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="309" />
        <source>A set was given as FID statistics (a mean and a covariance, no samples), so there are no points to place on a feature map.</source>
        <translation>A set was given as FID statistics (a mean and a covariance, no samples), so there are no points to place on a feature map.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="313" />
        <source>This run was stored before GenLens drew feature maps. Run the evaluation again (File → New evaluation…) to get one.</source>
        <translation>This run was stored before GenLens drew feature maps. Run the evaluation again (File → New evaluation…) to get one.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="329" />
        <source>%1 of %2 real points</source>
        <translation>%1 of %2 real points</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="330" />
        <source>%1 real points</source>
        <translation>%1 real points</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="332" />
        <source>%1 of %2 generated points</source>
        <translation>%1 of %2 generated points</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="334" />
        <source>%1 generated points</source>
        <translation>%1 generated points</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="336" />
        <source>Showing %1 and %2 (a random subsample of at most %3 per set, seed %4); PCA fitted on every sample of both sets.</source>
        <translation>Showing %1 and %2 (a random subsample of at most %3 per set, seed %4); PCA fitted on every sample of both sets.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="340" />
        <source>%1 and %2; PCA fitted on both sets.</source>
        <translation>%1 and %2; PCA fitted on both sets.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="343" />
        <source>Slice “%1”: %2 real and %3 generated points shown on the whole map's axes (clear the slice on the Slices page to see every point).</source>
        <translation>Slice “%1”: %2 real and %3 generated points shown on the whole map's axes (clear the slice on the Slices page to see every point).</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="349" />
        <source>Features: %1, %2 dimensions.</source>
        <translation>Features: %1, %2 dimensions.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="350" />
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="356" />
        <source>Selected: %1 real and %2 generated samples, also selected in Compare (Esc clears).</source>
        <translation>Selected: %1 real and %2 generated samples, also selected in Compare (Esc clears).</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="359" />
        <source>Drag to select points (they are selected in Compare too); click a point to open it.</source>
        <translation>Drag to select points (they are selected in Compare too); click a point to open it.</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::DrillDownPanel</name>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="134" />
        <source>&amp;Scores</source>
        <translation>&amp;Scores</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="135" />
        <source>&amp;Nearest neighbours</source>
        <translation>&amp;Nearest neighbours</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="163" />
        <source>No sample selected</source>
        <translation>No sample selected</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="164" />
        <source>Click a sample in the Compare view to see it here.</source>
        <translation>Click a sample in the Compare view to see it here.</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="186" />
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="186" />
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="187" />
        <source>%1 sample %2: %3</source>
        <translation>%1 sample %2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="233" />
        <source>Nearest sample in the other set:</source>
        <translation>Nearest sample in the other set:</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="261" />
        <source>Recommended list (hits in green):</source>
        <translation>Recommended list (hits in green):</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="297" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::FeatureMapView</name>
    <message>
        <location filename="../widgets/views/featuremapview.cpp" line="77" />
        <source>Feature map</source>
        <translation>Feature map</translation>
    </message>
    <message>
        <location filename="../widgets/views/featuremapview.cpp" line="79" />
        <source>Drag to select points (Shift or Ctrl adds to the selection); click a point to open the sample. Keys: arrows step through the selected points, Enter opens the current one, Esc clears the selection.</source>
        <translation>Drag to select points (Shift or Ctrl adds to the selection); click a point to open the sample. Keys: arrows step through the selected points, Enter opens the current one, Esc clears the selection.</translation>
    </message>
    <message>
        <location filename="../widgets/views/featuremapview.cpp" line="419" />
        <source>PC1 (%1 %)</source>
        <translation>PC1 (%1 %)</translation>
    </message>
    <message>
        <location filename="../widgets/views/featuremapview.cpp" line="420" />
        <source>PC2 (%1 %)</source>
        <translation>PC2 (%1 %)</translation>
    </message>
    <message>
        <location filename="../widgets/views/featuremapview.cpp" line="431" />
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../widgets/views/featuremapview.cpp" line="431" />
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::JobsStrip</name>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="44" />
        <source>%1: finished</source>
        <translation>%1: finished</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="48" />
        <source>%1: failed: %2</source>
        <translation>%1: failed: %2</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="52" />
        <source>%1: cancelled</source>
        <translation>%1: cancelled</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="81" />
        <source>Waiting…</source>
        <translation>Waiting…</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="107" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="108" />
        <source>Stop this evaluation; finished parts are kept</source>
        <translation>Stop this evaluation; finished parts are kept</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="96" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="141" />
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::LiveParametersBar</name>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="103" />
        <source>&amp;k:</source>
        <translation>&amp;k:</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="104" />
        <source>Neighbourhood size for precision, recall, density, coverage and realism, recomputed from the run's stored neighbours</source>
        <translation>Neighbourhood size for precision, recall, density, coverage and realism, recomputed from the run's stored neighbours</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="106" />
        <source>&amp;Memorisation factor:</source>
        <translation>&amp;Memorisation factor:</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="107" />
        <source>A generated sample is a likely copy when its nearest real sample is closer than this factor times the median real–real nearest distance</source>
        <translation>A generated sample is a likely copy when its nearest real sample is closer than this factor times the median real–real nearest distance</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="110" />
        <source>Realism &amp;threshold:</source>
        <translation>Realism &amp;threshold:</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="111" />
        <source>Generated samples with a realism score below this are flagged (below 1: outside every kept real neighbourhood)</source>
        <translation>Generated samples with a realism score below this are flagged (below 1: outside every kept real neighbourhood)</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="113" />
        <source>&amp;Highlight:</source>
        <translation>&amp;Highlight:</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="117" />
        <source>Nothing</source>
        <translation>Nothing</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="118" />
        <source>Low realism</source>
        <translation>Low realism</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="119" />
        <source>Likely copies</source>
        <translation>Likely copies</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="120" />
        <source>Outside the other set's manifold</source>
        <translation>Outside the other set's manifold</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="123" />
        <source>Samples flagged at the current parameters are marked red in the grids and on the feature map</source>
        <translation>Samples flagged at the current parameters are marked red in the grids and on the feature map</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="125" />
        <source>&amp;Reset to the run's values</source>
        <translation>&amp;Reset to the run's values</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/gui.cpp" line="58" />
        <location filename="../widgets/gui.cpp" line="163" />
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="58" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="62" />
        <source>Writing the report of run %1…</source>
        <translation>Writing the report of run %1…</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="159" />
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="164" />
        <source>Could not write the report: %1</source>
        <translation>Could not write the report: %1</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="71" />
        <location filename="../widgets/gui.cpp" line="85" />
        <source>Demo project</source>
        <translation>Demo project</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="49" />
        <source>GenLens projects (*.genlens)</source>
        <translation>GenLens projects (*.genlens)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="278" />
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="279" />
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="314" />
        <location filename="../widgets/mainwindow.cpp" line="564" />
        <source>GenLens</source>
        <translation>GenLens</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="273" />
        <source>&amp;Metrics</source>
        <translation>&amp;Metrics</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="275" />
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="276" />
        <source>&amp;Distributions</source>
        <translation>&amp;Distributions</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="277" />
        <source>R&amp;uns compared</source>
        <translation>R&amp;uns compared</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="184" />
        <source>Evaluation failed</source>
        <translation>Evaluation failed</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="274" />
        <source>&amp;Slices</source>
        <translation>&amp;Slices</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="281" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="282" />
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="283" />
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="284" />
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="285" />
        <source>New e&amp;valuation…</source>
        <translation>New e&amp;valuation…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="286" />
        <source>&amp;Export report…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="287" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="288" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="292" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="293" />
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="294" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="295" />
        <source>&amp;About GenLens</source>
        <translation>&amp;About GenLens</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="296" />
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="323" />
        <source>Could not open the project</source>
        <translation>Could not open the project</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="593" />
        <source>Evaluation in progress · %1 real · %2 generated</source>
        <translation>Evaluation in progress · %1 real · %2 generated</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="596" />
        <source>Finished, not stored · %1 real · %2 generated</source>
        <translation>Finished, not stored · %1 real · %2 generated</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="315" />
        <source>%1 — GenLens</source>
        <translation>%1 — GenLens</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="390" />
        <source>Could not load run %1</source>
        <translation>Could not load run %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="450" />
        <source>Where should this evaluation be saved?</source>
        <translation>Where should this evaluation be saved?</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="507" />
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="520" />
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="537" />
        <source>Clear list</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="555" />
        <source>About GenLens</source>
        <translation>About GenLens</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="556" />
        <source>&lt;h3&gt;GenLens %1&lt;/h3&gt;&lt;p&gt;Compare what a generative model makes with the real thing: images, text and recommendation lists, side by side, with the metrics papers report.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GenLens %1&lt;/h3&gt;&lt;p&gt;Compare what a generative model makes with the real thing: images, text and recommendation lists, side by side, with the metrics papers report.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="573" />
        <source>No project open</source>
        <translation>No project open</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="574" />
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="578" />
        <source>Loading run %1…</source>
        <translation>Loading run %1…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="590" />
        <source>Run %1 · %2 real · %3 generated</source>
        <translation>Run %1 · %2 real · %3 generated</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::MetricsPage</name>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="29" />
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="31" />
        <source>%1 — %2 samples</source>
        <translation>%1 — %2 samples</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="34" />
        <source>%1 — %2 samples, %3 skipped</source>
        <translation>%1 — %2 samples, %3 skipped</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="118" />
        <source>The built-in extractor measures its own feature space: its FID, KID, precision and recall are good for comparing runs with each other, but are not comparable to numbers published with Inception features.</source>
        <translation>The built-in extractor measures its own feature space: its FID, KID, precision and recall are good for comparing runs with each other, but are not comparable to numbers published with Inception features.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="137" />
        <source>No run selected</source>
        <translation>No run selected</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="138" />
        <source>Open a project and pick a run in the side panel.</source>
        <translation>Open a project and pick a run in the side panel.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="155" />
        <source>Run %1 · %2 · %3</source>
        <translation>Run %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="161" />
        <source>Evaluation finished, not stored · %1</source>
        <translation>Evaluation finished, not stored · %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="166" />
        <source>Evaluation in progress · %1</source>
        <translation>Evaluation in progress · %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="171" />
        <source>%1 · live values at k = %2 (run used %3)</source>
        <translation>%1 · live values at k = %2 (run used %3)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="176" />
        <source>Real: %1</source>
        <translation>Real: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="177" />
        <source>Generated: %1</source>
        <translation>Generated: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="179" />
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="189" />
        <source>Extractor: %1 (%2 dimensions)</source>
        <translation>Extractor: %1 (%2 dimensions)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="190" />
        <source>Extractor: %1</source>
        <translation>Extractor: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="196" />
        <source>Feature space: %1</source>
        <translation>Feature space: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="197" />
        <source>Feature space: %1 (%2)</source>
        <translation>Feature space: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="208" />
        <source>Settings: %1</source>
        <translation>Settings: %1</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::NewEvaluationDialog</name>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="36" />
        <source>E&amp;xtractor:</source>
        <translation>E&amp;xtractor:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="45" />
        <source>New evaluation</source>
        <translation>New evaluation</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="48" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="51" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="54" />
        <source>Recommendation lists</source>
        <translation>Recommendation lists</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="56" />
        <source>Built-in (no weights; not comparable to published FIDs)</source>
        <translation>Built-in (no weights; not comparable to published FIDs)</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="59" />
        <source>ONNX network (Inception preset: FID as pytorch-fid)</source>
        <translation>ONNX network (Inception preset: FID as pytorch-fid)</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="61" />
        <source>ONNX network (DINOv2 preset: FD_DINOv2 as dgm-eval)</source>
        <translation>ONNX network (DINOv2 preset: FD_DINOv2 as dgm-eval)</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="63" />
        <source>ONNX network (CLIP preset: CMMD)</source>
        <translation>ONNX network (CLIP preset: CMMD)</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="64" />
        <source>inception.onnx</source>
        <translation>inception.onnx</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="67" />
        <source>Neighbourhood size for precision, recall, density and coverage</source>
        <translation>Neighbourhood size for precision, recall, density and coverage</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="69" />
        <source>Seed of every random choice (KID subsets)</source>
        <translation>Seed of every random choice (KID subsets)</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="71" />
        <source>All cores</source>
        <translation>All cores</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="72" />
        <source>Worker threads for the heavy stages</source>
        <translation>Worker threads for the heavy stages</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="73" />
        <source>Only the checked metrics are computed (Space toggles)</source>
        <translation>Only the checked metrics are computed (Space toggles)</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="77" />
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="82" />
        <source>&amp;Modality:</source>
        <translation>&amp;Modality:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="92" />
        <source>&amp;k:</source>
        <translation>&amp;k:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="95" />
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="98" />
        <source>T&amp;hreads:</source>
        <translation>T&amp;hreads:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="101" />
        <source>Metr&amp;ics:</source>
        <translation>Metr&amp;ics:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="136" />
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="139" />
        <source>Choose a folder</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="146" />
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="148" />
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="162" />
        <source>&amp;Ground truth:</source>
        <translation>&amp;Ground truth:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="162" />
        <source>&amp;Real samples:</source>
        <translation>&amp;Real samples:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="163" />
        <source>Reco&amp;mmendations:</source>
        <translation>Reco&amp;mmendations:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="163" />
        <source>&amp;Generated samples:</source>
        <translation>&amp;Generated samples:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="164" />
        <source>&amp;Training interactions (optional):</source>
        <translation>&amp;Training interactions (optional):</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="165" />
        <source>Re&amp;ferences (optional):</source>
        <translation>Re&amp;ferences (optional):</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="197" />
        <source>Always computed</source>
        <translation>Always computed</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="288" />
        <source>Choose the ONNX file.</source>
        <translation>Choose the ONNX file.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="295" />
        <source>Choose at least one metric.</source>
        <translation>Choose at least one metric.</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::RunComparisonPage</name>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="267" />
        <source>Run &amp;A:</source>
        <translation>Run &amp;A:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="268" />
        <source>Run &amp;B:</source>
        <translation>Run &amp;B:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="269" />
        <source>Metric table</source>
        <translation>Metric table</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="270" />
        <source>Score distributions</source>
        <translation>Score distributions</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="271" />
        <source>Changed most</source>
        <translation>Changed most</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="272" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="273" />
        <source>S&amp;et:</source>
        <translation>S&amp;et:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="274" />
        <source>&amp;Score:</source>
        <translation>&amp;Score:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="275" />
        <source>Se&amp;t:</source>
        <translation>Se&amp;t:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="276" />
        <source>Sc&amp;ore:</source>
        <translation>Sc&amp;ore:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="277" />
        <source>M&amp;etric:</source>
        <translation>M&amp;etric:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="279" />
        <source>Double-click or press Enter to open run B's sample in the Sample panel.</source>
        <translation>Double-click or press Enter to open run B's sample in the Sample panel.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="312" />
        <source>Run %1 · %2: %3</source>
        <translation>Run %1 · %2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="314" />
        <source>Run %1 · %2 — %3</source>
        <translation>Run %1 · %2 — %3</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="323" />
        <source>Ground-truth users</source>
        <translation>Ground-truth users</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="323" />
        <source>Recommendation lists</source>
        <translation>Recommendation lists</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="325" />
        <source>Real set</source>
        <translation>Real set</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="325" />
        <source>Generated set</source>
        <translation>Generated set</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="624" />
        <source>The project needs two runs to compare.</source>
        <translation>The project needs two runs to compare.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="642" />
        <source>The runs use different real sets: differences mix the models with the data, so only the metric table is shown.</source>
        <translation>The runs use different real sets: differences mix the models with the data, so only the metric table is shown.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="663" />
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="733" />
        <source>The two runs have no per-sample score in common.</source>
        <translation>The two runs have no per-sample score in common.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="674" />
        <source>A: %1 (%2)</source>
        <translation>A: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="681" />
        <source>B: %1 (%2)</source>
        <translation>B: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="685" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="689" />
        <source>Share of the set (%)</source>
        <translation>Share of the set (%)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="709" />
        <source>KS statistic between A and B: n/a (a run has no defined value)</source>
        <translation>KS statistic between A and B: n/a (a run has no defined value)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="710" />
        <source>KS statistic between A and B: D = %1 (0: same distribution, 1: disjoint)</source>
        <translation>KS statistic between A and B: D = %1 (0: same distribution, 1: disjoint)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="712" />
        <source>%1 · %2 shared bins over all %3 values of A and %4 of B</source>
        <translation>%1 · %2 shared bins over all %3 values of A and %4 of B</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="740" />
        <source>the shared real set pairs each sample with itself</source>
        <translation>the shared real set pairs each sample with itself</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="743" />
        <source>images are paired when their content is identical</source>
        <translation>images are paired when their content is identical</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="746" />
        <source>texts are paired when they are identical</source>
        <translation>texts are paired when they are identical</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="749" />
        <source>lists are paired by user id</source>
        <translation>lists are paired by user id</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="752" />
        <source>these samples cannot be paired</source>
        <translation>these samples cannot be paired</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="757" />
        <source>No sample of run B's %1 is also in run A's (%2), so nothing can be compared sample by sample. The Distributions tab compares the sets as wholes.</source>
        <translation>No sample of run B's %1 is also in run A's (%2), so nothing can be compared sample by sample. The Distributions tab compares the sets as wholes.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="762" />
        <source>%1 of run B's %2 samples are paired with run A's %3 (%4).</source>
        <translation>%1 of run B's %2 samples are paired with run A's %3 (%4).</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="767" />
        <source>%1 pairs without a value on one side are left out.</source>
        <translation>%1 pairs without a value on one side are left out.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="771" />
        <source>Largest change first; double-click or Enter opens run B's sample.</source>
        <translation>Largest change first; double-click or Enter opens run B's sample.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="781" />
        <source>No finished run on this real set has a metric.</source>
        <translation>No finished run on this real set has a metric.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="788" />
        <source>%1, every finished run on this real set</source>
        <translation>%1, every finished run on this real set</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="791" />
        <source>Other runs</source>
        <translation>Other runs</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="796" />
        <source>A: run %1</source>
        <translation>A: run %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="801" />
        <source>B: run %1</source>
        <translation>B: run %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="839" />
        <source>Run %1%2
%3 = %4
started %5</source>
        <translation>Run %1%2
%3 = %4
started %5</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="862" />
        <source>Finished runs on this real set, oldest first</source>
        <translation>Finished runs on this real set, oldest first</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="880" />
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="883" />
        <source>lower is better</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="886" />
        <source>no better direction is known</source>
        <translation>no better direction is known</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="889" />
        <source>%1 over the %2 finished runs on this real set, in the order they ran (%3). Hover a point for its run.</source>
        <translation>%1 over the %2 finished runs on this real set, in the order they ran (%3). Hover a point for its run.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="525" />
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="821" />
        <source>run %1</source>
        <translation>run %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="632" />
        <source>Loading runs %1 and %2…</source>
        <translation>Loading runs %1 and %2…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="638" />
        <source>A and B are the same run.</source>
        <translation>A and B are the same run.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="640" />
        <source>The runs are of different modalities; only shared metrics are comparable.</source>
        <translation>The runs are of different modalities; only shared metrics are comparable.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="645" />
        <source>Same real set: differences come from the generated sets (the models).</source>
        <translation>Same real set: differences come from the generated sets (the models).</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="651" />
        <source>The extractors differ (%1, %2): feature-space metrics are not comparable.</source>
        <translation>The extractors differ (%1, %2): feature-space metrics are not comparable.</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::SidePanel</name>
    <message>
        <location filename="../widgets/sidepanel.cpp" line="55" />
        <source>&amp;Sample sets</source>
        <translation>&amp;Sample sets</translation>
    </message>
    <message>
        <location filename="../widgets/sidepanel.cpp" line="56" />
        <source>&amp;Runs</source>
        <translation>&amp;Runs</translation>
    </message>
    <message>
        <location filename="../widgets/sidepanel.cpp" line="57" />
        <source>No project open. Use File → Open… or File → New project…</source>
        <translation>No project open. Use File → Open… or File → New project…</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::SlicesPage</name>
    <message>
        <location filename="../widgets/pages/slicespage.cpp" line="192" />
        <source>%1: %2 real (%3 %), %4 generated (%5 %). Click to show its samples.</source>
        <translation>%1: %2 real (%3 %), %4 generated (%5 %). Click to show its samples.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/slicespage.cpp" line="211" />
        <source>Show &amp;all samples</source>
        <translation>Show &amp;all samples</translation>
    </message>
    <message>
        <location filename="../widgets/pages/slicespage.cpp" line="212" />
        <source>Clear the slice: Compare and the feature map show every sample again (Esc).</source>
        <translation>Clear the slice: Compare and the feature map show every sample again (Esc).</translation>
    </message>
    <message>
        <location filename="../widgets/pages/slicespage.cpp" line="215" />
        <source>No run selected.</source>
        <translation>No run selected.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/slicespage.cpp" line="218" />
        <source>This run has no slices. To see where the model falls short (which class, prompt type or user group) and which modes it dropped, evaluate with --slice-by folder|field:NAME|column:NAME|users:activity|clusters:K, or choose how to slice in File → New evaluation…</source>
        <translation>This run has no slices. To see where the model falls short (which class, prompt type or user group) and which modes it dropped, evaluate with --slice-by folder|field:NAME|column:NAME|users:activity|clusters:K, or choose how to slice in File → New evaluation…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/slicespage.cpp" line="223" />
        <source>Slices by %1 (%2). The chart shows each slice's share of the real and of the generated set, dropped modes at the top; the table gives every metric per slice, worst first. Greyed numbers are unreliable at the slice's size (hover for why). Choose a slice to show only its samples in Compare and on the feature map.</source>
        <translation>Slices by %1 (%2). The chart shows each slice's share of the real and of the generated set, dropped modes at the top; the table gives every metric per slice, worst first. Greyed numbers are unreliable at the slice's size (hover for why). Choose a slice to show only its samples in Compare and on the feature map.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/slicespage.cpp" line="342" />
        <source>Click a row or a bar (or move with the arrow keys) to show only that slice's samples in Compare and on the feature map. Click a column header to sort by it, worst first.</source>
        <translation>Click a row or a bar (or move with the arrow keys) to show only that slice's samples in Compare and on the feature map. Click a column header to sort by it, worst first.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/slicespage.cpp" line="349" />
        <source>Slice “%1”: Compare and the feature map show its %2 real and %3 generated samples.</source>
        <translation>Slice “%1”: Compare and the feature map show its %2 real and %3 generated samples.</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::StartPage</name>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="82" />
        <source>Welcome to GenLens</source>
        <translation>Welcome to GenLens</translation>
    </message>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="84" />
        <source>Load a set of real samples and a set of generated ones (images, text or recommendation lists) and see how close they are, which samples are bad, copied or missing, and why. Everything is kept in a project file.</source>
        <translation>Load a set of real samples and a set of generated ones (images, text or recommendation lists) and see how close they are, which samples are bad, copied or missing, and why. Everything is kept in a project file.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="87" />
        <source>Open the &amp;demo project</source>
        <translation>Open the &amp;demo project</translation>
    </message>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="88" />
        <source>Real and generated sets for all three modalities, already evaluated.</source>
        <translation>Real and generated sets for all three modalities, already evaluated.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="89" />
        <source>&amp;New evaluation…</source>
        <translation>&amp;New evaluation…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="91" />
        <source>Pick the real and generated sets; you choose where the project is saved.</source>
        <translation>Pick the real and generated sets; you choose where the project is saved.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="92" />
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="93" />
        <source>&amp;Recent projects</source>
        <translation>&amp;Recent projects</translation>
    </message>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="94" />
        <source>No recent projects yet.</source>
        <translation>No recent projects yet.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="119" />
        <source>%1 (missing)</source>
        <translation>%1 (missing)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="120" />
        <source>The file is no longer there.</source>
        <translation>The file is no longer there.</translation>
    </message>
</context>
</TS>