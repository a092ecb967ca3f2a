#!/usr/bin/env bash
# The console watching a running 10,000-operation bulk (issue 6): the sandbox runs in its own JVM at a pace of
# 4 ms per operation; the console (BulksView + its view models, real window under Xvfb) watches it, 60 s warm-up then a 60 s window, and
# reports its own CPU as % of one core and the most requests it ever had in flight. Usage: src/bench/bulk-watch.sh
#   JAVA_OPTS="-Dbackoffice.fxWatchdog=50" logs every FX stall over 50 ms with a stack sample.
set -euo pipefail
source "$(dirname "$0")/fx-classpath.sh" src/bench/java/backoffice/bench/BulkWatchBenchmark.java
source src/bench/demo-sandbox.sh 18555
curl -sf -X PUT -H "api-key: $KEY" -H 'content-type: application/json' -d '{"paceMs":4}' \
  "$ROOT/sandbox/bulk_pace" >/dev/null
NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1280x800x24" java ${JAVA_OPTS:-} -Djava.util.logging.config.file=src/test/resources/logging.properties \
  --module-path "$FX" --add-modules javafx.controls,jdk.management \
  --add-exports javafx.base/com.sun.javafx.event=ALL-UNNAMED -cp "$OUT:target/classes:$REST" \
  backoffice.bench.BulkWatchBenchmark "$ROOT" "$KEY" 2>&1 | grep -v -e '^SLF4J' -e 'INFO'
