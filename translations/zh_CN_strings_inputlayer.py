# Chinese for the strings added on the inputlayer branch (issue 15): array limits, runs outside
# the ground truth. Read by fill_translations.py.
ZH = {
    "%1: the %2 %3 would take %4 MiB once read, above the limit of %5 MiB; raise it with --max-member-mb":
        "%1：%2 %3 读入后将占用 %4 MiB，超过 %5 MiB 的上限；可用 --max-member-mb 提高上限",
    "statistics": "统计量",
    "array": "数组",
    "%1: none of its users (%2) is in the ground truth %3: every user of the truth counts as without recommendations (accuracy 0)":
        "%1：其 %2 个用户均不在真实标注 %3 中：真实标注中的每个用户都按无推荐计（准确率为 0）",
    "; the comparison is against empty lists": "；比较的对象是空列表",
}
