#!/usr/bin/env bash
# The Statements pane with a 100,000-entry statement (issue 4): a sandbox (demo seed) in its own JVM gets ~90,000
# deposits so the 10,437-entry account reaches 100,000; the pane (real window under Xvfb, -Xmx150m) loads it, then
# exports the rows as CSV and PDF, with a heartbeat probe on the FX thread.
# Usage: src/bench/statement-pane.sh [latency-ms]   (latency injected by the sandbox per request; default 0)
set -euo pipefail
source "$(dirname "$0")/fx-classpath.sh" src/bench/java/backoffice/bench/StatementPaneBenchmark.java
PORT=18557
KEY=bench-api-key
java -cp "target/classes:$REST" backoffice.sandbox.SandboxMain --port $PORT --api-key $KEY --seed demo \
  > "$OUT/sandbox.log" 2>&1 &
SANDBOX=$!
trap 'kill $SANDBOX 2>/dev/null' EXIT
for _ in $(seq 100); do grep -q "listening" "$OUT/sandbox.log" && break; sleep 0.1; done
NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1280x800x24" java -Xmx150m -Xlog:gc:file=/tmp/statement-pane-gc.log \
  -Djava.util.logging.config.file=src/test/resources/logging.properties \
  --module-path "$FX" --add-modules javafx.controls,jdk.management -cp "$OUT:target/classes:$REST" \
  backoffice.bench.StatementPaneBenchmark "http://127.0.0.1:$PORT" "$KEY" 100000 "${1:-0}" 2>&1 | grep -v -e '^SLF4J' -e 'INFO' || true
