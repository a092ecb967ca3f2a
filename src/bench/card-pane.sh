#!/usr/bin/env bash
# Card desk benchmark in a real window under Xvfb: look-up -> pane laid out (median of 50), and block toggle
# server answer -> new state laid out. Needs xvfb (apt-get install xvfb). Usage: src/bench/card-pane.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B compile >/dev/null
CP="$(mvn -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
FX=$(echo "$CP" | tr ':' '\n' | grep '/org/openjfx/' | paste -sd:)
REST=$(echo "$CP" | tr ':' '\n' | grep -v '/org/openjfx/' | paste -sd:)
OUT=$(mktemp -d)
javac -d "$OUT" --module-path "$FX" --add-modules javafx.controls -cp "target/classes:$REST" \
  src/bench/java/backoffice/bench/CardPaneBenchmark.java
NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1280x800x24" java -Djava.util.logging.config.file=src/test/resources/logging.properties \
  --module-path "$FX" --add-modules javafx.controls \
  --add-exports javafx.base/com.sun.javafx.event=ALL-UNNAMED -cp "$OUT:target/classes:$REST" \
  backoffice.bench.CardPaneBenchmark 2>&1 | grep -v -e '^SLF4J' -e 'INFO'
