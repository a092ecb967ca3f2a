# Sourced by the benches that watch the real console's FX thread (pane-open.sh, console-load.sh), with $threshold set:
# compiles (fx-classpath.sh), starts the console with the FX watchdog at $threshold ms (console-xvfb.sh), leaves it
# alone SETTLE seconds (10: start-up, the pane preload and the panes' idle warm-up finish), and defines
# `stalls N` (the stalls logged after the first N, as "held (computed)" ms) and `count` (how many are logged).
set -- # a sourced script sees the caller's arguments: fx-classpath.sh would hand them to javac
source "$(dirname "${BASH_SOURCE[0]}")/fx-classpath.sh"
CONSOLE_OPTS="-Dbackoffice.fxWatchdog=$threshold ${CONSOLE_OPTS:-}"
source src/bench/console-xvfb.sh
sleep "${SETTLE:-10}"
stalls() {
  grep "FX thread held" "$work/out.log" | tail -n +$(($1 + 1)) \
    | sed -E 's/.*held ([0-9]+) ms.*computed ([0-9]+) ms.*/\1 (\2)/; s/.*held ([0-9]+) ms.*/\1/' | paste -sd' ' || true
}
count() { grep -c "FX thread held" "$work/out.log" || true; }
