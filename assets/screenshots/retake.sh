#!/usr/bin/env bash
# Retakes the README screenshots of the main window (light and dark), Cards, Spend rules, Statements, Bulks and
# Journal: the console on the embedded sandbox under Xvfb, driven by xdotool (transfer-confirm.png and review.png are
# taken by hand). Also writes notice.png (a notice over the pane), not used by the README. Needs: xvfb, xdotool,
# imagemagick. Usage: assets/screenshots/retake.sh [output folder]
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-assets/screenshots}
CORP=110170049121026001 CARD=110170049121026027 ACCOUNT=110170049121026015
export DISPLAY=:97 NO_AT_BRIDGE=1
Xvfb :97 -screen 0 1440x900x24 >/dev/null 2>&1 & XV=$!
H=$(mktemp -d)
export XDG_CONFIG_HOME=$H/c XDG_DATA_HOME=$H/d XDG_STATE_HOME=$H/s
sleep 1
mvn -q -o javafx:run > "$H/run.log" 2>&1 & APPPID=$!
trap 'pkill -f "backoffice.app.Launcher" || true; kill $APPPID $XV 2>/dev/null || true' EXIT
for _ in $(seq 120); do grep -q connected "$H/run.log" && break; sleep 0.5; done
sleep 1
shot() { sleep "${2:-1.2}"; import -window root "$H/full.png"; convert "$H/full.png" -crop 1280x800+80+33 +repage "$OUT/$1.png"; echo "$OUT/$1.png"; }
key() { xdotool key --clearmodifiers "$@"; sleep 0.6; }
field() { xdotool mousemove "$1" "$2" click 1; sleep 0.3; xdotool key ctrl+a; xdotool type "$3"; key Return; }
key ctrl+1; field 670 228 "$CORP"
shot notice 0.3
sleep 1.5; field 686 684 "$CARD"
shot main-window 4.5
key ctrl+2; field 476 229 "$CARD"
shot cards
key ctrl+3; field 476 247 "$CARD"
shot spend-rules
key ctrl+4; field 680 247 "$ACCOUNT"
shot statements 4
key ctrl+6
shot bulks 3
key ctrl+8
shot journal
key ctrl+shift+d; key ctrl+1
shot main-window-dark
