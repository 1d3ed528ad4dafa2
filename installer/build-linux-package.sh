#!/usr/bin/env bash
# Builds a Linux package (.deb) or app-image of OrderNotify with jpackage (JDK 17+).
# Usage: installer/build-linux-package.sh [deb|app-image]   — output in target/installer/
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
version=$(mvn -q -B help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null || echo 0.1.0)
[ -f target/ordernotify.jar ] || mvn -q -B package -DskipTests
rm -rf target/installer target/installer-input
mkdir -p target/installer-input
cp target/ordernotify.jar target/installer-input/
jpackage --type "$type" \
  --name ordernotify \
  --app-version "${version%%-*}" \
  --vendor "OrderNotify" \
  --description "SMS notifications for restaurant delivery orders" \
  --input target/installer-input \
  --main-jar ordernotify.jar \
  --main-class pl.ordernotify.Main \
  --java-options "-Dh2.bindAddress=127.0.0.1 -Dfile.encoding=UTF-8" \
  --dest target/installer
echo "Built: $(ls target/installer)"
