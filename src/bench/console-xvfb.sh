# Sourced by the benches that drive the real console: after fx-classpath.sh, starts Xvfb (1024x700 unless SIZE is
# set), openbox and the console (embedded sandbox, a throwaway home, the console's JVM options plus $CONSOLE_OPTS)
# with its output in $work/out.log, waits until it is connected and its window has the focus, and stops all of it
# when the script exits, $work included (set it first to keep files of your own there). Defines `press KEY...`
# (xdotool key names, e.g. ctrl+4) and PANES, the digits that open every pane (Ctrl+digit), Impersonation's last.
# Needs Xvfb, openbox and xdotool.
work=${work:-$(mktemp -d)}
PANES="2 3 4 5 6 7 8 9 0 1"
disp=:$(( 100 + RANDOM % 50 ))
Xvfb "$disp" -screen 0 "${SIZE:-1024x700}x24" >/dev/null 2>&1 & xv=$!
sleep 1
kill -0 $xv 2>/dev/null || { echo "Xvfb could not start on $disp (in use?): run again"; exit 1; }
DISPLAY=$disp openbox >/dev/null 2>&1 & wm=$!
# shellcheck disable=SC2086
DISPLAY=$disp NO_AT_BRIDGE=1 XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state \
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn24m ${CONSOLE_OPTS:-} \
  --module-path "$FX" --add-modules javafx.controls --add-exports javafx.base/com.sun.javafx.event=ALL-UNNAMED \
  -cp "target/classes:$REST" backoffice.app.Launcher >"$work/out.log" 2>&1 & app=$!
trap 'kill $app $wm $xv 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 90); do grep -q "Back-Office Console connected" "$work/out.log" && break; sleep 1; done
grep -q "Back-Office Console connected" "$work/out.log" || { echo "the console did not connect:"; cat "$work/out.log"; exit 1; }
for w in $(DISPLAY=$disp xdotool search --name 'Back-Office Console'); do
  DISPLAY=$disp xdotool windowactivate --sync "$w" 2>/dev/null || true; done
press() { DISPLAY=$disp xdotool key "$@"; }
