#!/bin/sh
# Builds the DEB from a configured build folder (default build/ci), unpacks it
# into a clean folder, runs the installed CLI from there (its version, then the
# demo school and a staff import), and validates the desktop entry and the
# AppStream metainfo it installs.
set -eu
build="${1:-build/ci}"
cd "$(dirname "$0")/../.."
(cd "$build" && cpack -G DEB >/dev/null)
deb="$(ls -t "$build"/inductiondesk_*.deb | head -n 1)"
echo "package: $deb"
dpkg-deb --field "$deb" Package Version Depends
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
cli="$root/usr/bin/inductiondesk-cli"
test -x "$root/usr/bin/inductiondesk"
"$cli" --version
export INDUCTIONDESK_DATABASE="$root/check/demo.inductiondesk"
mkdir -p "$root/check"
"$cli" demo
"$cli" import-staff "$root/check/demo-samples/staff-list.csv" --dry-run
"$cli" calendar import-ics "$root/check/demo-samples/term-dates.ics" --dry-run >/dev/null
desktop-file-validate "$root/usr/share/applications/io.github.inductiondesk.InductionDesk.desktop"
appstreamcli validate --no-net --pedantic \
    "$root/usr/share/metainfo/io.github.inductiondesk.InductionDesk.metainfo.xml"
for size in 16 32 48 64 128 256 512; do
    test -s "$root/usr/share/icons/hicolor/${size}x${size}/apps/io.github.inductiondesk.InductionDesk.png"
done
test -s "$root/usr/share/icons/hicolor/scalable/apps/io.github.inductiondesk.InductionDesk.svg"
test -s "$root/usr/share/inductiondesk/translations/inductiondesk_en.qm"
echo "package: checked"
