#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The translation check itself: it passes on the project's .ts files, and fails on copies of the
English one with a plural entry left unfinished or a source string taken out, while that file's
empty, unfinished non-plural entries pass.

usage: check_translations_selftest.py LUPDATE SOURCE_DIR EN_TS
"""
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

CHECK = Path(__file__).with_name("check_translations.py")


def run_check(lupdate, source_dir, en_ts):
    run = subprocess.run([sys.executable, str(CHECK), lupdate, str(source_dir), "--plurals", str(en_ts)],
                         capture_output=True, text=True)
    return run.returncode, run.stdout + run.stderr


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    lupdate, source_dir, en_ts = argv[1], Path(argv[2]), Path(argv[3])
    failures = []
    tree = ET.parse(en_ts)
    messages = list(tree.getroot().iter("message"))
    plural = next(m for m in messages if m.get("numerus") == "yes")
    empty = [m for m in messages if m.get("numerus") != "yes"
             and m.find("translation").get("type") == "unfinished" and not (m.find("translation").text or "").strip()]
    if not empty:
        failures.append(f"{en_ts}: no empty, unfinished non-plural entry to show that they pass")

    code, out = run_check(lupdate, source_dir, en_ts)
    if code != 0:
        failures.append(f"the English .ts as it is should pass:\n{out}")

    with tempfile.TemporaryDirectory() as tmp:
        # A plural entry unfinished: English would say "1 parts".
        translation = plural.find("translation")
        kept = (translation.get("type"), [f.text for f in translation.findall("numerusform")])
        translation.set("type", "unfinished")
        unfinished = Path(tmp) / "unfinished_en.ts"
        tree.write(unfinished, encoding="utf-8", xml_declaration=True)
        code, out = run_check(lupdate, source_dir, unfinished)
        source = plural.findtext("source")
        if code == 0 or f"untranslated [" not in out or source not in out:
            failures.append(f"an unfinished plural entry ({source!r}) should fail:\n{out}")
        if kept[0] is None:
            del translation.attrib["type"]
        else:
            translation.set("type", kept[0])

        # A source string missing.
        victim = empty[0] if empty else messages[-1]
        source = victim.findtext("source")
        for context in tree.getroot().iter("context"):
            if victim in list(context):
                context.remove(victim)
        missing = Path(tmp) / "missing_en.ts"
        tree.write(missing, encoding="utf-8", xml_declaration=True)
        code, out = run_check(lupdate, source_dir, missing)
        if code == 0 or "missing [" not in out or source not in out:
            failures.append(f"a missing source string ({source!r}) should fail:\n{out}")

    for failure in failures:
        print(failure)
    print(f"check_translations.py self-test: {len(failures)} of 3 cases not as expected")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
