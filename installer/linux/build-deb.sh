#!/usr/bin/env bash
# Builds target/installer/ordernotify_<version>_amd64.deb from target/ordernotify.jar:
# jpackage makes the app image with its own trimmed Java runtime (jlink), dpkg-deb packs it with the
# PATH command, the desktop entry and the systemd user unit for the headless sender.
# Usage: installer/linux/build-deb.sh VERSION [DEB_VERSION]   (DEB_VERSION defaults to VERSION)
set -euo pipefail
cd "$(dirname "$0")/../.."
version="$1"
deb_version="${2:-$1}"
here=installer/linux
work=target/installer/deb-work
out=target/installer
jar=target/ordernotify.jar
[ -f "$jar" ] || { echo "build-deb: $jar is missing (mvn package)" >&2; exit 1; }

# What the jar needs from the JDK: jdeps' list for the shaded jar, plus what it loads by name at run time
# (TLS to the gateways, Polish locale data and charsets, JavaFX's desktop bridge, the XML of MyBatis).
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming
modules+=,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.sql,java.xml
modules+=,jdk.crypto.ec,jdk.charsets,jdk.localedata,jdk.net,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs

# JVM options (issue 13, docs/benchmarks.md): C1 only, the serial collector, a small starting heap
# the Windows launchers carry the same in pom.xml.
rm -rf "$work" && mkdir -p "$work/input" "$out"
cp "$jar" "$work/input/ordernotify.jar"
jpackage --type app-image \
  --name ordernotify \
  --app-version "$version" \
  --vendor OrderNotify \
  --description "SMS notifications for restaurant delivery orders" \
  --input "$work/input" \
  --main-jar ordernotify.jar \
  --main-class pl.ordernotify.Main \
  --java-options "-Dh2.bindAddress=127.0.0.1 -Dfile.encoding=UTF-8 $(cat installer/jvm-options.txt)" \
  --add-modules "$modules" \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands" \
  --dest "$work/image"

root="$work/root"
mkdir -p "$root/opt" "$root/usr/bin" "$root/usr/lib/systemd/user" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/doc/ordernotify" "$root/DEBIAN"
cp -a "$work/image/ordernotify" "$root/opt/ordernotify"
ln -s /opt/ordernotify/bin/ordernotify "$root/usr/bin/ordernotify"
install -m 644 "$here/ordernotify-sender.service" "$root/usr/lib/systemd/user/ordernotify-sender.service"
install -m 644 "$here/ordernotify.desktop" "$root/usr/share/applications/ordernotify.desktop"
install -m 644 "$here/ordernotify.svg" "$root/usr/share/icons/hicolor/scalable/apps/ordernotify.svg"
install -m 644 "$here/README.md" "$root/usr/share/doc/ordernotify/README.md"
install -m 755 "$here/postinst" "$root/DEBIAN/postinst"
install -m 755 "$here/postrm" "$root/DEBIAN/postrm"

size=$(du -sk "$root" | cut -f1)
sed -e "s/@VERSION@/$deb_version/" -e "s/@SIZE@/$size/" "$here/control.in" > "$root/DEBIAN/control"
deb="$out/ordernotify_${deb_version}_amd64.deb"
# xz -1: a fifth of the size of the image, packed in well under a minute on two cores
fakeroot dpkg-deb -Zxz -z1 --build "$root" "$deb" >/dev/null
rm -rf "$work"
echo "$deb"
