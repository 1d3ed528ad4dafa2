#!/bin/sh
# Soak (issue 5 point 10): 5,000 messages through a fake SMSAPI or SerwerSMS on loopback while the
# sender process is killed with SIGKILL at random 20 times and restarted. Exit 0 = 0 duplicates, 0 lost.
# Usage: bench/soak.sh [messages] [kills] [smsapi|serwersms] [standby|host]   (default 5000 20 smsapi)
#   standby: two sender JVMs at once; each kill hits whichever holds the lease (issue 14).
#   host: the killed sender is the database's host (it opens the file first; this JVM plays the POS
#   through it), and every POS row committed right before each kill must still be there (issue 9).
# On PostgreSQL (a fresh database on the throwaway server): .ci/postgres.sh exec bench/soak.sh 5000 10 smsapi standby
set -e
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
if [ -n "${ORDERNOTIFY_TEST_PG_URL:-}" ]; then
  exec java -Dh2.bindAddress=127.0.0.1 -Dordernotify.test.engine=postgres \
    -Dordernotify.test.pg.url="$ORDERNOTIFY_TEST_PG_URL" -Dordernotify.test.pg.user="$ORDERNOTIFY_TEST_PG_USER" \
    -Dordernotify.test.pg.password="$ORDERNOTIFY_TEST_PG_PASSWORD" \
    -cp "$CP" pl.ordernotify.sender.soak.SoakMain "${1:-5000}" "${2:-20}" "${3:-smsapi}" ${4:+"$4"}
fi
exec java -Dh2.bindAddress=127.0.0.1 -cp "$CP" pl.ordernotify.sender.soak.SoakMain "${1:-5000}" "${2:-20}" "${3:-smsapi}" ${4:+"$4"}
