#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, checked the way a user meets it (run by `scripts/setup.sh test`, after the
# default preset is built; about 1–2 minutes, each step bounded by a timeout):
#
#   1. CPack builds build/default/redletter_<version>-1_<arch>.deb from the built preset (no rebuild)
#   2. lintian finds no error in it (warnings are printed; the README says which remain and why)
#   3. apt-get installs it (as root, or through sudo)
#   4. the *installed* binary runs: --version, --today with a fresh HOME (its catalog is made from
#      the installed default catalog), a note imported, a German message from the installed
#      translations, --screenshot under Xvfb (a PNG of the window)
#   5. desktop-file-validate, appstreamcli validate, man -w redletter, and xdg-mime names our
#      desktop entry as the handler of redletter:// links
#   6. apt-get remove takes the package away and leaves the user's catalog and notes as they were
#
# Screenshots and logs go to build/default/package-check/. Exits non-zero on the first failure
# (the package is removed again in any case).
set -euo pipefail
cd "$(dirname "$0")/.."

build=build/default
out=$build/package-check
app_id=org.redletter.redletter
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 LC_ALL=C.UTF-8
started=$(date +%s)

step() { echo "== check-package: $*"; }
fail() { echo "check-package: FAILED: $*" >&2; exit 1; }

installed=0
cleanup() {
  if [ "$installed" = 1 ]; then
    echo "check-package: removing the package after a failure"
    $sudo apt-get remove -y -qq redletter >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

[ -x $build/app/redletter ] || fail "$build/app/redletter is not built (cmake --build --preset default first)"
rm -rf "$out"
mkdir -p "$out"

step "1. the package (CPack, from the built preset)"
rm -f $build/redletter_*.deb
timeout 300 cmake --build --preset default --target package >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; fail "cpack"; }
debs=($build/redletter_*.deb)
[ ${#debs[@]} = 1 ] && [ -f "${debs[0]}" ] || fail "expected one $build/redletter_*.deb, found: ${debs[*]}"
deb=$(realpath "${debs[0]}")
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends Installed-Size
dpkg-deb --contents "$deb" >"$out/contents.txt"
for path in ./usr/bin/redletter ./usr/share/applications/$app_id.desktop ./usr/share/metainfo/$app_id.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/$app_id.svg ./usr/share/icons/hicolor/512x512/apps/$app_id.png \
            ./usr/share/icons/hicolor/16x16/apps/$app_id.png ./usr/share/man/man1/redletter.1.gz \
            ./usr/share/doc/redletter/copyright ./usr/share/doc/redletter/changelog.Debian.gz \
            ./usr/share/redletter/translations/redletter_de.qm ./usr/share/redletter/translations/redletter_fr.qm \
            ./usr/share/redletter/translations/redletter_en.qm ./usr/share/redletter/catalog/the-state.md \
            ./usr/share/org.kde.syntax-highlighting/syntax/redletter-reading.xml; do
  grep -q " $path\$" "$out/contents.txt" || fail "$path is not in the package"
done
# Our two shared libraries live in a private folder, found through the binary's RUNPATH: none on
# the linker's path, and no development files (.so links, headers) in a program's package.
triplet=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
for lib in libredletter_core.so libredletter_app.so; do
  grep -q " ./usr/lib/$triplet/redletter/$lib\$" "$out/contents.txt" || fail "/usr/lib/$triplet/redletter/$lib is not in the package"
done
grep -E " \./usr/lib/([^/]*|$triplet/[^/]*)\.so|\.a\$|/include/" "$out/contents.txt" && fail "the package has public libraries or development files"
# A private folder needs no ldconfig run when installed (lintian: maintscript-calls-ldconfig).
dpkg-deb --ctrl-tarfile "$deb" | tar -t | grep -E 'postinst|postrm' && fail "the package runs maintainer scripts (ldconfig?)"
# shlibdeps computed the libraries; the run-time data is there by hand.
depends=$(dpkg-deb --field "$deb" Depends)
for dep in libqt6widgets6 libcmark-gfm0 libhyphen0 fonts-ebgaramond fonts-sil-charis hyphen-de libqt6sql6-sqlite; do
  [[ "$depends" == *"$dep"* ]] || fail "Depends lacks $dep: $depends"
done

step "2. lintian"
# As root lintian wants to be told that it is fine.
timeout 300 lintian --allow-root --display-level ">=warning" --fail-on error "$deb" | tee "$out/lintian.txt" \
  || fail "lintian reports errors (above)"
grep -q '^E: ' "$out/lintian.txt" && fail "lintian reports errors"

step "3. apt-get install $deb"
installed=1
timeout 300 $sudo apt-get install -y -qq "$deb" >"$out/apt-install.log" 2>&1 || { cat "$out/apt-install.log"; fail "apt-get install"; }
[ "$(command -v redletter)" = /usr/bin/redletter ] || fail "redletter on PATH is $(command -v redletter), not /usr/bin/redletter"

step "4. the installed binary"
readelf -d /usr/bin/redletter | grep -q "RUNPATH.*\\\$ORIGIN/\.\./lib/$triplet/redletter" \
  || fail "/usr/bin/redletter has no RUNPATH to its private libraries: $(readelf -d /usr/bin/redletter | grep -E 'RPATH|RUNPATH')"
version=$(timeout 30 /usr/bin/redletter --version)
[ "$version" = "redletter $(dpkg-deb --field "$deb" Version | sed 's/-[^-]*$//')" ] || fail "--version says '$version'"
home=$(mktemp -d /tmp/redletter-home.XXXXXX)
as_user() { env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=Europe/Berlin "$@"; }
as_user timeout 60 /usr/bin/redletter --today --date 2026-12-07 >"$out/today.json" || fail "--today"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["id"] and d["title"], d; print("today:", d["id"], "-", d["title"])' "$out/today.json" \
  || fail "--today printed no reading"
catalog=$home/.local/share/redletter/catalog.sqlite
[ -s "$catalog" ] || fail "no catalog at $catalog"
as_user timeout 60 /usr/bin/redletter --import-annotations tests/packaging/bakunin-note.json || fail "--import-annotations"
as_user timeout 60 /usr/bin/redletter --export-markdown "$out/notes.md" || fail "--export-markdown"
grep -q 'redletter://reading/primer-the-state#annotation-3f0c6a52-7d1e-4b8a-9c55-2f7e1d0a9b41' "$out/notes.md" \
  || fail "the Markdown export has no link to the note"
# A German desktop: the message comes from /usr/share/redletter/translations/redletter_de.qm
# (tst_installation shows, with a stand-in .qm in a prefix, that the installed file is the one read).
as_user LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 LANGUAGE=de timeout 60 /usr/bin/redletter --show no-such-reading >"$out/german.txt" 2>&1 || true
grep -q 'keine Lektüre „no-such-reading“ im Katalog' "$out/german.txt" || { cat "$out/german.txt"; fail "no German message with LANG=de_DE.UTF-8"; }
echo "German: $(cat "$out/german.txt")"
as_user timeout 120 xvfb-run -a -s "-screen 0 1280x1024x24" /usr/bin/redletter --date 2026-12-07 \
  --screenshot "$out/installed.png" --size 1280x900 || fail "--screenshot under Xvfb"
python3 - "$out/installed.png" <<'PY' || fail "the screenshot is not a 1280x900 picture with something on it"
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n'
width, height = struct.unpack('>II', data[16:24])
assert (width, height) == (1280, 900), (width, height)
print("screenshot:", sys.argv[1], width, "x", height, len(data), "bytes")
assert len(data) > 20000, "too small to hold a page of text"
PY

step "5. desktop integration"
desktop-file-validate /usr/share/applications/$app_id.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic /usr/share/metainfo/$app_id.metainfo.xml || fail "appstreamcli validate"
man_page=$(man -w redletter) || fail "man -w redletter"
[ "$man_page" = /usr/share/man/man1/redletter.1.gz ] || fail "man -w redletter: $man_page"
handler=$(as_user xdg-mime query default x-scheme-handler/redletter)
[ "$handler" = "$app_id.desktop" ] || fail "xdg-mime: x-scheme-handler/redletter is handled by '$handler'"
for type in application/epub+zip text/markdown; do
  grep -q "^$type=.*$app_id.desktop" /usr/share/applications/mimeinfo.cache || fail "$type is not offered to Red Letter (mimeinfo.cache)"
done
echo "handler of redletter:// links: $handler; man page: $man_page"

step "6. apt-get remove keeps the user's catalog and notes"
sum_before=$(sha256sum "$catalog" | cut -d' ' -f1)
timeout 300 $sudo apt-get remove -y -qq redletter >"$out/apt-remove.log" 2>&1 || { cat "$out/apt-remove.log"; fail "apt-get remove"; }
installed=0
[ ! -e /usr/bin/redletter ] || fail "/usr/bin/redletter is still there"
[ ! -e /usr/share/applications/$app_id.desktop ] || fail "the desktop entry is still there"
[ "$(sha256sum "$catalog" | cut -d' ' -f1)" = "$sum_before" ] || fail "the catalog changed on removal"
# The note is still in it: the build tree's binary finds it there.
as_user QT_QPA_PLATFORM=offscreen timeout 60 "$PWD/$build/app/redletter" --export-markdown "$out/after-remove.md" >/dev/null \
  && grep -q 'Bakunin saw it coming.' "$out/after-remove.md" || fail "the note is gone after apt-get remove"
rm -rf "$home"

echo "check-package: all passed in $(( $(date +%s) - started )) s ($deb)"
