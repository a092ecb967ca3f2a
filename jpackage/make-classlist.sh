#!/usr/bin/env bash
# Records the classes the console loads until its window is up and the embedded sandbox connected, into
# src/main/resources/backoffice/app/cds-classlist.txt (committed). The .deb's postinst loads them once with
# `--cds-training` to build the AppCDS archive at the installed path. Needs: xvfb, the app image
# (mvn -Pinstaller package). Run after changes that alter start-up noticeably.
set -euo pipefail
cd "$(dirname "$0")/.."
A="$PWD/target/installer/out/BackOfficeConsole"
CP=$(grep '^app.classpath=' "$A/lib/app/BackOfficeConsole.cfg" | sed "s|app.classpath=\$APPDIR|$A/lib/app|" | paste -sd:)
RAW=$(mktemp)
LOG=$(mktemp)
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
  export XDG_CONFIG_HOME=\$(mktemp -d) XDG_DATA_HOME=\$(mktemp -d) XDG_STATE_HOME=\$(mktemp -d) NO_AT_BRIDGE=1
  '$A/lib/runtime/bin/java' -XX:DumpLoadedClassList='$RAW' --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED \
    -cp '$CP' backoffice.app.Launcher > '$LOG' 2>&1 & P=\$!
  for i in \$(seq 60); do grep -q connected '$LOG' && break; sleep 0.5; done
  sleep 2; kill -TERM \$P; wait \$P || true"
grep -v -e '^#' -e '^@' "$RAW" | awk '{print $1}' | tr '/' '.' | grep -v -e '\$\$Lambda' -e 'LambdaForm\$' -e '^jdk\.internal\.reflect\.Generated' \
  | sort -u > src/main/resources/backoffice/app/cds-classlist.txt
wc -l src/main/resources/backoffice/app/cds-classlist.txt
