#!/bin/sh
# Sender benchmarks (issue 5 point 9): a = latency, b = throughput, c = idle CPU/RSS, d = poll cost.
# Usage: bench/run-benchmarks.sh [a|b|c|d|all]    Results: docs/benchmarks.md
set -e
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
exec java -Dh2.bindAddress=127.0.0.1 -Dlogback.configurationFile=bench/logback-bench.xml -cp "$CP" \
  pl.ordernotify.sender.bench.BenchMain "${1:-all}"
