#!/usr/bin/env python3
"""Startup benchmark: JVM start -> main window shown with the embedded sandbox connected, against a bare JavaFX
window launched the same way (same JVM, same flags, JavaFX on the module path). Runs each N times, alternating,
under the current DISPLAY (use xvfb-run), and prints medians and the ratio.

Usage: xvfb-run -a -s "-screen 0 1280x800x24" python3 src/bench/startup.py [N]
"""
import os, statistics, subprocess, sys, tempfile, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from launch_timer import time_launch  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
args = [a for a in sys.argv[1:] if not a.startswith("--")]
N = int(args[0]) if args else 10
APPCDS = "--appcds" in sys.argv  # both programs with their own AppCDS archive, as an installer would ship them


def sh(cmd):
    return subprocess.run(cmd, cwd=ROOT, shell=True, check=True, capture_output=True, text=True).stdout.strip()


sh("mvn -q -B compile")
cp = sh("mvn -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout").split(":")
fx = [p for p in cp if "/org/openjfx/" in p]
rest = [p for p in cp if "/org/openjfx/" not in p]
bench_out = tempfile.mkdtemp()
subprocess.run(["javac", "--module-path", ":".join(fx), "--add-modules", "javafx.controls", "-d", bench_out,
                os.path.join(ROOT, "src/bench/BareWindow.java")], check=True)
# classes from jars in both cases (CDS archives only classes that come from jars)
subprocess.run(["jar", "cf", os.path.join(bench_out, "bare.jar"), "-C", bench_out, "BareWindow.class"], check=True)
subprocess.run(["jar", "cf", os.path.join(bench_out, "console.jar"), "-C", os.path.join(ROOT, "target/classes"), "."],
               check=True)
common = ["java", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "--module-path", ":".join(fx), "--add-modules",
          "javafx.controls", "--add-exports", "javafx.base/com.sun.javafx.event=ALL-UNNAMED"]
home = tempfile.mkdtemp()
console = common + ["-Dbackoffice.home=" + home, "-cp", ":".join([os.path.join(bench_out, "console.jar")] + rest), "backoffice.app.Launcher"]
bare = common + ["-cp", os.path.join(bench_out, "bare.jar"), "BareWindow"]


def with_archive(cmd, name, marker):
    """Creates an AppCDS archive with one training run (JDK 17: -XX:ArchiveClassesAtExit), returns the command."""
    jsa = os.path.join(bench_out, name + ".jsa")
    train = cmd[:1] + ["-XX:ArchiveClassesAtExit=" + jsa] + cmd[1:]
    env = dict(os.environ, NO_AT_BRIDGE="1")
    p = subprocess.Popen(train, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    for line in p.stdout:
        if line.startswith(marker):
            time.sleep(1.5)
            break
    p.terminate()  # SIGTERM: a normal JVM exit, which writes the archive
    p.wait()
    if not os.path.exists(jsa):
        raise RuntimeError("no archive written for " + name)
    return cmd[:1] + ["-XX:SharedArchiveFile=" + jsa] + cmd[1:]


def run(cmd, marker):
    return time_launch(cmd, marker, cwd=ROOT)


if APPCDS:
    bare = with_archive(bare, "bare", "Bare window ready")
    console = with_archive(console, "console", "Back-Office Console connected")
    print("AppCDS archives: " + bench_out)
run(bare, "Bare window ready")  # warm the OS file cache once for both
run(console, "Back-Office Console connected")
bares, consoles, shown = [], [], []
for _ in range(N):
    bares.append(run(bare, "Bare window ready"))
    consoles.append(run(console, "Back-Office Console connected"))
    shown.append(run(console, "Back-Office Console ready"))
b, c, s = statistics.median(bares), statistics.median(consoles), statistics.median(shown)
print("bare JavaFX window shown:                    median %.3f s  (min %.3f, max %.3f, n=%d)" % (b, min(bares), max(bares), N))
print("console window shown:                        median %.3f s  (min %.3f, max %.3f)" % (s, min(shown), max(shown)))
print("console window shown + embedded sandbox up:  median %.3f s  (min %.3f, max %.3f)" % (c, min(consoles), max(consoles)))
print("ratio (window + sandbox ready / bare):       %.2fx" % (c / b))
print("ratio (window shown / bare):                 %.2fx" % (s / b))
