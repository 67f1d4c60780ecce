#!/usr/bin/env bash
# Tests the Debian package end to end on this machine, as root:
#   build it (or take the one given), check its contents and control data, install it with
#   apt, run the INSTALLED /usr/bin/planboard (--version, check on a demo workbook), validate
#   the desktop entry and MIME type, then remove it and check nothing is left.
#
#   bash packaging/test-deb.sh [path/to/planboard_*.deb]
#
# Standalone: installs what it needs with apt (desktop-file-utils, shared-mime-info). It
# removes any planboard package already installed first.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)

log() { printf '\n== test-deb: %s\n' "$*"; }
fail() { printf 'test-deb.sh: FAIL: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root (it installs and removes a package)"
export DEBIAN_FRONTEND=noninteractive

log "apt-get update; installing the test tools"
apt-get update -q
apt-get install -y -q --no-install-recommends desktop-file-utils shared-mime-info binutils

if [ $# -ge 1 ]; then
    deb=$(realpath "$1")
else
    bash "$here/build.sh" deb
    deb=$(find "$root/target/package" -maxdepth 1 -name 'planboard_*.deb' -printf '%T@ %p\n' \
        | sort -n | tail -n 1 | cut -d' ' -f2-)
fi
[ -f "$deb" ] || fail "no .deb at $deb"

log "dpkg-deb -I $(basename "$deb")"
dpkg-deb -I "$deb"
for field in Package Version Architecture Maintainer Installed-Size Depends Description; do
    dpkg-deb -f "$deb" "$field" | grep -q . || fail "control field $field is empty"
done
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libc6 libgl1 libegl1 libx11-6 libxkbcommon-x11-0 libwayland-client0; do
    grep -qw -- "$lib" <<<"$depends" || fail "Depends lacks $lib"
done

log "dpkg-deb -c $(basename "$deb")"
dpkg-deb -c "$deb" | tee /tmp/planboard-deb-contents.txt
expected=(
    ./usr/bin/planboard
    ./usr/share/applications/planboard.desktop
    ./usr/share/mime/packages/planboard.xml
    ./usr/share/doc/planboard/copyright
)
for size in 16 24 32 48 64 128 256 512; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/planboard.png")
done
for path in "${expected[@]}"; do
    grep -q -- " $path\$" /tmp/planboard-deb-contents.txt || fail "the package lacks $path"
done
grep -q -- '-rwxr-xr-x root/root .* ./usr/bin/planboard$' /tmp/planboard-deb-contents.txt \
    || fail "/usr/bin/planboard is not root-owned mode 755"
if awk '{ print $2 }' /tmp/planboard-deb-contents.txt | grep -qv '^root/root$'; then
    fail "files not owned by root/root"
fi

log "desktop-file-validate (from the package)"
extract=$(mktemp -d)
trap 'rm -rf "$extract"' EXIT
dpkg-deb -x "$deb" "$extract"
desktop-file-validate "$extract/usr/share/applications/planboard.desktop"
echo "planboard.desktop is valid"

if dpkg-query -W -f='${Status}' planboard 2>/dev/null | grep -q "install ok installed"; then
    log "removing the planboard package already installed"
    apt-get remove -y -q planboard
fi

log "apt-get install ./$(basename "$deb")"
apt-get install -y -q "$deb"
dpkg-query -W -f='${Package} ${Version} ${Status}\n' planboard | grep -q "install ok installed" \
    || fail "planboard is not installed"
[ -x /usr/bin/planboard ] || fail "/usr/bin/planboard missing after install"
command -v planboard | grep -qx /usr/bin/planboard || fail "planboard on PATH is not /usr/bin/planboard"

log "/usr/bin/planboard --version"
/usr/bin/planboard --version || fail "--version failed"
/usr/bin/planboard --version | grep -q "$(dpkg-deb -f "$deb" Version)" || fail "--version is not the package version"
echo "size: $(stat -c %s /usr/bin/planboard) bytes"

sample=$(find "$root/resources/demo" -name '*.xlsx' | sort | head -n 1)
log "/usr/bin/planboard check $sample"
# check exits 1 when a row is rejected: only a crash (signal, 101 panic) or not found fails.
set +e
/usr/bin/planboard check "$sample"
status=$?
set -e
echo "(exit status $status)"
[ "$status" -le 1 ] || fail "planboard check crashed (exit status $status)"

log "installed desktop entry, MIME type and icons"
desktop-file-validate /usr/share/applications/planboard.desktop
echo "/usr/share/applications/planboard.desktop is valid"
if command -v update-mime-database >/dev/null 2>&1; then
    grep -q 'application/x-planboard' /usr/share/mime/globs2 || fail "*.planboard is not in the MIME database"
    echo "MIME database: $(grep 'application/x-planboard' /usr/share/mime/globs2)"
fi
[ -f /usr/share/icons/hicolor/256x256/apps/planboard.png ] || fail "icon missing"

log "apt-get remove planboard"
apt-get remove -y -q planboard
[ ! -e /usr/bin/planboard ] || fail "/usr/bin/planboard is still there"
[ ! -e /usr/share/applications/planboard.desktop ] || fail "the desktop entry is still there"
[ ! -e /usr/share/mime/packages/planboard.xml ] || fail "the MIME entry is still there"
if [ -f /usr/share/mime/globs2 ] && grep -q 'application/x-planboard' /usr/share/mime/globs2; then
    fail "*.planboard is still in the MIME database"
fi
left=$(find /usr/share/icons/hicolor -name 'planboard.png' -o -name 'application-x-planboard.png' | head -n 1)
[ -z "$left" ] || fail "icons left behind: $left"
dpkg-query -W -f='${Status}\n' planboard 2>/dev/null | grep -q "install ok installed" && fail "still installed"
echo "removed cleanly"
echo "test-deb: 1 passed, 0 failed"
