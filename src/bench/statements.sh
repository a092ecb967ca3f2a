#!/usr/bin/env bash
# Issue 4's client and export figures: a sandbox (demo seed) in its own JVM, then StatementBenchmark as the client:
# all pages of the 10,000-entry statement vs one after another over one connection (no latency, then 20 ms
# injected per request), a signed CSV export of 100,000 rows vs Files.write of the same bytes, a signed PDF of
# 10,000 rows. Usage: src/bench/statements.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B compile >/dev/null
CP="$(mvn -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
OUT=$(mktemp -d)
javac -d "$OUT" -cp "target/classes:$CP" src/bench/java/backoffice/bench/StatementBenchmark.java
PORT=18556
KEY=bench-api-key
java -cp "target/classes:$CP" backoffice.sandbox.SandboxMain --port $PORT --api-key $KEY --seed demo \
  > "$OUT/sandbox.log" 2>&1 &
SANDBOX=$!
trap 'kill $SANDBOX 2>/dev/null' EXIT
for _ in $(seq 100); do grep -q "listening" "$OUT/sandbox.log" && break; sleep 0.1; done
java -Djava.util.logging.config.file=src/test/resources/logging.properties -cp "$OUT:target/classes:$CP" \
  backoffice.bench.StatementBenchmark "http://127.0.0.1:$PORT" "$KEY" 2>&1 | grep -v -e '^SLF4J'
