<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="28" />
        <source>Builds the demo project: procedurally made real data, small generative models trained on it (PPCA images, trigram text, popularity and ALS recommenders) and their evaluations.</source>
        <translation>构建演示项目：程序生成的真实数据、在其上训练的小型生成模型（PPCA 图像、三元组文本、流行度和 ALS 推荐器）及其评估。</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="34" />
        <source>The project file to write (.genlens).</source>
        <translation>要写入的项目文件（.genlens）。</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="38" />
        <source>Also keep the demo data files in this folder (alone: write only them).</source>
        <translation>同时将演示数据文件保存在此文件夹中（单独使用时只写数据）。</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="41" />
        <source>Seed of the data and models (default 0).</source>
        <translation>数据和模型的随机种子（默认 0）。</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="45" />
        <source>No progress on stderr.</source>
        <translation>不在 stderr 输出进度。</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="47" />
        <source>Replace the --out file if it exists.</source>
        <translation>若 --out 文件已存在则替换它。</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="65" />
        <source>usage: genlens demo --out FILE.genlens [--force] [--data DIR] [--seed N]</source>
        <translation>用法：genlens demo --out FILE.genlens [--force] [--data DIR] [--seed N]</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="73" />
        <source>--seed needs a non-negative number, not "%1"</source>
        <translation>--seed 需要非负数，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="82" />
        <source>%1 already exists; give --force to replace it</source>
        <translation>%1 已存在；如需替换请加 --force</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="93" />
        <source>wrote the demo data to %1</source>
        <translation>已将演示数据写入 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="101" />
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="104" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <location filename="../app/demo/demoproject.cpp" line="83" />
        <source>Films: most-popular recommender</source>
        <translation>电影：最热门推荐器</translation>
    </message>
    <message>
        <location filename="../app/demo/demoproject.cpp" line="89" />
        <source>Films: matrix factorisation (ALS) recommender</source>
        <translation>电影：矩阵分解（ALS）推荐器</translation>
    </message>
    <message>
        <location filename="../app/demo/demoproject.cpp" line="100" />
        <source>Weather and reviews (English, Chinese): trigram generator, sports never seen, 8 planted copies</source>
        <translation>天气与评论（英文、中文）：三元组生成器，从未生成体育类，植入 8 个复制样本</translation>
    </message>
    <message>
        <location filename="../app/demo/demoproject.cpp" line="115" />
        <source>Landscapes: early PPCA checkpoint (6 components), night scenes never seen, 10 planted copies</source>
        <translation>风景：早期 PPCA 检查点（6 个成分），从未见过夜景，植入 10 个副本</translation>
    </message>
    <message>
        <location filename="../app/demo/demoproject.cpp" line="120" />
        <source>Landscapes: PPCA model, night scenes never seen, 10 planted copies</source>
        <translation>风景：PPCA 模型，从未生成夜景，植入 10 个复制样本</translation>
    </message>
</context>
<context>
    <name>EvaluationRequest</name>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="22" />
        <source>%1: %2 vs %3</source>
        <translation>%1：%2 对比 %3</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="44" />
        <source>unknown modality "%1"</source>
        <translation>未知的模态“%1”</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="47" />
        <source>no ground truth given</source>
        <translation>未给出真实标注</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="47" />
        <source>no real set given</source>
        <translation>未给出真实样本集</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="50" />
        <source>no recommendations given</source>
        <translation>未给出推荐列表</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="50" />
        <source>no generated set given</source>
        <translation>未给出生成样本集</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="59" />
        <source>%1: no such file or folder</source>
        <translation>%1：没有这个文件或文件夹</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="65" />
        <source>Attach features to both sets.</source>
        <translation>请为两个集合都附加特征。</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="69" />
        <source>Name the feature space of the attached features.</source>
        <translation>请为附加的特征命名其特征空间。</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="75" />
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="81" />
        <source>k must be at least 1</source>
        <translation>k 至少为 1</translation>
    </message>
    <message>
        <location filename="../app/models/evaluationrequest.cpp" line="89" />
        <source>the thread count must not be negative</source>
        <translation>线程数不能为负数</translation>
    </message>
</context>
<context>
    <name>ImagePipeline</name>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="162" />
        <source>no real set given</source>
        <translation>未给出真实样本集</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="163" />
        <source>no generated set given</source>
        <translation>未给出生成样本集</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="167" />
        <source>%1: no such file or folder</source>
        <translation>%1：没有这个文件或文件夹</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="340" />
        <source>the Inception Score needs a classifier extractor</source>
        <translation>Inception Score 需要分类器提取器</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="355" />
        <source>feature dimensions differ: %1 has %2, %3 has %4</source>
        <translation>特征维度不同：%1 为 %2 维，%3 为 %4 维</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="395" />
        <source>the Inception Score needs generated images, not %1</source>
        <translation>Inception Score 需要生成的图像，而不是 %1</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="445" />
        <source>%1: FID needs at least 2 samples</source>
        <translation>%1：FID 至少需要 2 个样本</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="477" />
        <source>%1: %2 usable samples; k = %3 needs at least %4</source>
        <translation>%1：可用样本 %2 个；k = %3 至少需要 %4 个</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <location filename="../app/cli/mergecommand.cpp" line="34" />
        <source>Merges feature shards (.npy written by genlens features --shard, given in shard order) into one feature file, or statistics files (.npz written by genlens stats) into one.</source>
        <translation>将特征分片（genlens features --shard 写出的 .npy，按分片顺序给出）合并为一个特征文件，或将统计量文件（genlens stats 写出的 .npz）合并为一个。</translation>
    </message>
    <message>
        <location filename="../app/cli/mergecommand.cpp" line="40" />
        <source>The merged file (.npy for shards, .npz for statistics).</source>
        <translation>合并后的文件（分片为 .npy，统计量为 .npz）。</translation>
    </message>
    <message>
        <location filename="../app/cli/mergecommand.cpp" line="44" />
        <source>Where to write the merged paths (default: OUT.paths.txt).</source>
        <translation>合并后路径列表的写入位置（默认：OUT.paths.txt）。</translation>
    </message>
    <message>
        <location filename="../app/cli/mergecommand.cpp" line="47" />
        <source>No progress on stderr.</source>
        <translation>不在 stderr 输出进度。</translation>
    </message>
    <message>
        <location filename="../app/cli/mergecommand.cpp" line="50" />
        <source>Shards or statistics files, in order.</source>
        <translation>分片或统计量文件，按顺序给出。</translation>
    </message>
</context>
<context>
    <name>MetricMeaning</name>
    <message>
        <location filename="../app/models/metrictext.cpp" line="13" />
        <source>Kolmogorov-Smirnov statistic between real and generated values</source>
        <translation>真实值与生成值之间的 Kolmogorov-Smirnov 统计量</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="14" />
        <source>Frechet distance between Gaussian fits of real and generated features</source>
        <translation>真实与生成特征的高斯拟合之间的 Fréchet 距离</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="16" />
        <source>Unbiased squared MMD with a cubic polynomial kernel, mean over subsets</source>
        <translation>三次多项式核的无偏平方 MMD，各子集的平均值</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="18" />
        <source>Inception Score: confident and varied classifier predictions</source>
        <translation>Inception 分数：分类器预测既确定又多样</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="20" />
        <source>Share of generated samples inside the real manifold (fidelity)</source>
        <translation>落在真实流形内的生成样本比例（保真度）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="22" />
        <source>Share of real samples inside the generated manifold (diversity)</source>
        <translation>落在生成流形内的真实样本比例（多样性）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="24" />
        <source>How many real neighbourhoods hold each generated sample, on average</source>
        <translation>平均每个生成样本落入多少个真实样本的邻域</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="26" />
        <source>Share of real samples with a generated sample in their neighbourhood; for recommendations, share of the catalogue recommended at least once</source>
        <translation>邻域内有生成样本的真实样本比例；对推荐而言，为至少被推荐一次的物品占目录的比例</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="29" />
        <source>Effective number of distinct real samples (Vendi score)</source>
        <translation>真实样本中不同样本的有效数量（Vendi 分数）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="30" />
        <source>Effective number of distinct generated samples (Vendi score)</source>
        <translation>生成样本中不同样本的有效数量（Vendi 分数）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="32" />
        <source>Share of generated samples that look like copies of a real sample</source>
        <translation>看起来像是某个真实样本副本的生成样本比例</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="34" />
        <source>Corpus BLEU against the references (sacrebleu)</source>
        <translation>相对参考文本的语料级 BLEU（sacrebleu）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="35" />
        <source>Character 6-gram F-score against the references</source>
        <translation>相对参考文本的字符 6-gram F 分数</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="36" />
        <source>Longest-common-subsequence F-measure</source>
        <translation>最长公共子序列 F 值</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="37" />
        <source>BLEU-4 of each generated sample against the others: lower is more diverse</source>
        <translation>每个生成样本相对其余样本的 BLEU-4：越低越多样</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="39" />
        <source>Self-BLEU with bigrams</source>
        <translation>基于二元组的 Self-BLEU</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="40" />
        <source>Self-BLEU with trigrams</source>
        <translation>基于三元组的 Self-BLEU</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="41" />
        <source>Self-BLEU with 5-grams</source>
        <translation>基于五元组的 Self-BLEU</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="42" />
        <source>Unique unigrams / all unigrams</source>
        <translation>不同一元组数 / 全部一元组数</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="43" />
        <source>Unique bigrams / all bigrams</source>
        <translation>不同二元组数 / 全部二元组数</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="44" />
        <source>Unique trigrams / all trigrams</source>
        <translation>不同三元组数 / 全部三元组数</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="45" />
        <source>Unique 4-grams / all 4-grams</source>
        <translation>不同四元组数 / 全部四元组数</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="46" />
        <source>Shannon entropy (nats) of pooled unigrams</source>
        <translation>汇总一元组的香农熵（奈特）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="47" />
        <source>Shannon entropy (nats) of pooled bigrams</source>
        <translation>汇总二元组的香农熵（奈特）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="48" />
        <source>Shannon entropy (nats) of pooled trigrams</source>
        <translation>汇总三元组的香农熵（奈特）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="49" />
        <source>Shannon entropy (nats) of pooled 4-grams</source>
        <translation>汇总四元组的香农熵（奈特）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="50" />
        <source>Mean within-sample repeated 4-gram share (seq-rep-4)</source>
        <translation>样本内重复四元组的平均比例（seq-rep-4）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="51" />
        <source>Mean tokens per generated sample</source>
        <translation>每个生成样本的平均词元数</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="52" />
        <source>Mean tokens per real sample</source>
        <translation>每个真实样本的平均词元数</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="53" />
        <source>KS statistic of generated vs real lengths</source>
        <translation>生成与真实长度分布的 KS 统计量</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="54" />
        <source>Generated samples (at least 4 tokens) wholly inside a real sample</source>
        <translation>完全包含在某个真实样本中的生成样本（至少 4 个词元）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="56" />
        <source>Perplexity of generated text under a model of real text (fluency)</source>
        <translation>生成文本在真实文本模型下的困惑度（流畅度）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="58" />
        <source>Perplexity of real text under a model of generated text (coverage)</source>
        <translation>真实文本在生成文本模型下的困惑度（覆盖度）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="60" />
        <source>Area under the divergence frontier of real and generated embeddings</source>
        <translation>真实与生成嵌入的散度前沿曲线下面积</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="62" />
        <source>Relevant items among the top k</source>
        <translation>前 k 个推荐中的相关物品比例</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="63" />
        <source>Share of relevant items found in the top k</source>
        <translation>在前 k 个推荐中找到的相关物品比例</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="64" />
        <source>Rank-discounted gain relative to the ideal list</source>
        <translation>相对理想列表的按排名折损增益</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="65" />
        <source>Mean average precision to rank k</source>
        <translation>截至第 k 位的平均精度均值</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="66" />
        <source>Users with at least one hit in the top k</source>
        <translation>前 k 个推荐中至少命中一次的用户比例</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="67" />
        <source>Mean reciprocal rank of the first hit</source>
        <translation>首次命中位置的平均倒数排名</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="68" />
        <source>Concentration of recommendations on few items (0 even, 1 concentrated)</source>
        <translation>推荐集中于少数物品的程度（0 为均匀，1 为集中）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="70" />
        <source>Shannon entropy of recommendation counts, in bits</source>
        <translation>推荐次数的香农熵（比特）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="71" />
        <source>Mean self-information of recommended items, in bits</source>
        <translation>被推荐物品的平均自信息（比特）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="72" />
        <source>Mean dissimilarity of items within a list</source>
        <translation>列表内物品之间的平均差异度</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="73" />
        <source>Average training popularity of recommended items</source>
        <translation>被推荐物品在训练数据中的平均流行度</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="74" />
        <source>Share of recommendations from the long tail</source>
        <translation>来自长尾物品的推荐比例</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="75" />
        <source>Relevant recommendations a popularity baseline would not make</source>
        <translation>流行度基线不会给出的相关推荐</translation>
    </message>
</context>
<context>
    <name>MetricSelection</name>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="223" />
        <source>unknown metric key(s) %1 for %2; valid keys: %3</source>
        <translation>%2 没有指标键 %1；有效的键：%3</translation>
    </message>
</context>
<context>
    <name>RecsysPipeline</name>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="135" />
        <source>cut-offs must be positive integers, e.g. 5,10,20</source>
        <translation>截断值必须是正整数，例如 5,10,20</translation>
    </message>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="164" />
        <source>no ground truth given</source>
        <translation>未给出真实标注</translation>
    </message>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="167" />
        <source>no recommendations given</source>
        <translation>未给出推荐列表</translation>
    </message>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="171" />
        <source>the long-tail head share must be in (0, 1]</source>
        <translation>长尾头部份额必须在 (0, 1] 之内</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="39" />
        <source>Realism score (higher is more realistic)</source>
        <translation>真实感分数（越高越真实）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="40" />
        <location filename="../app/report/reportcontent.cpp" line="42" />
        <source>Distance to the nearest real sample</source>
        <translation>到最近真实样本的距离</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="44" />
        <source>Distance to the nearest generated sample</source>
        <translation>到最近生成样本的距离</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="45" />
        <source>Distance to the k-th nearest real sample</source>
        <translation>到第 k 近真实样本的距离</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="46" />
        <source>Flagged as a copy of a real sample (1)</source>
        <translation>被标记为真实样本的副本（1）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="48" />
        <source>Inside the real manifold (1): counts towards precision</source>
        <translation>位于真实流形内（1）：计入精确率</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="50" />
        <source>Inside the generated manifold (1): counts towards recall</source>
        <translation>位于生成流形内（1）：计入召回率</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="52" />
        <source>Has a generated sample in its neighbourhood (1): coverage</source>
        <translation>邻域内有生成样本（1）：覆盖率</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="54" />
        <location filename="../app/report/reportcontent.cpp" line="56" />
        <source>Nearest / second-nearest real distance (low: likely copy)</source>
        <translation>最近 / 次近真实样本距离比（低：可能是复制）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="57" />
        <source>Width in pixels</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="58" />
        <source>Height in pixels</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="59" />
        <source>Aspect ratio (width / height)</source>
        <translation>宽高比（宽 / 高）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="61" />
        <source>BLEU-4 against the whole real set (Texygen's test-BLEU)</source>
        <translation>相对整个真实集合的 BLEU-4（Texygen 的 test-BLEU）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="63" />
        <source>Longest run shared with a real sample / sample length</source>
        <translation>与真实样本共享的最长片段 / 样本长度</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="64" />
        <source>Relevant items of the user</source>
        <translation>该用户的相关物品</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="65" />
        <source>Length of the user's list</source>
        <translation>该用户列表的长度</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="66" />
        <source>Sharpness (variance of the Laplacian)</source>
        <translation>清晰度（拉普拉斯方差）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="67" />
        <location filename="../app/report/reportcontent.cpp" line="68" />
        <source>Colourfulness (Hasler-Suesstrunk)</source>
        <translation>色彩丰富度（Hasler-Süsstrunk）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="69" />
        <source>Mean brightness</source>
        <translation>平均亮度</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="70" />
        <source>Share of clipped pixels</source>
        <translation>溢出像素比例</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="71" />
        <source>Noise estimate</source>
        <translation>噪声估计</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="72" />
        <location filename="../app/report/reportcontent.cpp" line="73" />
        <source>Sentence BLEU against the reference</source>
        <translation>相对参考文本的句子 BLEU</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="75" />
        <source>BLEU-4 against the other samples of its set (lower: more diverse)</source>
        <translation>相对同集合其他样本的 BLEU-4（越低越多样）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="78" />
        <source>Perplexity under the other set's model</source>
        <translation>在另一集合模型下的困惑度</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="79" />
        <source>Share of repeated n-grams</source>
        <translation>重复 n 元组比例</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="80" />
        <source>Length in tokens</source>
        <translation>词元长度</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="81" />
        <source>Training interactions of the user</source>
        <translation>该用户的训练交互</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="133" />
        <source>Image evaluation</source>
        <translation>图像评估</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="136" />
        <source>Text evaluation</source>
        <translation>文本评估</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="139" />
        <source>Recommendation evaluation</source>
        <translation>推荐评估</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="148" />
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="150" />
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="152" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="154" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="156" />
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="164" />
        <source>Ground truth</source>
        <translation>真实标注</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="164" />
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="166" />
        <source>Real</source>
        <translation>真实</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="166" />
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="212" />
        <source>The built-in extractor (%1) needs no downloaded weights. Its numbers compare runs made with it; they are not comparable with published FID/KID values, which use Inception features.</source>
        <translation>内置特征提取器（%1）无需下载权重。其数值可用于比较使用它的各次运行，但不能与使用 Inception 特征发表的 FID/KID 数值比较。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="218" />
        <source>Feature extractor %1: numbers are comparable only with results computed with the same network and preprocessing.</source>
        <translation>特征提取器 %1：数值只能与使用相同网络和预处理得到的结果比较。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="405" />
        <source>hit</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="496" />
        <source>users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="496" />
        <source>samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="499" />
        <source>Best %1 by %2</source>
        <translation>按%2最好的 %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="500" />
        <source>Worst %1 by %2</source>
        <translation>按%2最差的 %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="542" />
        <source>Most-copied samples</source>
        <translation>最像复制的样本</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="543" />
        <source>Generated samples closest to a real sample, closest first: each pair shows the generated sample and its nearest real one.</source>
        <translation>与某个真实样本最接近的生成样本，最近的在前：每对显示生成样本及其最近的真实样本。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="556" />
        <location filename="../app/report/reportcontent.cpp" line="573" />
        <source>distance %1</source>
        <translation>距离 %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="565" />
        <source>Least covered real samples</source>
        <translation>覆盖最少的真实样本</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="566" />
        <source>Real samples farthest from every generated sample: candidates for modes the model misses.</source>
        <translation>离所有生成样本最远的真实样本：模型可能遗漏的模式。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="600" />
        <source>Ground-truth users</source>
        <translation>真实标注用户</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="601" />
        <source>Recommendation lists</source>
        <translation>推荐列表</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="603" />
        <source>Real set</source>
        <translation>真实集合</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="603" />
        <source>Generated set</source>
        <translation>生成集合</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="610" />
        <source>the shared real set pairs each sample with itself</source>
        <translation>共享的真实集合中每个样本与自身配对</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="612" />
        <source>images are paired when their content is identical</source>
        <translation>内容完全相同的图像被配对</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="614" />
        <source>texts are paired when they are identical</source>
        <translation>完全相同的文本被配对</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="616" />
        <source>lists are paired by user id</source>
        <translation>推荐列表按用户 ID 配对</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="620" />
        <source>these samples cannot be paired</source>
        <translation>这些样本无法配对</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="657" />
        <source>The runs do not share a real set, so their per-sample scores are not compared; see the metrics table.</source>
        <translation>两次运行不共享真实集合，因此不比较逐样本分数；请参阅指标表。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="694" />
        <source>%1: no sample of run B is also in run A (%2), so no sample is compared with itself.</source>
        <translation>%1：运行 B 中没有任何样本也出现在运行 A 中（%2），因此没有样本可与自身比较。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="700" />
        <source>Largest changes in %1 (%2)</source>
        <translation>%1 变化最大的样本（%2）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="701" />
        <source>%1 of run B's %2 samples are paired with run A's (%3). Largest |B − A| first; each line shows A → B (change). %4.</source>
        <translation>运行 B 的 %2 个样本中有 %1 个与运行 A 的样本配对（%3）。按 |B − A| 从大到小排列；每行显示 A → B（变化）。%4。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="723" />
        <source>%1 → %2 (%3%4)</source>
        <translation>%1 → %2（%3%4）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="730" />
        <source>%1: %2 samples are paired (%3); none changed its %4.</source>
        <translation>%1：%2 个样本已配对（%3）；它们的 %4 都没有变化。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="756" />
        <source>Run %1 (%2) and run %3 (%4) cannot be compared: different modalities.</source>
        <translation>运行 %1（%2）与运行 %3（%4）无法比较：模态不同。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="765" />
        <source>GenLens report</source>
        <translation>GenLens 报告</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="769" />
        <source>%1, run %2</source>
        <translation>%1，运行 %2</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="777" />
        <source>%1: run %2 compared with run %3</source>
        <translation>%1：运行 %2 与运行 %3 的比较</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="786" />
        <source>The two runs use different real sets, so their differences mix model and data.</source>
        <translation>两次运行使用了不同的真实集合，因此差异同时来自模型和数据。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="791" />
        <source>The two runs use different feature extractors: feature-space numbers are not comparable.</source>
        <translation>两次运行使用了不同的特征提取器：特征空间数值不可比较。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="805" />
        <source>Settings that differ: %1.</source>
        <translation>不同的设置：%1。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="808" />
        <source>The signatures differ: %1 vs %2.</source>
        <translation>签名不同：%1 与 %2。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="32" />
        <source>--%1 needs a run id (a positive number), not "%2"</source>
        <translation>--%1 需要运行编号（正数），而不是“%2”</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="46" />
        <source>Writes the PDF report of a run stored in a GenLens project.</source>
        <translation>为 GenLens 项目中保存的运行写出 PDF 报告。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="49" />
        <source>The project file (.genlens).</source>
        <translation>项目文件（.genlens）。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="51" />
        <source>The run to report (default: the newest finished run).</source>
        <translation>要报告的运行（默认：最新完成的运行）。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="55" />
        <source>A second run to compare with.</source>
        <translation>用于比较的第二次运行。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="58" />
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="77" />
        <source>usage: genlens report FILE.genlens [--run ID] [--compare ID] --out FILE.pdf</source>
        <translation>用法：genlens report FILE.genlens [--run ID] [--compare ID] --out FILE.pdf</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="84" />
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="114" />
        <source>%1 holds no runs</source>
        <translation>%1 中没有运行</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="121" />
        <source>%1 has no run %2</source>
        <translation>%1 中没有运行 %2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="128" />
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="305" />
        <source>Set</source>
        <translation>集合</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="305" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="305" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="306" />
        <location filename="../widgets/report/reportwriter.cpp" line="936" />
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="306" />
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="310" />
        <source>Skipped (%1): %2</source>
        <translation>已跳过（%1）：%2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="316" />
        <source>Run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="318" />
        <source>Run %1, status %2, started %3, finished %4</source>
        <translation>运行 %1，状态 %2，开始于 %3，结束于 %4</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="322" />
        <source>Feature extractor: %1 (%2 dimensions)</source>
        <translation>特征提取器：%1（%2 维）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="345" />
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="353" />
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="353" />
        <location filename="../widgets/report/reportwriter.cpp" line="419" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="361" />
        <source>Timings: %1</source>
        <translation>耗时：%1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="371" />
        <source>↑ higher</source>
        <translation>↑ 越高越好</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="371" />
        <source>↓ lower</source>
        <translation>↓ 越低越好</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="376" />
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="378" />
        <source>This run stored no set-level metrics.</source>
        <translation>此运行没有保存集合级指标。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="384" />
        <source>not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="408" />
        <location filename="../widgets/report/reportwriter.cpp" line="419" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="408" />
        <location filename="../widgets/report/reportwriter.cpp" line="409" />
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="409" />
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="410" />
        <location filename="../widgets/report/reportwriter.cpp" line="419" />
        <source>Better</source>
        <translation>更优方向</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="410" />
        <location filename="../widgets/report/reportwriter.cpp" line="420" />
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="412" />
        <source>Difference = run %1 − run %2; green where the second run is better, red where it is worse.</source>
        <translation>差值 = 运行 %1 − 运行 %2；绿色表示第二次运行更好，红色表示更差。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="469" />
        <source>Generated, run %1</source>
        <translation>生成，运行 %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="470" />
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="475" />
        <source>Real (n = %1)</source>
        <translation>真实（n = %1）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="489" />
        <source>Generated, run %1 (n = %2)</source>
        <translation>生成，运行 %1（n = %2）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="502" />
        <location filename="../widgets/report/reportwriter.cpp" line="747" />
        <source>share of set</source>
        <translation>占集合比例</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="525" />
        <source>Distributions</source>
        <translation>分布</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="526" />
        <source>For every per-sample score: the share of each set in each bin, real against generated, with the two-sample Kolmogorov–Smirnov statistic D (0: same distribution, 1: disjoint). Every sample is counted; nothing is subsampled.</source>
        <translation>对每个逐样本分数：真实与生成集合在各区间中的比例，并给出双样本 Kolmogorov–Smirnov 统计量 D（0：分布相同，1：完全不重叠）。统计全部样本，未抽样。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="538" />
        <source>%1: KS D = %2 (real n = %3, generated n = %4)</source>
        <translation>%1：KS D = %2（真实 n = %3，生成 n = %4）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="543" />
        <source>%1: KS D = %2 between run %3 (n = %4) and run %5 (n = %6)</source>
        <translation>%1：运行 %3（n = %4）与运行 %5（n = %6）之间 KS D = %2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="550" />
        <source>%1: only one set has this score (n = %2)</source>
        <translation>%1：只有一个集合有此分数（n = %2）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="556" />
        <source>run %1: KS D = %2</source>
        <translation>运行 %1：KS D = %2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="585" />
        <source>no thumbnail</source>
        <translation>无缩略图</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="615" />
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="628" />
        <source>Left: generated sample; right: its nearest real sample.</source>
        <translation>左：生成样本；右：其最近的真实样本。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="649" />
        <source>Generated: %1</source>
        <translation>生成：%1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="651" />
        <source>Nearest real: %1</source>
        <translation>最近的真实样本：%1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="712" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="723" />
        <source>A: run %1 (n = %2)</source>
        <translation>A：运行 %1（n = %2）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="730" />
        <source>B: run %1 (n = %2)</source>
        <translation>B：运行 %1（n = %2）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="773" />
        <source>%1 across the runs on this real set</source>
        <translation>%1 在此真实集合各次运行中的变化</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="782" />
        <source>Other runs</source>
        <translation>其他运行</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="784" />
        <source>A: run %1</source>
        <translation>A：运行 %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="786" />
        <source>B: run %1</source>
        <translation>B：运行 %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="801" />
        <location filename="../widgets/report/reportwriter.cpp" line="855" />
        <source>run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="811" />
        <source>finished runs, oldest first</source>
        <translation>已完成的运行，按时间从早到晚</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="853" />
        <source>Run comparison</source>
        <translation>运行对比</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="856" />
        <source>run %1 (%2)</source>
        <translation>运行 %1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="858" />
        <source>A is %1; B is %2. Changes are B − A.</source>
        <translation>A 为%1；B 为%2。变化量为 B − A。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="870" />
        <source>Main scores, A against B</source>
        <translation>主要分数：A 对比 B</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="873" />
        <source>%1 (%2): one run has no values (A n = %3, B n = %4)</source>
        <translation>%1（%2）：某次运行没有取值（A n = %3，B n = %4）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="877" />
        <source>%1 (%2): KS D = %3 between A (n = %4) and B (n = %5)</source>
        <translation>%1（%2）：A（n = %4）与 B（n = %5）之间的 KS D = %3</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="892" />
        <source>History of %1</source>
        <translation>%1 的历史</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="895" />
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="896" />
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="903" />
        <source>run %1%2 = %3</source>
        <translation>运行 %1%2 = %3</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="911" />
        <source>%1 over the %2 finished runs on the shared real set, oldest first%3.</source>
        <translation>%1 在共享真实集合上 %2 次已完成运行中的取值，按时间从早到晚%3。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="973" />
        <source>Made %1 with GenLens %2</source>
        <translation>由 GenLens %2 于 %1 生成</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="976" />
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="980" />
        <source>Inputs and settings</source>
        <translation>输入与设置</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="983" />
        <source>Compared with run %1</source>
        <translation>与运行 %1 比较</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1017" />
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ScoreName</name>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="206" />
        <source>Realism</source>
        <translation>真实感</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="207" />
        <location filename="../app/models/sampletablemodel.cpp" line="226" />
        <source>Distance to nearest real</source>
        <translation>到最近真实样本的距离</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="208" />
        <location filename="../app/models/sampletablemodel.cpp" line="229" />
        <source>Nearest / second-nearest ratio</source>
        <translation>最近 / 次近距离比</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="209" />
        <source>Sharpness</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="210" />
        <location filename="../app/models/sampletablemodel.cpp" line="211" />
        <source>Colourfulness</source>
        <translation>色彩丰富度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="212" />
        <location filename="../app/models/sampletablemodel.cpp" line="245" />
        <source>Brightness</source>
        <translation>亮度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="213" />
        <location filename="../app/models/sampletablemodel.cpp" line="246" />
        <source>Clipped pixels</source>
        <translation>溢出像素</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="214" />
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="215" />
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="216" />
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="217" />
        <source>Aspect ratio</source>
        <translation>宽高比</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="218" />
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="219" />
        <source>Perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="220" />
        <source>Self-BLEU</source>
        <translation>Self-BLEU</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="221" />
        <location filename="../app/models/sampletablemodel.cpp" line="237" />
        <source>Sentence BLEU</source>
        <translation>句子 BLEU</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="222" />
        <source>NDCG</source>
        <translation>NDCG</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="223" />
        <source>Hits</source>
        <translation>命中数</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="224" />
        <source>Novelty</source>
        <translation>新颖度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="225" />
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="228" />
        <source>Distance to nearest generated</source>
        <translation>到最近生成样本的距离</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="230" />
        <source>Looks copied</source>
        <translation>疑似复制</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="231" />
        <source>Inside real manifold</source>
        <translation>位于真实流形内</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="232" />
        <source>Inside generated manifold</source>
        <translation>位于生成流形内</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="234" />
        <source>Real neighbourhoods containing it</source>
        <translation>包含它的真实邻域数</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="235" />
        <location filename="../app/models/sampletablemodel.cpp" line="236" />
        <source>k-NN radius</source>
        <translation>k 近邻半径</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="238" />
        <source>BLEU against real</source>
        <translation>相对真实文本的 BLEU</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="239" />
        <source>Repetition</source>
        <translation>重复度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="240" />
        <source>Overlap with nearest real</source>
        <translation>与最近真实样本的重合度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="241" />
        <source>Relevant items</source>
        <translation>相关物品数</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="242" />
        <source>History length</source>
        <translation>历史长度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="243" />
        <source>List length</source>
        <translation>列表长度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="244" />
        <source>Serendipity</source>
        <translation>意外性</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <location filename="../app/cli/statscommand.cpp" line="29" />
        <source>Writes mergeable FID statistics of a feature matrix: mu and sigma (float64, N - 1, as pytorch-fid saves them) plus n and m2 (the centred second moment) for genlens merge.</source>
        <translation>写出特征矩阵的可合并 FID 统计量：mu 和 sigma（float64，N - 1，与 pytorch-fid 保存的一致），以及供 genlens merge 使用的 n 和 m2（中心化二阶矩）。</translation>
    </message>
    <message>
        <location filename="../app/cli/statscommand.cpp" line="34" />
        <source>The feature matrix (.npy, N x D).</source>
        <translation>特征矩阵（.npy，N x D）。</translation>
    </message>
    <message>
        <location filename="../app/cli/statscommand.cpp" line="37" />
        <source>The statistics file to write (.npz).</source>
        <translation>要写出的统计量文件（.npz）。</translation>
    </message>
    <message>
        <location filename="../app/cli/statscommand.cpp" line="41" />
        <source>Name of the feature space, stored in the file (default: the extractor id from F.meta.json, when genlens features wrote it).</source>
        <translation>特征空间的名称，保存在文件中（默认：genlens features 写出的 F.meta.json 中的提取器 id）。</translation>
    </message>
    <message>
        <location filename="../app/cli/statscommand.cpp" line="45" />
        <source>No progress on stderr.</source>
        <translation>不在 stderr 输出进度。</translation>
    </message>
</context>
<context>
    <name>TextEvaluateCommand</name>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="25" />
        <source>Real (reference-distribution) texts: .txt, .jsonl, .csv or .tsv.</source>
        <translation>真实（参照分布）文本：.txt、.jsonl、.csv 或 .tsv。</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="26" />
        <location filename="../app/cli/textcommand.cpp" line="28" />
        <location filename="../app/cli/textcommand.cpp" line="32" />
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="28" />
        <source>Generated texts (same formats).</source>
        <translation>生成文本（格式同上）。</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="30" />
        <source>References aligned line by line with the generated file, for BLEU, chrF and ROUGE-L; repeat for several references.</source>
        <translation>与生成文件逐行对齐的参考文本，用于 BLEU、chrF 和 ROUGE-L；多个参考可重复指定。</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="34" />
        <source>Tokenizer (sacrebleu): 13a, intl, zh, char, none or auto.</source>
        <translation>分词器（sacrebleu）：13a、intl、zh、char、none 或 auto。</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="35" />
        <location filename="../app/cli/textcommand.cpp" line="37" />
        <location filename="../app/cli/textcommand.cpp" line="40" />
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="36" />
        <source>JSON Lines field holding the text.</source>
        <translation>JSON Lines 中存放文本的字段。</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="39" />
        <source>CSV/TSV column holding the text (name or 1-based number).</source>
        <translation>CSV/TSV 中存放文本的列（列名或从 1 开始的序号）。</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="42" />
        <source>Order of the Kneser-Ney language model for perplexity.</source>
        <translation>用于计算困惑度的 Kneser-Ney 语言模型阶数。</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="42" />
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="45" />
        <source>Neighbourhood size for precision/recall/density/coverage on text embeddings.</source>
        <translation>在文本嵌入上计算精确率/召回率/密度/覆盖率时的邻域大小。</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="47" />
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="68" />
        <source>--lm-order must be an integer from 1 to 10, got "%1"</source>
        <translation>--lm-order 必须是 1 到 10 的整数，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="74" />
        <source>--k must be a positive integer, got "%1"</source>
        <translation>--k 必须是正整数，实际为“%1”</translation>
    </message>
</context>
<context>
    <name>TextFeaturesCommand</name>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="92" />
        <source>Texts to embed: .txt, .jsonl, .csv or .tsv.</source>
        <translation>要嵌入的文本：.txt、.jsonl、.csv 或 .tsv。</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="92" />
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="94" />
        <source>Output .npy file (float32, N x dim).</source>
        <translation>输出的 .npy 文件（float32，N × dim）。</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="94" />
        <location filename="../app/cli/textcommand.cpp" line="105" />
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="95" />
        <source>JSON Lines field holding the text.</source>
        <translation>JSON Lines 中存放文本的字段。</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="96" />
        <location filename="../app/cli/textcommand.cpp" line="99" />
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="98" />
        <source>CSV/TSV column holding the text (name or 1-based number).</source>
        <translation>CSV/TSV 中存放文本的列（列名或从 1 开始的序号）。</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="101" />
        <source>Embedding dimension.</source>
        <translation>嵌入维度。</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="101" />
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="103" />
        <source>Where to write each row's record number, one a line (default: OUT.paths.txt beside OUT.npy).</source>
        <translation>每行对应记录编号的写入位置，每行一个（默认：OUT.npy 旁的 OUT.paths.txt）。</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="107" />
        <source>Embed only shard I of N (0 &lt;= I &lt; N): the contiguous I-th share of the usable texts, for `genlens merge`.</source>
        <translation>只嵌入 N 个分片中的第 I 个（0 &lt;= I &lt; N）：可用文本中连续的第 I 份，供 `genlens merge` 使用。</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="117" />
        <source>features text needs --input and --out</source>
        <translation>features text 需要 --input 和 --out</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="123" />
        <source>--dim must be an integer from 1 to 65536, got "%1"</source>
        <translation>--dim 必须是 1 到 65536 的整数，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="132" />
        <source>%1: no usable text samples (%2 records skipped)</source>
        <translation>%1：没有可用的文本样本（跳过了 %2 条记录）</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="168" />
        <source>%1: %2 x %3 %4 features from %5</source>
        <translation>%1：来自 %5 的 %2 × %3 %4 特征</translation>
    </message>
    <message>
        <location filename="../app/cli/textcommand.cpp" line="174" />
        <source> (%1 records skipped; first at line %2: %3)</source>
        <translation>（跳过了 %1 条记录；第一条在第 %2 行：%3）</translation>
    </message>
</context>
<context>
    <name>TextPipeline</name>
    <message>
        <location filename="../app/pipeline/textpipeline.cpp" line="386" />
        <source>unknown tokenizer "%1" (use 13a, intl, zh, char, none or auto)</source>
        <translation>未知的分词器“%1”（可用 13a、intl、zh、char、none 或 auto）</translation>
    </message>
    <message>
        <location filename="../app/pipeline/textpipeline.cpp" line="394" />
        <source>text evaluation needs a real and a generated file</source>
        <translation>文本评估需要一个真实文件和一个生成文件</translation>
    </message>
    <message>
        <location filename="../app/pipeline/textpipeline.cpp" line="420" />
        <source>%1: no usable text samples in the %2 set (%3 records skipped)</source>
        <translation>%1：%2 集中没有可用的文本样本（跳过了 %3 条记录）</translation>
    </message>
    <message>
        <location filename="../app/pipeline/textpipeline.cpp" line="578" />
        <source>no generated sample has a usable reference in %1</source>
        <translation>%1 中没有任何生成样本有可用的参考文本</translation>
    </message>
</context>
<context>
    <name>genlens</name>
    <message>
        <location filename="../widgets/gui.cpp" line="105" />
        <source>Compare real and generated samples.</source>
        <translation>比较真实样本与生成样本。</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="109" />
        <source>Open the bundled demo project.</source>
        <translation>打开自带的演示项目。</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="112" />
        <source>Save a PNG of every page into DIR, then quit.</source>
        <translation>将每个页面保存为 PNG 到 DIR 目录，然后退出。</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="115" />
        <source>Interface language for this session (en, zh_CN).</source>
        <translation>本次会话的界面语言（en、zh_CN）。</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="119" />
        <source>A .genlens project file.</source>
        <translation>.genlens 项目文件。</translation>
    </message>
</context>
<context>
    <name>genlens::app::CopiesModel</name>
    <message>
        <location filename="../app/models/copiesmodel.cpp" line="133" />
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../app/models/copiesmodel.cpp" line="135" />
        <source>Nearest real</source>
        <translation>最近的真实样本</translation>
    </message>
    <message>
        <location filename="../app/models/copiesmodel.cpp" line="137" />
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../app/models/copiesmodel.cpp" line="139" />
        <source>Nearest / second ratio</source>
        <translation>最近 / 次近比</translation>
    </message>
</context>
<context>
    <name>genlens::app::JobQueue</name>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="143" />
        <source>OpenCV error in %1: %2</source>
        <translation>%1 中的 OpenCV 错误：%2</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="146" />
        <source>Out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="152" />
        <location filename="../app/jobs/jobqueue.cpp" line="155" />
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="160" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>genlens::app::MetricSelection</name>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="149" />
        <source>FID (mean and covariance)</source>
        <translation>FID（均值与协方差）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="150" />
        <source>Precision, recall, density, coverage, realism (k-NN)</source>
        <translation>精确率、召回率、密度、覆盖率、真实感（k 近邻）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="151" />
        <source>Memorisation (nearest real sample)</source>
        <translation>记忆（最近的真实样本）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="152" />
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="153" />
        <source>Vendi score of each set</source>
        <translation>各样本集的 Vendi 分数</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="155" />
        <source>Per-image measures (images only)</source>
        <translation>逐图像度量（仅图像）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="156" />
        <source>Feature map (2-D)</source>
        <translation>特征图（二维）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="161" />
        <source>BLEU, chrF, ROUGE-L (with references)</source>
        <translation>BLEU、chrF、ROUGE-L（需参考文本）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="162" />
        <source>Self-BLEU</source>
        <translation>Self-BLEU</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="163" />
        <source>Distinct-n, entropy, repetition, lengths</source>
        <translation>Distinct-n、熵、重复率、长度</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="164" />
        <source>Perplexity (n-gram language model)</source>
        <translation>困惑度（n 元语言模型）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="165" />
        <source>MAUVE</source>
        <translation>MAUVE</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="166" />
        <source>Embedding FID</source>
        <translation>嵌入 FID</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="167" />
        <source>Embedding precision, recall, density, coverage</source>
        <translation>嵌入精确率、召回率、密度、覆盖率</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="169" />
        <source>Copies of real samples</source>
        <translation>对真实样本的复制</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="170" />
        <source>Embedding map (2-D)</source>
        <translation>嵌入图（二维）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="175" />
        <source>Accuracy (nDCG, MAP, MRR, ...)</source>
        <translation>准确性（nDCG、MAP、MRR……）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="176" />
        <source>Beyond accuracy (coverage, novelty, ...)</source>
        <translation>超越准确性（覆盖率、新颖性……）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="177" />
        <source>Per-user drill-down</source>
        <translation>逐用户明细</translation>
    </message>
</context>
<context>
    <name>genlens::app::MetricsModel</name>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="35" />
        <source>not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="46" />
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="106" />
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="109" />
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="117" />
        <source>Range: %1 to %2</source>
        <translation>范围：%1 至 %2</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="168" />
        <source>Not computed in this run (not among the metrics asked for)</source>
        <translation>本次运行未计算（不在所请求的指标中）</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="170" />
        <source>Not computed in this run: %1</source>
        <translation>本次运行未计算：%1</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="196" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="198" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="200" />
        <source>Spread</source>
        <translation>离散度</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="202" />
        <source>Better</source>
        <translation>更优方向</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="204" />
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
</context>
<context>
    <name>genlens::app::MissingModesModel</name>
    <message>
        <location filename="../app/models/missingmodesmodel.cpp" line="139" />
        <source>Real sample</source>
        <translation>真实样本</translation>
    </message>
    <message>
        <location filename="../app/models/missingmodesmodel.cpp" line="141" />
        <source>Distance to nearest generated</source>
        <translation>到最近生成样本的距离</translation>
    </message>
    <message>
        <location filename="../app/models/missingmodesmodel.cpp" line="143" />
        <source>Nearest generated</source>
        <translation>最近的生成样本</translation>
    </message>
</context>
<context>
    <name>genlens::app::NeighbourListModel</name>
    <message>
        <location filename="../app/models/neighbourlistmodel.cpp" line="65" />
        <source>Real</source>
        <translation>真实</translation>
    </message>
    <message>
        <location filename="../app/models/neighbourlistmodel.cpp" line="65" />
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../app/models/neighbourlistmodel.cpp" line="69" />
        <source>lists this as #%1</source>
        <translation>将其列为第 %1 近</translation>
    </message>
    <message>
        <location filename="../app/models/neighbourlistmodel.cpp" line="70" />
        <source>#%1</source>
        <translation>第 %1</translation>
    </message>
    <message>
        <location filename="../app/models/neighbourlistmodel.cpp" line="100" />
        <source>Neighbour</source>
        <translation>近邻</translation>
    </message>
    <message>
        <location filename="../app/models/neighbourlistmodel.cpp" line="102" />
        <source>Set</source>
        <translation>集合</translation>
    </message>
    <message>
        <location filename="../app/models/neighbourlistmodel.cpp" line="104" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../app/models/neighbourlistmodel.cpp" line="106" />
        <source>Distance</source>
        <translation>距离</translation>
    </message>
</context>
<context>
    <name>genlens::app::RunComparisonModel</name>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="95" />
        <source>B better</source>
        <translation>B 更好</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="95" />
        <source>B worse</source>
        <translation>B 更差</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="122" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="124" />
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="124" />
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="126" />
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="126" />
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="128" />
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../app/models/runcomparisonmodel.cpp" line="130" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>genlens::app::RunListModel</name>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="41" />
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="43" />
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="45" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="47" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="49" />
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="57" />
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="60" />
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="63" />
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="88" />
        <source>Run %1 · %2</source>
        <translation>运行 %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="97" />
        <source>Real: %1
Generated: %2</source>
        <translation>真实：%1
生成：%2</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="98" />
        <location filename="../app/models/runlistmodel.cpp" line="99" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="101" />
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="127" />
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="129" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/models/runlistmodel.cpp" line="131" />
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
</context>
<context>
    <name>genlens::app::RunPairLoader</name>
    <message>
        <location filename="../app/models/runpairloader.cpp" line="65" />
        <source>Could not load runs %1 and %2: %3</source>
        <translation>无法加载运行 %1 和 %2：%3</translation>
    </message>
</context>
<context>
    <name>genlens::app::SampleDetailModel</name>
    <message>
        <location filename="../app/models/sampledetailmodel.cpp" line="74" />
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/models/sampledetailmodel.cpp" line="76" />
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../app/models/sampledetailmodel.cpp" line="81" />
        <source>Share of this set's samples with a score at or below this one</source>
        <translation>本集合中分数不高于该值的样本比例</translation>
    </message>
    <message>
        <location filename="../app/models/sampledetailmodel.cpp" line="105" />
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../app/models/sampledetailmodel.cpp" line="107" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../app/models/sampledetailmodel.cpp" line="109" />
        <source>Percentile in set</source>
        <translation>集合内百分位</translation>
    </message>
</context>
<context>
    <name>genlens::app::SampleSetModel</name>
    <message>
        <location filename="../app/models/samplesetmodel.cpp" line="64" />
        <source>%1
%2, %3 samples, %4 skipped</source>
        <translation>%1
%2，%3 个样本，跳过 %4 个</translation>
    </message>
    <message>
        <location filename="../app/models/samplesetmodel.cpp" line="92" />
        <source>Sample set</source>
        <translation>样本集</translation>
    </message>
    <message>
        <location filename="../app/models/samplesetmodel.cpp" line="94" />
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../app/models/samplesetmodel.cpp" line="96" />
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>genlens::app::SampleTableModel</name>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="182" />
        <source>Sample</source>
        <translation>样本</translation>
    </message>
</context>
<context>
    <name>genlens::app::ScoreChangeModel</name>
    <message>
        <location filename="../app/models/scorechangemodel.cpp" line="180" />
        <source>Sample in A</source>
        <translation>A 中的样本</translation>
    </message>
    <message>
        <location filename="../app/models/scorechangemodel.cpp" line="182" />
        <source>Sample in B</source>
        <translation>B 中的样本</translation>
    </message>
    <message>
        <location filename="../app/models/scorechangemodel.cpp" line="184" />
        <source>Value in A</source>
        <translation>A 中的值</translation>
    </message>
    <message>
        <location filename="../app/models/scorechangemodel.cpp" line="186" />
        <source>Value in B</source>
        <translation>B 中的值</translation>
    </message>
    <message>
        <location filename="../app/models/scorechangemodel.cpp" line="188" />
        <source>Change (B − A)</source>
        <translation>变化（B − A）</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::AttachedFeaturesForm</name>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="12" />
        <source>Features computed elsewhere (images are still shown)</source>
        <translation>在别处计算的特征（仍显示图像）</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="21" />
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="22" />
        <source>optional: one path per row; else sorted file order</source>
        <translation>可选：每行特征对应一个路径；否则按排序后的文件顺序</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="23" />
        <source>e.g. inception-pool3</source>
        <translation>例如 inception-pool3</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="24" />
        <source>Feature matrices (*.npy *.npz)</source>
        <translation>特征矩阵 (*.npy *.npz)</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="25" />
        <source>Paths files (*.txt);;All files (*)</source>
        <translation>路径文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="27" />
        <source>Real features:</source>
        <translation>真实集特征：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="28" />
        <source>Real paths:</source>
        <translation>真实集路径：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="29" />
        <source>Generated features:</source>
        <translation>生成集特征：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="30" />
        <source>Generated paths:</source>
        <translation>生成集路径：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="31" />
        <source>Feature space:</source>
        <translation>特征空间：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="44" />
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/attachedfeaturesform.cpp" line="47" />
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::ComparePage</name>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="326" />
        <source>Side by side</source>
        <translation>并排对比</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="327" />
        <source>Copies</source>
        <translation>疑似复制</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="328" />
        <source>Missing modes</source>
        <translation>缺失模式</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="329" />
        <source>Side by side: both sets as grids. Copies: generated samples with their nearest real one, closest first. Missing modes: real samples no generated sample covers.</source>
        <translation>并排对比：两个集合以网格显示。疑似复制：生成样本及其最近的真实样本，距离最近的在前。缺失模式：没有被任何生成样本覆盖的真实样本。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="356" />
        <source>↓ Descending</source>
        <translation>↓ 降序</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="332" />
        <source>Filter by name…</source>
        <translation>按名称筛选…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="333" />
        <source>Thumbnail size</source>
        <translation>缩略图大小</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="334" />
        <source>&amp;View:</source>
        <translation>视图(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="335" />
        <source>S&amp;ort by:</source>
        <translation>排序依据(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="336" />
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="337" />
        <source>&amp;Zoom:</source>
        <translation>缩放(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="338" />
        <source>Real</source>
        <translation>真实</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="339" />
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="356" />
        <source>↑ Ascending</source>
        <translation>↑ 升序</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pages/comparepage.cpp" line="361" />
        <source>%n generated sample(s) with their nearest real sample, closest (most suspicious) first.</source>
        <translation><numerusform>%n 个生成样本及其最近的真实样本，距离最近（最可疑）的在前。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pages/comparepage.cpp" line="369" />
        <source>%n real sample(s) outside every generated k-NN ball, farthest from the generated set first.</source>
        <translation><numerusform>%n 个真实样本不在任何生成样本的 k 近邻球内，离生成集合最远的在前。</numerusform></translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="374" />
        <source>This run has no coverage score per real sample: real samples are ranked by the distance to their nearest generated sample, farthest first.</source>
        <translation>此运行没有逐个真实样本的覆盖分数：真实样本按到最近生成样本的距离排序，最远的在前。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="398" />
        <source>Set order</source>
        <translation>集合顺序</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="399" />
        <source>No score filter</source>
        <translation>不按分数筛选</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="470" />
        <source>%1 — %2 samples</source>
        <translation>%1 — %2 个样本</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="471" />
        <source>%1 — %2 of %3 samples</source>
        <translation>%1 — %2 / %3 个样本</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::DistributionsPage</name>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="116" />
        <source>&amp;Score:</source>
        <translation>分数(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="172" />
        <source>This run has no per-sample scores.</source>
        <translation>此运行没有逐样本分数。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="173" />
        <location filename="../widgets/pages/distributionspage.cpp" line="242" />
        <source>No run selected.</source>
        <translation>未选择运行。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="182" />
        <source>Real (%1)</source>
        <translation>真实（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="187" />
        <source>Generated (%1)</source>
        <translation>生成（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="194" />
        <source>Share of the set (%)</source>
        <translation>占集合的比例（%）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="209" />
        <source>KS statistic: n/a (the score exists for one set only)</source>
        <translation>KS 统计量：无（该分数只存在于一个集合）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="210" />
        <source>KS statistic D = %1</source>
        <translation>KS 统计量 D = %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="212" />
        <source>%1 · %2 bins over all %3 real and %4 generated values (no subsampling)</source>
        <translation>%1 · 基于全部 %3 个真实值和 %4 个生成值的 %2 个区间（未抽样）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="247" />
        <source>The feature map is computed after the metrics and appears when that stage of the run finishes. A run cancelled before then has no map: run the evaluation again to get one.</source>
        <translation>特征图在指标计算之后生成，该阶段完成后才会显示。在此之前取消的运行没有特征图：请重新运行评估以获得。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="252" />
        <source>The feature map could not be computed: %1</source>
        <translation>无法计算特征图：%1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="255" />
        <source>Recommendation lists have no feature space, so this run has no feature map.</source>
        <translation>推荐列表没有特征空间，因此本次运行没有特征图。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="259" />
        <source>A set was given as FID statistics (a mean and a covariance, no samples), so there are no points to place on a feature map.</source>
        <translation>有一个集合以 FID 统计量（均值与协方差，没有样本）给出，因此没有可放到特征图上的点。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="263" />
        <source>This run was stored before GenLens drew feature maps. Run the evaluation again (File → New evaluation…) to get one.</source>
        <translation>本次运行保存于 GenLens 支持特征图之前。请重新运行评估（文件 → 新建评估…）以获得特征图。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="279" />
        <source>%1 of %2 real points</source>
        <translation>%2 个真实点中的 %1 个</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="280" />
        <source>%1 real points</source>
        <translation>%1 个真实点</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="282" />
        <source>%1 of %2 generated points</source>
        <translation>%2 个生成点中的 %1 个</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="284" />
        <source>%1 generated points</source>
        <translation>%1 个生成点</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="286" />
        <source>Showing %1 and %2 (a random subsample of at most %3 per set, seed %4); PCA fitted on every sample of both sets.</source>
        <translation>显示 %1 与 %2（每个集合最多随机抽取 %3 个，种子 %4）；PCA 在两个集合的全部样本上拟合。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="290" />
        <source>%1 and %2; PCA fitted on both sets.</source>
        <translation>%1 与 %2；PCA 在两个集合上拟合。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="292" />
        <source>Features: %1, %2 dimensions.</source>
        <translation>特征：%1，%2 维。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="293" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="299" />
        <source>Selected: %1 real and %2 generated samples, also selected in Compare (Esc clears).</source>
        <translation>已选中：%1 个真实样本与 %2 个生成样本，在“对比”中同样选中（Esc 清除）。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="302" />
        <source>Drag to select points (they are selected in Compare too); click a point to open it.</source>
        <translation>拖动以选择点（在“对比”中同样选中）；单击一个点以打开该样本。</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::DrillDownPanel</name>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="133" />
        <source>&amp;Scores</source>
        <translation>分数(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="134" />
        <source>&amp;Nearest neighbours</source>
        <translation>最近邻(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="162" />
        <source>No sample selected</source>
        <translation>未选择样本</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="163" />
        <source>Click a sample in the Compare view to see it here.</source>
        <translation>在“对比”视图中单击一个样本即可在此查看。</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="185" />
        <source>Real</source>
        <translation>真实</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="185" />
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="186" />
        <source>%1 sample %2: %3</source>
        <translation>%1样本 %2：%3</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="232" />
        <source>Nearest sample in the other set:</source>
        <translation>另一集合中最近的样本：</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="260" />
        <source>Recommended list (hits in green):</source>
        <translation>推荐列表（命中项为绿色）：</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="300" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::FeatureMapView</name>
    <message>
        <location filename="../widgets/views/featuremapview.cpp" line="74" />
        <source>Feature map</source>
        <translation>特征图</translation>
    </message>
    <message>
        <location filename="../widgets/views/featuremapview.cpp" line="76" />
        <source>Drag to select points (Shift or Ctrl adds to the selection); click a point to open the sample. Keys: arrows step through the selected points, Enter opens the current one, Esc clears the selection.</source>
        <translation>拖动以选择点（按住 Shift 或 Ctrl 可追加选择）；单击一个点以打开样本。按键：方向键在选中的点之间移动，Enter 打开当前点，Esc 清除选择。</translation>
    </message>
    <message>
        <location filename="../widgets/views/featuremapview.cpp" line="362" />
        <source>PC1 (%1 %)</source>
        <translation>PC1（%1 %）</translation>
    </message>
    <message>
        <location filename="../widgets/views/featuremapview.cpp" line="363" />
        <source>PC2 (%1 %)</source>
        <translation>PC2（%1 %）</translation>
    </message>
    <message>
        <location filename="../widgets/views/featuremapview.cpp" line="374" />
        <source>Real</source>
        <translation>真实</translation>
    </message>
    <message>
        <location filename="../widgets/views/featuremapview.cpp" line="374" />
        <source>Generated</source>
        <translation>生成</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::JobsStrip</name>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="44" />
        <source>%1: finished</source>
        <translation>%1：已完成</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="48" />
        <source>%1: failed: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="52" />
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="81" />
        <source>Waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="107" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="108" />
        <source>Stop this evaluation; finished parts are kept</source>
        <translation>停止此评估；已完成的部分会保留</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="96" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../widgets/jobsstrip.cpp" line="141" />
        <source>Job %1</source>
        <translation>任务 %1</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/gui.cpp" line="58" />
        <location filename="../widgets/gui.cpp" line="163" />
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="58" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="62" />
        <source>Writing the report of run %1…</source>
        <translation>正在写出运行 %1 的报告…</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="159" />
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="164" />
        <source>Could not write the report: %1</source>
        <translation>无法写出报告：%1</translation>
    </message>
    <message>
        <location filename="../widgets/gui.cpp" line="71" />
        <location filename="../widgets/gui.cpp" line="85" />
        <source>Demo project</source>
        <translation>演示项目</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="42" />
        <source>GenLens projects (*.genlens)</source>
        <translation>GenLens 项目 (*.genlens)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="226" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="227" />
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="262" />
        <location filename="../widgets/mainwindow.cpp" line="466" />
        <source>GenLens</source>
        <translation>GenLens</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="222" />
        <source>&amp;Metrics</source>
        <translation>指标(&amp;M)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="223" />
        <source>&amp;Compare</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="224" />
        <source>&amp;Distributions</source>
        <translation>分布(&amp;D)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="225" />
        <source>R&amp;uns compared</source>
        <translation>运行对比(&amp;U)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="133" />
        <source>Evaluation failed</source>
        <translation>评估失败</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="229" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="230" />
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="231" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="232" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="233" />
        <source>New e&amp;valuation…</source>
        <translation>新建评估(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="234" />
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="235" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="236" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="240" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="241" />
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="242" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="243" />
        <source>&amp;About GenLens</source>
        <translation>关于 GenLens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="244" />
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="271" />
        <source>Could not open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="263" />
        <source>%1 — GenLens</source>
        <translation>%1 — GenLens</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="338" />
        <source>Could not load run %1</source>
        <translation>无法加载运行 %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="410" />
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="423" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="440" />
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="457" />
        <source>About GenLens</source>
        <translation>关于 GenLens</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="458" />
        <source>&lt;h3&gt;GenLens %1&lt;/h3&gt;&lt;p&gt;Compare what a generative model makes with the real thing: images, text and recommendation lists, side by side, with the metrics papers report.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GenLens %1&lt;/h3&gt;&lt;p&gt;将生成模型的产出与真实数据并排比较：图像、文本和推荐列表，并给出论文中常用的指标。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="475" />
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="476" />
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="480" />
        <source>Loading run %1…</source>
        <translation>正在加载运行 %1…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="487" />
        <source>Run %1 · %2 real · %3 generated</source>
        <translation>运行 %1 · %2 个真实 · %3 个生成</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::MetricsPage</name>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="24" />
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="26" />
        <source>%1 — %2 samples</source>
        <translation>%1 — %2 个样本</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="29" />
        <source>%1 — %2 samples, %3 skipped</source>
        <translation>%1 — %2 个样本，跳过 %3 个</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="104" />
        <source>The built-in extractor measures its own feature space: its FID, KID, precision and recall are good for comparing runs with each other, but are not comparable to numbers published with Inception features.</source>
        <translation>内置特征提取器使用自己的特征空间：其 FID、KID、精确率和召回率适合在运行之间相互比较，但不能与基于 Inception 特征发表的数值比较。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="123" />
        <source>No run selected</source>
        <translation>未选择运行</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="124" />
        <source>Open a project and pick a run in the side panel.</source>
        <translation>打开一个项目，然后在侧栏中选择一次运行。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="140" />
        <source>Run %1 · %2 · %3</source>
        <translation>运行 %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="147" />
        <source>Evaluation in progress · %1</source>
        <translation>评估进行中 · %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="149" />
        <source>Real: %1</source>
        <translation>真实：%1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="150" />
        <source>Generated: %1</source>
        <translation>生成：%1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="152" />
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="162" />
        <source>Extractor: %1 (%2 dimensions)</source>
        <translation>特征提取器：%1（%2 维）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="163" />
        <source>Extractor: %1</source>
        <translation>特征提取器：%1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="171" />
        <source>Settings: %1</source>
        <translation>设置：%1</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::NewEvaluationDialog</name>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="34" />
        <source>E&amp;xtractor:</source>
        <translation>特征提取器(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="43" />
        <source>New evaluation</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="46" />
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="49" />
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="52" />
        <source>Recommendation lists</source>
        <translation>推荐列表</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="54" />
        <source>Built-in (no weights; not comparable to published FIDs)</source>
        <translation>内置（无需权重；不能与已发表的 FID 比较）</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="56" />
        <source>ONNX network (Inception preset)</source>
        <translation>ONNX 网络（Inception 预设）</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="57" />
        <source>inception.onnx</source>
        <translation>inception.onnx</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="60" />
        <source>Neighbourhood size for precision, recall, density and coverage</source>
        <translation>精确率、召回率、密度和覆盖率使用的邻域大小</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="62" />
        <source>Seed of every random choice (KID subsets)</source>
        <translation>所有随机选择的种子（KID 子集）</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="64" />
        <source>All cores</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="65" />
        <source>Worker threads for the heavy stages</source>
        <translation>繁重阶段使用的工作线程数</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="66" />
        <source>Only the checked metrics are computed (Space toggles)</source>
        <translation>只计算勾选的指标（空格键切换）</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="70" />
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="75" />
        <source>&amp;Modality:</source>
        <translation>模态(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="85" />
        <source>&amp;k:</source>
        <translation>&amp;k：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="88" />
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="91" />
        <source>T&amp;hreads:</source>
        <translation>线程(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="94" />
        <source>Metr&amp;ics:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="129" />
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="132" />
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="139" />
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="141" />
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="155" />
        <source>&amp;Ground truth:</source>
        <translation>真实标注(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="155" />
        <source>&amp;Real samples:</source>
        <translation>真实样本(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="156" />
        <source>Reco&amp;mmendations:</source>
        <translation>推荐结果(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="156" />
        <source>&amp;Generated samples:</source>
        <translation>生成样本(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="157" />
        <source>&amp;Training interactions (optional):</source>
        <translation>训练交互数据（可选）(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="158" />
        <source>Re&amp;ferences (optional):</source>
        <translation>参考文本（可选）(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="190" />
        <source>Always computed</source>
        <translation>始终计算</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="266" />
        <source>Choose the ONNX file.</source>
        <translation>请选择 ONNX 文件。</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="273" />
        <source>Choose at least one metric.</source>
        <translation>请至少选择一个指标。</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::RunComparisonPage</name>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="267" />
        <source>Run &amp;A:</source>
        <translation>运行 &amp;A：</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="268" />
        <source>Run &amp;B:</source>
        <translation>运行 &amp;B：</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="269" />
        <source>Metric table</source>
        <translation>指标表</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="270" />
        <source>Score distributions</source>
        <translation>分数分布</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="271" />
        <source>Changed most</source>
        <translation>变化最大</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="272" />
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="273" />
        <source>S&amp;et:</source>
        <translation>集合(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="274" />
        <source>&amp;Score:</source>
        <translation>分数(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="275" />
        <source>Se&amp;t:</source>
        <translation>集合(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="276" />
        <source>Sc&amp;ore:</source>
        <translation>分数(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="277" />
        <source>M&amp;etric:</source>
        <translation>指标(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="279" />
        <source>Double-click or press Enter to open run B's sample in the Sample panel.</source>
        <translation>双击或按回车键，在样本面板中打开运行 B 的该样本。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="312" />
        <source>Run %1 · %2: %3</source>
        <translation>运行 %1 · %2：%3</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="314" />
        <source>Run %1 · %2 — %3</source>
        <translation>运行 %1 · %2 — %3</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="323" />
        <source>Ground-truth users</source>
        <translation>真实标注用户</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="323" />
        <source>Recommendation lists</source>
        <translation>推荐列表</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="325" />
        <source>Real set</source>
        <translation>真实集合</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="325" />
        <source>Generated set</source>
        <translation>生成集合</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="624" />
        <source>The project needs two runs to compare.</source>
        <translation>项目中需要有两次运行才能比较。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="642" />
        <source>The runs use different real sets: differences mix the models with the data, so only the metric table is shown.</source>
        <translation>两次运行使用了不同的真实集合：差异同时来自模型和数据，因此只显示指标表。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="663" />
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="733" />
        <source>The two runs have no per-sample score in common.</source>
        <translation>两次运行没有共同的逐样本分数。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="674" />
        <source>A: %1 (%2)</source>
        <translation>A：%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="681" />
        <source>B: %1 (%2)</source>
        <translation>B：%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="685" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="689" />
        <source>Share of the set (%)</source>
        <translation>占集合的比例（%）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="709" />
        <source>KS statistic between A and B: n/a (a run has no defined value)</source>
        <translation>A 与 B 之间的 KS 统计量：不适用（某次运行没有有效值）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="710" />
        <source>KS statistic between A and B: D = %1 (0: same distribution, 1: disjoint)</source>
        <translation>A 与 B 之间的 KS 统计量：D = %1（0：分布相同，1：完全不重叠）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="712" />
        <source>%1 · %2 shared bins over all %3 values of A and %4 of B</source>
        <translation>%1 · 在 A 的全部 %3 个值和 B 的 %4 个值上共用 %2 个分箱</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="740" />
        <source>the shared real set pairs each sample with itself</source>
        <translation>共享的真实集合中每个样本与自身配对</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="743" />
        <source>images are paired when their content is identical</source>
        <translation>内容完全相同的图像被配对</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="746" />
        <source>texts are paired when they are identical</source>
        <translation>完全相同的文本被配对</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="749" />
        <source>lists are paired by user id</source>
        <translation>推荐列表按用户 ID 配对</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="752" />
        <source>these samples cannot be paired</source>
        <translation>这些样本无法配对</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="757" />
        <source>No sample of run B's %1 is also in run A's (%2), so nothing can be compared sample by sample. The Distributions tab compares the sets as wholes.</source>
        <translation>运行 B 的%1中没有任何样本也出现在运行 A 中（%2），因此无法逐样本比较。“分数分布”标签页对两个集合做整体比较。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="762" />
        <source>%1 of run B's %2 samples are paired with run A's %3 (%4).</source>
        <translation>运行 B 的 %2 个样本中有 %1 个与运行 A 的 %3 个样本配对（%4）。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="767" />
        <source>%1 pairs without a value on one side are left out.</source>
        <translation>有 %1 对样本因一侧没有值而被略去。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="771" />
        <source>Largest change first; double-click or Enter opens run B's sample.</source>
        <translation>变化最大的排在最前；双击或按回车键打开运行 B 的样本。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="781" />
        <source>No finished run on this real set has a metric.</source>
        <translation>此真实集合上没有已完成且带指标的运行。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="788" />
        <source>%1, every finished run on this real set</source>
        <translation>%1，此真实集合上的所有已完成运行</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="791" />
        <source>Other runs</source>
        <translation>其他运行</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="796" />
        <source>A: run %1</source>
        <translation>A：运行 %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="801" />
        <source>B: run %1</source>
        <translation>B：运行 %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="839" />
        <source>Run %1%2
%3 = %4
started %5</source>
        <translation>运行 %1%2
%3 = %4
开始于 %5</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="862" />
        <source>Finished runs on this real set, oldest first</source>
        <translation>此真实集合上的已完成运行，按时间从早到晚</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="880" />
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="883" />
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="886" />
        <source>no better direction is known</source>
        <translation>没有已知的优劣方向</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="889" />
        <source>%1 over the %2 finished runs on this real set, in the order they ran (%3). Hover a point for its run.</source>
        <translation>%1 在此真实集合上 %2 次已完成运行中的取值，按运行顺序排列（%3）。将鼠标悬停在点上可查看对应运行。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="525" />
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="821" />
        <source>run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="632" />
        <source>Loading runs %1 and %2…</source>
        <translation>正在加载运行 %1 和 %2…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="638" />
        <source>A and B are the same run.</source>
        <translation>A 和 B 是同一次运行。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="640" />
        <source>The runs are of different modalities; only shared metrics are comparable.</source>
        <translation>两次运行的模态不同；只有共同的指标可以比较。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="645" />
        <source>Same real set: differences come from the generated sets (the models).</source>
        <translation>真实集合相同：差异来自生成集合（即模型）。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/runcomparisonpage.cpp" line="651" />
        <source>The extractors differ (%1, %2): feature-space metrics are not comparable.</source>
        <translation>特征提取器不同（%1、%2）：特征空间指标不可比较。</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::SidePanel</name>
    <message>
        <location filename="../widgets/sidepanel.cpp" line="55" />
        <source>&amp;Sample sets</source>
        <translation>样本集(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/sidepanel.cpp" line="56" />
        <source>&amp;Runs</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/sidepanel.cpp" line="57" />
        <source>No project open. Use File → Open… or File → New project…</source>
        <translation>未打开项目。请使用 文件 → 打开… 或 文件 → 新建项目…</translation>
    </message>
</context>
</TS>