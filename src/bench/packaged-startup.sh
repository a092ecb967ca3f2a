#!/usr/bin/env bash
# Cold start of the packaged console to its main window (and to the embedded sandbox connected), against a bare
# JavaFX window packaged the same way (same jlink modules and options, same Java options). Needs xvfb.
# Usage: src/bench/packaged-startup.sh [N] [--installed]   (builds the app image first if needed)
#   default:     the console's app image (no AppCDS archive) vs the bare window's app image (jlink's CDS archive)
#   --installed: the console installed from the .deb (/opt/backoffice-console, with the AppCDS archive its postinst
#                made) vs the bare window both ways: with jlink's CDS archive only, and with its own AppCDS archive
#                made by the same script (lib/app/cds-archive.sh) from its own recorded class list.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-10}
MODE=${2:-}
APP=target/installer/out/BackOfficeConsole/bin/BackOfficeConsole
INSTALLED=/opt/backoffice-console/bin/BackOfficeConsole
if [ "$MODE" = "--installed" ]; then
  [ -x "$INSTALLED" ] || { echo "not installed: apt-get install ./target/installer/out/*.deb" >&2; exit 1; }
  APP=$INSTALLED
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
BARE_CDS=none
if [ "$MODE" = "--installed" ]; then
  # the same again with the launcher options of the console's Linux app image (its AppCDS archive), and an archive
  # made the way the console's is: record the classes a start loads, then the same static dump
  mkdir -p "$BARE/input-cds" && cp "$BARE/input/bare.jar" jpackage/linux/cds-archive.sh "$BARE/input-cds/"
  grep -e '^--java-options' target/installer/resources/linux/app-image.args > "$BARE/cds.args"
  jpackage @"$BARE/common.args" @"$BARE/cds.args" --type app-image --name BareWindowCds --input "$BARE/input-cds" \
    --main-jar bare.jar --main-class BareWindow --dest "$BARE/out"
  B="$PWD/$BARE/out/BareWindowCds"
  jpackage/make-classlist.sh "$B" "Bare window ready" "$B/lib/app/cds-classlist.txt"
  sh "$B/lib/app/cds-archive.sh" "$B/lib/app" && BARE_CDS="$B/bin/BareWindowCds"
fi
NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1280x800x24" python3 - "$N" "$APP" "$BARE/out/BareWindow/bin/BareWindow" \
  "$BARE_CDS" <<'PY'
import os, statistics, sys, tempfile
sys.path.insert(0, "src/bench")
from launch_timer import alternate, line
n, app, bare, bare_cds = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
home = tempfile.mkdtemp()
os.environ.update(XDG_CONFIG_HOME=home + "/c", XDG_DATA_HOME=home + "/d", XDG_STATE_HOME=home + "/s")
runs = [("bare", [bare], "Bare window ready")]
if bare_cds != "none":
    runs.append(("bare_cds", [bare_cds], "Bare window ready"))
runs += [("shown", [app], "Back-Office Console ready"), ("connected", [app], "Back-Office Console connected")]
t = alternate(runs, n)
print(line("packaged bare JavaFX window shown", t["bare"]))
if "bare_cds" in t:
    print(line("the same with its own AppCDS archive", t["bare_cds"]))
print(line("console window shown (%s)" % os.path.basename(os.path.dirname(os.path.dirname(app))), t["shown"]))
print(line("console shown + embedded sandbox connected", t["connected"]))
for key in [k for k in ("bare", "bare_cds") if k in t]:
    b = statistics.median(t[key])
    print("ratio to %-8s window shown %.2fx; with sandbox connected %.2fx" % (
        key, statistics.median(t["shown"]) / b, statistics.median(t["connected"]) / b))
PY
du -sh "$(dirname "$(dirname "$APP")")" "$BARE/out/BareWindow"
ls -la target/installer/out/*.deb 2>/dev/null || true
