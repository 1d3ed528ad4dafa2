#!/bin/sh
# Latency of the shipped sender (issue 13 point 2): status change committed by another JVM through
# AUTO_SERVER -> SMS request at a fake SMSAPI on loopback. Runs target/ordernotify.jar `sender` as
# its own process with the README's JVM options (SENDER_JAVA_OPTS="" for a plain `java -jar`).
# Usage: bench/latency.sh [ORDERS=1000]        Needs target/ordernotify.jar (mvn -q package -DskipTests).
set -eu
cd "$(dirname "$0")/.."
[ -f target/ordernotify.jar ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
OPTS=${SENDER_JAVA_OPTS-$(cat installer/jvm-options.txt)}
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
# shellcheck disable=SC2086
exec java -Dh2.bindAddress=127.0.0.1 -Dlogback.configurationFile=bench/logback-bench.xml -cp "$CP" \
  pl.ordernotify.sender.bench.ShippedLatencyBench target/ordernotify.jar "${1:-1000}" $OPTS
