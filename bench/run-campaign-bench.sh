#!/bin/sh
# Campaign benchmark (issue 10 point 11): 10,000 and 100,000 recipients with unique codes through a
# fake SMSAPI answering every request after 50 ms. Usage: bench/run-campaign-bench.sh [N] [HUGE] [SINGLE] [WARM]
# (WARM: recipients of an unmeasured campaign run first, so the JIT has compiled the campaign code)
# Results: docs/benchmarks.md
# On PostgreSQL (fresh databases on the throwaway server, issue 14): .ci/postgres.sh exec bench/run-campaign-bench.sh 10000 100000
set -e
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
if [ -n "${ORDERNOTIFY_TEST_PG_URL:-}" ]; then
  BENCH_OPTS="$BENCH_OPTS -Dordernotify.test.engine=postgres -Dordernotify.test.pg.url=$ORDERNOTIFY_TEST_PG_URL"
  BENCH_OPTS="$BENCH_OPTS -Dordernotify.test.pg.user=$ORDERNOTIFY_TEST_PG_USER -Dordernotify.test.pg.password=$ORDERNOTIFY_TEST_PG_PASSWORD"
fi
exec java -Dh2.bindAddress=127.0.0.1 $BENCH_OPTS -Dlogback.configurationFile=bench/logback-bench.xml -cp "$CP" \
  pl.ordernotify.campaigns.bench.CampaignBench "$@"
