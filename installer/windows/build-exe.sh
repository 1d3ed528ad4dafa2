#!/usr/bin/env bash
# Builds target/installer/OrderNotify-Setup-<version>.exe with NSIS (Debian's makensis) from what
# `mvn -Pwindows package` made: target/ordernotify-windows.jar and target/windows/*.exe (launch4j).
# Usage: installer/windows/build-exe.sh VERSION
set -euo pipefail
cd "$(dirname "$0")/../.."
version="$1"
here=installer/windows
stage=target/installer/exe-work
out=target/installer
for f in target/ordernotify-windows.jar target/windows/OrderNotify.exe target/windows/ordernotify-cli.exe; do
  [ -f "$f" ] || { echo "build-exe: $f is missing (mvn -Pwindows package)" >&2; exit 1; }
done
rm -rf "$stage" && mkdir -p "$stage" "$out"
cp target/ordernotify-windows.jar "$stage/ordernotify.jar"
cp target/windows/OrderNotify.exe target/windows/ordernotify-cli.exe "$stage/"
# Notepad-friendly copy of the till README
sed 's/$/\r/' "$here/README.txt" > "$stage/README.txt"
setup="$out/OrderNotify-Setup-$version.exe"
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$version" -DSRC="$PWD/$stage" -DOUTFILE="$PWD/$setup" \
  "$here/ordernotify.nsi" >&2
rm -rf "$stage"
echo "$setup"
