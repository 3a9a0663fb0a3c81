"""Chinese for the strings of issue 10 (metric selection, one options object, pipeline messages
in domain words). Read by fill_translations.py."""

ZH = {
    # EvaluationRequest::validate() — shared by the dialog and the CLI
    "unknown modality \"%1\"": "未知的模态“%1”",
    "no ground truth given": "未给出真实标注",
    "no real set given": "未给出真实样本集",
    "no recommendations given": "未给出推荐列表",
    "no generated set given": "未给出生成样本集",
    "%1: no such file or folder": "%1：没有这个文件或文件夹",
    "k must be at least 1": "k 至少为 1",
    "the thread count must not be negative": "线程数不能为负数",
    # ImagePipeline
    "feature dimensions differ: %1 has %2, %3 has %4": "特征维度不同：%1 为 %2 维，%3 为 %4 维",
    "the Inception Score needs generated images, not %1": "Inception Score 需要生成的图像，而不是 %1",
    "%1: FID needs at least 2 samples": "%1：FID 至少需要 2 个样本",
    "%1: %2 usable samples; k = %3 needs at least %4": "%1：可用样本 %2 个；k = %3 至少需要 %4 个",
}

ZH.update({
    # MetricSelection
    "unknown metric key(s) %1 for %2; valid keys: %3": "%2 没有指标键 %1；有效的键：%3",
    "FID (mean and covariance)": "FID（均值与协方差）",
    "Precision, recall, density, coverage, realism (k-NN)": "精确率、召回率、密度、覆盖率、真实感（k 近邻）",
    "Memorisation (nearest real sample)": "记忆（最近的真实样本）",
    "KID": "KID",
    "Vendi score of each set": "各样本集的 Vendi 分数",
    "Per-image measures (images only)": "逐图像度量（仅图像）",
    "Feature map (2-D)": "特征图（二维）",
    "BLEU, chrF, ROUGE-L (with references)": "BLEU、chrF、ROUGE-L（需参考文本）",
    "Self-BLEU": "Self-BLEU",
    "Distinct-n, entropy, repetition, lengths": "Distinct-n、熵、重复率、长度",
    "Perplexity (n-gram language model)": "困惑度（n 元语言模型）",
    "MAUVE": "MAUVE",
    "Embedding FID": "嵌入 FID",
    "Embedding precision, recall, density, coverage": "嵌入精确率、召回率、密度、覆盖率",
    "Copies of real samples": "对真实样本的复制",
    "Embedding map (2-D)": "嵌入图（二维）",
    "Accuracy (nDCG, MAP, MRR, ...)": "准确性（nDCG、MAP、MRR……）",
    "Beyond accuracy (coverage, novelty, ...)": "超越准确性（覆盖率、新颖性……）",
    "Per-user drill-down": "逐用户明细",
    # ImagePipeline
    "the Inception Score needs a classifier extractor": "Inception Score 需要分类器提取器",
    # MetricsModel
    "not computed": "未计算",
    "Not computed in this run (not among the metrics asked for)": "本次运行未计算（不在所请求的指标中）",
    "Not computed in this run: %1": "本次运行未计算：%1",
    # NewEvaluationDialog
    "All cores": "全部核心",
    "Worker threads for the heavy stages": "繁重阶段使用的工作线程数",
    "Only the checked metrics are computed (Space toggles)": "只计算勾选的指标（空格键切换）",
    "T&hreads:": "线程(&H)：",
    "Metr&ics:": "指标(&I)：",
    "Always computed": "始终计算",
    "Choose at least one metric.": "请至少选择一个指标。",
})

ZH.update({
    # RecsysPipeline
    "the long-tail head share must be in (0, 1]": "长尾头部份额必须在 (0, 1] 之内",
    "cut-offs must be positive integers, e.g. 5,10,20": "截断值必须是正整数，例如 5,10,20",
    # TextPipeline
    "unknown tokenizer \"%1\" (use 13a, intl, zh, char, none or auto)": "未知的分词器“%1”（可用 13a、intl、zh、char、none 或 auto）",
    "text evaluation needs a real and a generated file": "文本评估需要一个真实文件和一个生成文件",
    "%1: no usable text samples in the %2 set (%3 records skipped)": "%1：%2 集中没有可用的文本样本（跳过了 %3 条记录）",
    "no generated sample has a usable reference in %1": "%1 中没有任何生成样本有可用的参考文本",
})
