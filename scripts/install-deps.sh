#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs Red Letter's build and test dependencies from Debian 12 packages.
# Idempotent: packages already present are skipped; prints what it installs.
#
#   scripts/install-deps.sh app    # Qt 6 toolchain, libraries, fonts: enough to build and run
#   scripts/install-deps.sh test   # app + the Qt 5 / KF5 leg + Xvfb, dunst, trayer, PDF tools
set -euo pipefail

mode=${1:-app}

app_packages=(
  build-essential cmake ninja-build pkg-config git ccache
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev libqt6svg6
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-cpp-dev libxml2-dev libzip-dev
  libhyphen-dev hyphen-en-us hyphen-de hyphen-fr hyphen-ru
  libexttextcat-dev libexttextcat-data
  libsqlite3-dev
  fonts-ebgaramond fonts-sil-charis fonts-dejavu-core
  # Built with the app: the PNG icons rendered from the SVG, the man page from --help.
  librsvg2-bin help2man
)
test_packages=(
  # The second Qt leg: Qt 5.15 with KDE Frameworks 5 syntax highlighting.
  qtbase5-dev qtbase5-dev-tools libqt5sql5-sqlite libqt5svg5-dev qttools5-dev qttools5-dev-tools
  libkf5syntaxhighlighting-dev extra-cmake-modules
  # kate-syntax-highlighter: renders a reading with our installed syntax definition (tests/app).
  libkf5syntaxhighlighting-tools
  # A person's desktop, simulated: X server, session bus, notification daemon, tray host.
  xvfb xauth dbus dbus-x11 dunst trayer x11-utils x11-apps xdotool libnotify-bin
  # Looking at what we produce.
  poppler-utils qpdf imagemagick desktop-file-utils
  # The Debian package (scripts/check-package.sh): built with CPack + dpkg-shlibdeps, checked the
  # way Debian and AppStream check one, installed, opened through xdg-open.
  dpkg-dev lintian appstream xdg-utils man-db
  # The translation check (tests/i18n) reads the .ts files.
  python3
  # What a screen reader sees (tests/e2e/atspi_tree.py): the AT-SPI bus and its Python bindings.
  at-spi2-core python3-pyatspi
  # The parsers' fuzz targets (scripts/fuzz.sh): clang and its libFuzzer runtime (libclang_rt.fuzzer).
  clang-14 libclang-rt-14-dev
)

case "$mode" in
  app) wanted=("${app_packages[@]}") ;;
  test) wanted=("${app_packages[@]}" "${test_packages[@]}") ;;
  *) echo "usage: $0 app|test" >&2; exit 2 ;;
esac

missing=()
for p in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#wanted[@]} packages already installed"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done"
