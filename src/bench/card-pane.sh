#!/usr/bin/env bash
# Card desk benchmark in a real window under Xvfb: look-up -> pane laid out (median of 50), and block toggle
# server answer -> new state laid out. Needs xvfb (apt-get install xvfb). Usage: src/bench/card-pane.sh
set -euo pipefail
source "$(dirname "$0")/fx-classpath.sh" src/bench/java/backoffice/bench/CardPaneBenchmark.java
NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1280x800x24" java -Djava.util.logging.config.file=src/test/resources/logging.properties \
  --module-path "$FX" --add-modules javafx.controls \
  --add-exports javafx.base/com.sun.javafx.event=ALL-UNNAMED -cp "$OUT:target/classes:$REST" \
  backoffice.bench.CardPaneBenchmark 2>&1 | grep -v -e '^SLF4J' -e 'INFO'
