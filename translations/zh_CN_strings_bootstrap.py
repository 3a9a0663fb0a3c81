# Chinese for the strings of the confidence intervals and FID∞ (issue 13, branch bootstrap).
# Read by fill_translations.py (ZH: English source -> Simplified Chinese).

ZH = {
    # metrics/core/metricinfo.cpp, marked in app/models/metrictext.cpp (context MetricMeaning)
    "FID extrapolated to infinitely many generated samples (intercept of FID against 1/N)":
        "外推到无穷多生成样本的 FID（FID 关于 1/N 直线的截距）",
    # app/models/metricsmodel.cpp
    "%1 % confidence interval: [%2, %3]": "%1% 置信区间：[%2, %3]",
    "Interval: %1": "区间算法：%1",
    "95 % interval": "95% 区间",
    # widgets/charts/fidcurvechart.cpp
    "FID against the sample count; FID∞ = %1 ± %2": "FID 随样本数的变化；FID∞ = %1 ± %2",
    "FID of N samples": "N 个样本的 FID",
    "least-squares fit in 1/N": "关于 1/N 的最小二乘拟合",
    "FID∞ (1/N = 0)": "FID∞（1/N = 0）",
    "samples N": "样本数 N",
    "KID of N samples (right axis)": "N 个样本的 KID（右轴）",
    # widgets/report/reportwriter.cpp
    "[low, high]: 95 % confidence interval (percentile bootstrap or half-sampling, "
    "docs/intervals.md).": "[下限, 上限]：95% 置信区间（百分位自助法或半样本抽样，见 docs/intervals.md）。",
    "FID against the sample count": "FID 随样本数的变化",
    "FID of N generated samples against the whole real set, and the least-squares line in 1/N "
    "whose intercept is FID\u221e (Chong & Forsyth, CVPR 2020): %1 \u00b1 %2 (standard error of "
    "the fit).": "N 个生成样本相对于全部真实样本的 FID，以及关于 1/N 的最小二乘直线，其截距即 "
    "FID\u221e（Chong & Forsyth，CVPR 2020）：%1 \u00b1 %2（拟合的标准误差）。",
}
