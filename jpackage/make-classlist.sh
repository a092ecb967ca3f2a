#!/usr/bin/env bash
# Records what the console loads until its window is up and the embedded sandbox connected (classes, and the
# lambdas and method-handle forms it creates: the JDK's -XX:DumpLoadedClassList format) into
# jpackage/linux/cds-classlist.txt (committed). The installer ships it as lib/app/cds-classlist.txt, and
# jpackage/linux/cds-archive.sh makes the AppCDS archive from it at the installed path. Needs: xvfb, the app image
# (mvn -Pinstaller package). Run after changes that alter start-up noticeably.
set -euo pipefail
cd "$(dirname "$0")/.."
A="$PWD/target/installer/out/BackOfficeConsole"
CFG="$A/lib/app/BackOfficeConsole.cfg"
CP=$(grep '^app.classpath=' "$CFG" | sed "s|app.classpath=\$APPDIR|$A/lib/app|" | paste -sd:)
OPTS=$(sed -n 's|^java-options=||p' "$CFG" | grep -v -e SharedArchiveFile -e '^-Xshare' | paste -sd' ')
RAW=$(mktemp)
LOG=$(mktemp)
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
  export XDG_CONFIG_HOME=\$(mktemp -d) XDG_DATA_HOME=\$(mktemp -d) XDG_STATE_HOME=\$(mktemp -d) NO_AT_BRIDGE=1
  '$A/lib/runtime/bin/java' -Xshare:off -XX:DumpLoadedClassList='$RAW' $OPTS -cp '$CP' backoffice.app.Launcher \
    > '$LOG' 2>&1 & P=\$!
  for i in \$(seq 60); do grep -q connected '$LOG' && break; sleep 0.5; done
  sleep 2; kill -TERM \$P; wait \$P || true"
# JDK proxies and reflection accessors are generated anew in every run and cannot be archived
grep -v -e '^jdk/proxy[0-9]*/\$Proxy' -e '^jdk/internal/reflect/Generated' "$RAW" > jpackage/linux/cds-classlist.txt
echo "$(grep -vc '^[@#]' jpackage/linux/cds-classlist.txt) classes, $(grep -c '^@lambda-proxy' jpackage/linux/cds-classlist.txt) lambdas"
