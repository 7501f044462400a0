#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the AppStream screenshots, packaging/screenshots/*.png, from the built app on its default
# catalog (our own texts): "What Is the State?" with the editor's notes, two footnotes and the
# reader's notes of packaging/screenshots/notes.json in the margin, at 1280x900 in the light theme
# and at 800x900 in the dark one (the margin folded). The real window under Xvfb, through
# `redletter --screenshot`. Look at the PNGs before you commit them; the metainfo names them under
# REDLETTER_HOMEPAGE_URL/screenshots/ (packaging/org.redletter.redletter.metainfo.xml.in).
#   scripts/make-screenshots.sh [PRESET]     (default: default)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
binary="$PWD/build/$preset/app/redletter"
[ -x "$binary" ] || { echo "$binary is not built (cmake --build --preset $preset)" >&2; exit 1; }
out=packaging/screenshots
scratch=$(mktemp -d /tmp/redletter-screenshots.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
data="$scratch/data"

# A fresh user: nothing of the developer's settings, catalog or fonts' configuration leaks in.
app() {
  env -i PATH=/usr/bin:/bin HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    TZ=Europe/Berlin "$@"
}
app "$binary" --data-dir "$data" --import-annotations "$out/notes.json" >/dev/null

shoot() { # THEME (1 light, 3 dark) WIDTH FILE
  # The reading opened at its first section, as if the reader had got past the introduction
  # (positions/<id> = TextLocation: 1 = body, block 0, offset 0).
  printf '[view]\ntheme=%s\n\n[positions]\nprimer-the-state=1:0:0\n' "$1" >"$data/redletter.conf"
  app xvfb-run -a -s "-screen 0 1600x1000x24" "$binary" --data-dir "$data" --date 2026-12-07 \
    --reading primer-the-state --screenshot "$3" --size "$2x900"
  echo "$3"
}
shoot 1 1280 "$out/reader-1280-light.png"
shoot 3 800 "$out/reader-800-dark.png"
