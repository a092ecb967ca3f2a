#!/usr/bin/env bash
# Smoke test of the packaged console (run by CI after `mvn -Pinstaller package`): start the app image's launcher
# under Xvfb with fresh per-user folders, wait for the ready line and the embedded sandbox, take a screenshot,
# check it is not blank, quit with Ctrl+Q and check the app exited cleanly (exit 0, window layout saved).
# Needs: xvfb, xauth, imagemagick, xdotool. Usage: jpackage/smoke-test.sh [screenshot.png]
set -euo pipefail
cd "$(dirname "$0")/.."
APP="$PWD/target/installer/out/BackOfficeConsole/bin/BackOfficeConsole"
SHOT="${1:-$PWD/target/installer/smoke.png}"
[ -x "$APP" ] || { echo "smoke: no app image at $APP (run mvn -Pinstaller package)"; exit 1; }
WORK=$(mktemp -d)
export APP SHOT WORK
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
'
echo "smoke: OK"
