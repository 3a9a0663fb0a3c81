<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EvaluationRequest</name>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="12" />
        <source>%1: %2 vs %3</source>
        <translation>%1: %2 vs %3</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="19" />
        <source>Choose the ground truth.</source>
        <translation>Choose the ground truth.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="20" />
        <source>Choose the real samples.</source>
        <translation>Choose the real samples.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="23" />
        <source>Choose the recommendations.</source>
        <translation>Choose the recommendations.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="24" />
        <source>Choose the generated samples.</source>
        <translation>Choose the generated samples.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="28" />
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="32" />
        <source>k must be at least 1.</source>
        <translation>k must be at least 1.</translation>
    </message>
</context>
<context>
    <name>MetricMeaning</name>
    <message>
        <location filename="../app/models/metrictext.cpp" line="14" />
        <source>Frechet distance between Gaussian fits of real and generated features</source>
        <translation>Frechet distance between Gaussian fits of real and generated features</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="15" />
        <source>Unbiased squared MMD with a cubic polynomial kernel, mean over subsets</source>
        <translation>Unbiased squared MMD with a cubic polynomial kernel, mean over subsets</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="16" />
        <source>Inception Score: confident and varied classifier predictions</source>
        <translation>Inception Score: confident and varied classifier predictions</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="17" />
        <source>Share of generated samples inside the real manifold (fidelity)</source>
        <translation>Share of generated samples inside the real manifold (fidelity)</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="18" />
        <source>Share of real samples inside the generated manifold (diversity)</source>
        <translation>Share of real samples inside the generated manifold (diversity)</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="19" />
        <source>How many real neighbourhoods hold each generated sample, on average</source>
        <translation>How many real neighbourhoods hold each generated sample, on average</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="20" />
        <source>Share of real samples with a generated sample in their neighbourhood; for recommendations, share of the catalogue recommended at least once</source>
        <translation>Share of real samples with a generated sample in their neighbourhood; for recommendations, share of the catalogue recommended at least once</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="21" />
        <source>Effective number of distinct real samples (Vendi score)</source>
        <translation>Effective number of distinct real samples (Vendi score)</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="22" />
        <source>Effective number of distinct generated samples (Vendi score)</source>
        <translation>Effective number of distinct generated samples (Vendi score)</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="23" />
        <source>Share of generated samples that look like copies of a real sample</source>
        <translation>Share of generated samples that look like copies of a real sample</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="24" />
        <source>Corpus BLEU against the references (sacrebleu)</source>
        <translation>Corpus BLEU against the references (sacrebleu)</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="25" />
        <source>Character 6-gram F-score against the references</source>
        <translation>Character 6-gram F-score against the references</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="26" />
        <source>Longest-common-subsequence F-measure</source>
        <translation>Longest-common-subsequence F-measure</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="27" />
        <source>BLEU-4 of each generated sample against the others: lower is more diverse</source>
        <translation>BLEU-4 of each generated sample against the others: lower is more diverse</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="28" />
        <source>Self-BLEU with bigrams</source>
        <translation>Self-BLEU with bigrams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="29" />
        <source>Self-BLEU with trigrams</source>
        <translation>Self-BLEU with trigrams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="30" />
        <source>Self-BLEU with 5-grams</source>
        <translation>Self-BLEU with 5-grams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="31" />
        <source>Unique unigrams / all unigrams</source>
        <translation>Unique unigrams / all unigrams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="32" />
        <source>Unique bigrams / all bigrams</source>
        <translation>Unique bigrams / all bigrams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="33" />
        <source>Unique trigrams / all trigrams</source>
        <translation>Unique trigrams / all trigrams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="34" />
        <source>Unique 4-grams / all 4-grams</source>
        <translation>Unique 4-grams / all 4-grams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="35" />
        <source>Shannon entropy (nats) of pooled unigrams</source>
        <translation>Shannon entropy (nats) of pooled unigrams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="36" />
        <source>Shannon entropy (nats) of pooled bigrams</source>
        <translation>Shannon entropy (nats) of pooled bigrams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="37" />
        <source>Shannon entropy (nats) of pooled trigrams</source>
        <translation>Shannon entropy (nats) of pooled trigrams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="38" />
        <source>Shannon entropy (nats) of pooled 4-grams</source>
        <translation>Shannon entropy (nats) of pooled 4-grams</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="39" />
        <source>Mean within-sample repeated 4-gram share (seq-rep-4)</source>
        <translation>Mean within-sample repeated 4-gram share (seq-rep-4)</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="40" />
        <source>Mean tokens per generated sample</source>
        <translation>Mean tokens per generated sample</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="41" />
        <source>Mean tokens per real sample</source>
        <translation>Mean tokens per real sample</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="42" />
        <source>KS statistic of generated vs real lengths</source>
        <translation>KS statistic of generated vs real lengths</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="43" />
        <source>Generated samples (at least 4 tokens) wholly inside a real sample</source>
        <translation>Generated samples (at least 4 tokens) wholly inside a real sample</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="44" />
        <source>Perplexity of generated text under a model of real text (fluency)</source>
        <translation>Perplexity of generated text under a model of real text (fluency)</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="45" />
        <source>Perplexity of real text under a model of generated text (coverage)</source>
        <translation>Perplexity of real text under a model of generated text (coverage)</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="46" />
        <source>Area under the divergence frontier of real and generated embeddings</source>
        <translation>Area under the divergence frontier of real and generated embeddings</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="47" />
        <source>Relevant items among the top k</source>
        <translation>Relevant items among the top k</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="48" />
        <source>Share of relevant items found in the top k</source>
        <translation>Share of relevant items found in the top k</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="49" />
        <source>Rank-discounted gain relative to the ideal list</source>
        <translation>Rank-discounted gain relative to the ideal list</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="50" />
        <source>Mean average precision to rank k</source>
        <translation>Mean average precision to rank k</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="51" />
        <source>Users with at least one hit in the top k</source>
        <translation>Users with at least one hit in the top k</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="52" />
        <source>Mean reciprocal rank of the first hit</source>
        <translation>Mean reciprocal rank of the first hit</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="53" />
        <source>Concentration of recommendations on few items (0 even, 1 concentrated)</source>
        <translation>Concentration of recommendations on few items (0 even, 1 concentrated)</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="54" />
        <source>Shannon entropy of recommendation counts, in bits</source>
        <translation>Shannon entropy of recommendation counts, in bits</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="55" />
        <source>Mean self-information of recommended items, in bits</source>
        <translation>Mean self-information of recommended items, in bits</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="56" />
        <source>Mean dissimilarity of items within a list</source>
        <translation>Mean dissimilarity of items within a list</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="57" />
        <source>Average training popularity of recommended items</source>
        <translation>Average training popularity of recommended items</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="58" />
        <source>Share of recommendations from the long tail</source>
        <translation>Share of recommendations from the long tail</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="59" />
        <source>Relevant recommendations a popularity baseline would not make</source>
        <translation>Relevant recommendations a popularity baseline would not make</translation>
    </message>
</context>
<context>
    <name>ScoreName</name>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="207" />
        <source>Realism</source>
        <translation>Realism</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="208" />
        <location filename="../app/models/sampletablemodel.cpp" line="227" />
        <source>Distance to nearest real</source>
        <translation>Distance to nearest real</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="209" />
        <location filename="../app/models/sampletablemodel.cpp" line="229" />
        <source>Nearest / second-nearest ratio</source>
        <translation>Nearest / second-nearest ratio</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="210" />
        <source>Sharpness</source>
        <translation>Sharpness</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="211" />
        <location filename="../app/models/sampletablemodel.cpp" line="212" />
        <source>Colourfulness</source>
        <translation>Colourfulness</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="213" />
        <location filename="../app/models/sampletablemodel.cpp" line="244" />
        <source>Brightness</source>
        <translation>Brightness</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="214" />
        <location filename="../app/models/sampletablemodel.cpp" line="245" />
        <source>Clipped pixels</source>
        <translation>Clipped pixels</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="215" />
        <source>Noise</source>
        <translation>Noise</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="216" />
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="217" />
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="218" />
        <source>Aspect ratio</source>
        <translation>Aspect ratio</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="219" />
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="220" />
        <source>Perplexity</source>
        <translation>Perplexity</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="221" />
        <source>Self-BLEU</source>
        <translation>Self-BLEU</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="222" />
        <location filename="../app/models/sampletablemodel.cpp" line="236" />
        <source>Sentence BLEU</source>
        <translation>Sentence BLEU</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="223" />
        <source>NDCG</source>
        <translation>NDCG</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="224" />
        <source>Hits</source>
        <translation>Hits</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="225" />
        <source>Novelty</source>
        <translation>Novelty</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="226" />
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="228" />
        <source>Distance to nearest generated</source>
        <translation>Distance to nearest generated</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="230" />
        <source>Looks copied</source>
        <translation>Looks copied</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="231" />
        <source>Inside real manifold</source>
        <translation>Inside real manifold</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="232" />
        <source>Inside generated manifold</source>
        <translation>Inside generated manifold</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="233" />
        <source>Real neighbourhoods containing it</source>
        <translation>Real neighbourhoods containing it</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="234" />
        <location filename="../app/models/sampletablemodel.cpp" line="235" />
        <source>k-NN radius</source>
        <translation>k-NN radius</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="237" />
        <source>BLEU against real</source>
        <translation>BLEU against real</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="238" />
        <source>Repetition</source>
        <translation>Repetition</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="239" />
        <source>Overlap with nearest real</source>
        <translation>Overlap with nearest real</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="240" />
        <source>Relevant items</source>
        <translation>Relevant items</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="241" />
        <source>History length</source>
        <translation>History length</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="242" />
        <source>List length</source>
        <translation>List length</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="243" />
        <source>Serendipity</source>
        <translation>Serendipity</translation>
    </message>
</context>
<context>
    <name>TextEvaluateCommand</name>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="24" />
        <source>Real (reference-distribution) texts: .txt, .jsonl, .csv or .tsv.</source>
        <translation>Real (reference-distribution) texts: .txt, .jsonl, .csv or .tsv.</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="25" />
        <location filename="../app/cli/textcommand.cpp" line="27" />
        <location filename="../app/cli/textcommand.cpp" line="31" />
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="27" />
        <source>Generated texts (same formats).</source>
        <translation>Generated texts (same formats).</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="29" />
        <source>References aligned line by line with the generated file, for BLEU, chrF and ROUGE-L; repeat for several references.</source>
        <translation>References aligned line by line with the generated file, for BLEU, chrF and ROUGE-L; repeat for several references.</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="33" />
        <source>Tokenizer (sacrebleu): 13a, intl, zh, char, none or auto.</source>
        <translation>Tokenizer (sacrebleu): 13a, intl, zh, char, none or auto.</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="34" />
        <location filename="../app/cli/textcommand.cpp" line="36" />
        <location filename="../app/cli/textcommand.cpp" line="39" />
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="35" />
        <source>JSON Lines field holding the text.</source>
        <translation>JSON Lines field holding the text.</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="38" />
        <source>CSV/TSV column holding the text (name or 1-based number).</source>
        <translation>CSV/TSV column holding the text (name or 1-based number).</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="41" />
        <source>Order of the Kneser-Ney language model for perplexity.</source>
        <translation>Order of the Kneser-Ney language model for perplexity.</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="41" />
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="44" />
        <source>Neighbourhood size for precision/recall/density/coverage on text embeddings.</source>
        <translation>Neighbourhood size for precision/recall/density/coverage on text embeddings.</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="46" />
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="56" />
        <source>evaluate text needs --real and --generated</source>
        <translation>evaluate text needs --real and --generated</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="67" />
        <source>--lm-order must be an integer from 1 to 10, got "%1"</source>
        <translation>--lm-order must be an integer from 1 to 10, got "%1"</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="73" />
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
        <location filename="../app/cli/textcommand.cpp" line="109" />
        <source>features text needs --input and --out</source>
        <translation>features text needs --input and --out</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="115" />
        <source>--dim must be an integer from 1 to 65536, got "%1"</source>
        <translation>--dim must be an integer from 1 to 65536, got "%1"</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="124" />
        <source>%1: no usable text samples (%2 records skipped)</source>
        <translation>%1: no usable text samples (%2 records skipped)</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="136" />
        <source>%1: cannot write (%2)</source>
        <translation>%1: cannot write (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="138" />
        <source>%1: %2 x %3 %4 features from %5</source>
        <translation>%1: %2 x %3 %4 features from %5</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="144" />
        <source> (%1 records skipped; first at line %2: %3)</source>
        <translation> (%1 records skipped; first at line %2: %3)</translation>
    </message>
</context>
<context>
    <name>genlens</name>
    <message>
        <location filename="../widgets/gui.cpp" line="73" />
        <source>Compare real and generated samples.</source>
        <translation>Compare real and generated samples.</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="77" />
        <source>Open the bundled demo project.</source>
        <translation>Open the bundled demo project.</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="80" />
        <source>Save a PNG of every page into DIR, then quit.</source>
        <translation>Save a PNG of every page into DIR, then quit.</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="84" />
        <source>Interface language for this session (en, zh_CN).</source>
        <translation>Interface language for this session (en, zh_CN).</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="90" />
        <source>A .genlens project file.</source>
        <translation>A .genlens project file.</translation>
    </message>
</context>
<context>
    <name>genlens::app::CopiesModel</name>
    <message>
        <location filename="../app/models/copiesmodel.cpp" line="132" />
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../app/models/copiesmodel.cpp" line="134" />
        <source>Nearest real</source>
        <translation>Nearest real</translation>
    </message>
    <message>
        <location filename="../app/models/copiesmodel.cpp" line="136" />
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../app/models/copiesmodel.cpp" line="138" />
        <source>Nearest / second ratio</source>
        <translation>Nearest / second ratio</translation>
    </message>
</context>
<context>
    <name>genlens::app::JobQueue</name>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="155" />
        <source>OpenCV error in %1: %2</source>
        <translation>OpenCV error in %1: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="158" />
        <source>Out of memory</source>
        <translation>Out of memory</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="164" />
        <location filename="../app/jobs/jobqueue.cpp" line="167" />
        <source>Unknown error</source>
        <translation>Unknown error</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="172" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>genlens::app::MetricsModel</name>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="31" />
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="84" />
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="87" />
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="94" />
        <source>Range: %1 to %2</source>
        <translation>Range: %1 to %2</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="135" />
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="137" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="139" />
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="141" />
        <source>Better</source>
        <translation>Better</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="143" />
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
        <location filename="../app/models/neighbourlistmodel.cpp" line="66" />
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../app/models/neighbourlistmodel.cpp" line="66" />
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../app/models/neighbourlistmodel.cpp" line="70" />
        <source>lists this as #%1</source>
        <translation>lists this as #%1</translation>
    </message>
    <message>
        <location filename="../app/models/neighbourlistmodel.cpp" line="71" />
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
        <location filename="../app/models/runcomparisonmodel.cpp" line="96" />
        <source>B better</source>
        <translation>B better</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="96" />
        <source>B worse</source>
        <translation>B worse</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="123" />
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="125" />
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="125" />
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="127" />
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="127" />
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="129" />
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="131" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
</context>
<context>
    <name>genlens::app::RunListModel</name>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="42" />
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="44" />
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="46" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="48" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="50" />
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="58" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="61" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="64" />
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="89" />
        <source>Run %1 · %2</source>
        <translation>Run %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="98" />
        <source>Real: %1
Generated: %2</source>
        <translation>Real: %1
Generated: %2</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="99" />
        <location filename="../app/models/runlistmodel.cpp" line="100" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="102" />
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="128" />
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="130" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="132" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
</context>
<context>
    <name>genlens::app::SampleDetailModel</name>
    <message>
        <location filename="../app/models/sampledetailmodel.cpp" line="76" />
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../app/models/sampledetailmodel.cpp" line="78" />
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../app/models/sampledetailmodel.cpp" line="83" />
        <source>Share of this set's samples with a score at or below this one</source>
        <translation>Share of this set's samples with a score at or below this one</translation>
    </message>
    <message>
        <location filename="../app/models/sampledetailmodel.cpp" line="107" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../app/models/sampledetailmodel.cpp" line="109" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../app/models/sampledetailmodel.cpp" line="111" />
        <source>Percentile in set</source>
        <translation>Percentile in set</translation>
    </message>
</context>
<context>
    <name>genlens::app::SampleSetModel</name>
    <message>
        <location filename="../app/models/samplesetmodel.cpp" line="65" />
        <source>%1
%2, %3 samples, %4 skipped</source>
        <translation>%1
%2, %3 samples, %4 skipped</translation>
    </message>
    <message>
        <location filename="../app/models/samplesetmodel.cpp" line="93" />
        <source>Sample set</source>
        <translation>Sample set</translation>
    </message>
    <message>
        <location filename="../app/models/samplesetmodel.cpp" line="95" />
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location filename="../app/models/samplesetmodel.cpp" line="97" />
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
</context>
<context>
    <name>genlens::app::SampleTableModel</name>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="183" />
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::ComparePage</name>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="90" />
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="91" />
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="92" />
        <source>Missing modes</source>
        <translation>Missing modes</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="96" />
        <source>Side by side: both sets as grids. Copies: generated samples with their nearest real one, closest first. Missing modes: real samples no generated sample covers.</source>
        <translation>Side by side: both sets as grids. Copies: generated samples with their nearest real one, closest first. Missing modes: real samples no generated sample covers.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="100" />
        <location filename="../widgets/pages/comparepage.cpp" line="181" />
        <source>↓ Descending</source>
        <translation>↓ Descending</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="109" />
        <source>Filter by name…</source>
        <translation>Filter by name…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="114" />
        <source>Thumbnail size</source>
        <translation>Thumbnail size</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="118" />
        <source>&amp;View:</source>
        <translation>&amp;View:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="120" />
        <source>S&amp;ort by:</source>
        <translation>S&amp;ort by:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="122" />
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="124" />
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="144" />
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="145" />
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="181" />
        <source>↑ Ascending</source>
        <translation>↑ Ascending</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pages/comparepage.cpp" line="316" />
        <source>%n generated sample(s) with their nearest real sample, closest (most suspicious) first.</source>
        <translation><numerusform>%n generated sample with their nearest real sample, closest (most suspicious) first.</numerusform><numerusform>%n generated samples with their nearest real sample, closest (most suspicious) first.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pages/comparepage.cpp" line="322" />
        <source>%n real sample(s) outside every generated k-NN ball, farthest from the generated set first.</source>
        <translation><numerusform>%n real sample outside every generated k-NN ball, farthest from the generated set first.</numerusform><numerusform>%n real samples outside every generated k-NN ball, farthest from the generated set first.</numerusform></translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="326" />
        <source>This run has no coverage score per real sample: real samples are ranked by the distance to their nearest generated sample, farthest first.</source>
        <translation>This run has no coverage score per real sample: real samples are ranked by the distance to their nearest generated sample, farthest first.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="350" />
        <source>Set order</source>
        <translation>Set order</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="351" />
        <source>No score filter</source>
        <translation>No score filter</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="419" />
        <source>%1 — %2 samples</source>
        <translation>%1 — %2 samples</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="420" />
        <source>%1 — %2 of %3 samples</source>
        <translation>%1 — %2 of %3 samples</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::DistributionsPage</name>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="64" />
        <source>&amp;Score:</source>
        <translation>&amp;Score:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="118" />
        <source>This run has no per-sample scores.</source>
        <translation>This run has no per-sample scores.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="119" />
        <source>No run selected.</source>
        <translation>No run selected.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="127" />
        <source>Real (%1)</source>
        <translation>Real (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="133" />
        <source>Generated (%1)</source>
        <translation>Generated (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="140" />
        <source>Share of the set (%)</source>
        <translation>Share of the set (%)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="154" />
        <source>KS statistic: n/a (the score exists for one set only)</source>
        <translation>KS statistic: n/a (the score exists for one set only)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="155" />
        <source>KS statistic D = %1</source>
        <translation>KS statistic D = %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="156" />
        <source>%1 · %2 bins over all %3 real and %4 generated values (no subsampling)</source>
        <translation>%1 · %2 bins over all %3 real and %4 generated values (no subsampling)</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::DrillDownPanel</name>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="104" />
        <source>&amp;Scores</source>
        <translation>&amp;Scores</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="106" />
        <source>&amp;Nearest neighbours</source>
        <translation>&amp;Nearest neighbours</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="137" />
        <source>No sample selected</source>
        <translation>No sample selected</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="138" />
        <source>Click a sample in the Compare view to see it here.</source>
        <translation>Click a sample in the Compare view to see it here.</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="160" />
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="160" />
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="161" />
        <source>%1 sample %2: %3</source>
        <translation>%1 sample %2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="206" />
        <source>Nearest sample in the other set:</source>
        <translation>Nearest sample in the other set:</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="238" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::JobsStrip</name>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="42" />
        <source>%1: finished</source>
        <translation>%1: finished</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="46" />
        <source>%1: failed: %2</source>
        <translation>%1: failed: %2</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="50" />
        <source>%1: cancelled</source>
        <translation>%1: cancelled</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="79" />
        <source>Waiting…</source>
        <translation>Waiting…</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="85" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="86" />
        <source>Stop this evaluation; finished parts are kept</source>
        <translation>Stop this evaluation; finished parts are kept</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="95" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="123" />
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/gui.cpp" line="116" />
        <source>Demo project</source>
        <translation>Demo project</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="117" />
        <source>This build has no demo project.</source>
        <translation>This build has no demo project.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="38" />
        <source>GenLens projects (*.genlens)</source>
        <translation>GenLens projects (*.genlens)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="55" />
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="56" />
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="60" />
        <location filename="../widgets/mainwindow.cpp" line="349" />
        <source>GenLens</source>
        <translation>GenLens</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="63" />
        <source>&amp;Metrics</source>
        <translation>&amp;Metrics</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="64" />
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="65" />
        <source>&amp;Distributions</source>
        <translation>&amp;Distributions</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="66" />
        <source>R&amp;uns compared</source>
        <translation>R&amp;uns compared</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="109" />
        <source>Evaluation failed</source>
        <translation>Evaluation failed</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="135" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="136" />
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="138" />
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="140" />
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="144" />
        <source>New e&amp;valuation…</source>
        <translation>New e&amp;valuation…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="145" />
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="147" />
        <source>&amp;Export report…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="148" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="151" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="155" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="164" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="171" />
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="183" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="184" />
        <source>&amp;About GenLens</source>
        <translation>&amp;About GenLens</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="186" />
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="194" />
        <source>Could not open the project</source>
        <translation>Could not open the project</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="200" />
        <source>%1 — GenLens</source>
        <translation>%1 — GenLens</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="225" />
        <source>Could not load run %1</source>
        <translation>Could not load run %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="294" />
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="306" />
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="323" />
        <source>Clear list</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="333" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="334" />
        <source>The new language is used the next time GenLens starts.</source>
        <translation>The new language is used the next time GenLens starts.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="340" />
        <source>About GenLens</source>
        <translation>About GenLens</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="341" />
        <source>&lt;h3&gt;GenLens %1&lt;/h3&gt;&lt;p&gt;Compare what a generative model makes with the real thing: images, text and recommendation lists, side by side, with the metrics papers report.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GenLens %1&lt;/h3&gt;&lt;p&gt;Compare what a generative model makes with the real thing: images, text and recommendation lists, side by side, with the metrics papers report.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="357" />
        <source>No project open</source>
        <translation>No project open</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="358" />
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="363" />
        <source>Run %1 · %2 real · %3 generated</source>
        <translation>Run %1 · %2 real · %3 generated</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::MetricsPage</name>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="23" />
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="25" />
        <source>%1 — %2 samples</source>
        <translation>%1 — %2 samples</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="27" />
        <source>%1 — %2 samples, %3 skipped</source>
        <translation>%1 — %2 samples, %3 skipped</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="78" />
        <source>The built-in extractor measures its own feature space: its FID, KID, precision and recall are good for comparing runs with each other, but are not comparable to numbers published with Inception features.</source>
        <translation>The built-in extractor measures its own feature space: its FID, KID, precision and recall are good for comparing runs with each other, but are not comparable to numbers published with Inception features.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="105" />
        <source>No run selected</source>
        <translation>No run selected</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="106" />
        <source>Open a project and pick a run in the side panel.</source>
        <translation>Open a project and pick a run in the side panel.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="120" />
        <source>Run %1 · %2 · %3</source>
        <translation>Run %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="126" />
        <source>Evaluation in progress · %1</source>
        <translation>Evaluation in progress · %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="128" />
        <source>Real: %1</source>
        <translation>Real: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="129" />
        <source>Generated: %1</source>
        <translation>Generated: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="131" />
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="141" />
        <source>Extractor: %1 (%2 dimensions)</source>
        <translation>Extractor: %1 (%2 dimensions)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="142" />
        <source>Extractor: %1</source>
        <translation>Extractor: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="150" />
        <source>Settings: %1</source>
        <translation>Settings: %1</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::NewEvaluationDialog</name>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="31" />
        <source>E&amp;xtractor:</source>
        <translation>E&amp;xtractor:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="37" />
        <source>New evaluation</source>
        <translation>New evaluation</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="40" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="43" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="46" />
        <source>Recommendation lists</source>
        <translation>Recommendation lists</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="48" />
        <source>Built-in (no weights; not comparable to published FIDs)</source>
        <translation>Built-in (no weights; not comparable to published FIDs)</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="50" />
        <source>ONNX network (Inception preset)</source>
        <translation>ONNX network (Inception preset)</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="51" />
        <source>inception.onnx</source>
        <translation>inception.onnx</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="54" />
        <source>Neighbourhood size for precision, recall, density and coverage</source>
        <translation>Neighbourhood size for precision, recall, density and coverage</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="56" />
        <source>Seed of every random choice (KID subsets)</source>
        <translation>Seed of every random choice (KID subsets)</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="59" />
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="64" />
        <source>&amp;Modality:</source>
        <translation>&amp;Modality:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="73" />
        <source>&amp;k:</source>
        <translation>&amp;k:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="76" />
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="106" />
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="108" />
        <source>Choose a folder</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="115" />
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="117" />
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="131" />
        <source>&amp;Ground truth:</source>
        <translation>&amp;Ground truth:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="131" />
        <source>&amp;Real samples:</source>
        <translation>&amp;Real samples:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="132" />
        <source>Reco&amp;mmendations:</source>
        <translation>Reco&amp;mmendations:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="132" />
        <source>&amp;Generated samples:</source>
        <translation>&amp;Generated samples:</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="133" />
        <source>&amp;Training interactions (optional):</source>
        <translation>&amp;Training interactions (optional):</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="134" />
        <source>Re&amp;ferences (optional):</source>
        <translation>Re&amp;ferences (optional):</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="186" />
        <source>Choose the ONNX file.</source>
        <translation>Choose the ONNX file.</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::RunComparisonPage</name>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="64" />
        <source>Run &amp;A:</source>
        <translation>Run &amp;A:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="66" />
        <source>Run &amp;B:</source>
        <translation>Run &amp;B:</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="123" />
        <source>The project needs two runs to compare.</source>
        <translation>The project needs two runs to compare.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="131" />
        <source>run %1</source>
        <translation>run %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="134" />
        <source>The runs are of different modalities; only shared metrics are comparable.</source>
        <translation>The runs are of different modalities; only shared metrics are comparable.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="136" />
        <source>The runs use different real sets: differences mix the models with the data.</source>
        <translation>The runs use different real sets: differences mix the models with the data.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="138" />
        <source>Same real set: differences come from the generated sets (the models).</source>
        <translation>Same real set: differences come from the generated sets (the models).</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="143" />
        <source>The extractors differ (%1, %2): feature-space metrics are not comparable.</source>
        <translation>The extractors differ (%1, %2): feature-space metrics are not comparable.</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="148" />
        <source>Could not load the runs: %1</source>
        <translation>Could not load the runs: %1</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::SidePanel</name>
    <message>
        <location filename="../widgets/sidepanel.cpp" line="36" />
        <source>&amp;Sample sets</source>
        <translation>&amp;Sample sets</translation>
    </message>
    <message>
        <location filename="../widgets/sidepanel.cpp" line="38" />
        <source>&amp;Runs</source>
        <translation>&amp;Runs</translation>
    </message>
    <message>
        <location filename="../widgets/sidepanel.cpp" line="40" />
        <source>No project open. Use File → Open… or File → New project…</source>
        <translation>No project open. Use File → Open… or File → New project…</translation>
    </message>
</context>
</TS>