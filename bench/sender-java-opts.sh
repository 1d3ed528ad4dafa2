#!/bin/sh
# The JVM options the README's sender command and the installed launchers give (issue 13):
# C1 only (an I/O loop gains nothing from C2, whose compiler threads were 73 % of the idle CPU),
# the serial collector with a small starting heap (RSS), smaller thread stacks.
echo "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m -Xss512k"
