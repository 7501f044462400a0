#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when the translations are behind the sources or unfinished.

Runs lupdate over app/ and lib/ into a temporary .ts (the same scan as the update_translations
target) and checks every translations/redletter_<lang>.ts against it:
  - every (context, source) lupdate finds is in the .ts, not obsolete or vanished;
  - the .ts holds nothing the sources no longer have (stale entries hide real gaps);
  - every message has a finished, non-empty translation;
  - a translation keeps its source's %1, %2… placeholders;
and that lupdate reports no tr() it cannot place in a class context (a hand-made tr() helper or
a tr() in a free function: its strings would be looked up under a context the .ts lacks).
The English .ts (--plurals redletter_en.ts) holds every source string too and is checked the same
way for missing and stale ones, but only its "%n" strings must be translated (their English plural
forms: without them English says "1 parts"); its other entries may stay empty and unfinished, since
Qt falls back to the source text for them. A non-empty one still keeps its placeholders.

usage: check_translations.py LUPDATE SOURCE_DIR [TS...] [--plurals EN_TS]   (at least one .ts)
"""
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(\d+)")


def messages(path):
    """(context, source) -> message element, for every message of the .ts at path."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


def lupdate_scan(lupdate, source_dir, tmp, plural_only, problems):
    """The (context, source) pairs lupdate finds in app/ and lib/ (only "%n" ones if plural_only)."""
    fresh_path = Path(tmp) / ("plurals.ts" if plural_only else "fresh.ts")
    command = [lupdate, "-no-obsolete", "-locations", "none"] + (["-pluralonly"] if plural_only else [])
    run = subprocess.run(command + ["app", "lib", "-ts", str(fresh_path)], cwd=source_dir, capture_output=True, text=True)
    if run.returncode != 0 or not fresh_path.exists():
        print(f"lupdate failed ({run.returncode}):\n{run.stdout}{run.stderr}", file=sys.stderr)
        return None
    for line in (run.stdout + run.stderr).splitlines():
        if "lacks Q_OBJECT" in line or "Cannot invoke tr()" in line or "Discarding unconsumed" in line:
            problems.append(f"lupdate: {line.strip()}")
    return set(messages(fresh_path))


def check(ts, fresh, problems, plurals_only=False):
    """Problems of the .ts at ts against the fresh scan; plurals_only: only "%n" strings need a translation."""
    current = messages(ts)
    live = {key for key, m in current.items()
            if m.find("translation") is None or m.find("translation").get("type") not in ("obsolete", "vanished")}
    for context, source in sorted(fresh - live):
        problems.append(f"{ts}: missing [{context}] {source!r} (run the update_translations target)")
    for context, source in sorted(set(current) - fresh):
        problems.append(f"{ts}: stale [{context}] {source!r} is no longer in the sources")
    for (context, source), message in sorted(current.items()):
        if (context, source) not in fresh:
            continue
        translation = message.find("translation")
        forms = translation.findall("numerusform") if translation is not None else []
        texts = [f.text or "" for f in forms] if forms else [translation.text or "" if translation is not None else ""]
        if plurals_only and message.get("numerus") != "yes":
            # The source text is the English; an empty entry is what Qt falls back from.
            texts = [t for t in texts if t.strip()]
            if translation is not None and translation.get("type") != "unfinished" and not texts:
                problems.append(f"{ts}: [{context}] {source!r} is marked finished but empty")
        elif translation is None or translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
            problems.append(f"{ts}: untranslated [{context}] {source!r}")
            continue
        wanted = set(PLACEHOLDER.findall(source))
        for text in texts:
            if set(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{ts}: [{context}] {source!r} -> {text!r} changes the placeholders")


def main(argv):
    args = list(argv[1:])
    plurals = None
    if "--plurals" in args:
        at = args.index("--plurals")
        plurals = args[at + 1] if at + 1 < len(args) else None
        del args[at:at + 2]
        if plurals is None:
            print(__doc__, file=sys.stderr)
            return 2
    if len(args) < 2 or (len(args) < 3 and not plurals):
        print(__doc__, file=sys.stderr)
        return 2
    lupdate, source_dir, ts_files = args[0], Path(args[1]), args[2:]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = lupdate_scan(lupdate, source_dir, tmp, False, problems)
        fresh_plurals = lupdate_scan(lupdate, source_dir, tmp, True, []) if plurals else set()
        if fresh is None or fresh_plurals is None:
            return 1
    if len(fresh) < 100:
        problems.append(f"lupdate found only {len(fresh)} strings in {source_dir}: wrong source folder?")
    for ts in ts_files:
        check(ts, fresh, problems)
    if plurals:
        if not fresh_plurals:
            problems.append("lupdate -pluralonly found no \"%n\" strings: wrong source folder?")
        check(plurals, fresh, problems, plurals_only=True)
        numerus = {key for key, m in messages(plurals).items() if m.get("numerus") == "yes"}
        for context, source in sorted(fresh_plurals - numerus):
            problems.append(f"{plurals}: [{context}] {source!r} is not a plural entry")

    for problem in problems:
        print(problem)
    print(f"{len(fresh)} source strings ({len(fresh_plurals)} with plurals), "
          f"{len(ts_files) + (1 if plurals else 0)} translation(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
