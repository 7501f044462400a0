#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes what this build writes the new golden files of tst_exportreference (the Markdown export
# and the PDF text), as KSyntaxHighlighting's update-reference-data.sh does. Read the diff
# (git diff tests/lib/exporting/reference) before you commit it.
#   scripts/update-references.sh [PRESET]     (default: default)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
cmake --build --preset "$preset" --target tst_exportreference
# Through CTest, so the test runs in the environment it is checked in (the build's data first in
# XDG_DATA_DIRS: its translations set a German reading's labels in German).
ctest --preset "$preset" -R '^tst_exportreference$' >/dev/null 2>&1 || true
output="build/$preset/tests/lib/exporting/reference-output"
[ -d "$output" ] || { echo "$output: nothing written" >&2; exit 1; }
mkdir -p tests/lib/exporting/reference
cp "$output"/* tests/lib/exporting/reference/
git status --short tests/lib/exporting/reference
