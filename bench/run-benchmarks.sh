#!/bin/sh
# Sender benchmarks (issue 5 point 9): a = latency, b = throughput, c = idle CPU/RSS, d = poll cost.
# Usage: bench/run-benchmarks.sh [a|b|c|d|all]    Results: docs/benchmarks.md
# On PostgreSQL: .ci/postgres.sh exec bench/run-benchmarks.sh d
set -e
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
# Under .ci/postgres.sh exec, the benchmarks use fresh databases on its PostgreSQL server (issue 14).
if [ -n "${ORDERNOTIFY_TEST_PG_URL:-}" ]; then
  BENCH_OPTS="$BENCH_OPTS -Dordernotify.test.engine=postgres -Dordernotify.test.pg.url=$ORDERNOTIFY_TEST_PG_URL"
  BENCH_OPTS="$BENCH_OPTS -Dordernotify.test.pg.user=$ORDERNOTIFY_TEST_PG_USER -Dordernotify.test.pg.password=$ORDERNOTIFY_TEST_PG_PASSWORD"
fi
exec java -Dh2.bindAddress=127.0.0.1 $BENCH_OPTS -Dlogback.configurationFile=bench/logback-bench.xml -cp "$CP" \
  pl.ordernotify.sender.bench.BenchMain "${1:-all}"
