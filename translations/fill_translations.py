#!/usr/bin/python3
"""Fills genlens_zh_CN.ts from zh_CN_strings.py and genlens_en.ts with the English plural forms,
after `cmake --build --preset dev --target update_translations` (lupdate). Reports every string
still missing; exit code 1 when any is.

    /usr/bin/python3 translations/fill_translations.py
"""
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from zh_CN_strings import ZH, ZH_NUMERUS  # noqa: E402

# Further strings live in zh_CN_strings_<area>.py files (dicts ZH and optionally ZH_NUMERUS), so
# that work on separate areas does not edit one shared table.
import importlib  # noqa: E402

for extra in sorted(HERE.glob("zh_CN_strings_*.py")):
    module = importlib.import_module(extra.stem)
    ZH.update(getattr(module, "ZH", {}))
    ZH_NUMERUS.update(getattr(module, "ZH_NUMERUS", {}))


def english_plural(source, singular):
    text = source.replace("(s)", "" if singular else "s")
    return text


def fill(path, translate):
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.find("source").text or ""
            translation = message.find("translation")
            if message.get("numerus") == "yes":
                forms = translate(source, True)
                if forms is None:
                    missing.append(source)
                    continue
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    element = ET.SubElement(translation, "numerusform")
                    element.text = form
            else:
                text = translate(source, False)
                if text is None:
                    missing.append(source)
                    continue
                translation.text = text
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # Keep the DOCTYPE lupdate writes.
    content = pathlib.Path(path).read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in content:
        content = content.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        pathlib.Path(path).write_text(content, encoding="utf-8")
    return missing


def zh(source, numerus):
    if numerus:
        value = ZH_NUMERUS.get(source)
        return None if value is None else [value]
    return ZH.get(source)


def en(source, numerus):
    if numerus:
        return [english_plural(source, True), english_plural(source, False)]
    return source


missing = fill(HERE / "genlens_zh_CN.ts", zh)
fill(HERE / "genlens_en.ts", en)
for source in missing:
    print("missing zh_CN:", repr(source))
sys.exit(1 if missing else 0)
