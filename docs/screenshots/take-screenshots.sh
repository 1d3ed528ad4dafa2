#!/usr/bin/env bash
# Regenerates the user guide's screenshots (docs/screenshots/pl/*.png and en/*.png) from the real
# console, running under a virtual X display. Needs: xvfb xauth libgtk-3-0 (Debian/Ubuntu:
# apt-get install -y --no-install-recommends xvfb xauth libgtk-3-0).
# Pass -o to run Maven offline. The tour uses a fresh temporary data folder with the demo restaurant.
set -euo pipefail
cd "$(dirname "$0")/../.."
MVN_FLAGS=("-q" "-B" "$@")
mvn "${MVN_FLAGS[@]}" test-compile
mvn "${MVN_FLAGS[@]}" dependency:build-classpath -Dmdep.outputFile=target/screenshots.classpath -Dmdep.includeScope=test
xvfb-run -a -s '-screen 0 1366x850x24' \
  java -Dprism.order=sw -Dprism.lcdtext=false \
  -cp "target/classes:target/test-classes:$(cat target/screenshots.classpath)" \
  pl.ordernotify.console.ScreenshotTour docs/screenshots
echo "Screenshots written to docs/screenshots/pl and docs/screenshots/en"
