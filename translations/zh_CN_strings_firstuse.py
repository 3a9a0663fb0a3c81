# Simplified Chinese for the first-use and report-language strings (issue 13 item 7:
# widgets/pages/distributionspage.cpp, widgets/report/reportcommand.cpp, widgets/startpage.cpp,
# widgets/mainwindow.cpp).
ZH = {
    "Show &real points": "显示真实点(&R)",
    "Show &generated points": "显示生成点(&G)",
    "The report's language: en or zh_CN (default: the system locale's).":
        "报告的语言：en 或 zh_CN（默认：系统区域设置的语言）。",
    "unknown language '%1' (use one of: %2)": "未知语言“%1”（可用：%2）",
    "usage: genlens report FILE.genlens [--run ID] [--compare ID] [--language en|zh_CN] --out FILE.pdf":
        "用法：genlens report FILE.genlens [--run ID] [--compare ID] [--language en|zh_CN] --out FILE.pdf",
    "Welcome to GenLens": "欢迎使用 GenLens",
    "Load a set of real samples and a set of generated ones (images, text or recommendation lists) and see how close they are, which samples are bad, copied or missing, and why. Everything is kept in a project file.":
        "载入一组真实样本和一组生成样本（图像、文本或推荐列表），查看两者有多接近，哪些样本质量差、被复制或缺失，以及原因。所有结果都保存在项目文件中。",
    "Open the &demo project": "打开演示项目(&D)",
    "Real and generated sets for all three modalities, already evaluated.": "三种模态的真实集与生成集，已完成评估。",
    "&New evaluation…": "新建评估(&N)…",
    "Pick the real and generated sets; you choose where the project is saved.": "选择真实集和生成集；项目的保存位置由您决定。",
    "&Open project…": "打开项目(&O)…",
    "&Recent projects": "最近的项目(&R)",
    "No recent projects yet.": "还没有最近的项目。",
    "%1 (missing)": "%1（缺失）",
    "The file is no longer there.": "该文件已不存在。",
    "Where should this evaluation be saved?": "此评估应保存在哪里？",
    "Evaluation in progress · %1 real · %2 generated": "评估进行中 · 真实 %1 · 生成 %2",
    "Finished, not stored · %1 real · %2 generated": "已完成，未保存 · 真实 %1 · 生成 %2",
    "Evaluation finished, not stored · %1": "评估已完成，未保存 · %1",
}
