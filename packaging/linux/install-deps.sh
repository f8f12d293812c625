#!/bin/sh
# Installs what InductionDesk needs to build (and, with --test, to run its
# tests) on Debian 12 / Ubuntu 22.04 or newer. Installs only what is missing.
set -eu

packages="cmake ninja-build g++ qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libgl-dev libical-dev libquazip1-qt6-dev
  tzdata"
if [ "${1:-}" = "--test" ]; then
    packages="$packages sqlite3 xvfb xauth poppler-utils glpk-utils clang dpkg-dev"
    packages="$packages desktop-file-utils appstream"
    # libFuzzer's runtime: its own package on Debian 12, inside clang elsewhere.
    if apt-cache show libclang-rt-dev >/dev/null 2>&1; then
        packages="$packages libclang-rt-dev"
    fi
fi

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

echo "Installing:$missing"
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
$sudo apt-get update
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing
