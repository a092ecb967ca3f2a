#!/usr/bin/env bash
# Cold start of the packaged console (jpackage app image) to its main window with the embedded sandbox up, against
# a bare JavaFX window packaged the same way (same jlink modules and options, same Java options). Needs xvfb.
# Usage: src/bench/packaged-startup.sh [N] [--installed]   (builds the installer first if needed)
#   --installed: time the console installed from the .deb (/opt/backoffice-console, with the AppCDS archive its
#   postinst made) instead of the app image.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-10}
APP=target/installer/out/BackOfficeConsole/bin/BackOfficeConsole
INSTALLED=/opt/backoffice-console/bin/BackOfficeConsole
if [ "${2:-}" = "--installed" ]; then
  [ -x "$INSTALLED" ] || { echo "not installed: apt-get install ./target/installer/out/*.deb" >&2; exit 1; }
fi
[ -x "$APP" ] || mvn -B -q -Pinstaller -Dinstaller.skipDeb=true package
FX=target/installer/fx
BARE=target/bench-bare
rm -rf "$BARE" && mkdir -p "$BARE/classes" "$BARE/input"
javac --module-path "$FX" --add-modules javafx.controls -d "$BARE/classes" src/bench/BareWindow.java
jar cf "$BARE/input/bare.jar" -C "$BARE/classes" .
# the console's own packaging options, with its name, jar and main class swapped for the bare window's
grep -v -e '^--name' -e '^--input' -e '^--main-jar' -e '^--main-class' -e '^--dest' \
  target/installer/resources/common.args > "$BARE/common.args"
jpackage @"$BARE/common.args" --type app-image --name BareWindow --input "$BARE/input" --main-jar bare.jar \
  --main-class BareWindow --dest "$BARE/out"
[ "${2:-}" = "--installed" ] && APP=$INSTALLED
NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1280x800x24" python3 - "$N" "$APP" "$BARE/out/BareWindow/bin/BareWindow" <<'PY'
import os, statistics, sys, tempfile
sys.path.insert(0, "src/bench")
from launch_timer import alternate, line
n, app, bare = int(sys.argv[1]), sys.argv[2], sys.argv[3]
home = tempfile.mkdtemp()
os.environ.update(XDG_CONFIG_HOME=home + "/c", XDG_DATA_HOME=home + "/d", XDG_STATE_HOME=home + "/s")
t = alternate([("bare", [bare], "Bare window ready"),
               ("shown", [app], "Back-Office Console ready"),
               ("connected", [app], "Back-Office Console connected")], n)
print(line("packaged bare JavaFX window shown", t["bare"]))
print(line("packaged console window shown", t["shown"]))
print(line("packaged console shown + embedded sandbox up", t["connected"]))
b = statistics.median(t["bare"])
print("ratio window shown / bare: %.2fx; with sandbox up: %.2fx" % (statistics.median(t["shown"]) / b,
                                                                   statistics.median(t["connected"]) / b))
PY
du -sh target/installer/out/BackOfficeConsole "$BARE/out/BareWindow"
ls -la target/installer/out/*.deb 2>/dev/null || true
