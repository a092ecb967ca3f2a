#!/usr/bin/env bash
# Opens every pane of the real console in turn, as an agent would (Ctrl+2 ... Ctrl+9, Ctrl+0, Ctrl+1), with the FX
# watchdog on, and prints per pane every FX stall over the threshold: how long the FX thread was held, and (in
# brackets) how much of that it computed. Start-up is left out: the panes are opened once the console is connected.
# Usage: src/bench/pane-open.sh [threshold-ms]   (default 50)
#   SIZE=1366x768 for another screen; CONSOLE_OPTS="-Dbackoffice.preloadPanes=false" without the pane preload
set -euo pipefail
source "$(dirname "$0")/fx-classpath.sh"
CONSOLE_OPTS="-Dbackoffice.fxWatchdog=${1:-50} ${CONSOLE_OPTS:-}"
source src/bench/console-xvfb.sh
sleep 5 # what start-up left (the identities' first page, the pane preload) finishes
names=(Connection Impersonation Cards "Spend rules" Statements Transfers Bulks Review Journal Users)
for k in $PANES; do
  n0=$(grep -c "FX thread held" "$work/out.log" || true)
  press "ctrl+$k"
  sleep 2.5
  stalls=$(grep "FX thread held" "$work/out.log" | tail -n +$((n0 + 1)) \
    | sed -E 's/.*held ([0-9]+) ms.*computed ([0-9]+) ms.*/\1 (\2)/; s/.*held ([0-9]+) ms.*/\1/' | paste -sd' ' || true)
  printf 'Ctrl+%s %-14s %s\n' "$k" "${names[$k]}" "${stalls:-none over ${1:-50} ms}"
done
