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
source "$(dirname "$0")/console-watched.sh"
printf '%-21s %s\n' "Before the first pane" "$(stalls 0)"
names=(Connection Impersonation Cards "Spend rules" Statements Transfers Bulks Review Journal Users)
for k in ${KEYS:-$PANES}; do
  n0=$(count)
  press "ctrl+$k"
  sleep 2.5
  s=$(stalls "$n0")
  printf 'Ctrl+%s %-14s %s\n' "$k" "${names[$k]}" "${s:-none over $threshold ms}"
done
