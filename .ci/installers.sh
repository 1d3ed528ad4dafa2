#!/usr/bin/env bash
# CI: builds both installers with installer/build.sh, then proves
#  - the .deb installs with dpkg -i over an older version, runs from the installed command, has a user unit
#    systemd accepts (installed disabled), and is removed leaving the data folder intact;
#  - the .exe holds what a Windows till needs (7z lists the NSIS contents).
# Run before or after `mvn verify`: it reuses target/ordernotify.jar, or builds it. Prints "N passed, N failed" at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

passed=0
failed=0
check() { # check "what" command...
  local what="$1"; shift
  if "$@" >/tmp/ordernotify-ci-check.log 2>&1; then
    passed=$((passed + 1)); echo "ok   - $what"
  else
    failed=$((failed + 1)); echo "FAIL - $what"; sed 's/^/       /' /tmp/ordernotify-ci-check.log | tail -20
  fi
}

apt_install() { # from the lists as they are, else after an update
  local apt=(apt-get -o DPkg::Lock::Timeout=600)
  "${apt[@]}" install -y -qq --no-install-recommends "$@" >/dev/null 2>&1 \
    || { "${apt[@]}" update -qq >/dev/null && "${apt[@]}" install -y -qq --no-install-recommends "$@" >/dev/null; }
}
command -v 7z >/dev/null || apt_install p7zip-full
installer/build.sh all
version=$(sed -n '/<artifactId>ordernotify<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q}' pom.xml)
deb="target/installer/ordernotify_${version}_amd64.deb"
exe="target/installer/OrderNotify-Setup-${version}.exe"

# ---- Linux package ----------------------------------------------------------------------------------
# the package's own dependencies first, so that dpkg -i alone installs it
deps=$(dpkg-deb -f "$deb" Depends | sed 's/ | [^,]*//g; s/,/ /g')
# shellcheck disable=SC2086
apt_install $deps

# an "older version": the same package under a lower version number, to install over
old_dir=$(mktemp -d)
dpkg-deb -R "$deb" "$old_dir/root"
sed -i "s/^Version: .*/Version: ${version}~ci.older/" "$old_dir/root/DEBIAN/control"
dpkg-deb -Zgzip -z1 --build "$old_dir/root" "$old_dir/older.deb" >/dev/null

work=$(mktemp -d)
chmod 755 "$work"
data="$work/data"
unset ORDERNOTIFY_HOME
# a till user of its own, for the default data folder ~/.ordernotify (Java takes the home from passwd)
till_user=ordernotify-ci
id "$till_user" >/dev/null 2>&1 || useradd -m -s /bin/bash "$till_user"
till_home=$(getent passwd "$till_user" | cut -d: -f6)
rm -rf "$till_home/.ordernotify"
dpkg -r ordernotify >/dev/null 2>&1 || true

check "older package installs with dpkg -i" dpkg -i "$old_dir/older.deb"
check "older version fills a data folder with the demo" ordernotify --data-dir "$data" demo
check "newer package installs over it with dpkg -i" dpkg -i "$deb"
check "installed version is $version" bash -c "dpkg-query -W -f '\${Version}' ordernotify | grep -qx '$version'"
check "ordernotify is on the PATH" bash -c "command -v ordernotify | grep -qx /usr/bin/ordernotify"
check "ordernotify --version names $version" bash -c "ordernotify --version | grep -q 'OrderNotify $version'"
check "the upgrade kept the demo data (stages list)" bash -c \
  "ordernotify --data-dir '$data' stages list | grep -q '^ACCEPTED'"
check "the upgrade kept the demo data (templates list)" bash -c \
  "ordernotify --data-dir '$data' templates list | grep -qi accepted"
check "ordernotify --data-dir X demo on a fresh folder" ordernotify --data-dir "$work/fresh" demo
check "stages list on it" bash -c "ordernotify --data-dir '$work/fresh' stages list | grep -q '^THANK_YOU'"
check "a till user's data goes to ~/.ordernotify" bash -c \
  "runuser -u $till_user -- ordernotify demo && test -n \"\$(ls '$till_home/.ordernotify')\""
check "bad usage exits 2" bash -c "ordernotify --data-dir '$data' no-such-command; test \$? -eq 2"
check "the console is in the desktop menu" \
  grep -qx 'Exec=/opt/ordernotify/bin/ordernotify console' /usr/share/applications/ordernotify.desktop
unit=/usr/lib/systemd/user/ordernotify-sender.service
check "sender user unit is installed" test -f "$unit"
check "systemd-analyze --user verify accepts the unit" bash -c \
  "mkdir -p '$work/xdg' && chmod 700 '$work/xdg' && XDG_RUNTIME_DIR='$work/xdg' systemd-analyze --user verify '$unit'"
check "the unit runs the installed sender" grep -qx 'ExecStart=/opt/ordernotify/bin/ordernotify sender' "$unit"
check "the unit is installed disabled" bash -c \
  "! ls /etc/systemd/user/*.wants/ordernotify-sender.service 2>/dev/null | grep -q ."
check "README tells the one command to enable it" \
  grep -q 'systemctl --user enable --now ordernotify-sender.service' /usr/share/doc/ordernotify/README.md
check "dpkg -r removes the package" dpkg -r ordernotify
check "the program is gone" bash -c "test ! -e /opt/ordernotify && test ! -e /usr/bin/ordernotify && test ! -e $unit"
check "the data folders are intact" bash -c \
  "test -n \"\$(ls '$data')\" && test -n \"\$(ls '$till_home/.ordernotify')\""
check "the kept data still opens (with the jar)" bash -c \
  "java -jar target/ordernotify.jar --data-dir '$data' stages list | grep -q '^READY'"

# ---- Windows installer ------------------------------------------------------------------------------
listing="$work/exe-list.txt"
7z l "$exe" > "$listing"
check "the .exe is a 64-bit NSIS installer" grep -q 'SubType = NSIS-3 Unicode 64-bit' "$listing"
for f in ordernotify.jar OrderNotify.exe ordernotify-cli.exe README.txt Uninstall.exe; do
  check "the .exe holds $f" grep -qE " ${f//./\\.}\$" "$listing"
done
check "the jar inside is the Windows one (glass.dll, no .so)" bash -c "
  cd '$work' && 7z e -y '$PWD/$exe' ordernotify.jar >/dev/null &&
  unzip -l ordernotify.jar | grep -q ' glass.dll\$' && ! unzip -l ordernotify.jar | grep -q '\.so\$'"
# every shortcut the script creates points at a file the installer carries
nsi=installer/windows/ordernotify.nsi
for target in $(grep -oE 'CreateShortcut "[^"]+" "\$INSTDIR\\[^"]+"' "$nsi" | sed -E 's/.*\$INSTDIR\\([^"]+)"/\1/' | sort -u); do
  check "shortcut target $target is in the .exe" grep -qE " ${target//./\\.}\$" "$listing"
done
check "desktop, Start-menu and Startup shortcuts are made" bash -c \
  "grep -q '\$DESKTOP\\\\OrderNotify.lnk' $nsi && grep -q '\$SMPROGRAMS\\\\OrderNotify\\\\OrderNotify.lnk' $nsi && grep -q 'SMSTARTUP' $nsi"
check "the uninstaller leaves the data folder alone" bash -c \
  "sed -n '/^Section \"Uninstall\"/,/^SectionEnd/p' $nsi | grep -vE 'DetailPrint|^\s*;' | grep -q RMDir &&
   ! sed -n '/^Section \"Uninstall\"/,/^SectionEnd/p' $nsi | grep -vE 'DetailPrint|^\s*;' | grep -qiE 'RMDir /r|PROFILE|\.ordernotify'"

# under Wine, on request (INSTALLERS_WINE=1) and where the machine has it with 32-bit support (the launch4j
# launchers are 32-bit): a minute or two more, so not in every CI run
if [ "${INSTALLERS_WINE:-0}" = 1 ] && command -v wine >/dev/null && dpkg -s wine32:i386 >/dev/null 2>&1; then
  check "silent install, shortcuts, launcher and uninstall under Wine" installer/windows/try-wine.sh "$exe"
fi

userdel -r "$till_user" >/dev/null 2>&1 || true
rm -rf "$old_dir" "$work"
echo "installers: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
