#!/usr/bin/env bash
# Smoke test of the packaged console (run by CI after `mvn -Pinstaller package`): start the app image's launcher
# under Xvfb with fresh per-user folders, wait for the ready line and the embedded sandbox, take a screenshot,
# check it is not blank, quit with Ctrl+Q and check the app exited cleanly (exit 0, window layout saved).
# With --cds-archive it first makes the AppCDS archive in the app image as the .deb's postinst does
# (lib/app/cds-archive.sh) and also checks that the console's classes then come from it.
# Needs: xvfb, xauth, imagemagick, xdotool. Usage: jpackage/smoke-test.sh [--cds-archive] [screenshot.png]
set -euo pipefail
cd "$(dirname "$0")/.."
CDS=""
if [ "${1:-}" = "--cds-archive" ]; then CDS=1; shift; fi
APP="$PWD/target/installer/out/BackOfficeConsole/bin/BackOfficeConsole"
SHOT="${1:-$PWD/target/installer/smoke.png}"
[ -x "$APP" ] || { echo "smoke: no app image at $APP (run mvn -Pinstaller package)"; exit 1; }
WORK=$(mktemp -d)
if [ -n "$CDS" ]; then
  LIB="$PWD/target/installer/out/BackOfficeConsole/lib/app"
  start=$(date +%s%N)
  sh "$LIB/cds-archive.sh" "$LIB" || { echo "smoke: the AppCDS archive could not be made"; exit 1; }
  echo "smoke: AppCDS archive $(du -h "$LIB/console.jsa" | cut -f1) made in $(( ($(date +%s%N) - start) / 1000000 )) ms"
  export JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$WORK/classes.log"
fi
export APP SHOT WORK CDS
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  set -euo pipefail
  export XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data XDG_STATE_HOME=$WORK/state NO_AT_BRIDGE=1
  start=$(date +%s%N)
  "$APP" > "$WORK/out.log" 2>&1 &
  pid=$!
  for _ in $(seq 120); do grep -q "Back-Office Console connected" "$WORK/out.log" && break; sleep 0.5; done
  grep -q "Back-Office Console ready" "$WORK/out.log" || { echo "smoke: no ready line"; cat "$WORK/out.log"; exit 1; }
  grep -q "Back-Office Console connected" "$WORK/out.log" || { echo "smoke: sandbox never connected"; exit 1; }
  echo "smoke: window shown and sandbox connected after $(( ($(date +%s%N) - start) / 1000000 )) ms"
  sleep 1
  import -window root "$SHOT"
  colours=$(convert "$SHOT" -format "%k" info:)
  spread=$(convert "$SHOT" -colorspace Gray -format "%[fx:standard_deviation]" info:)
  echo "smoke: screenshot $SHOT has $colours colours, grey standard deviation $spread"
  if [ "$colours" -lt 50 ] || awk "BEGIN {exit !($spread < 0.05)}"; then echo "smoke: screenshot is blank"; exit 1; fi
  xdotool search --sync --name "Back-Office Console" windowactivate --sync >/dev/null 2>&1 || true
  xdotool key ctrl+q
  for _ in $(seq 40); do kill -0 $pid 2>/dev/null || break; sleep 0.25; done
  if kill -0 $pid 2>/dev/null; then echo "smoke: app did not quit on Ctrl+Q"; kill -9 $pid; exit 1; fi
  wait $pid && status=0 || status=$?
  [ "$status" = 0 ] || { echo "smoke: exit status $status"; exit 1; }
  grep -q "\"window\"" "$XDG_CONFIG_HOME/weavr-backoffice-console/settings.json" \
    || { echo "smoke: settings (window layout) not saved on quit"; exit 1; }
  echo "smoke: quit cleanly (exit 0, window layout saved)"
  if [ -n "$CDS" ]; then
    grep -q "backoffice.app.ConsoleApp source: shared objects file" "$WORK/classes.log" \
      || { echo "smoke: the console did not load its classes from the AppCDS archive"; exit 1; }
    echo "smoke: $(grep -c "shared objects file" "$WORK/classes.log") of $(wc -l < "$WORK/classes.log") classes came from the archive"
  fi
'
echo "smoke: OK"
