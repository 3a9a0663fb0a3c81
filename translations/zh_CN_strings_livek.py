# Chinese for the strings added on the livek branch (issue 13 item 4: live k and thresholds);
# read by fill_translations.py.
ZH = {
    # app::LiveParameters
    "Live parameters are not available for this run (it was stored without neighbour statistics).":
        "此运行没有可用的实时参数（存储时未保存近邻统计）。",
    "Showing the stored run: k = %1.": "显示已存储的运行：k = %1。",
    "k = %1 (run used %2)": "k = %1（运行时为 %2）",
    "memorisation factor %1 (run used %2)": "记忆系数 %1（运行时为 %2）",
    "realism threshold %1": "真实度阈值 %1",
    "Values at %1; the stored run is unchanged.": "以下数值对应 %1；已存储的运行保持不变。",
    # widgets::LiveParametersBar
    "&k:": "&k：",
    "Neighbourhood size for precision, recall, density, coverage and realism, recomputed from the run's stored neighbours":
        "精确率、召回率、密度、覆盖率和真实度所用的邻域大小，根据运行中存储的近邻重新计算",
    "&Memorisation factor:": "记忆系数(&M)：",
    "A generated sample is a likely copy when its nearest real sample is closer than this factor times the median real–real nearest distance":
        "当生成样本与最近真实样本的距离小于该系数乘以真实样本间最近距离的中位数时，视为疑似副本",
    "Realism &threshold:": "真实度阈值(&T)：",
    "Generated samples with a realism score below this are flagged (below 1: outside every kept real neighbourhood)":
        "真实度分数低于此值的生成样本会被标记（低于 1：位于所有保留的真实邻域之外）",
    "&Highlight:": "突出显示(&H)：",
    "Nothing": "无",
    "Low realism": "真实度低",
    "Likely copies": "疑似副本",
    "Outside the other set's manifold": "位于另一集合的流形之外",
    "Samples flagged at the current parameters are marked red in the grids and on the feature map":
        "按当前参数被标记的样本在网格和特征图中以红色标出",
    "&Reset to the run's values": "恢复为运行时的数值(&R)",
    # widgets::MetricsPage
    "%1 · live values at k = %2 (run used %3)": "%1 · k = %2 时的实时数值（运行时为 %3）",
    # Score names
    "Low realism (flag)": "真实度低（标记）",
}
