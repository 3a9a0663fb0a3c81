# Chinese for the strings added on the slicesview branch (issue 13: the Slices page, the mode
# coverage chart, slice filters, the report's summary and slices pages); read by
# fill_translations.py.
ZH = {
    # Compare and Distributions under a slice filter.
    "%1 — slice “%2”: %3 of %4 samples": "%1 — 切片“%2”：%4 个样本中的 %3 个",
    "Slice “%1”: %2 real and %3 generated points shown on the whole map's axes (clear the slice "
    "on the Slices page to see every point).":
        "切片“%1”：在整张图的坐标轴上显示 %2 个真实点和 %3 个生成点（在“切片”页清除切片即可看到全部点）。",
    # The mode coverage chart.
    "▼ %1 (dropped)": "▼ %1（丢失）",
    "▲ %1 (over-produced)": "▲ %1（过量生成）",
    "Mode coverage: each slice's share of the real and of the generated set":
        "模式覆盖：各切片在真实集与生成集中所占比例",
    "Generated (n = %1)": "生成（n = %1）",
    "share of set (%)": "占集合比例（%）",
    "Dropped mode (≈ 0 generated)": "丢失的模式（生成样本 ≈ 0）",
    "Over-produced (≥ 2× the real share)": "过量生成（≥ 真实比例的 2 倍）",
    # The report's summary.
    "(%1 % interval %2 to %3)": "（%1 % 区间 %2 至 %3）",
    "This run stored no set-level metric.": "本次运行未保存集合级指标。",
    "Headline metrics: %1.": "主要指标：%1。",
    "This run has no slices: evaluate with --slice-by (folder, field, column, user activity or "
    "clusters) to see which classes or modes the model misses.":
        "本次运行没有切片：使用 --slice-by（文件夹、字段、列、用户活跃度或聚类）进行评估，即可看出模型遗漏了哪些类别或模式。",
    "%1 (%2, unreliable at this size)": "%1（%2，此规模下不可靠）",
    "Worst slices by %1: %2.": "按 %1 最差的切片：%2。",
    "%1 (%2 real, %3 generated)": "%1（真实 %2 个，生成 %3 个）",
    "No mode is dropped: every slice has at least a tenth of its real share among the generated "
    "samples.": "没有丢失的模式：每个切片在生成样本中的比例都至少达到其真实比例的十分之一。",
    "Dropped modes, which the model makes (almost) none of: %1.": "丢失的模式（模型（几乎）不生成）：%1。",
    "Over-produced, at least twice their real share: %1.": "过量生成（至少为真实比例的两倍）：%1。",
    "No generated sample looks like a copy of a real one.": "没有生成样本看起来像真实样本的副本。",
    "%1 of %2 generated samples (%3 %) are likely copies of a real sample (memorised).":
        "%2 个生成样本中有 %1 个（%3 %）可能是真实样本的副本（记忆）。",
    # The report's pages.
    "0 (no)": "0（否）",
    "1 (yes)": "1（是）",
    "Summary": "摘要",
    "Slices and mode coverage": "切片与模式覆盖",
    "Each slice's share of the real and of the generated set, slices with the fewest generated "
    "samples for their real share at the top. Red: a dropped mode (at most a tenth of its real "
    "share); amber: over-produced (at least twice).":
        "各切片在真实集与生成集中所占比例，相对其真实比例生成样本最少的切片在最上方。红色：丢失的模式（至多为真实比例的十分之一）；琥珀色：过量生成（至少两倍）。",
    "Slice": "切片",
    "Gen./real": "生成/真实",
    "Worst first by %1.": "按 %1 从最差开始排序。",
    "* Unreliable at the slice's size:": "* 在该切片规模下不可靠：",
    "For every per-sample score: the share of each set in each bin, real against generated, "
    "with the two-sample Kolmogorov–Smirnov statistic D (0: same distribution, 1: disjoint); 0/1 "
    "flags as two bars. Every sample is counted; nothing is subsampled.":
        "每个逐样本分数：各集合在每个区间中的比例，真实对比生成，并给出双样本 Kolmogorov–Smirnov 统计量 D（0：分布相同，1：互不相交）；0/1 标记画成两根柱。所有样本均计入，未做子采样。",
    "Not drawn, one value in every set: %1.": "未绘制（各集合中取值唯一）：%1。",
    "real %1 %": "真实 %1 %",
    "generated %1 %": "生成 %1 %",
    "run %1 %2 %": "运行 %1 %2 %",
    "share with %1 = 1: %2": "%1 = 1 的比例：%2",
    # The slices table.
    "Dropped mode: the model makes (almost) none of these samples.": "丢失的模式：模型（几乎）不生成这类样本。",
    "Over-produced: the model makes far more of these than the real set has.":
        "过量生成：模型生成这类样本远多于真实集中的数量。",
    "Slice by %1": "按 %1 切片",
    "Real share": "真实比例",
    "Generated share": "生成比例",
    "Real samples in the slice": "切片中的真实样本数",
    "Generated samples in the slice": "切片中的生成样本数",
    "The slice's share of the real set": "切片占真实集的比例",
    "The slice's share of the generated set": "切片占生成集的比例",
    "Generated share ÷ real share: near 0 the model dropped this mode, above 2 it over-produces it":
        "生成比例 ÷ 真实比例：接近 0 表示模型丢失了该模式，高于 2 表示过量生成",
    # The Slices page.
    "%1: %2 real (%3 %), %4 generated (%5 %). Click to show its samples.":
        "%1：真实 %2 个（%3 %），生成 %4 个（%5 %）。点击以显示其样本。",
    "Show &all samples": "显示全部样本(&A)",
    "Clear the slice: Compare and the feature map show every sample again (Esc).":
        "清除切片：对比页与特征图重新显示全部样本（Esc）。",
    "This run has no slices. To see where the model falls short (which class, prompt type or "
    "user group) and which modes it dropped, evaluate with --slice-by "
    "folder|field:NAME|column:NAME|users:activity|clusters:K, or choose how to slice in File → "
    "New evaluation…":
        "本次运行没有切片。若要查看模型在哪里表现不足（哪个类别、提示类型或用户群）以及丢失了哪些模式，请使用 --slice-by folder|field:NAME|column:NAME|users:activity|clusters:K 进行评估，或在“文件 → 新建评估…”中选择切片方式。",
    "Slices by %1 (%2). The chart shows each slice's share of the real and of the generated set, "
    "dropped modes at the top; the table gives every metric per slice, worst first. Greyed "
    "numbers are unreliable at the slice's size (hover for why). Choose a slice to show only its "
    "samples in Compare and on the feature map.":
        "按 %1 切片（%2 个）。图表显示各切片在真实集与生成集中所占比例，丢失的模式在最上方；表格列出每个切片的全部指标，最差的在前。灰色数字在该切片规模下不可靠（悬停查看原因）。选择一个切片，即可在对比页和特征图中只显示其样本。",
    "Click a row or a bar (or move with the arrow keys) to show only that slice's samples in "
    "Compare and on the feature map. Click a column header to sort by it, worst first.":
        "点击一行或一根柱（或用方向键移动），即可在对比页和特征图中只显示该切片的样本。点击列标题可按该列排序，最差的在前。",
    "Slice “%1”: Compare and the feature map show its %2 real and %3 generated samples.":
        "切片“%1”：对比页与特征图显示其 %2 个真实样本和 %3 个生成样本。",
    "&Slices": "切片(&S)",
}
