# Chinese for the strings added on the hardening branch (issue 15); read by fill_translations.py.
ZH = {
    "Replace the --out file if it exists.": "若 --out 文件已存在则替换它。",
    "%1 already exists; give --force to replace it": "%1 已存在；如需替换请加 --force",
    "usage: genlens demo --out FILE.genlens [--force] [--data DIR] [--seed N]":
        "用法：genlens demo --out FILE.genlens [--force] [--data DIR] [--seed N]",
}
