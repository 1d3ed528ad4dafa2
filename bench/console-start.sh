#!/bin/sh
# Console start-up as shipped (issue 13 point 3): target/ordernotify.jar `console` under Xvfb
# (1024x768) on a demo database, RUNS times in a row; each time from the launch of `java` to the
# first laid-out frame of the window (the console logs it), then the console is closed with SIGTERM.
# The first run is the first start on this data folder; the others are "after the first run".
# Usage: bench/console-start.sh [RUNS=4]   CONSOLE_JAVA_OPTS: JVM options before -jar (default none)
# Needs target/ordernotify.jar and xvfb-run (Debian package xvfb).
set -eu
cd "$(dirname "$0")/.."
RUNS=${1:-4}
JAR=$(pwd)/target/ordernotify.jar
OPTS=${CONSOLE_JAVA_OPTS-}
[ -f "$JAR" ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
WORK=$(mktemp -d)
D="$WORK/data"
java -jar "$JAR" --data-dir "$D" demo >/dev/null
LOG="$D/logs/ordernotify.log"
trap 'rm -rf "$WORK"' EXIT
i=1
while [ "$i" -le "$RUNS" ]; do
  before=$(grep -c "Console first frame" "$LOG" 2>/dev/null || true)
  start=$(date +%s%3N)
  # shellcheck disable=SC2086
  xvfb-run -a -s "-screen 0 1024x768x24" sh -c "java $OPTS -jar '$JAR' --data-dir '$D' console \
    >'$WORK/console.out' 2>&1 & echo \$! > '$WORK/pid'; wait" &
  XPID=$!
  n=0
  while [ "$(grep -c "Console first frame" "$LOG" 2>/dev/null || true)" -le "$before" ]; do
    n=$((n + 1))
    [ "$n" -lt 1200 ] || { echo "no first frame after 120 s" >&2; cat "$WORK/console.out" >&2; exit 1; }
    sleep 0.1
  done
  at=$(grep "Console first frame" "$LOG" | tail -1 | sed 's/.*frame at \([0-9]*\) .*/\1/')
  jvm=$(grep "Console first frame" "$LOG" | tail -1 | sed 's/.*), \([0-9]*\) ms after.*/\1/')
  echo "CONSOLE run=$i first-frame=$((at - start)) ms (from the launch of java; $jvm ms after the JVM started) opts=\"$OPTS\""
  kill "$(cat "$WORK/pid")"
  wait "$XPID" 2>/dev/null || true
  i=$((i + 1))
done
