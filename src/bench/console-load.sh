#!/usr/bin/env bash
# The first statement an agent loads in the real console, as an agent does it: the console (src/bench/console-xvfb.sh,
# FX watchdog on) connects, is left alone SETTLE seconds (10: start-up and the panes' idle warm-up finish), then
# Northwind is impersonated (Ctrl+1, its id, Enter), Statements opened (Ctrl+4) and its 10,437-entry account loaded
# (its id, Enter); the load is then loaded again (Enter in the id field). Prints every FX stall over the threshold
# per step: how long the FX thread was held, and (in brackets) how much of that it computed.
# Usage: src/bench/console-load.sh [threshold-ms]   (default 50); SIZE=1366x768 for another screen;
#   CONSOLE_OPTS="-Dbackoffice.warmPanes=false" without the idle warm-up
set -euo pipefail
threshold=${1:-50}
source "$(dirname "$0")/console-watched.sh"
step() { # step NAME SECONDS KEYS...: the keys, a wait, then the stalls since
  local name=$1 wait=$2 n0; shift 2
  n0=$(count)
  "$@"
  sleep "$wait"
  s=$(stalls "$n0")
  printf '%-34s %s\n' "$name" "${s:-none over $threshold ms}"
}
typed() { DISPLAY=$disp xdotool type --delay 20 "$1"; }
printf '%-34s %s\n' "Before (start-up, warm-up)" "$(stalls 0)"
step "Impersonate Northwind" 3 eval 'press ctrl+1; sleep 0.5; typed 110170049121026001; press Return'
step "Open Statements" 2 press ctrl+4
step "First load of 10,437 entries" 4 eval 'typed 110170049121026015; press Return'
step "Second load" 4 press Return
grep -E "Loaded [0-9,]+ rows" "$work/out.log" | tail -2 || true
