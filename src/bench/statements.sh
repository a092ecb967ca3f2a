#!/usr/bin/env bash
# Issue 4's client and export figures: a sandbox (demo seed) in its own JVM, then StatementBenchmark as the client:
# all pages of the 10,000-entry statement vs one after another over one connection (no latency, then 20 ms
# injected per request), a signed CSV export of 100,000 rows vs Files.write of the same bytes, a signed PDF of
# 10,000 rows. Usage: src/bench/statements.sh [exports]   ("exports": the export figures only)
# The bench's JVM runs with $JAVA_OPTS: the default JVM unless set; what the console runs is
# JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn24m" (C1 only: SHA-256 is then ~12x slower, see README)
set -euo pipefail
source "$(dirname "$0")/fx-classpath.sh" src/bench/java/backoffice/bench/StatementBenchmark.java
source src/bench/demo-sandbox.sh 18556
java ${JAVA_OPTS:-} -Djava.util.logging.config.file=src/test/resources/logging.properties -cp "$OUT:target/classes:$REST" \
  backoffice.bench.StatementBenchmark "$ROOT" "$KEY" "$@" 2>&1 | grep -v -e '^SLF4J'
