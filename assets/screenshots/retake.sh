#!/usr/bin/env bash
# Retakes the README screenshots of the main window (light and dark), Cards, Spend rules, Statements, Bulks and
# Journal, and the transfer confirmation: the console on the embedded sandbox under Xvfb, driven by xdotool
# (review.png, which needs an export altered after signing, is taken by hand). Also writes notice.png (a notice over the pane), not used by the README. Needs: xvfb, xdotool,
# imagemagick. Usage: assets/screenshots/retake.sh [output folder]
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-assets/screenshots}
CORP=110170049121026001 CARD=110170049121026027 ACCOUNT=110170049121026015 RESERVE=110170049121026018
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
typeat() { xdotool mousemove "$1" "$2" click 1; sleep 0.3; xdotool key ctrl+a; xdotool type "$3"; sleep 0.3; }
field() { typeat "$@"; key Return; }
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
key ctrl+5
typeat 610 285 "$ACCOUNT"; xdotool mousemove 778 285 click 1; sleep 1
typeat 1135 285 "$RESERVE"; xdotool mousemove 1303 285 click 1; sleep 1
typeat 668 372 "250.00"; typeat 668 414 "treasury_topup"; typeat 668 456 "Top-up before the supplier run"
xdotool mousemove 390 574 click 1
shot transfer-confirm 1.5
key Escape
key ctrl+shift+d; key ctrl+1
shot main-window-dark
