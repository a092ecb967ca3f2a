#!/usr/bin/env bash
# Records src/main/resources/backoffice/app/pane-classes.txt, the classes PanePreload loads in the background once the
# console is connected: the console runs (src/bench/console-xvfb.sh) with its class loading logged and the preload
# and the idle warm-up off (the warm-up would load the panes' classes before the recording starts); once connected, every pane is opened in turn (Ctrl+2 ... Ctrl+9, Ctrl+0, Ctrl+1), and the classes loaded from
# then on are written in the order they were loaded (not lambdas and other hidden classes, nor those the JDK's
# class-data archive already holds). Re-run it when panes change much; a stale name is skipped at run time, and
# PanePreloadTest fails on a class of ours that no longer exists. Usage: src/bench/pane-classes.sh
set -euo pipefail
source "$(dirname "$0")/fx-classpath.sh"
LIST=src/main/resources/backoffice/app/pane-classes.txt
work=$(mktemp -d)
log=$work/classes.log
CONSOLE_OPTS="-Dbackoffice.preloadPanes=false -Dbackoffice.warmPanes=false -Xlog:class+load=info:file=$log"
source src/bench/console-xvfb.sh
sleep 3
mark=$(wc -l <"$log")
for k in $PANES; do press "ctrl+$k"; sleep 3; done
{
  echo "# Classes the panes load when first opened, in load order; written by src/bench/pane-classes.sh"
  tail -n +$((mark + 1)) "$log" | grep -v 'shared objects file' | sed -E 's/^\[[^]]*\]\[[^]]*\]\[[^]]*\] //' \
    | cut -d' ' -f1 | grep -v -e '/0x' -e '\$\$Lambda' -e '^jdk\.internal\.reflect\.Generated' | awk '!seen[$0]++'
} >"$log.list"
n=$(grep -vc '^#' "$log.list" || true)
[ "$n" -gt 100 ] || { echo "only $n classes recorded: did the keys reach the console? $LIST left as it was"; exit 1; }
mv "$log.list" "$LIST"
echo "$n classes in $LIST"
