#!/usr/bin/env bash
# Issue 17's figure: a sandbox (demo seed) in its own JVM; WorkspaceDiscoveryBenchmark seeds a corporate with 50
# accounts and 50 prepaid cards joined by 99 transfers, then times the workspace's discovery of all 100.
# Usage: src/bench/workspace-discovery.sh
set -euo pipefail
source "$(dirname "$0")/fx-classpath.sh" src/bench/java/backoffice/bench/WorkspaceDiscoveryBenchmark.java
source src/bench/demo-sandbox.sh 18557
java -Djava.util.logging.config.file=src/test/resources/logging.properties -cp "$OUT:target/classes:$REST" \
  backoffice.bench.WorkspaceDiscoveryBenchmark "$ROOT" "$KEY" 2>&1 | grep -v -e '^SLF4J'
