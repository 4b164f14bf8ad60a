#!/usr/bin/env python3
"""Fails when a user-visible string has no finished translation.

(a) Runs lupdate over the current sources into temporary copies of the .ts
    files and reports every message the committed reportdesk_zh_CN.ts lacks.
(b) Reports every unfinished, vanished, obsolete or empty translation in the
    committed zh_CN file, and every numerus message of the English file
    (committed or freshly extracted) without its singular and plural forms.

--self-test breaks a copy of the committed files in each of those ways and
checks that every break is reported, so the check itself cannot silently pass.
"""
import argparse
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ZH = "reportdesk_zh_CN.ts"
EN = "reportdesk_en.ts"


def messages(ts_path):
    """Yields (key, message element); key is (context, source, comment)."""
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            yield key, message


def describe(key):
    context, source, comment = key
    text = source if len(source) <= 100 else source[:97] + "..."
    extra = f" [{comment}]" if comment else ""
    return f"{context}: {text!r}{extra}"


def translation_problem(message):
    """Why a zh_CN message is not finished, or None."""
    translation = message.find("translation")
    if translation is None:
        return "no translation"
    kind = translation.get("type")
    if kind in ("unfinished", "vanished", "obsolete"):
        return kind
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        if not forms or any(not (form.text or "").strip() for form in forms):
            return "empty plural form"
    elif not (translation.text or "").strip():
        return "empty translation"
    return None


def english_plural_problem(message):
    if message.get("numerus") != "yes":
        return None
    translation = message.find("translation")
    forms = [] if translation is None else translation.findall("numerusform")
    if len(forms) < 2 or any(not (form.text or "").strip() for form in forms):
        return "numerus message without its English singular and plural forms"
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return "English plural forms marked " + translation.get("type")
    return None


def sources_of(source_dir):
    files = []
    for pattern in ("*.cpp", "*.h", "*.ui"):
        top = "ui" if pattern == "*.ui" else "app"
        files += sorted(str(p) for p in (source_dir / top).rglob(pattern))
    return files


def run_lupdate(lupdate, source_dir, ts_files, work_dir):
    project = {
        "projectFile": str(source_dir / "translations" / "CMakeLists.txt"),
        "includePaths": [str(source_dir / "app" / "core"), str(source_dir / "app" / "gui")],
        "sources": sources_of(source_dir),
        "translations": [str(p) for p in ts_files],
    }
    project_path = work_dir / "project.json"
    project_path.write_text(json.dumps(project), encoding="utf-8")
    result = subprocess.run([lupdate, "-project", str(project_path), "-no-obsolete", "-locations", "none",
                             "-silent"], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"lupdate failed ({result.returncode}):\n{result.stdout}{result.stderr}")


def check(lupdate, source_dir, ts_dir):
    """Returns a list of problem lines; empty when everything is translated."""
    problems = []
    committed_zh = dict(messages(ts_dir / ZH))
    committed_en = dict(messages(ts_dir / EN))
    for key, message in committed_zh.items():
        why = translation_problem(message)
        if why:
            problems.append(f"{ZH}: {why}: {describe(key)}")
    for key, message in committed_en.items():
        why = english_plural_problem(message)
        if why:
            problems.append(f"{EN}: {why}: {describe(key)}")

    with tempfile.TemporaryDirectory(prefix="reportdesk-i18n-") as tmp:
        work_dir = pathlib.Path(tmp)
        copies = [work_dir / ZH, work_dir / EN]
        shutil.copy(ts_dir / ZH, copies[0])
        shutil.copy(ts_dir / EN, copies[1])
        run_lupdate(lupdate, source_dir, copies, work_dir)
        fresh_zh = dict(messages(copies[0]))
        fresh_en = dict(messages(copies[1]))
    if not fresh_zh:
        problems.append("lupdate found no strings at all: the source list is wrong")
    for key, message in fresh_zh.items():
        if key not in committed_zh:
            problems.append(f"{ZH}: missing (run update_translations and translate): {describe(key)}")
        elif (message.get("numerus") == "yes") != (committed_zh[key].get("numerus") == "yes"):
            problems.append(f"{ZH}: plural handling changed in the code: {describe(key)}")
    for key, message in fresh_en.items():
        if key not in committed_en and message.get("numerus") == "yes":
            problems.append(f"{EN}: missing plural forms: {describe(key)}")
    for key in committed_zh:
        if key not in fresh_zh:
            problems.append(f"{ZH}: no longer in the code (run update_translations): {describe(key)}")
    return problems


def self_test(lupdate, source_dir, ts_dir):
    """Breaks copies of the .ts files in each way the check must catch."""
    failures = []

    def broken(name, mutate, expected):
        with tempfile.TemporaryDirectory(prefix="reportdesk-i18n-selftest-") as tmp:
            copy_dir = pathlib.Path(tmp)
            for ts in (ZH, EN):
                shutil.copy(ts_dir / ts, copy_dir / ts)
            mutate(copy_dir)
            found = check(lupdate, source_dir, copy_dir)
            if not any(expected in line for line in found):
                failures.append(f"self-test '{name}': expected a report containing {expected!r}, got {found}")
            else:
                print(f"self-test '{name}': reported as expected")

    def edit(copy_dir, ts, change):
        tree = ET.parse(copy_dir / ts)
        change(tree.getroot())
        tree.write(copy_dir / ts, encoding="utf-8", xml_declaration=True)

    def first_message(root, numerus):
        for message in root.iter("message"):
            if (message.get("numerus") == "yes") == numerus:
                return message
        raise RuntimeError("the committed file has no such message")

    def drop_message(root):
        for context in root.iter("context"):
            for message in context.findall("message"):
                context.remove(message)
                return

    def mark(kind):
        return lambda root: first_message(root, False).find("translation").set("type", kind)

    def empty(root):
        first_message(root, False).find("translation").text = ""

    def drop_english_forms(root):
        translation = first_message(root, True).find("translation")
        for form in translation.findall("numerusform")[1:]:
            translation.remove(form)

    broken("string without translation", lambda d: edit(d, ZH, drop_message), "missing")
    broken("unfinished", lambda d: edit(d, ZH, mark("unfinished")), "unfinished")
    broken("vanished", lambda d: edit(d, ZH, mark("vanished")), "vanished")
    broken("empty", lambda d: edit(d, ZH, empty), "empty translation")
    broken("English plural", lambda d: edit(d, EN, drop_english_forms), "English singular and plural")
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--source-dir", required=True, type=pathlib.Path)
    parser.add_argument("--ts-dir", type=pathlib.Path, help="default: SOURCE_DIR/translations")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    ts_dir = args.ts_dir or args.source_dir / "translations"

    if args.self_test:
        failures = self_test(args.lupdate, args.source_dir, ts_dir)
        for line in failures:
            print(line)
        return 1 if failures else 0

    problems = check(args.lupdate, args.source_dir, ts_dir)
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} translation problem(s).")
        return 1
    print(f"All {sum(1 for _ in messages(ts_dir / ZH))} strings have a finished Chinese translation.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
