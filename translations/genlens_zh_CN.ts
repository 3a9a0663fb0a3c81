<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomSlice</name>
    <message>
        <location filename="../app/slices/customslice.cpp" line="67" />
        <source>%1: the features of %2 are not in the project's feature cache</source>
        <translation>%1：%2 的特征不在项目的特征缓存中</translation>
    </message>
    <message>
        <location filename="../app/slices/customslice.cpp" line="81" />
        <source>sample %1 is not in the %2 set (%3 samples)</source>
        <translation>样本 %1 不在 %2 集合中（共 %3 个样本）</translation>
    </message>
    <message>
        <location filename="../app/slices/customslice.cpp" line="142" />
        <source>a slice needs a name</source>
        <translation>切片需要一个名称</translation>
    </message>
    <message>
        <location filename="../app/slices/customslice.cpp" line="156" />
        <source>run %1: slices defined later need features the project keeps (image runs whose images GenLens extracted); slice this run with --slice-by instead</source>
        <translation>运行 %1：事后定义的切片需要项目中保存的特征（由 GenLens 提取特征的图像运行）；请改用 --slice-by 对该运行切片</translation>
    </message>
</context>
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
    <name>FeatureSlices</name>
    <message>
        <location filename="../app/slices/featureslices.cpp" line="46" />
        <source>%1 real and %2 generated samples</source>
        <translation>%1 个真实样本和 %2 个生成样本</translation>
    </message>
    <message>
        <location filename="../app/slices/featureslices.cpp" line="61" />
        <source>undefined: FID needs at least 2 samples on each side (%1)</source>
        <translation>未定义：FID 每一侧至少需要 2 个样本（%1）</translation>
    </message>
    <message>
        <location filename="../app/slices/featureslices.cpp" line="66" />
        <source>unreliable: %1 in %2 dimensions; with no more samples than dimensions the covariance is rank-deficient and FID is strongly biased upwards</source>
        <translation>不可靠：%1，特征维数为 %2；样本数不多于维数时协方差矩阵秩亏，FID 会严重偏高</translation>
    </message>
    <message>
        <location filename="../app/slices/featureslices.cpp" line="74" />
        <source>undefined: KID needs at least 2 samples on each side (%1)</source>
        <translation>未定义：KID 每一侧至少需要 2 个样本（%1）</translation>
    </message>
    <message>
        <location filename="../app/slices/featureslices.cpp" line="79" />
        <source>undefined: k-NN metrics with k = %1 need at least %2 samples on each side (%3)</source>
        <translation>未定义：k = %1 的 k 近邻指标每一侧至少需要 %2 个样本（%3）</translation>
    </message>
</context>
<context>
    <name>FidCurveChart</name>
    <message>
        <location filename="../widgets/charts/fidcurvechart.cpp" line="25" />
        <source>FID against the sample count; FID∞ = %1 ± %2</source>
        <translation>FID 随样本数的变化；FID∞ = %1 ± %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fidcurvechart.cpp" line="30" />
        <source>FID of N samples</source>
        <translation>N 个样本的 FID</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fidcurvechart.cpp" line="45" />
        <source>least-squares fit in 1/N</source>
        <translation>关于 1/N 的最小二乘拟合</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fidcurvechart.cpp" line="52" />
        <source>FID∞ (1/N = 0)</source>
        <translation>FID∞（1/N = 0）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fidcurvechart.cpp" line="62" />
        <source>samples N</source>
        <translation>样本数 N</translation>
    </message>
    <message>
        <location filename="../widgets/charts/fidcurvechart.cpp" line="79" />
        <source>KID of N samples (right axis)</source>
        <translation>N 个样本的 KID（右轴）</translation>
    </message>
</context>
<context>
    <name>ImagePipeline</name>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="171" />
        <source>no real set given</source>
        <translation>未给出真实样本集</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="172" />
        <source>no generated set given</source>
        <translation>未给出生成样本集</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="176" />
        <source>%1: no such file or folder</source>
        <translation>%1：没有这个文件或文件夹</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="200" />
        <source>%1: the %2 %3 would take %4 MiB once read, above the limit of %5 MiB; raise it with --max-member-mb</source>
        <translation>%1：%2 %3 读入后将占用 %4 MiB，超过 %5 MiB 的上限；可用 --max-member-mb 提高上限</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="204" />
        <source>statistics</source>
        <translation>统计量</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="205" />
        <source>array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="381" />
        <source>--slice-by folder needs image folders; %1 is not one</source>
        <translation>--slice-by folder 需要图像文件夹；%1 不是文件夹</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="466" />
        <source>fd_dinov2 needs DINOv2 features (the dinov2 ONNX preset, or features whose name starts with "dinov2"); the features of this run are %1</source>
        <translation>fd_dinov2 需要 DINOv2 特征（dinov2 ONNX 预设，或名称以“dinov2”开头的特征）；本次运行的特征为 %1</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="473" />
        <source>the features of this run are DINOv2 features (%1): their Fréchet distance is fd_dinov2, not fid</source>
        <translation>本次运行的特征是 DINOv2 特征（%1）：其 Fréchet 距离为 fd_dinov2，而非 fid</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="615" />
        <source>the Inception Score needs a classifier extractor</source>
        <translation>Inception Score 需要分类器提取器</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="633" />
        <location filename="../app/pipeline/imagepipeline.cpp" line="649" />
        <source>feature dimensions differ: %1 has %2, %3 has %4</source>
        <translation>特征维度不同：%1 为 %2 维，%3 为 %4 维</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="702" />
        <source>the Inception Score needs generated images, not %1</source>
        <translation>Inception Score 需要生成的图像，而不是 %1</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="761" />
        <source>%1: FID needs at least 2 samples</source>
        <translation>%1：FID 至少需要 2 个样本</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="783" />
        <source>%1: %2 usable samples; k = %3 needs at least %4</source>
        <translation>%1：可用样本 %2 个；k = %3 至少需要 %4 个</translation>
    </message>
    <message>
        <location filename="../app/pipeline/imagepipeline.cpp" line="813" />
        <source>--slice-by needs samples on both sides; a statistics file has none</source>
        <translation>--slice-by 需要两侧都有样本；统计量文件不含样本</translation>
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
        <source>FID extrapolated to infinitely many generated samples (intercept of FID against 1/N)</source>
        <translation>外推到无穷多生成样本的 FID（FID 关于 1/N 直线的截距）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="19" />
        <source>Unbiased squared MMD with a cubic polynomial kernel, mean over subsets</source>
        <translation>三次多项式核的无偏平方 MMD，各子集的平均值</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="21" />
        <source>Inception Score: confident and varied classifier predictions</source>
        <translation>Inception 分数：分类器预测既确定又多样</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="23" />
        <source>Share of generated samples inside the real manifold (fidelity)</source>
        <translation>落在真实流形内的生成样本比例（保真度）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="25" />
        <source>Share of real samples inside the generated manifold (diversity)</source>
        <translation>落在生成流形内的真实样本比例（多样性）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="27" />
        <source>How many real neighbourhoods hold each generated sample, on average</source>
        <translation>平均每个生成样本落入多少个真实样本的邻域</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="29" />
        <source>Share of real samples with a generated sample in their neighbourhood; for recommendations, share of the catalogue recommended at least once</source>
        <translation>邻域内有生成样本的真实样本比例；对推荐而言，为至少被推荐一次的物品占目录的比例</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="32" />
        <source>Effective number of distinct real samples (Vendi score)</source>
        <translation>真实样本中不同样本的有效数量（Vendi 分数）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="33" />
        <source>Effective number of distinct generated samples (Vendi score)</source>
        <translation>生成样本中不同样本的有效数量（Vendi 分数）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="35" />
        <source>Share of generated samples that look like copies of a real sample</source>
        <translation>看起来像是某个真实样本副本的生成样本比例</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="37" />
        <source>Squared MMD with a Gaussian kernel (sigma 10) x 1000, on CLIP embeddings as defined</source>
        <translation>高斯核（sigma 10）平方 MMD × 1000，按定义在 CLIP 嵌入上计算</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="40" />
        <source>Frechet distance between Gaussian fits of real and generated DINOv2 features</source>
        <translation>真实与生成 DINOv2 特征的高斯拟合之间的 Fréchet 距离</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="43" />
        <source>Corpus BLEU against the references (sacrebleu)</source>
        <translation>相对参考文本的语料级 BLEU（sacrebleu）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="44" />
        <source>Character 6-gram F-score against the references</source>
        <translation>相对参考文本的字符 6-gram F 分数</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="45" />
        <source>Longest-common-subsequence F-measure</source>
        <translation>最长公共子序列 F 值</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="46" />
        <source>BLEU-4 of each generated sample against the others: lower is more diverse</source>
        <translation>每个生成样本相对其余样本的 BLEU-4：越低越多样</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="48" />
        <source>Self-BLEU with bigrams</source>
        <translation>基于二元组的 Self-BLEU</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="49" />
        <source>Self-BLEU with trigrams</source>
        <translation>基于三元组的 Self-BLEU</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="50" />
        <source>Self-BLEU with 5-grams</source>
        <translation>基于五元组的 Self-BLEU</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="51" />
        <source>Unique unigrams / all unigrams</source>
        <translation>不同一元组数 / 全部一元组数</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="52" />
        <source>Unique bigrams / all bigrams</source>
        <translation>不同二元组数 / 全部二元组数</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="53" />
        <source>Unique trigrams / all trigrams</source>
        <translation>不同三元组数 / 全部三元组数</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="54" />
        <source>Unique 4-grams / all 4-grams</source>
        <translation>不同四元组数 / 全部四元组数</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="55" />
        <source>Shannon entropy (nats) of pooled unigrams</source>
        <translation>汇总一元组的香农熵（奈特）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="56" />
        <source>Shannon entropy (nats) of pooled bigrams</source>
        <translation>汇总二元组的香农熵（奈特）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="57" />
        <source>Shannon entropy (nats) of pooled trigrams</source>
        <translation>汇总三元组的香农熵（奈特）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="58" />
        <source>Shannon entropy (nats) of pooled 4-grams</source>
        <translation>汇总四元组的香农熵（奈特）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="59" />
        <source>Mean within-sample repeated 4-gram share (seq-rep-4)</source>
        <translation>样本内重复四元组的平均比例（seq-rep-4）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="60" />
        <source>Mean tokens per generated sample</source>
        <translation>每个生成样本的平均词元数</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="61" />
        <source>Mean tokens per real sample</source>
        <translation>每个真实样本的平均词元数</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="62" />
        <source>KS statistic of generated vs real lengths</source>
        <translation>生成与真实长度分布的 KS 统计量</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="63" />
        <source>Generated samples (at least 4 tokens) wholly inside a real sample</source>
        <translation>完全包含在某个真实样本中的生成样本（至少 4 个词元）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="65" />
        <source>Perplexity of generated text under a model of real text (fluency)</source>
        <translation>生成文本在真实文本模型下的困惑度（流畅度）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="67" />
        <source>Perplexity of real text under a model of generated text (coverage)</source>
        <translation>真实文本在生成文本模型下的困惑度（覆盖度）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="69" />
        <source>Area under the divergence frontier of real and generated embeddings</source>
        <translation>真实与生成嵌入的散度前沿曲线下面积</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="71" />
        <source>Relevant items among the top k</source>
        <translation>前 k 个推荐中的相关物品比例</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="72" />
        <source>Share of relevant items found in the top k</source>
        <translation>在前 k 个推荐中找到的相关物品比例</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="73" />
        <source>Rank-discounted gain relative to the ideal list</source>
        <translation>相对理想列表的按排名折损增益</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="74" />
        <source>Mean average precision to rank k</source>
        <translation>截至第 k 位的平均精度均值</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="75" />
        <source>Users with at least one hit in the top k</source>
        <translation>前 k 个推荐中至少命中一次的用户比例</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="76" />
        <source>Mean reciprocal rank of the first hit</source>
        <translation>首次命中位置的平均倒数排名</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="77" />
        <source>Concentration of recommendations on few items (0 even, 1 concentrated)</source>
        <translation>推荐集中于少数物品的程度（0 为均匀，1 为集中）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="79" />
        <source>Shannon entropy of recommendation counts, in bits</source>
        <translation>推荐次数的香农熵（比特）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="80" />
        <source>Mean self-information of recommended items, in bits</source>
        <translation>被推荐物品的平均自信息（比特）</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="81" />
        <source>Mean dissimilarity of items within a list</source>
        <translation>列表内物品之间的平均差异度</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="82" />
        <source>Average training popularity of recommended items</source>
        <translation>被推荐物品在训练数据中的平均流行度</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="83" />
        <source>Share of recommendations from the long tail</source>
        <translation>来自长尾物品的推荐比例</translation>
    </message>
    <message>
        <location filename="../app/models/metrictext.cpp" line="84" />
        <source>Relevant recommendations a popularity baseline would not make</source>
        <translation>流行度基线不会给出的相关推荐</translation>
    </message>
</context>
<context>
    <name>MetricSelection</name>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="232" />
        <source>unknown metric key(s) %1 for %2; valid keys: %3</source>
        <translation>%2 没有指标键 %1；有效的键：%3</translation>
    </message>
</context>
<context>
    <name>ModeCoverage</name>
    <message>
        <location filename="../widgets/charts/modecoveragechart.cpp" line="64" />
        <source>▼ %1 (dropped)</source>
        <translation>▼ %1（丢失）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modecoveragechart.cpp" line="66" />
        <source>▲ %1 (over-produced)</source>
        <translation>▲ %1（过量生成）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modecoveragechart.cpp" line="77" />
        <source>Mode coverage: each slice's share of the real and of the generated set</source>
        <translation>模式覆盖：各切片在真实集与生成集中所占比例</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modecoveragechart.cpp" line="83" />
        <source>Real (n = %1)</source>
        <translation>真实（n = %1）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modecoveragechart.cpp" line="85" />
        <source>Generated (n = %1)</source>
        <translation>生成（n = %1）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modecoveragechart.cpp" line="111" />
        <source>share of set (%)</source>
        <translation>占集合比例（%）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modecoveragechart.cpp" line="130" />
        <source>Dropped mode (≈ 0 generated)</source>
        <translation>丢失的模式（生成样本 ≈ 0）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modecoveragechart.cpp" line="131" />
        <source>Over-produced (≥ 2× the real share)</source>
        <translation>过量生成（≥ 真实比例的 2 倍）</translation>
    </message>
</context>
<context>
    <name>RecsysPipeline</name>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="140" />
        <source>cut-offs must be positive integers, e.g. 5,10,20</source>
        <translation>截断值必须是正整数，例如 5,10,20</translation>
    </message>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="176" />
        <source>no ground truth given</source>
        <translation>未给出真实标注</translation>
    </message>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="179" />
        <source>no recommendations given</source>
        <translation>未给出推荐列表</translation>
    </message>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="183" />
        <source>the long-tail head share must be in (0, 1]</source>
        <translation>长尾头部份额必须在 (0, 1] 之内</translation>
    </message>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="481" />
        <source>%1: none of its users (%2) is in the ground truth %3: every user of the truth counts as without recommendations (accuracy 0)</source>
        <translation>%1：其 %2 个用户均不在真实标注 %3 中：真实标注中的每个用户都按无推荐计（准确率为 0）</translation>
    </message>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="697" />
        <source>undefined: no user of this slice has relevant items in the ground truth</source>
        <translation>未定义：该切片中没有用户在真实标注中有相关物品</translation>
    </message>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="809" />
        <source>--slice-by users:activity counts training interactions: give --train FILE</source>
        <translation>--slice-by users:activity 按训练交互数划分用户：请提供 --train FILE</translation>
    </message>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="814" />
        <source>--slice-by %1 reads the attribute from a users file: give --users FILE (a CSV/TSV with a header: the user column and attribute columns)</source>
        <translation>--slice-by %1 从用户文件读取属性：请提供 --users FILE（带表头的 CSV/TSV：用户列和属性列）</translation>
    </message>
    <message>
        <location filename="../app/pipeline/recsyspipeline.cpp" line="1285" />
        <source>; the comparison is against empty lists</source>
        <translation>；比较的对象是空列表</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="41" />
        <source>Realism score (higher is more realistic)</source>
        <translation>真实感分数（越高越真实）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="42" />
        <location filename="../app/report/reportcontent.cpp" line="44" />
        <source>Distance to the nearest real sample</source>
        <translation>到最近真实样本的距离</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="46" />
        <source>Distance to the nearest generated sample</source>
        <translation>到最近生成样本的距离</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="47" />
        <source>Distance to the k-th nearest real sample</source>
        <translation>到第 k 近真实样本的距离</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="48" />
        <source>Flagged as a copy of a real sample (1)</source>
        <translation>被标记为真实样本的副本（1）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="50" />
        <source>Inside the real manifold (1): counts towards precision</source>
        <translation>位于真实流形内（1）：计入精确率</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="52" />
        <source>Inside the generated manifold (1): counts towards recall</source>
        <translation>位于生成流形内（1）：计入召回率</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="54" />
        <source>Has a generated sample in its neighbourhood (1): coverage</source>
        <translation>邻域内有生成样本（1）：覆盖率</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="56" />
        <location filename="../app/report/reportcontent.cpp" line="58" />
        <source>Nearest / second-nearest real distance (low: likely copy)</source>
        <translation>最近 / 次近真实样本距离比（低：可能是复制）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="59" />
        <source>Width in pixels</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="60" />
        <source>Height in pixels</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="61" />
        <source>Aspect ratio (width / height)</source>
        <translation>宽高比（宽 / 高）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="63" />
        <source>BLEU-4 against the whole real set (Texygen's test-BLEU)</source>
        <translation>相对整个真实集合的 BLEU-4（Texygen 的 test-BLEU）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="65" />
        <source>Longest run shared with a real sample / sample length</source>
        <translation>与真实样本共享的最长片段 / 样本长度</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="66" />
        <source>Relevant items of the user</source>
        <translation>该用户的相关物品</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="67" />
        <source>Length of the user's list</source>
        <translation>该用户列表的长度</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="68" />
        <source>Sharpness (variance of the Laplacian)</source>
        <translation>清晰度（拉普拉斯方差）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="69" />
        <location filename="../app/report/reportcontent.cpp" line="70" />
        <source>Colourfulness (Hasler-Suesstrunk)</source>
        <translation>色彩丰富度（Hasler-Süsstrunk）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="71" />
        <source>Mean brightness</source>
        <translation>平均亮度</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="72" />
        <source>Share of clipped pixels</source>
        <translation>溢出像素比例</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="73" />
        <source>Noise estimate</source>
        <translation>噪声估计</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="74" />
        <location filename="../app/report/reportcontent.cpp" line="75" />
        <source>Sentence BLEU against the reference</source>
        <translation>相对参考文本的句子 BLEU</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="77" />
        <source>BLEU-4 against the other samples of its set (lower: more diverse)</source>
        <translation>相对同集合其他样本的 BLEU-4（越低越多样）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="80" />
        <source>Perplexity under the other set's model</source>
        <translation>在另一集合模型下的困惑度</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="81" />
        <source>Share of repeated n-grams</source>
        <translation>重复 n 元组比例</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="82" />
        <source>Length in tokens</source>
        <translation>词元长度</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="83" />
        <source>Training interactions of the user</source>
        <translation>该用户的训练交互</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="135" />
        <source>Image evaluation</source>
        <translation>图像评估</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="138" />
        <source>Text evaluation</source>
        <translation>文本评估</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="141" />
        <source>Recommendation evaluation</source>
        <translation>推荐评估</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="150" />
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="152" />
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="154" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="156" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="158" />
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="166" />
        <source>Ground truth</source>
        <translation>真实标注</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="166" />
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="168" />
        <source>Real</source>
        <translation>真实</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="168" />
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="214" />
        <source>The built-in extractor (%1) needs no downloaded weights. Its numbers compare runs made with it; they are not comparable with published FID/KID values, which use Inception features.</source>
        <translation>内置特征提取器（%1）无需下载权重。其数值可用于比较使用它的各次运行，但不能与使用 Inception 特征发表的 FID/KID 数值比较。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="220" />
        <source>Feature extractor %1: numbers are comparable only with results computed with the same network and preprocessing.</source>
        <translation>特征提取器 %1：数值只能与使用相同网络和预处理得到的结果比较。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="417" />
        <source>hit</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="508" />
        <source>users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="508" />
        <source>samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="511" />
        <source>Best %1 by %2</source>
        <translation>按%2最好的 %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="512" />
        <source>Worst %1 by %2</source>
        <translation>按%2最差的 %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="554" />
        <source>Most-copied samples</source>
        <translation>最像复制的样本</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="555" />
        <source>Generated samples closest to a real sample, closest first: each pair shows the generated sample and its nearest real one.</source>
        <translation>与某个真实样本最接近的生成样本，最近的在前：每对显示生成样本及其最近的真实样本。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="568" />
        <location filename="../app/report/reportcontent.cpp" line="585" />
        <source>distance %1</source>
        <translation>距离 %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="577" />
        <source>Least covered real samples</source>
        <translation>覆盖最少的真实样本</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="578" />
        <source>Real samples farthest from every generated sample: candidates for modes the model misses.</source>
        <translation>离所有生成样本最远的真实样本：模型可能遗漏的模式。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="613" />
        <source>Ground-truth users</source>
        <translation>真实标注用户</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="614" />
        <source>Recommendation lists</source>
        <translation>推荐列表</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="616" />
        <source>Real set</source>
        <translation>真实集合</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="616" />
        <source>Generated set</source>
        <translation>生成集合</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="623" />
        <source>the shared real set pairs each sample with itself</source>
        <translation>共享的真实集合中每个样本与自身配对</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="625" />
        <source>images are paired when their content is identical</source>
        <translation>内容完全相同的图像被配对</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="627" />
        <source>texts are paired when they are identical</source>
        <translation>完全相同的文本被配对</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="629" />
        <source>lists are paired by user id</source>
        <translation>推荐列表按用户 ID 配对</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="633" />
        <source>these samples cannot be paired</source>
        <translation>这些样本无法配对</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="670" />
        <source>The runs do not share a real set, so their per-sample scores are not compared; see the metrics table.</source>
        <translation>两次运行不共享真实集合，因此不比较逐样本分数；请参阅指标表。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="707" />
        <source>%1: no sample of run B is also in run A (%2), so no sample is compared with itself.</source>
        <translation>%1：运行 B 中没有任何样本也出现在运行 A 中（%2），因此没有样本可与自身比较。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="713" />
        <source>Largest changes in %1 (%2)</source>
        <translation>%1 变化最大的样本（%2）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="714" />
        <source>%1 of run B's %2 samples are paired with run A's (%3). Largest |B − A| first; each line shows A → B (change). %4.</source>
        <translation>运行 B 的 %2 个样本中有 %1 个与运行 A 的样本配对（%3）。按 |B − A| 从大到小排列；每行显示 A → B（变化）。%4。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="736" />
        <source>%1 → %2 (%3%4)</source>
        <translation>%1 → %2（%3%4）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="743" />
        <source>%1: %2 samples are paired (%3); none changed its %4.</source>
        <translation>%1：%2 个样本已配对（%3）；它们的 %4 都没有变化。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="838" />
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="839" />
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="844" />
        <source>(%1 % interval %2 to %3)</source>
        <translation>（%1 % 区间 %2 至 %3）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="854" />
        <source>This run stored no set-level metric.</source>
        <translation>本次运行未保存集合级指标。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="856" />
        <source>Headline metrics: %1.</source>
        <translation>主要指标：%1。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="867" />
        <source>This run has no slices: evaluate with --slice-by (folder, field, column, user activity or clusters) to see which classes or modes the model misses.</source>
        <translation>本次运行没有切片：使用 --slice-by（文件夹、字段、列、用户活跃度或聚类）进行评估，即可看出模型遗漏了哪些类别或模式。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="882" />
        <source>%1 (%2, unreliable at this size)</source>
        <translation>%1（%2，此规模下不可靠）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="890" />
        <source>Worst slices by %1: %2.</source>
        <translation>按 %1 最差的切片：%2。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="897" />
        <source>%1 (%2 real, %3 generated)</source>
        <translation>%1（真实 %2 个，生成 %3 个）</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="908" />
        <source>No mode is dropped: every slice has at least a tenth of its real share among the generated samples.</source>
        <translation>没有丢失的模式：每个切片在生成样本中的比例都至少达到其真实比例的十分之一。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="910" />
        <source>Dropped modes, which the model makes (almost) none of: %1.</source>
        <translation>丢失的模式（模型（几乎）不生成）：%1。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="913" />
        <source>Over-produced, at least twice their real share: %1.</source>
        <translation>过量生成（至少为真实比例的两倍）：%1。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="944" />
        <source>No generated sample looks like a copy of a real one.</source>
        <translation>没有生成样本看起来像真实样本的副本。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="946" />
        <source>%1 of %2 generated samples (%3 %) are likely copies of a real sample (memorised).</source>
        <translation>%2 个生成样本中有 %1 个（%3 %）可能是真实样本的副本（记忆）。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="988" />
        <source>Run %1 (%2) and run %3 (%4) cannot be compared: different modalities.</source>
        <translation>运行 %1（%2）与运行 %3（%4）无法比较：模态不同。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="997" />
        <source>GenLens report</source>
        <translation>GenLens 报告</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="1001" />
        <source>%1, run %2</source>
        <translation>%1，运行 %2</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="1009" />
        <source>%1: run %2 compared with run %3</source>
        <translation>%1：运行 %2 与运行 %3 的比较</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="1018" />
        <source>The two runs use different real sets, so their differences mix model and data.</source>
        <translation>两次运行使用了不同的真实集合，因此差异同时来自模型和数据。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="1023" />
        <source>The two runs use different feature extractors: feature-space numbers are not comparable.</source>
        <translation>两次运行使用了不同的特征提取器：特征空间数值不可比较。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="1037" />
        <source>Settings that differ: %1.</source>
        <translation>不同的设置：%1。</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontent.cpp" line="1040" />
        <source>The signatures differ: %1 vs %2.</source>
        <translation>签名不同：%1 与 %2。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="33" />
        <source>--%1 needs a run id (a positive number), not "%2"</source>
        <translation>--%1 需要运行编号（正数），而不是“%2”</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="47" />
        <source>Writes the PDF report of a run stored in a GenLens project.</source>
        <translation>为 GenLens 项目中保存的运行写出 PDF 报告。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="50" />
        <source>The project file (.genlens).</source>
        <translation>项目文件（.genlens）。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="52" />
        <source>The run to report (default: the newest finished run).</source>
        <translation>要报告的运行（默认：最新完成的运行）。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="56" />
        <source>A second run to compare with.</source>
        <translation>用于比较的第二次运行。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="59" />
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="62" />
        <source>The report's language: en or zh_CN (default: the system locale's).</source>
        <translation>报告的语言：en 或 zh_CN（默认：系统区域设置的语言）。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="82" />
        <source>usage: genlens report FILE.genlens [--run ID] [--compare ID] [--language en|zh_CN] --out FILE.pdf</source>
        <translation>用法：genlens report FILE.genlens [--run ID] [--compare ID] [--language en|zh_CN] --out FILE.pdf</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="90" />
        <source>unknown language '%1' (use one of: %2)</source>
        <translation>未知语言“%1”（可用：%2）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="100" />
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="130" />
        <source>%1 holds no runs</source>
        <translation>%1 中没有运行</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="137" />
        <source>%1 has no run %2</source>
        <translation>%1 中没有运行 %2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportcommand.cpp" line="144" />
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="311" />
        <source>Set</source>
        <translation>集合</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="311" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="311" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="312" />
        <location filename="../widgets/report/reportwriter.cpp" line="1164" />
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="312" />
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="316" />
        <source>Skipped (%1): %2</source>
        <translation>已跳过（%1）：%2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="322" />
        <source>Run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="324" />
        <source>Run %1, status %2, started %3, finished %4</source>
        <translation>运行 %1，状态 %2，开始于 %3，结束于 %4</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="328" />
        <source>Feature extractor: %1 (%2 dimensions)</source>
        <translation>特征提取器：%1（%2 维）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="333" />
        <source>Feature space of the distances: %1</source>
        <translation>距离所在的特征空间：%1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="354" />
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="362" />
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="362" />
        <location filename="../widgets/report/reportwriter.cpp" line="433" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="370" />
        <source>Timings: %1</source>
        <translation>耗时：%1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="380" />
        <source>↑ higher</source>
        <translation>↑ 越高越好</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="380" />
        <source>↓ lower</source>
        <translation>↓ 越低越好</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="385" />
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="387" />
        <source>This run stored no set-level metrics.</source>
        <translation>此运行没有保存集合级指标。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="394" />
        <source>not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="422" />
        <location filename="../widgets/report/reportwriter.cpp" line="433" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="422" />
        <location filename="../widgets/report/reportwriter.cpp" line="423" />
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="423" />
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="424" />
        <location filename="../widgets/report/reportwriter.cpp" line="433" />
        <source>Better</source>
        <translation>更优方向</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="424" />
        <location filename="../widgets/report/reportwriter.cpp" line="434" />
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="426" />
        <source>Difference = run %1 − run %2; green where the second run is better, red where it is worse.</source>
        <translation>差值 = 运行 %1 − 运行 %2；绿色表示第二次运行更好，红色表示更差。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="440" />
        <source>[low, high]: 95 % confidence interval (percentile bootstrap or half-sampling, docs/intervals.md).</source>
        <translation>[下限, 上限]：95% 置信区间（百分位自助法或半样本抽样，见 docs/intervals.md）。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="455" />
        <source>FID against the sample count</source>
        <translation>FID 随样本数的变化</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="456" />
        <source>FID of N generated samples against the whole real set, and the least-squares line in 1/N whose intercept is FID∞ (Chong &amp; Forsyth, CVPR 2020): %1 ± %2 (standard error of the fit).</source>
        <translation>N 个生成样本相对于全部真实样本的 FID，以及关于 1/N 的最小二乘直线，其截距即 FID∞（Chong &amp; Forsyth，CVPR 2020）：%1 ± %2（拟合的标准误差）。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="527" />
        <location filename="../widgets/report/reportwriter.cpp" line="575" />
        <source>Generated, run %1</source>
        <translation>生成，运行 %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="528" />
        <location filename="../widgets/report/reportwriter.cpp" line="576" />
        <location filename="../widgets/report/reportwriter.cpp" line="680" />
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="525" />
        <location filename="../widgets/report/reportwriter.cpp" line="581" />
        <source>Real (n = %1)</source>
        <translation>真实（n = %1）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="533" />
        <location filename="../widgets/report/reportwriter.cpp" line="595" />
        <source>Generated, run %1 (n = %2)</source>
        <translation>生成，运行 %1（n = %2）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="540" />
        <source>0 (no)</source>
        <translation>0（否）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="540" />
        <source>1 (yes)</source>
        <translation>1（是）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="545" />
        <location filename="../widgets/report/reportwriter.cpp" line="608" />
        <location filename="../widgets/report/reportwriter.cpp" line="975" />
        <source>share of set</source>
        <translation>占集合比例</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="631" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="647" />
        <source>Slices and mode coverage</source>
        <translation>切片与模式覆盖</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="648" />
        <source>Each slice's share of the real and of the generated set, slices with the fewest generated samples for their real share at the top. Red: a dropped mode (at most a tenth of its real share); amber: over-produced (at least twice).</source>
        <translation>各切片在真实集与生成集中所占比例，相对其真实比例生成样本最少的切片在最上方。红色：丢失的模式（至多为真实比例的十分之一）；琥珀色：过量生成（至少两倍）。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="665" />
        <source>Worst first by %1.</source>
        <translation>按 %1 从最差开始排序。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="677" />
        <source>Slice</source>
        <translation>切片</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="680" />
        <source>Real</source>
        <translation>真实</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="681" />
        <source>Gen./real</source>
        <translation>生成/真实</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="714" />
        <source>* Unreliable at the slice's size:</source>
        <translation>* 在该切片规模下不可靠：</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="728" />
        <source>Distributions</source>
        <translation>分布</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="729" />
        <source>For every per-sample score: the share of each set in each bin, real against generated, with the two-sample Kolmogorov–Smirnov statistic D (0: same distribution, 1: disjoint); 0/1 flags as two bars. Every sample is counted; nothing is subsampled.</source>
        <translation>每个逐样本分数：各集合在每个区间中的比例，真实对比生成，并给出双样本 Kolmogorov–Smirnov 统计量 D（0：分布相同，1：互不相交）；0/1 标记画成两根柱。所有样本均计入，未做子采样。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="736" />
        <source>Not drawn, one value in every set: %1.</source>
        <translation>未绘制（各集合中取值唯一）：%1。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="746" />
        <source>%1: KS D = %2 (real n = %3, generated n = %4)</source>
        <translation>%1：KS D = %2（真实 n = %3，生成 n = %4）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="751" />
        <source>%1: KS D = %2 between run %3 (n = %4) and run %5 (n = %6)</source>
        <translation>%1：运行 %3（n = %4）与运行 %5（n = %6）之间 KS D = %2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="758" />
        <source>%1: only one set has this score (n = %2)</source>
        <translation>%1：只有一个集合有此分数（n = %2）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="768" />
        <source>real %1 %</source>
        <translation>真实 %1 %</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="771" />
        <source>generated %1 %</source>
        <translation>生成 %1 %</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="774" />
        <source>run %1 %2 %</source>
        <translation>运行 %1 %2 %</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="779" />
        <source>share with %1 = 1: %2</source>
        <translation>%1 = 1 的比例：%2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="784" />
        <source>run %1: KS D = %2</source>
        <translation>运行 %1：KS D = %2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="813" />
        <source>no thumbnail</source>
        <translation>无缩略图</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="843" />
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="856" />
        <source>Left: generated sample; right: its nearest real sample.</source>
        <translation>左：生成样本；右：其最近的真实样本。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="877" />
        <source>Generated: %1</source>
        <translation>生成：%1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="879" />
        <source>Nearest real: %1</source>
        <translation>最近的真实样本：%1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="940" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="951" />
        <source>A: run %1 (n = %2)</source>
        <translation>A：运行 %1（n = %2）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="958" />
        <source>B: run %1 (n = %2)</source>
        <translation>B：运行 %1（n = %2）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1001" />
        <source>%1 across the runs on this real set</source>
        <translation>%1 在此真实集合各次运行中的变化</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1010" />
        <source>Other runs</source>
        <translation>其他运行</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1012" />
        <source>A: run %1</source>
        <translation>A：运行 %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1014" />
        <source>B: run %1</source>
        <translation>B：运行 %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1029" />
        <location filename="../widgets/report/reportwriter.cpp" line="1083" />
        <source>run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1039" />
        <source>finished runs, oldest first</source>
        <translation>已完成的运行，按时间从早到晚</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1081" />
        <source>Run comparison</source>
        <translation>运行对比</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1084" />
        <source>run %1 (%2)</source>
        <translation>运行 %1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1086" />
        <source>A is %1; B is %2. Changes are B − A.</source>
        <translation>A 为%1；B 为%2。变化量为 B − A。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1098" />
        <source>Main scores, A against B</source>
        <translation>主要分数：A 对比 B</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1101" />
        <source>%1 (%2): one run has no values (A n = %3, B n = %4)</source>
        <translation>%1（%2）：某次运行没有取值（A n = %3，B n = %4）</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1105" />
        <source>%1 (%2): KS D = %3 between A (n = %4) and B (n = %5)</source>
        <translation>%1（%2）：A（n = %4）与 B（n = %5）之间的 KS D = %3</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1120" />
        <source>History of %1</source>
        <translation>%1 的历史</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1123" />
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1124" />
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1131" />
        <source>run %1%2 = %3</source>
        <translation>运行 %1%2 = %3</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1139" />
        <source>%1 over the %2 finished runs on the shared real set, oldest first%3.</source>
        <translation>%1 在共享真实集合上 %2 次已完成运行中的取值，按时间从早到晚%3。</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1201" />
        <source>Made %1 with GenLens %2</source>
        <translation>由 GenLens %2 于 %1 生成</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1204" />
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1209" />
        <source>Inputs and settings</source>
        <translation>输入与设置</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1212" />
        <source>Compared with run %1</source>
        <translation>与运行 %1 比较</translation>
    </message>
    <message>
        <location filename="../widgets/report/reportwriter.cpp" line="1248" />
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ScoreName</name>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="231" />
        <source>Realism</source>
        <translation>真实感</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="232" />
        <location filename="../app/models/sampletablemodel.cpp" line="251" />
        <source>Distance to nearest real</source>
        <translation>到最近真实样本的距离</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="233" />
        <location filename="../app/models/sampletablemodel.cpp" line="254" />
        <source>Nearest / second-nearest ratio</source>
        <translation>最近 / 次近距离比</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="234" />
        <source>Sharpness</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="235" />
        <location filename="../app/models/sampletablemodel.cpp" line="236" />
        <source>Colourfulness</source>
        <translation>色彩丰富度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="237" />
        <location filename="../app/models/sampletablemodel.cpp" line="271" />
        <source>Brightness</source>
        <translation>亮度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="238" />
        <location filename="../app/models/sampletablemodel.cpp" line="272" />
        <source>Clipped pixels</source>
        <translation>溢出像素</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="239" />
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="240" />
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="241" />
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="242" />
        <source>Aspect ratio</source>
        <translation>宽高比</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="243" />
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="244" />
        <source>Perplexity</source>
        <translation>困惑度</translation>
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
        <translation>句子 BLEU</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="247" />
        <source>NDCG</source>
        <translation>NDCG</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="248" />
        <source>Hits</source>
        <translation>命中数</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="249" />
        <source>Novelty</source>
        <translation>新颖度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="250" />
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="253" />
        <source>Distance to nearest generated</source>
        <translation>到最近生成样本的距离</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="255" />
        <source>Looks copied</source>
        <translation>疑似复制</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="256" />
        <source>Inside real manifold</source>
        <translation>位于真实流形内</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="257" />
        <source>Low realism (flag)</source>
        <translation>真实度低（标记）</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="258" />
        <source>Inside generated manifold</source>
        <translation>位于生成流形内</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="260" />
        <source>Real neighbourhoods containing it</source>
        <translation>包含它的真实邻域数</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="261" />
        <location filename="../app/models/sampletablemodel.cpp" line="262" />
        <source>k-NN radius</source>
        <translation>k 近邻半径</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="264" />
        <source>BLEU against real</source>
        <translation>相对真实文本的 BLEU</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="265" />
        <source>Repetition</source>
        <translation>重复度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="266" />
        <source>Overlap with nearest real</source>
        <translation>与最近真实样本的重合度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="267" />
        <source>Relevant items</source>
        <translation>相关物品数</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="268" />
        <source>History length</source>
        <translation>历史长度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="269" />
        <source>List length</source>
        <translation>列表长度</translation>
    </message>
    <message>
        <location filename="../app/models/sampletablemodel.cpp" line="270" />
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
        <location filename="../app/pipeline/textpipeline.cpp" line="461" />
        <source>--slice-by %1 clusters the embeddings, which this run did not compute (see --metrics)</source>
        <translation>--slice-by %1 对嵌入向量聚类，但本次运行未计算嵌入（见 --metrics）</translation>
    </message>
    <message>
        <location filename="../app/pipeline/textpipeline.cpp" line="506" />
        <source>undefined: no generated text of this slice has a usable reference</source>
        <translation>未定义：该切片中没有任何生成文本带有可用的参考文本</translation>
    </message>
    <message>
        <location filename="../app/pipeline/textpipeline.cpp" line="524" />
        <source>undefined: Self-BLEU needs at least 2 generated texts (%1)</source>
        <translation>未定义：Self-BLEU 至少需要 2 条生成文本（%1）</translation>
    </message>
    <message>
        <location filename="../app/pipeline/textpipeline.cpp" line="541" />
        <source>undefined: the slice has no generated text</source>
        <translation>未定义：该切片没有生成文本</translation>
    </message>
    <message>
        <location filename="../app/pipeline/textpipeline.cpp" line="580" />
        <source>unknown tokenizer "%1" (use 13a, intl, zh, char, none or auto)</source>
        <translation>未知的分词器“%1”（可用 13a、intl、zh、char、none 或 auto）</translation>
    </message>
    <message>
        <location filename="../app/pipeline/textpipeline.cpp" line="588" />
        <source>text evaluation needs a real and a generated file</source>
        <translation>文本评估需要一个真实文件和一个生成文件</translation>
    </message>
    <message>
        <location filename="../app/pipeline/textpipeline.cpp" line="621" />
        <source>%1: no usable text samples in the %2 set (%3 records skipped)</source>
        <translation>%1：%2 集中没有可用的文本样本（跳过了 %3 条记录）</translation>
    </message>
    <message>
        <location filename="../app/pipeline/textpipeline.cpp" line="805" />
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
    <name>genlens::app</name>
    <message>
        <location filename="../app/evaluation/featurespacename.cpp" line="50" />
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../app/evaluation/featurespacename.cpp" line="53" />
        <source>ONNX, custom preprocessing</source>
        <translation>ONNX，自定义预处理</translation>
    </message>
    <message>
        <location filename="../app/evaluation/featurespacename.cpp" line="56" />
        <source>precomputed</source>
        <translation>预先计算</translation>
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
    <name>genlens::app::LiveParameters</name>
    <message>
        <location filename="../app/models/liveparameters.cpp" line="169" />
        <source>Live parameters are not available for this run (it was stored without neighbour statistics).</source>
        <translation>此运行没有可用的实时参数（存储时未保存近邻统计）。</translation>
    </message>
    <message>
        <location filename="../app/models/liveparameters.cpp" line="173" />
        <source>Showing the stored run: k = %1.</source>
        <translation>显示已存储的运行：k = %1。</translation>
    </message>
    <message>
        <location filename="../app/models/liveparameters.cpp" line="176" />
        <source>k = %1 (run used %2)</source>
        <translation>k = %1（运行时为 %2）</translation>
    </message>
    <message>
        <location filename="../app/models/liveparameters.cpp" line="178" />
        <source>memorisation factor %1 (run used %2)</source>
        <translation>记忆系数 %1（运行时为 %2）</translation>
    </message>
    <message>
        <location filename="../app/models/liveparameters.cpp" line="183" />
        <source>realism threshold %1</source>
        <translation>真实度阈值 %1</translation>
    </message>
    <message>
        <location filename="../app/models/liveparameters.cpp" line="185" />
        <source>Values at %1; the stored run is unchanged.</source>
        <translation>以下数值对应 %1；已存储的运行保持不变。</translation>
    </message>
</context>
<context>
    <name>genlens::app::MetricSelection</name>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="156" />
        <source>FID (mean and covariance; FD_DINOv2 with DINOv2 features)</source>
        <translation>FID（均值与协方差；DINOv2 特征下为 FD_DINOv2）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="157" />
        <source>Precision, recall, density, coverage, realism (k-NN)</source>
        <translation>精确率、召回率、密度、覆盖率、真实感（k 近邻）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="158" />
        <source>Memorisation (nearest real sample)</source>
        <translation>记忆（最近的真实样本）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="159" />
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="160" />
        <source>CMMD (Gaussian-kernel MMD; by default only with CLIP features)</source>
        <translation>CMMD（高斯核 MMD；默认仅在 CLIP 特征下计算）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="162" />
        <source>Vendi score of each set</source>
        <translation>各样本集的 Vendi 分数</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="164" />
        <source>Per-image measures (images only)</source>
        <translation>逐图像度量（仅图像）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="165" />
        <source>Feature map (2-D)</source>
        <translation>特征图（二维）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="170" />
        <source>BLEU, chrF, ROUGE-L (with references)</source>
        <translation>BLEU、chrF、ROUGE-L（需参考文本）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="171" />
        <source>Self-BLEU</source>
        <translation>Self-BLEU</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="172" />
        <source>Distinct-n, entropy, repetition, lengths</source>
        <translation>Distinct-n、熵、重复率、长度</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="173" />
        <source>Perplexity (n-gram language model)</source>
        <translation>困惑度（n 元语言模型）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="174" />
        <source>MAUVE</source>
        <translation>MAUVE</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="175" />
        <source>Embedding FID</source>
        <translation>嵌入 FID</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="176" />
        <source>Embedding precision, recall, density, coverage</source>
        <translation>嵌入精确率、召回率、密度、覆盖率</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="178" />
        <source>Copies of real samples</source>
        <translation>对真实样本的复制</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="179" />
        <source>Embedding map (2-D)</source>
        <translation>嵌入图（二维）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="184" />
        <source>Accuracy (nDCG, MAP, MRR, ...)</source>
        <translation>准确性（nDCG、MAP、MRR……）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="185" />
        <source>Beyond accuracy (coverage, novelty, ...)</source>
        <translation>超越准确性（覆盖率、新颖性……）</translation>
    </message>
    <message>
        <location filename="../app/evaluation/metricselection.cpp" line="186" />
        <source>Per-user drill-down</source>
        <translation>逐用户明细</translation>
    </message>
</context>
<context>
    <name>genlens::app::MetricsModel</name>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="51" />
        <source>not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="62" />
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="130" />
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="133" />
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="141" />
        <source>Range: %1 to %2</source>
        <translation>范围：%1 至 %2</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="149" />
        <source>%1 % confidence interval: [%2, %3]</source>
        <translation>%1% 置信区间：[%2, %3]</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="153" />
        <source>Interval: %1</source>
        <translation>区间算法：%1</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="221" />
        <source>Not computed in this run (not among the metrics asked for)</source>
        <translation>本次运行未计算（不在所请求的指标中）</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="223" />
        <source>Not computed in this run: %1</source>
        <translation>本次运行未计算：%1</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="251" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="253" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="255" />
        <source>Spread</source>
        <translation>离散度</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="257" />
        <source>95 % interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="259" />
        <source>Better</source>
        <translation>更优方向</translation>
    </message>
    <message>
        <location filename="../app/models/metricsmodel.cpp" line="261" />
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
        <location filename="../app/models/sampletablemodel.cpp" line="207" />
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
    <name>genlens::app::SlicesModel</name>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="157" />
        <source>Dropped mode: the model makes (almost) none of these samples.</source>
        <translation>丢失的模式：模型（几乎）不生成这类样本。</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="159" />
        <source>Over-produced: the model makes far more of these than the real set has.</source>
        <translation>过量生成：模型生成这类样本远多于真实集中的数量。</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="165" />
        <source>Slice by %1</source>
        <translation>按 %1 切片</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="190" />
        <source>Slice</source>
        <translation>切片</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="192" />
        <source>Real</source>
        <translation>真实</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="194" />
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="196" />
        <source>Real share</source>
        <translation>真实比例</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="198" />
        <source>Generated share</source>
        <translation>生成比例</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="200" />
        <source>Gen./real</source>
        <translation>生成/真实</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="208" />
        <source>Real samples in the slice</source>
        <translation>切片中的真实样本数</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="210" />
        <source>Generated samples in the slice</source>
        <translation>切片中的生成样本数</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="212" />
        <source>The slice's share of the real set</source>
        <translation>切片占真实集的比例</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="214" />
        <source>The slice's share of the generated set</source>
        <translation>切片占生成集的比例</translation>
    </message>
    <message>
        <location filename="../app/models/slicesmodel.cpp" line="216" />
        <source>Generated share ÷ real share: near 0 the model dropped this mode, above 2 it over-produces it</source>
        <translation>生成比例 ÷ 真实比例：接近 0 表示模型丢失了该模式，高于 2 表示过量生成</translation>
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
        <location filename="../widgets/pages/comparepage.cpp" line="336" />
        <source>Side by side</source>
        <translation>并排对比</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="337" />
        <source>Copies</source>
        <translation>疑似复制</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="338" />
        <source>Missing modes</source>
        <translation>缺失模式</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="339" />
        <source>Side by side: both sets as grids. Copies: generated samples with their nearest real one, closest first. Missing modes: real samples no generated sample covers.</source>
        <translation>并排对比：两个集合以网格显示。疑似复制：生成样本及其最近的真实样本，距离最近的在前。缺失模式：没有被任何生成样本覆盖的真实样本。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="366" />
        <source>↓ Descending</source>
        <translation>↓ 降序</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="342" />
        <source>Filter by name…</source>
        <translation>按名称筛选…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="343" />
        <source>Thumbnail size</source>
        <translation>缩略图大小</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="344" />
        <source>&amp;View:</source>
        <translation>视图(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="345" />
        <source>S&amp;ort by:</source>
        <translation>排序依据(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="346" />
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="347" />
        <source>&amp;Zoom:</source>
        <translation>缩放(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="348" />
        <source>Real</source>
        <translation>真实</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="349" />
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="366" />
        <source>↑ Ascending</source>
        <translation>↑ 升序</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pages/comparepage.cpp" line="371" />
        <source>%n generated sample(s) with their nearest real sample, closest (most suspicious) first.</source>
        <translation><numerusform>%n 个生成样本及其最近的真实样本，距离最近（最可疑）的在前。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pages/comparepage.cpp" line="379" />
        <source>%n real sample(s) outside every generated k-NN ball, farthest from the generated set first.</source>
        <translation><numerusform>%n 个真实样本不在任何生成样本的 k 近邻球内，离生成集合最远的在前。</numerusform></translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="384" />
        <source>This run has no coverage score per real sample: real samples are ranked by the distance to their nearest generated sample, farthest first.</source>
        <translation>此运行没有逐个真实样本的覆盖分数：真实样本按到最近生成样本的距离排序，最远的在前。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="408" />
        <source>Set order</source>
        <translation>集合顺序</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="409" />
        <source>No score filter</source>
        <translation>不按分数筛选</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="507" />
        <source>%1 — slice “%2”: %3 of %4 samples</source>
        <translation>%1 — 切片“%2”：%4 个样本中的 %3 个</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="514" />
        <source>%1 — %2 samples</source>
        <translation>%1 — %2 个样本</translation>
    </message>
    <message>
        <location filename="../widgets/pages/comparepage.cpp" line="515" />
        <source>%1 — %2 of %3 samples</source>
        <translation>%1 — %2 / %3 个样本</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::DistributionsPage</name>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="138" />
        <source>&amp;Score:</source>
        <translation>分数(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="139" />
        <source>Show &amp;real points</source>
        <translation>显示真实点(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="140" />
        <source>Show &amp;generated points</source>
        <translation>显示生成点(&amp;G)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="204" />
        <source>This run has no per-sample scores.</source>
        <translation>此运行没有逐样本分数。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="205" />
        <location filename="../widgets/pages/distributionspage.cpp" line="292" />
        <source>No run selected.</source>
        <translation>未选择运行。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="214" />
        <source>Real (%1)</source>
        <translation>真实（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="219" />
        <source>Generated (%1)</source>
        <translation>生成（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="226" />
        <source>Share of the set (%)</source>
        <translation>占集合的比例（%）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="241" />
        <source>KS statistic: n/a (the score exists for one set only)</source>
        <translation>KS 统计量：无（该分数只存在于一个集合）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="242" />
        <source>KS statistic D = %1</source>
        <translation>KS 统计量 D = %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="244" />
        <source>%1 · %2 bins over all %3 real and %4 generated values (no subsampling)</source>
        <translation>%1 · 基于全部 %3 个真实值和 %4 个生成值的 %2 个区间（未抽样）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="297" />
        <source>The feature map is computed after the metrics and appears when that stage of the run finishes. A run cancelled before then has no map: run the evaluation again to get one.</source>
        <translation>特征图在指标计算之后生成，该阶段完成后才会显示。在此之前取消的运行没有特征图：请重新运行评估以获得。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="302" />
        <source>The feature map could not be computed: %1</source>
        <translation>无法计算特征图：%1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="305" />
        <source>Recommendation lists have no feature space, so this run has no feature map.</source>
        <translation>推荐列表没有特征空间，因此本次运行没有特征图。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="309" />
        <source>A set was given as FID statistics (a mean and a covariance, no samples), so there are no points to place on a feature map.</source>
        <translation>有一个集合以 FID 统计量（均值与协方差，没有样本）给出，因此没有可放到特征图上的点。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="313" />
        <source>This run was stored before GenLens drew feature maps. Run the evaluation again (File → New evaluation…) to get one.</source>
        <translation>本次运行保存于 GenLens 支持特征图之前。请重新运行评估（文件 → 新建评估…）以获得特征图。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="329" />
        <source>%1 of %2 real points</source>
        <translation>%2 个真实点中的 %1 个</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="330" />
        <source>%1 real points</source>
        <translation>%1 个真实点</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="332" />
        <source>%1 of %2 generated points</source>
        <translation>%2 个生成点中的 %1 个</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="334" />
        <source>%1 generated points</source>
        <translation>%1 个生成点</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="336" />
        <source>Showing %1 and %2 (a random subsample of at most %3 per set, seed %4); PCA fitted on every sample of both sets.</source>
        <translation>显示 %1 与 %2（每个集合最多随机抽取 %3 个，种子 %4）；PCA 在两个集合的全部样本上拟合。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="340" />
        <source>%1 and %2; PCA fitted on both sets.</source>
        <translation>%1 与 %2；PCA 在两个集合上拟合。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="343" />
        <source>Slice “%1”: %2 real and %3 generated points shown on the whole map's axes (clear the slice on the Slices page to see every point).</source>
        <translation>切片“%1”：在整张图的坐标轴上显示 %2 个真实点和 %3 个生成点（在“切片”页清除切片即可看到全部点）。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="349" />
        <source>Features: %1, %2 dimensions.</source>
        <translation>特征：%1，%2 维。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="350" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="356" />
        <source>Selected: %1 real and %2 generated samples, also selected in Compare (Esc clears).</source>
        <translation>已选中：%1 个真实样本与 %2 个生成样本，在“对比”中同样选中（Esc 清除）。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/distributionspage.cpp" line="359" />
        <source>Drag to select points (they are selected in Compare too); click a point to open it.</source>
        <translation>拖动以选择点（在“对比”中同样选中）；单击一个点以打开该样本。</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::DrillDownPanel</name>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="134" />
        <source>&amp;Scores</source>
        <translation>分数(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="135" />
        <source>&amp;Nearest neighbours</source>
        <translation>最近邻(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="163" />
        <source>No sample selected</source>
        <translation>未选择样本</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="164" />
        <source>Click a sample in the Compare view to see it here.</source>
        <translation>在“对比”视图中单击一个样本即可在此查看。</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="186" />
        <source>Real</source>
        <translation>真实</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="186" />
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="187" />
        <source>%1 sample %2: %3</source>
        <translation>%1样本 %2：%3</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="233" />
        <source>Nearest sample in the other set:</source>
        <translation>另一集合中最近的样本：</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="261" />
        <source>Recommended list (hits in green):</source>
        <translation>推荐列表（命中项为绿色）：</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownpanel.cpp" line="297" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::FeatureMapView</name>
    <message>
        <location filename="../widgets/views/featuremapview.cpp" line="77" />
        <source>Feature map</source>
        <translation>特征图</translation>
    </message>
    <message>
        <location filename="../widgets/views/featuremapview.cpp" line="79" />
        <source>Drag to select points (Shift or Ctrl adds to the selection); click a point to open the sample. Keys: arrows step through the selected points, Enter opens the current one, Esc clears the selection.</source>
        <translation>拖动以选择点（按住 Shift 或 Ctrl 可追加选择）；单击一个点以打开样本。按键：方向键在选中的点之间移动，Enter 打开当前点，Esc 清除选择。</translation>
    </message>
    <message>
        <location filename="../widgets/views/featuremapview.cpp" line="419" />
        <source>PC1 (%1 %)</source>
        <translation>PC1（%1 %）</translation>
    </message>
    <message>
        <location filename="../widgets/views/featuremapview.cpp" line="420" />
        <source>PC2 (%1 %)</source>
        <translation>PC2（%1 %）</translation>
    </message>
    <message>
        <location filename="../widgets/views/featuremapview.cpp" line="431" />
        <source>Real</source>
        <translation>真实</translation>
    </message>
    <message>
        <location filename="../widgets/views/featuremapview.cpp" line="431" />
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
    <name>genlens::widgets::LiveParametersBar</name>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="103" />
        <source>&amp;k:</source>
        <translation>&amp;k：</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="104" />
        <source>Neighbourhood size for precision, recall, density, coverage and realism, recomputed from the run's stored neighbours</source>
        <translation>精确率、召回率、密度、覆盖率和真实度所用的邻域大小，根据运行中存储的近邻重新计算</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="106" />
        <source>&amp;Memorisation factor:</source>
        <translation>记忆系数(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="107" />
        <source>A generated sample is a likely copy when its nearest real sample is closer than this factor times the median real–real nearest distance</source>
        <translation>当生成样本与最近真实样本的距离小于该系数乘以真实样本间最近距离的中位数时，视为疑似副本</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="110" />
        <source>Realism &amp;threshold:</source>
        <translation>真实度阈值(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="111" />
        <source>Generated samples with a realism score below this are flagged (below 1: outside every kept real neighbourhood)</source>
        <translation>真实度分数低于此值的生成样本会被标记（低于 1：位于所有保留的真实邻域之外）</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="113" />
        <source>&amp;Highlight:</source>
        <translation>突出显示(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="117" />
        <source>Nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="118" />
        <source>Low realism</source>
        <translation>真实度低</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="119" />
        <source>Likely copies</source>
        <translation>疑似副本</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="120" />
        <source>Outside the other set's manifold</source>
        <translation>位于另一集合的流形之外</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="123" />
        <source>Samples flagged at the current parameters are marked red in the grids and on the feature map</source>
        <translation>按当前参数被标记的样本在网格和特征图中以红色标出</translation>
    </message>
    <message>
        <location filename="../widgets/liveparametersbar.cpp" line="125" />
        <source>&amp;Reset to the run's values</source>
        <translation>恢复为运行时的数值(&amp;R)</translation>
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
        <location filename="../widgets/mainwindow.cpp" line="49" />
        <source>GenLens projects (*.genlens)</source>
        <translation>GenLens 项目 (*.genlens)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="278" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="279" />
        <source>Sample</source>
        <translation>样本</translation>
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
        <translation>指标(&amp;M)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="275" />
        <source>&amp;Compare</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="276" />
        <source>&amp;Distributions</source>
        <translation>分布(&amp;D)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="277" />
        <source>R&amp;uns compared</source>
        <translation>运行对比(&amp;U)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="184" />
        <source>Evaluation failed</source>
        <translation>评估失败</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="274" />
        <source>&amp;Slices</source>
        <translation>切片(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="281" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="282" />
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="283" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="284" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="285" />
        <source>New e&amp;valuation…</source>
        <translation>新建评估(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="286" />
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="287" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="288" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="292" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="293" />
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="294" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="295" />
        <source>&amp;About GenLens</source>
        <translation>关于 GenLens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="296" />
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="323" />
        <source>Could not open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="593" />
        <source>Evaluation in progress · %1 real · %2 generated</source>
        <translation>评估进行中 · 真实 %1 · 生成 %2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="596" />
        <source>Finished, not stored · %1 real · %2 generated</source>
        <translation>已完成，未保存 · 真实 %1 · 生成 %2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="315" />
        <source>%1 — GenLens</source>
        <translation>%1 — GenLens</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="390" />
        <source>Could not load run %1</source>
        <translation>无法加载运行 %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="450" />
        <source>Where should this evaluation be saved?</source>
        <translation>此评估应保存在哪里？</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="507" />
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="520" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="537" />
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="555" />
        <source>About GenLens</source>
        <translation>关于 GenLens</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="556" />
        <source>&lt;h3&gt;GenLens %1&lt;/h3&gt;&lt;p&gt;Compare what a generative model makes with the real thing: images, text and recommendation lists, side by side, with the metrics papers report.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GenLens %1&lt;/h3&gt;&lt;p&gt;将生成模型的产出与真实数据并排比较：图像、文本和推荐列表，并给出论文中常用的指标。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="573" />
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="574" />
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="578" />
        <source>Loading run %1…</source>
        <translation>正在加载运行 %1…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="590" />
        <source>Run %1 · %2 real · %3 generated</source>
        <translation>运行 %1 · %2 个真实 · %3 个生成</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::MetricsPage</name>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="29" />
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="31" />
        <source>%1 — %2 samples</source>
        <translation>%1 — %2 个样本</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="34" />
        <source>%1 — %2 samples, %3 skipped</source>
        <translation>%1 — %2 个样本，跳过 %3 个</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="118" />
        <source>The built-in extractor measures its own feature space: its FID, KID, precision and recall are good for comparing runs with each other, but are not comparable to numbers published with Inception features.</source>
        <translation>内置特征提取器使用自己的特征空间：其 FID、KID、精确率和召回率适合在运行之间相互比较，但不能与基于 Inception 特征发表的数值比较。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="137" />
        <source>No run selected</source>
        <translation>未选择运行</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="138" />
        <source>Open a project and pick a run in the side panel.</source>
        <translation>打开一个项目，然后在侧栏中选择一次运行。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="155" />
        <source>Run %1 · %2 · %3</source>
        <translation>运行 %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="161" />
        <source>Evaluation finished, not stored · %1</source>
        <translation>评估已完成，未保存 · %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="166" />
        <source>Evaluation in progress · %1</source>
        <translation>评估进行中 · %1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="171" />
        <source>%1 · live values at k = %2 (run used %3)</source>
        <translation>%1 · k = %2 时的实时数值（运行时为 %3）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="176" />
        <source>Real: %1</source>
        <translation>真实：%1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="177" />
        <source>Generated: %1</source>
        <translation>生成：%1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="179" />
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="189" />
        <source>Extractor: %1 (%2 dimensions)</source>
        <translation>特征提取器：%1（%2 维）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="190" />
        <source>Extractor: %1</source>
        <translation>特征提取器：%1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="196" />
        <source>Feature space: %1</source>
        <translation>特征空间：%1</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="197" />
        <source>Feature space: %1 (%2)</source>
        <translation>特征空间：%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/metricspage.cpp" line="208" />
        <source>Settings: %1</source>
        <translation>设置：%1</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::NewEvaluationDialog</name>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="36" />
        <source>E&amp;xtractor:</source>
        <translation>特征提取器(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="45" />
        <source>New evaluation</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="48" />
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="51" />
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="54" />
        <source>Recommendation lists</source>
        <translation>推荐列表</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="56" />
        <source>Built-in (no weights; not comparable to published FIDs)</source>
        <translation>内置（无需权重；不能与已发表的 FID 比较）</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="59" />
        <source>ONNX network (Inception preset: FID as pytorch-fid)</source>
        <translation>ONNX 网络（Inception 预设：与 pytorch-fid 相同的 FID）</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="61" />
        <source>ONNX network (DINOv2 preset: FD_DINOv2 as dgm-eval)</source>
        <translation>ONNX 网络（DINOv2 预设：与 dgm-eval 相同的 FD_DINOv2）</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="63" />
        <source>ONNX network (CLIP preset: CMMD)</source>
        <translation>ONNX 网络（CLIP 预设：CMMD）</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="64" />
        <source>inception.onnx</source>
        <translation>inception.onnx</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="67" />
        <source>Neighbourhood size for precision, recall, density and coverage</source>
        <translation>精确率、召回率、密度和覆盖率使用的邻域大小</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="69" />
        <source>Seed of every random choice (KID subsets)</source>
        <translation>所有随机选择的种子（KID 子集）</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="71" />
        <source>All cores</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="72" />
        <source>Worker threads for the heavy stages</source>
        <translation>繁重阶段使用的工作线程数</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="73" />
        <source>Only the checked metrics are computed (Space toggles)</source>
        <translation>只计算勾选的指标（空格键切换）</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="77" />
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="82" />
        <source>&amp;Modality:</source>
        <translation>模态(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="92" />
        <source>&amp;k:</source>
        <translation>&amp;k：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="95" />
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="98" />
        <source>T&amp;hreads:</source>
        <translation>线程(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="101" />
        <source>Metr&amp;ics:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="136" />
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="139" />
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="146" />
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="148" />
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="162" />
        <source>&amp;Ground truth:</source>
        <translation>真实标注(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="162" />
        <source>&amp;Real samples:</source>
        <translation>真实样本(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="163" />
        <source>Reco&amp;mmendations:</source>
        <translation>推荐结果(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="163" />
        <source>&amp;Generated samples:</source>
        <translation>生成样本(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="164" />
        <source>&amp;Training interactions (optional):</source>
        <translation>训练交互数据（可选）(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="165" />
        <source>Re&amp;ferences (optional):</source>
        <translation>参考文本（可选）(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="197" />
        <source>Always computed</source>
        <translation>始终计算</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="288" />
        <source>Choose the ONNX file.</source>
        <translation>请选择 ONNX 文件。</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/newevaluationdialog.cpp" line="295" />
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
<context>
    <name>genlens::widgets::SlicesPage</name>
    <message>
        <location filename="../widgets/pages/slicespage.cpp" line="192" />
        <source>%1: %2 real (%3 %), %4 generated (%5 %). Click to show its samples.</source>
        <translation>%1：真实 %2 个（%3 %），生成 %4 个（%5 %）。点击以显示其样本。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/slicespage.cpp" line="211" />
        <source>Show &amp;all samples</source>
        <translation>显示全部样本(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/slicespage.cpp" line="212" />
        <source>Clear the slice: Compare and the feature map show every sample again (Esc).</source>
        <translation>清除切片：对比页与特征图重新显示全部样本（Esc）。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/slicespage.cpp" line="215" />
        <source>No run selected.</source>
        <translation>未选择运行。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/slicespage.cpp" line="218" />
        <source>This run has no slices. To see where the model falls short (which class, prompt type or user group) and which modes it dropped, evaluate with --slice-by folder|field:NAME|column:NAME|users:activity|clusters:K, or choose how to slice in File → New evaluation…</source>
        <translation>本次运行没有切片。若要查看模型在哪里表现不足（哪个类别、提示类型或用户群）以及丢失了哪些模式，请使用 --slice-by folder|field:NAME|column:NAME|users:activity|clusters:K 进行评估，或在“文件 → 新建评估…”中选择切片方式。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/slicespage.cpp" line="223" />
        <source>Slices by %1 (%2). The chart shows each slice's share of the real and of the generated set, dropped modes at the top; the table gives every metric per slice, worst first. Greyed numbers are unreliable at the slice's size (hover for why). Choose a slice to show only its samples in Compare and on the feature map.</source>
        <translation>按 %1 切片（%2 个）。图表显示各切片在真实集与生成集中所占比例，丢失的模式在最上方；表格列出每个切片的全部指标，最差的在前。灰色数字在该切片规模下不可靠（悬停查看原因）。选择一个切片，即可在对比页和特征图中只显示其样本。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/slicespage.cpp" line="342" />
        <source>Click a row or a bar (or move with the arrow keys) to show only that slice's samples in Compare and on the feature map. Click a column header to sort by it, worst first.</source>
        <translation>点击一行或一根柱（或用方向键移动），即可在对比页和特征图中只显示该切片的样本。点击列标题可按该列排序，最差的在前。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/slicespage.cpp" line="349" />
        <source>Slice “%1”: Compare and the feature map show its %2 real and %3 generated samples.</source>
        <translation>切片“%1”：对比页与特征图显示其 %2 个真实样本和 %3 个生成样本。</translation>
    </message>
</context>
<context>
    <name>genlens::widgets::StartPage</name>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="82" />
        <source>Welcome to GenLens</source>
        <translation>欢迎使用 GenLens</translation>
    </message>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="84" />
        <source>Load a set of real samples and a set of generated ones (images, text or recommendation lists) and see how close they are, which samples are bad, copied or missing, and why. Everything is kept in a project file.</source>
        <translation>载入一组真实样本和一组生成样本（图像、文本或推荐列表），查看两者有多接近，哪些样本质量差、被复制或缺失，以及原因。所有结果都保存在项目文件中。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="87" />
        <source>Open the &amp;demo project</source>
        <translation>打开演示项目(&amp;D)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="88" />
        <source>Real and generated sets for all three modalities, already evaluated.</source>
        <translation>三种模态的真实集与生成集，已完成评估。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="89" />
        <source>&amp;New evaluation…</source>
        <translation>新建评估(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="91" />
        <source>Pick the real and generated sets; you choose where the project is saved.</source>
        <translation>选择真实集和生成集；项目的保存位置由您决定。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="92" />
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="93" />
        <source>&amp;Recent projects</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="94" />
        <source>No recent projects yet.</source>
        <translation>还没有最近的项目。</translation>
    </message>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="119" />
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <location filename="../widgets/pages/startpage.cpp" line="120" />
        <source>The file is no longer there.</source>
        <translation>该文件已不存在。</translation>
    </message>
</context>
</TS>