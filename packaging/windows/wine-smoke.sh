#!/usr/bin/env bash
# Smoke-runs the Windows build under Wine (Debian 12: wine64 8.0) and Xvfb.
#
#   bash packaging/windows/wine-smoke.sh PLANBOARD.EXE SETUP.EXE WORKDIR
#
# 1. planboard.exe --version, and `check` on a demo workbook (output printed);
# 2. the window on the demo folder for a while, then a screenshot (WORKDIR/screenshot.png);
# 3. the installer with /S: files, shortcuts and registry entries present; then the
#    uninstaller with /S: all of them gone.
# Wine is not Windows: this shows the exe loads, runs and draws, and that the installer's
# logic holds; it proves nothing about real Windows' GPU drivers, Explorer or SmartScreen.
set -euo pipefail

exe=$1 setup=$2 work=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
wine=/usr/lib/wine/wine64
wineserver=/usr/lib/wine/wineserver

log() { printf '\n== wine: %s\n' "$*"; }
fail() { printf 'wine-smoke.sh: FAIL: %s\n' "$*" >&2; exit 1; }
winpath() { printf 'Z:%s' "${1//\//\\}"; }

rm -rf "$work"
mkdir -p "$work/app"
export WINEPREFIX=$work/prefix WINEDEBUG=-all LANG=C.UTF-8
# No Mono/Gecko download prompts.
export WINEDLLOVERRIDES="mscoree,mshtml="

# Our own X server on a free display.
Xvfb -displayfd 3 -screen 0 1400x950x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
app_pid=
cleanup() {
    if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; fi
    "$wineserver" -k 2>/dev/null || true
    kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
DISPLAY=:$(cat "$work/display")
export DISPLAY

log "wineboot (new prefix in $WINEPREFIX)"
timeout 300 "$wine" wineboot --init >"$work/wineboot.log" 2>&1 || fail "wineboot failed"
# Wine 8 says "Windows 7" by default; the installer (rightly) wants Windows 10.
"$wine" winecfg -v win10
"$wineserver" -w

# Rust's std needs ProcessPrng from bcryptprimitives.dll (every Windows 10/11 has it; Wine 8
# does not): a test-only shim goes next to the exe here. It is never shipped.
x86_64-w64-mingw32-gcc -O2 -shared -o "$work/app/bcryptprimitives.dll" \
    "$here/wine/bcryptprimitives.c" "$here/wine/bcryptprimitives.def" -ladvapi32
cp "$exe" "$work/app/planboard.exe"
app=$work/app/planboard.exe

log "planboard.exe --version"
version_output=$(timeout 60 "$wine" "$app" --version 2>&1) || fail "--version exited $?: $version_output"
echo "$version_output"
echo "$version_output" | grep -q planboard || fail "--version printed no version"

sample=$(find "$root/resources/demo" -name '*.xlsx' | sort | head -n 1)
log "planboard.exe check $(basename "$sample")"
set +e
timeout 120 "$wine" "$app" check "$(winpath "$sample")" >"$work/check.txt" 2>&1
status=$?
set -e
head -n 40 "$work/check.txt"
echo "(exit status $status)"
[ "$status" -le 1 ] || fail "check crashed or was not found (exit status $status)"

log "the window on resources/demo, screenshot after 25 s"
"$wine" "$app" "$(winpath "$root/resources/demo")" >"$work/window.log" 2>&1 &
app_pid=$!
sleep 25
kill -0 "$app_pid" 2>/dev/null || { cat "$work/window.log"; fail "the window process ended early"; }
import -display "$DISPLAY" -window root "$work/screenshot.png"
echo "screenshot: $work/screenshot.png"
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
app_pid=
"$wineserver" -k 2>/dev/null || true
"$wineserver" -w 2>/dev/null || true

# --- installer --------------------------------------------------------------------------------
program_dir="$WINEPREFIX/drive_c/Program Files/Planboard"
start_menu="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/招商目标看板.lnk"
desktop="$WINEPREFIX/drive_c/users/Public/Desktop/招商目标看板.lnk"
keys=(
    'HKLM\Software\Classes\.planboard'
    'HKLM\Software\Classes\Planboard.Workspace\shell\open\command'
    'HKLM\Software\Classes\Planboard.Workbook\shell\open\command'
    'HKLM\Software\Classes\Applications\planboard.exe\SupportedTypes'
    'HKLM\Software\Microsoft\Windows\CurrentVersion\App Paths\planboard.exe'
    'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Planboard'
)
reg_has() { "$wine" reg query "$1" >/dev/null 2>&1; }
reg_value() { "$wine" reg query "$1" /v "$2" 2>/dev/null | tr -d '\r' | grep -F "$2" || true; }

log "setup.exe /S"
timeout 300 "$wine" "$setup" /S || fail "the installer exited $?"
"$wineserver" -w
for f in "$program_dir/planboard.exe" "$program_dir/uninstall.exe" "$start_menu" "$desktop"; do
    [ -f "$f" ] || fail "not installed: $f"
    echo "installed: ${f#"$WINEPREFIX/"}"
done
for k in "${keys[@]}"; do reg_has "$k" || fail "registry key missing: $k"; echo "registry: $k"; done
reg_value 'HKLM\Software\Classes\.xlsx\OpenWithProgids' Planboard.Workbook | grep -q . \
    || fail ".xlsx OpenWithProgids lacks Planboard.Workbook"
echo "registry: HKLM\\Software\\Classes\\.xlsx\\OpenWithProgids has Planboard.Workbook"
"$wine" reg query 'HKLM\Software\Classes\Planboard.Workspace\shell\open\command' /ve | tr -d '\r' | grep -F planboard.exe \
    || fail "the .planboard open command does not run planboard.exe"

log "uninstall.exe /S"
timeout 300 "$wine" "$program_dir/uninstall.exe" /S || fail "the uninstaller exited $?"
# The NSIS uninstaller runs from a copy in %TEMP%: wait for it to finish.
"$wineserver" -w
for _ in $(seq 60); do [ -e "$program_dir" ] || break; sleep 1; done
for f in "$program_dir" "$start_menu" "$desktop"; do
    [ ! -e "$f" ] || fail "left behind: $f"
done
for k in "${keys[@]}"; do ! reg_has "$k" || fail "registry key left behind: $k"; done
[ -z "$(reg_value 'HKLM\Software\Classes\.xlsx\OpenWithProgids' Planboard.Workbook)" ] \
    || fail ".xlsx OpenWithProgids still lists Planboard.Workbook"
if grep -aqi planboard "$WINEPREFIX/system.reg"; then
    grep -ai planboard "$WINEPREFIX/system.reg" >&2
    fail "planboard still named in the registry after uninstall"
fi
echo "uninstalled: program folder, shortcuts and every registry entry gone"
log "Wine smoke run passed"
