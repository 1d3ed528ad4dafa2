#!/bin/sh
# Idle cost of the headless sender AS SHIPPED (issue 13 point 1): the built jar started as the
# README starts it, on a fresh demo database with nothing to send. After SETTLE seconds, the CPU
# ticks of the process (and of each thread, grouped by name) over SECONDS, and VmRSS at the end.
#
# Usage: bench/idle.sh [ORDERS=0] [SECONDS=60] [SETTLE=15]
#   ORDERS  extra orders placed in the last 48 hours (DELIVERED, seen), e.g. 2880 (one a minute)
#   SENDER_JAVA_OPTS  JVM options before -jar (default: those the README's sender command uses;
#                     set to "" for plain `java -jar`)
# Needs target/ordernotify.jar (mvn -q package -DskipTests).
set -eu
cd "$(dirname "$0")/.."
ORDERS=${1:-0}
SECONDS_=${2:-60}
SETTLE=${3:-15}
JAR=target/ordernotify.jar
OPTS=${SENDER_JAVA_OPTS-$(cat installer/jvm-options.txt)}
[ -f "$JAR" ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
HZ=$(getconf CLK_TCK)
WORK=$(mktemp -d)
D="$WORK/data"
java -jar "$JAR" --data-dir "$D" demo >/dev/null
if [ "$ORDERS" -gt 0 ]; then
  URL=$(sed -n 's/^url=//p' "$D/db.properties")
  USER_=$(sed -n 's/^user=//p' "$D/db.properties")
  PASS=$(sed -n 's/^password=//p' "$D/db.properties")
  # one order a minute over the last 48 hours, all delivered: the window the sender compares
  java -cp "$JAR" org.h2.tools.Shell -url "$URL" -user "$USER_" -password "$PASS" -sql "
    INSERT INTO delivery_order (order_no, customer_id, phone, status, status_changed_at, total_gross,
      payment_method, prep_minutes, placed_at)
    SELECT 'B' || X, NULL, '+48500' || LPAD(CAST(X AS VARCHAR), 6, '0'), 'DELIVERED',
      CURRENT_TIMESTAMP - (X * INTERVAL '1' MINUTE), 50.00, 'CASH', 30,
      CURRENT_TIMESTAMP - (X * INTERVAL '1' MINUTE) - INTERVAL '40' MINUTE
    FROM SYSTEM_RANGE(1, $ORDERS)" >/dev/null
fi
# shellcheck disable=SC2086
java $OPTS -jar "$JAR" --data-dir "$D" sender >"$WORK/sender.out" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
sleep "$SETTLE"
threads() { # name ticks, one line per thread
  for t in /proc/$PID/task/*; do
    name=$(cat "$t/comm" 2>/dev/null) || continue
    st=$(cat "$t/stat" 2>/dev/null) || continue
    echo "$st" | sed 's/^.*) //' | awk -v n="$name" '{ print n "\t" $12 + $13 }'
  done
}
total() { sed 's/^.*) //' "/proc/$PID/stat" | awk '{ print $12 + $13 }'; }
threads > "$WORK/t0"; T0=$(total)
sleep "$SECONDS_"
threads > "$WORK/t1"; T1=$(total)
RSS=$(awk '/^VmRSS/ { print $2 }' "/proc/$PID/status")
kill -0 $PID 2>/dev/null || { echo "the sender exited:" >&2; cat "$WORK/sender.out" >&2; exit 1; }
echo "IDLE orders-in-window=$((30 + ORDERS)) seconds=$SECONDS_ settle=$SETTLE opts=\"$OPTS\""
awk -v t0="$T0" -v t1="$T1" -v s="$SECONDS_" -v hz="$HZ" -v rss="$RSS" 'BEGIN {
  printf "cpu-ticks=%d cpu=%.2f%% rss=%d kB (%.0f MB)\n", t1 - t0, 100 * (t1 - t0) / hz / s, rss, rss / 1024 }'
# per thread group (numbers stripped from names), only those that used CPU
awk -F'\t' '
  FNR == 1 { f++ }
  { g = $1; gsub(/[0-9]+/, "#", g) }
  f == 1 { before[g] += $2 } f == 2 { after[g] += $2 }
  END { for (g in after) if (after[g] - before[g] > 0) printf "  %-24s %d\n", g, after[g] - before[g] }' \
  "$WORK/t0" "$WORK/t1" | sort -k2 -nr
