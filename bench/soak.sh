#!/bin/sh
# Soak (issue 5 point 10): 5,000 messages through a fake SMSAPI or SerwerSMS on loopback while the
# sender process is killed with SIGKILL at random 20 times and restarted. Exit 0 = 0 duplicates, 0 lost.
# Usage: bench/soak.sh [messages] [kills] [smsapi|serwersms] [host]   (default 5000 20 smsapi)
# "host": the killed sender is the database's host (it opens the file first; this JVM plays the POS
# through it), and every POS row committed right before each kill must still be there (issue 9).
set -e
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
exec java -Dh2.bindAddress=127.0.0.1 -cp "$CP" pl.ordernotify.sender.soak.SoakMain "${1:-5000}" "${2:-20}" "${3:-smsapi}" ${4:+"$4"}
