#!/usr/bin/env bash
# Records src/main/resources/backoffice/app/pane-classes.txt, the classes PaneClassPreload loads in the background
# once the console is connected: the console (embedded sandbox, a throwaway home, the console's JVM options) runs
# under Xvfb with its class loading logged; once connected, every pane is opened in turn (Ctrl+2 ... Ctrl+9, Ctrl+0, Ctrl+1),
# and the classes loaded from then on are written in the order they were loaded (not lambdas and other hidden
# classes, nor those the JDK's class-data archive already holds). Re-run it when panes change much; a stale name is
# skipped at run time, and PaneClassPreloadTest fails on a class of ours that no longer exists.
# Needs Xvfb, openbox and xdotool (as ../shared/tools/gui-session.sh). Usage: src/bench/pane-classes.sh
set -euo pipefail
source "$(dirname "$0")/fx-classpath.sh"
LIST=src/main/resources/backoffice/app/pane-classes.txt
work=$(mktemp -d)
disp=:$(( 100 + RANDOM % 50 ))
Xvfb "$disp" -screen 0 1366x768x24 >/dev/null 2>&1 & xv=$!
sleep 1
DISPLAY=$disp openbox >/dev/null 2>&1 & wm=$!
DISPLAY=$disp NO_AT_BRIDGE=1 XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state \
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn24m -Dbackoffice.preloadPanes=false \
  -Xlog:class+load=info:file="$work/classes.log" \
  --module-path "$FX" --add-modules javafx.controls --add-exports javafx.base/com.sun.javafx.event=ALL-UNNAMED \
  -cp "target/classes:$REST" backoffice.app.Launcher >"$work/out.log" 2>&1 & app=$!
trap 'kill $app $wm $xv 2>/dev/null || true' EXIT
for _ in $(seq 90); do grep -q "Back-Office Console connected" "$work/out.log" && break; sleep 1; done
grep -q "Back-Office Console connected" "$work/out.log" || { echo "the console did not connect:"; cat "$work/out.log"; exit 1; }
sleep 3
for w in $(DISPLAY=$disp xdotool search --name 'Back-Office Console'); do
  DISPLAY=$disp xdotool windowactivate --sync "$w" 2>/dev/null || true; done
mark=$(wc -l <"$work/classes.log")
for k in 2 3 4 5 6 7 8 9 0 1; do DISPLAY=$disp xdotool key "ctrl+$k"; sleep 3; done
{
  echo "# Classes the panes load when first opened, in load order; written by src/bench/pane-classes.sh"
  tail -n +$((mark + 1)) "$work/classes.log" | grep -v 'shared objects file' | sed -E 's/^\[[^]]*\]\[[^]]*\]\[[^]]*\] //' \
    | cut -d' ' -f1 | grep -v -e '/0x' -e '\$\$Lambda' -e '^jdk\.internal\.reflect\.Generated' | awk '!seen[$0]++'
} >"$LIST"
echo "$(grep -vc '^#' "$LIST") classes in $LIST"
