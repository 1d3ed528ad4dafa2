#!/usr/bin/env bash
# Installs OrderNotify-Setup-<version>.exe silently (/S) into a throwaway Wine prefix and checks that the
# files, the shortcuts and the registry entries are where a Windows till has them; then runs the launcher
# `ordernotify-cli.exe --version` (with no Windows Java in the prefix it must print the bilingual
# what-to-install message), installs again over it (an upgrade), and uninstalls silently, checking that
# the data folder stays through both.
# Needs Debian's wine (64-bit prefix); the launch4j launchers are 32-bit, so running them needs wine32:i386.
# Usage: installer/windows/try-wine.sh [setup.exe]
set -euo pipefail
cd "$(dirname "$0")/../.."
setup="$(realpath "${1:-$(ls target/installer/OrderNotify-Setup-*.exe | head -1)}")"
command -v wine >/dev/null || { echo "try-wine: wine is not installed (apt-get install wine wine64)" >&2; exit 1; }

tmp=$(mktemp -d)
# wine links the prefix's Desktop/Documents to $HOME: keep it in the throwaway folder too
export HOME="$tmp/home" WINEPREFIX="$tmp/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
export WINEARCH=win64
mkdir -p "$HOME"
trap 'wineserver -k >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
ok=0; bad=0
expect() { if eval "$2"; then ok=$((ok+1)); echo "ok   - $1"; else bad=$((bad+1)); echo "FAIL - $1"; fi; }

wineboot -i >/dev/null 2>&1 || wine wineboot -i >/dev/null 2>&1
user_dir="$WINEPREFIX/drive_c/users/$(whoami)"
prog="$user_dir/AppData/Local/Programs/OrderNotify"
menu="$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
desktop="$(readlink -f "$user_dir/Desktop")"

wine "$setup" /S
expect "silent install exits" "true"
for f in OrderNotify.exe ordernotify-cli.exe ordernotify.jar README.txt Uninstall.exe; do
  expect "installed $f" "[ -f '$prog/$f' ]"
done
expect "Start-menu shortcut" "[ -f '$menu/OrderNotify/OrderNotify.lnk' ]"
expect "desktop shortcut" "[ -f '$desktop/OrderNotify.lnk' ]"
expect "Startup (logon) shortcut for the sender" "[ -f '$menu/StartUp/OrderNotify sender.lnk' ]"
expect "the shortcuts run OrderNotify.exe" \
  "strings '$menu/StartUp/OrderNotify sender.lnk' '$menu/OrderNotify/OrderNotify.lnk' | grep -c 'OrderNotify\\\\OrderNotify.exe' | grep -q 2"
expect "the logon shortcut starts the sender" "strings -el '$menu/StartUp/OrderNotify sender.lnk' | grep -qx sender"
expect "uninstall entry in HKCU" "wine reg query 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\OrderNotify' 2>/dev/null | grep -q DisplayVersion"

out=$(cd "$prog" && timeout 120 wine ordernotify-cli.exe --version 2>&1 | tr -d '\r' | grep -v '^[0-9a-f]*:\(err\|fixme\)' || true)
echo "--- ordernotify-cli.exe --version under Wine:"; echo "$out"; echo "---"
# a Windows Java in the prefix prints the version; without one the launcher says what to install
expect "the launcher runs: the version, or what Java to install" \
  "grep -qE '^OrderNotify [0-9]|Eclipse Temurin 17 JRE' <<<\"\$out\""

mkdir -p "$user_dir/.ordernotify" && echo kept > "$user_dir/.ordernotify/marker"
wine "$setup" /S
expect "installing again over it (upgrade) keeps the program in place" "[ -f '$prog/ordernotify.jar' ]"
expect "the upgrade keeps %USERPROFILE%\\.ordernotify" "[ -f '$user_dir/.ordernotify/marker' ]"

wine "$prog/Uninstall.exe" /S
# the NSIS uninstaller copies itself to %TEMP% and returns at once; wait for its work to end
wineserver -w
expect "uninstall removes the program" "[ ! -e '$prog/ordernotify.jar' ] && [ ! -e '$menu/StartUp/OrderNotify sender.lnk' ]"
expect "uninstall keeps %USERPROFILE%\\.ordernotify" "[ -f '$user_dir/.ordernotify/marker' ]"
echo "wine: $ok passed, $bad failed"
[ "$bad" -eq 0 ]
