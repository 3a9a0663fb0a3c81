# Chinese for the strings added on the slices branch (issue 13); read by fill_translations.py.
ZH = {
    "%1 real and %2 generated samples": "%1 个真实样本和 %2 个生成样本",
    "undefined: FID needs at least 2 samples on each side (%1)":
        "未定义：FID 每一侧至少需要 2 个样本（%1）",
    "unreliable: %1 in %2 dimensions; with no more samples than dimensions the covariance is "
    "rank-deficient and FID is strongly biased upwards":
        "不可靠：%1，特征维数为 %2；样本数不多于维数时协方差矩阵秩亏，FID 会严重偏高",
    "undefined: KID needs at least 2 samples on each side (%1)":
        "未定义：KID 每一侧至少需要 2 个样本（%1）",
    "undefined: k-NN metrics with k = %1 need at least %2 samples on each side (%3)":
        "未定义：k = %1 的 k 近邻指标每一侧至少需要 %2 个样本（%3）",
    "--slice-by folder needs image folders; %1 is not one":
        "--slice-by folder 需要图像文件夹；%1 不是文件夹",
    "--slice-by needs samples on both sides; a statistics file has none":
        "--slice-by 需要两侧都有样本；统计量文件不含样本",
    "--slice-by %1 clusters the embeddings, which this run did not compute (see --metrics)":
        "--slice-by %1 对嵌入向量聚类，但本次运行未计算嵌入（见 --metrics）",
    "undefined: no generated text of this slice has a usable reference":
        "未定义：该切片中没有任何生成文本带有可用的参考文本",
    "undefined: Self-BLEU needs at least 2 generated texts (%1)":
        "未定义：Self-BLEU 至少需要 2 条生成文本（%1）",
    "undefined: the slice has no generated text": "未定义：该切片没有生成文本",
    "--slice-by users:activity counts training interactions: give --train FILE":
        "--slice-by users:activity 按训练交互数划分用户：请提供 --train FILE",
    "--slice-by %1 reads the attribute from a users file: give --users FILE (a CSV/TSV with a "
    "header: the user column and attribute columns)":
        "--slice-by %1 从用户文件读取属性：请提供 --users FILE（带表头的 CSV/TSV：用户列和属性列）",
    "undefined: no user of this slice has relevant items in the ground truth":
        "未定义：该切片中没有用户在真实标注中有相关物品",
    "%1: the features of %2 are not in the project's feature cache":
        "%1：%2 的特征不在项目的特征缓存中",
    "sample %1 is not in the %2 set (%3 samples)": "样本 %1 不在 %2 集合中（共 %3 个样本）",
    "a slice needs a name": "切片需要一个名称",
    "run %1: slices defined later need features the project keeps (image runs whose images "
    "GenLens extracted); slice this run with --slice-by instead":
        "运行 %1：事后定义的切片需要项目中保存的特征（由 GenLens 提取特征的图像运行）；"
        "请改用 --slice-by 对该运行切片",
}
