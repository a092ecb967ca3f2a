#!/usr/bin/env bash
# The Statements pane with a 100,000-entry statement (issue 4): a sandbox (demo seed) in its own JVM gets ~90,000
# deposits so the 10,437-entry account reaches 100,000; the pane (real window under Xvfb, -Xmx250m) loads it, then
# exports the rows as CSV and PDF, with a heartbeat probe on the FX thread.
# Usage: src/bench/statement-pane.sh [latency-ms]   (latency injected by the sandbox per request; default 0)
#   JAVA_OPTS="..." adds JVM options to the console's JVM, e.g. the packaged app's "-XX:TieredStopAtLevel=1
#   -XX:+UseSerialGC -Xmn24m", or "-Dbackoffice.fxWatchdog=50" to log every FX stall over 50 ms with a stack sample.
set -euo pipefail
source "$(dirname "$0")/fx-classpath.sh" src/bench/java/backoffice/bench/StatementPaneBenchmark.java
source src/bench/demo-sandbox.sh "${SANDBOX_PORT:-18557}"
NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1280x800x24" java -Xmx250m -Xlog:gc:file=/tmp/statement-pane-gc.log ${JAVA_OPTS:-} \
  -Djava.util.logging.config.file=src/test/resources/logging.properties \
  --module-path "$FX" --add-modules javafx.controls,jdk.management -cp "$OUT:target/classes:$REST" \
  backoffice.bench.StatementPaneBenchmark "$ROOT" "$KEY" 100000 "${1:-0}" 2>&1 | grep -v -e '^SLF4J' -e 'INFO' -e '^[A-Z][a-z][a-z] [0-9][0-9], ' || true
