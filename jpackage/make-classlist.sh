#!/usr/bin/env bash
# Records what a packaged app loads during a real start (classes, and the lambdas and method-handle forms it
# creates: the JDK's -XX:DumpLoadedClassList format) into a class list for jpackage/linux/cds-archive.sh.
# Default: the console's app image until its window is up and the embedded sandbox connected, into
# jpackage/linux/cds-classlist.txt (committed; the installer ships it as lib/app/cds-classlist.txt). The start-up
# bench uses it for its bare window too. Needs: xvfb, the app image (mvn -Pinstaller package). Run after changes
# that alter start-up noticeably.
# Usage: jpackage/make-classlist.sh [app image folder] [stdout line to wait for] [output file]
set -euo pipefail
cd "$(dirname "$0")/.."
A=$(cd "${1:-target/installer/out/BackOfficeConsole}" && pwd)
MARKER=${2:-Back-Office Console connected}
OUT=${3:-jpackage/linux/cds-classlist.txt}
CFG=$(ls "$A"/lib/app/*.cfg | head -n 1)
CP=$(grep '^app.classpath=' "$CFG" | sed "s|app.classpath=\$APPDIR|$A/lib/app|" | paste -sd:)
MAIN=$(sed -n 's|^app.mainclass=||p' "$CFG")
OPTS=$(sed -n 's|^java-options=||p' "$CFG" | grep -v -e SharedArchiveFile -e '^-Xshare' | paste -sd' ')
RAW=$(mktemp)
LOG=$(mktemp)
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
  export XDG_CONFIG_HOME=\$(mktemp -d) XDG_DATA_HOME=\$(mktemp -d) XDG_STATE_HOME=\$(mktemp -d) NO_AT_BRIDGE=1
  '$A/lib/runtime/bin/java' -Xshare:off -XX:DumpLoadedClassList='$RAW' $OPTS -cp '$CP' $MAIN > '$LOG' 2>&1 & P=\$!
  for i in \$(seq 60); do grep -q '$MARKER' '$LOG' && break; sleep 0.5; done
  sleep 2; kill -TERM \$P; wait \$P || true"
grep -q "$MARKER" "$LOG" || { echo "make-classlist: no '$MARKER' line from $A" >&2; cat "$LOG" >&2; exit 1; }
# JDK proxies and reflection accessors are generated anew in every run and cannot be archived
grep -v -e '^jdk/proxy[0-9]*/\$Proxy' -e '^jdk/internal/reflect/Generated' "$RAW" > "$OUT"
echo "$(grep -vc '^[@#]' "$OUT") classes, $(grep -c '^@lambda-proxy' "$OUT") lambdas"
