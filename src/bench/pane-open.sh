#!/usr/bin/env bash
# Opens every pane of the real console in turn, as an agent would (Ctrl+2 ... Ctrl+9, Ctrl+0, Ctrl+1), with the FX
# watchdog on, and prints per pane every FX stall over the threshold: how long the FX thread was held, and (in
# brackets) how much of that it computed. The panes are opened SETTLE seconds (10) after the console is connected; the
# stalls before that (the first frame, start-up, the panes' warm-up while idle: app.shell.PaneWarmup) come first.
# Usage: src/bench/pane-open.sh [threshold-ms]   (default 50)
#   SIZE=1366x768 for another screen; CONSOLE_OPTS="-Dbackoffice.preloadPanes=false" without the pane preload,
#   "-Dbackoffice.warmPanes=false" without the warm-up;
#   KEYS="4 5 4" to open panes in an order of your own (a pane opened again shows what a second visit costs)
set -euo pipefail
threshold=${1:-50}
set -- # a sourced script sees the caller's arguments: fx-classpath.sh would hand the threshold to javac
source "$(dirname "$0")/fx-classpath.sh"
CONSOLE_OPTS="-Dbackoffice.fxWatchdog=$threshold ${CONSOLE_OPTS:-}"
source src/bench/console-xvfb.sh
sleep "${SETTLE:-10}" # what start-up left (the identities' first page, the pane preload, the panes' warm-up) finishes
stalls() { # the stalls logged after the first $1, as "held (computed)" ms
  grep "FX thread held" "$work/out.log" | tail -n +$(($1 + 1)) \
    | sed -E 's/.*held ([0-9]+) ms.*computed ([0-9]+) ms.*/\1 (\2)/; s/.*held ([0-9]+) ms.*/\1/' | paste -sd' ' || true
}
printf '%-21s %s\n' "Before the first pane" "$(stalls 0)"
names=(Connection Impersonation Cards "Spend rules" Statements Transfers Bulks Review Journal Users)
for k in ${KEYS:-$PANES}; do
  n0=$(grep -c "FX thread held" "$work/out.log" || true)
  press "ctrl+$k"
  sleep 2.5
  s=$(stalls "$n0")
  printf 'Ctrl+%s %-14s %s\n' "$k" "${names[$k]}" "${s:-none over $threshold ms}"
done
