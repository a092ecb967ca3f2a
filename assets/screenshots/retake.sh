#!/usr/bin/env bash
# Retakes the screenshots: the console on the embedded sandbox under Xvfb with a window manager (openbox), driven
# from the keyboard with xdotool (pane shortcuts focus the pane's first field, Tab moves, Enter/Space activate).
# Takes every pane in light, switches to dark live (Ctrl+Shift+D) and takes them again, then quick find (Ctrl+K)
# and a call's wrap-up. Needs: xvfb, openbox, xdotool, imagemagick.
#
#   assets/screenshots/retake.sh                         README screenshots (1366x768) into assets/screenshots
#   assets/screenshots/retake.sh --set DIR [WxH]         the whole set, NAME-light.png / NAME-dark.png, into DIR
#
# review.png (an export altered after signing, opened in Review) is taken by hand: the file chooser is not driven.
set -euo pipefail
cd "$(dirname "$0")/../.."
MODE=readme OUT=assets/screenshots SIZE=1366x768
if [ "${1:-}" = --set ]; then MODE=set OUT=${2:?folder}; SIZE=${3:-1366x768}; fi
mkdir -p "$OUT"
CORP=110170049121026001 CARD=110170049121026027 ACCOUNT=110170049121026015 RESERVE=110170049121026018
DISP=:$(( 100 + RANDOM % 100 ))
export DISPLAY=$DISP NO_AT_BRIDGE=1
H=$(mktemp -d)
export XDG_CONFIG_HOME=$H/c XDG_DATA_HOME=$H/d XDG_STATE_HOME=$H/s
Xvfb "$DISP" -screen 0 "${SIZE}x24" >/dev/null 2>&1 & XV=$!
sleep 1
openbox >/dev/null 2>&1 & WM=$!
mvn -q -o javafx:run > "$H/run.log" 2>&1 & APPPID=$!
trap 'pkill -P $APPPID 2>/dev/null || true; kill $APPPID $WM $XV 2>/dev/null || true' EXIT
for _ in $(seq 120); do grep -q 'Back-Office Console ready' "$H/run.log" && break; sleep 0.5; done
sleep 2
# openbox may map the stage at 200x200 first: size it to the screen, then maximise it (double-click on the title bar)
for w in $(xdotool search --name 'Back-Office Console'); do xdotool windowmove "$w" 0 0 windowsize "$w" 100% 100%; done
sleep 1; xdotool mousemove 150 8 click --repeat 2 --delay 120 1; sleep 2
xdotool mousemove "${SIZE%x*}" "${SIZE#*x}"   # pointer out of the way (no hover effects in the pictures)

shot() { sleep "${2:-1.2}"; import -window root "$OUT/$1.png"; echo "$OUT/$1.png"; }
key() { xdotool key --clearmodifiers --delay 60 "$@"; sleep 0.5; }
typed() { xdotool type --delay 25 "$1"; sleep 0.3; }
tabs() { for _ in $(seq "$1"); do xdotool key Tab; sleep 0.08; done; sleep 0.3; }

key ctrl+1; typed "$CORP"; key Return; sleep 4          # impersonate Northwind; discovery fills the workspace
key ctrl+4; typed "$ACCOUNT"; key Return; sleep 4       # a statement loaded once, kept for both themes
key ctrl+2; typed "$CARD"; key Return; sleep 2
key ctrl+3; typed "$CARD"; key Return; sleep 2
key ctrl+6; tabs 2; key Down; sleep 2                   # the first bulk selected and watched

panes() { # $1 = light or dark
  local t=$1
  key ctrl+0; shot "connection-$t"
  key ctrl+1; shot "main-$t"; typed 2362; shot "workspace-$t"; key ctrl+a BackSpace  # Ctrl+1 focuses the filter
  key ctrl+2; shot "cards-$t"
  key ctrl+3; shot "spend-rules-$t"
  key ctrl+4; shot "statements-$t" 2
  key ctrl+5; shot "transfers-$t"
  key ctrl+6; shot "bulks-$t" 2
  key ctrl+7; shot "review-$t"
  key ctrl+8; shot "journal-$t"
  key ctrl+9; shot "users-$t"
  key ctrl+k; typed 2362; shot "quickfind-$t"; key Escape
}
panes light
# a transfer up to its confirmation: From id, Check, To kind, To id, Check, Amount, Tag, Description, profile, button
# (Enter checks the source first: its Check button is skipped while busy, which would shift every later field)
key ctrl+5; typed "$ACCOUNT"; key Return; sleep 2; tabs 3; typed "$RESERVE"; tabs 2; typed 250.00; tabs 1; typed treasury_topup
tabs 1; typed "Top-up before the supplier run"; tabs 2; key Return; shot transfer-confirm-light 2; key Escape
key ctrl+shift+d
panes dark
key ctrl+shift+d
# the call started on impersonating (the default): Notes (9 Tabs from the workspace filter, which Ctrl+1 focuses:
# Start call is disabled, so End call is the 7th stop, the setting's box the 8th), then End call, the wrap-up
key ctrl+1; tabs 9
typed "Customer asked for the fleet card's balance; promised a statement by e-mail."
key ctrl+1; tabs 7; key space; sleep 1
shot wrapup-light
key ctrl+shift+d; shot wrapup-dark; key ctrl+shift+d

if [ "$MODE" = readme ]; then
  for n in cards spend-rules statements bulks journal users workspace wrapup transfer-confirm; do
    mv "$OUT/$n-light.png" "$OUT/$n.png"; done
  mv "$OUT/main-light.png" "$OUT/main-window.png"; mv "$OUT/main-dark.png" "$OUT/main-window.dark"
  rm -f "$OUT"/*-light.png "$OUT"/*-dark.png; mv "$OUT/main-window.dark" "$OUT/main-window-dark.png"
fi
