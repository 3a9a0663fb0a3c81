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
