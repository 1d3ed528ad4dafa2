#!/usr/bin/env bash
# Builds both installers of OrderNotify on Linux, into target/installer/:
#   ordernotify_<version>_amd64.deb     Linux till (jpackage image with its own Java runtime)
#   OrderNotify-Setup-<version>.exe     Windows till (NSIS, per-user, launch4j launchers)
# Usage: installer/build.sh [deb|exe|all]      (default: all)
# Installs what it needs from Debian (NSIS, fakeroot) when missing, and builds the jars with Maven when
# target/ has none: `mvn package` (this machine's jar) and `mvn -Pwindows package` (the Windows jar).
# MVN_ARGS adds Maven options (e.g. MVN_ARGS=-o to stay offline).
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
case "$what" in deb|exe|all) ;; *) echo "usage: installer/build.sh [deb|exe|all]" >&2; exit 2 ;; esac

need_pkgs=()
command -v jpackage >/dev/null || need_pkgs+=(openjdk-17-jdk)
command -v fakeroot >/dev/null || need_pkgs+=(fakeroot)
command -v dpkg-deb >/dev/null || need_pkgs+=(dpkg)
if [ "$what" != deb ]; then command -v makensis >/dev/null || need_pkgs+=(nsis); fi
if [ ${#need_pkgs[@]} -gt 0 ]; then
  echo "installing ${need_pkgs[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null && apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
fi

# the version in the pom (the project's own, right under <artifactId>ordernotify</artifactId>)
version=$(sed -n '/<artifactId>ordernotify<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q}' pom.xml)
[ -n "$version" ] || { echo "build.sh: no version found in pom.xml" >&2; exit 1; }

mvn_package() {
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_ARGS:-} "$@" package -DskipTests >&2
}

if [ "$what" != exe ]; then
  [ -f target/ordernotify.jar ] || mvn_package
  installer/linux/build-deb.sh "$version"
fi
if [ "$what" != deb ]; then
  if [ ! -f target/ordernotify-windows.jar ] || [ ! -f target/windows/OrderNotify.exe ]; then
    mvn_package -Pwindows
  fi
  installer/windows/build-exe.sh "$version"
fi
