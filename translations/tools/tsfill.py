#!/usr/bin/env python3
"""Moves translations between ESI Studio's .ts files and plain JSON, for translators working outside
Qt Linguist.

  tsfill.py export translations/esi-studio_de.ts > todo.json     # unfinished entries of one language
  tsfill.py apply translations/esi-studio_de.ts done.json         # write translations, mark finished
  tsfill.py check translations/*.ts                               # what is unfinished, per file

JSON maps a source text to its translation, or to a list of plural forms for %n entries (as many as
the language has: 1 for ja/ko/zh, 2 for en/de/fr/es, 3 for ru). A key "Context\\u0004source" applies to
one context only and wins over the plain source key. After `apply`, lconvert rewrites the file in
lupdate's own layout.
"""
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def export(ts_path):
    root = ET.parse(ts_path).getroot()
    todo = {}
    for context, message in messages(root):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        source = message.findtext("source")
        todo[source] = [""] if message.get("numerus") == "yes" else ""
    json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
    print()


def apply(ts_path, json_path):
    with open(json_path, encoding="utf-8") as f:
        done = json.load(f)
    tree = ET.parse(ts_path)
    applied = 0
    for context, message in messages(tree.getroot()):
        source = message.findtext("source")
        value = done.get(context + "\u0004" + source, done.get(source))
        if value is None:
            continue
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            translation.text = "\n"
            for form in forms:
                element = ET.SubElement(translation, "numerusform")
                element.text = form
        else:
            if isinstance(value, list):
                sys.exit(f"{json_path}: \u201c{source}\u201d is not a plural entry; give one string")
            translation.text = value
        translation.attrib.pop("type", None)
        applied += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    lconvert = shutil.which("lconvert") or "/usr/lib/qt6/bin/lconvert"
    subprocess.run([lconvert, "-locations", "none", "-i", ts_path, "-o", ts_path], check=True)
    print(f"{ts_path}: {applied} entries written")


def check(ts_paths):
    bad = 0
    for ts_path in ts_paths:
        root = ET.parse(ts_path).getroot()
        unfinished = [message.findtext("source") for _, message in messages(root)
                      if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
        total = sum(1 for _ in messages(root))
        print(f"{ts_path}: {total - len(unfinished)}/{total} translated")
        for source in unfinished:
            print(f"  unfinished: {source}")
        bad += len(unfinished)
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "export":
        export(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "apply":
        apply(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 3 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2:]))
    else:
        sys.exit(__doc__)
