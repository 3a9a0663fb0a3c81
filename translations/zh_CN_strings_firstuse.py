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
}
