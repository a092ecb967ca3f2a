#!/usr/bin/env bash
# Sandbox throughput over loopback: wrk, 2 threads, 32 connections, against GET /managed_cards/{id}
# (api-key + bearer token, a real card of the demo seed). Needs: wrk (apt-get install wrk), curl.
# Usage: src/bench/sandbox-wrk.sh [seconds]   (run on a quiet machine)
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_TO_RUN=${1:-20}
mvn -q -B compile >/dev/null
CP="target/classes:$(mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=/dev/stdout | sed 's/\x1b\[[0-9;]*m//g')"
LOG=$(mktemp)
java -Xms256m -Xmx512m ${SANDBOX_JAVA_OPTS:-} -cp "$CP" backoffice.sandbox.SandboxMain --port 0 >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q "listening" "$LOG" && break; sleep 0.1; done
URL=$(sed -n 's/^Sandbox listening on \(http[^ ]*\) .*/\1/p' "$LOG")
KEY=sandbox-api-key
TOKEN=$(curl -s -XPOST "$URL/multi/backoffice/access_token" -H "api-key: $KEY" \
  -d '{"identity":{"type":"CORPORATE","id":"110170049121026001"}}' | sed 's/.*"token":{"token":"\([^"]*\)".*/\1/')
CARD=110170049121026027
TARGET="$URL/multi/backoffice/managed_cards/$CARD"
curl -sf -o /dev/null -H "api-key: $KEY" -H "Authorization: Bearer $TOKEN" "$TARGET"
echo "warm-up (5 s)…"
wrk -t2 -c32 -d5s -H "api-key: $KEY" -H "Authorization: Bearer $TOKEN" "$TARGET" >/dev/null
echo "measured run (${SECONDS_TO_RUN} s): GET /managed_cards/$CARD"
wrk -t2 -c32 -d"${SECONDS_TO_RUN}s" --latency -H "api-key: $KEY" -H "Authorization: Bearer $TOKEN" "$TARGET"
