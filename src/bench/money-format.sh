#!/usr/bin/env bash
# Money.format vs the String.format it replaced (issue 18). Usage: src/bench/money-format.sh [JVM options...]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B -o compile >/dev/null
OUT=$(mktemp -d)
javac -d "$OUT" -cp target/classes src/bench/java/backoffice/bench/MoneyFormatBenchmark.java
java "$@" -cp "$OUT:target/classes" backoffice.bench.MoneyFormatBenchmark
