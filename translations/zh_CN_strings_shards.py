# Simplified Chinese for the strings of sharded extraction, statistics files and merging
# (issue 11: app/cli/statscommand.cpp, app/cli/mergecommand.cpp, app/cli/textcommand.cpp).
ZH = {
    "Where to write each row's record number, one a line (default: OUT.paths.txt beside OUT.npy).":
        "每行对应记录编号的写入位置，每行一个（默认：OUT.npy 旁的 OUT.paths.txt）。",
    "Embed only shard I of N (0 <= I < N): the contiguous I-th share of the usable texts, for `genlens merge`.":
        "只嵌入 N 个分片中的第 I 个（0 <= I < N）：可用文本中连续的第 I 份，供 `genlens merge` 使用。",
    "Writes mergeable FID statistics of a feature matrix: mu and sigma (float64, N - 1, as pytorch-fid saves them) plus n and m2 (the centred second moment) for genlens merge.":
        "写出特征矩阵的可合并 FID 统计量：mu 和 sigma（float64，N - 1，与 pytorch-fid 保存的一致），以及供 genlens merge 使用的 n 和 m2（中心化二阶矩）。",
    "The feature matrix (.npy, N x D).": "特征矩阵（.npy，N x D）。",
    "The statistics file to write (.npz).": "要写出的统计量文件（.npz）。",
    "Name of the feature space, stored in the file (default: the extractor id from F.meta.json, when genlens features wrote it).":
        "特征空间的名称，保存在文件中（默认：genlens features 写出的 F.meta.json 中的提取器 id）。",
    "Merges feature shards (.npy written by genlens features --shard, given in shard order) into one feature file, or statistics files (.npz written by genlens stats) into one.":
        "将特征分片（genlens features --shard 写出的 .npy，按分片顺序给出）合并为一个特征文件，或将统计量文件（genlens stats 写出的 .npz）合并为一个。",
    "The merged file (.npy for shards, .npz for statistics).": "合并后的文件（分片为 .npy，统计量为 .npz）。",
    "Where to write the merged paths (default: OUT.paths.txt).": "合并后路径列表的写入位置（默认：OUT.paths.txt）。",
    "Shards or statistics files, in order.": "分片或统计量文件，按顺序给出。",
    # New-evaluation dialog: features computed elsewhere (widgets/dialogs/attachedfeaturesform.cpp)
    "Features computed elsewhere (images are still shown)": "在别处计算的特征（仍显示图像）",
    "optional: one path per row; else sorted file order": "可选：每行特征对应一个路径；否则按排序后的文件顺序",
    "e.g. inception-pool3": "例如 inception-pool3",
    "Feature matrices (*.npy *.npz)": "特征矩阵 (*.npy *.npz)",
    "Paths files (*.txt);;All files (*)": "路径文件 (*.txt);;所有文件 (*)",
    "Real features:": "真实集特征：",
    "Real paths:": "真实集路径：",
    "Generated features:": "生成集特征：",
    "Generated paths:": "生成集路径：",
    "Feature space:": "特征空间：",
    # app/models/evaluationrequest.cpp
    "Attach features to both sets.": "请为两个集合都附加特征。",
    "Name the feature space of the attached features.": "请为附加的特征命名其特征空间。",
}
