"""Times a program from process start to a line on its stdout (shared by the start-up benchmarks)."""
import os
import statistics
import subprocess
import time


def time_launch(cmd, marker, cwd=None, env=None):
    """Seconds from spawning cmd to the first stdout line starting with marker; the process is then killed."""
    run_env = dict(os.environ, NO_AT_BRIDGE="1", **(env or {}))
    start = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=run_env)
    try:
        for line in p.stdout:
            if line.startswith(marker):
                return time.perf_counter() - start
        raise RuntimeError("no '%s' line from %s" % (marker, cmd[0]))
    finally:
        p.kill()
        p.wait()


def alternate(runs, n):
    """Runs each (name, cmd, marker) n times, interleaved, after one warm-up each; returns name -> timings."""
    for _, cmd, marker in runs:
        time_launch(cmd, marker)
    out = {name: [] for name, _, _ in runs}
    for _ in range(n):
        for name, cmd, marker in runs:
            out[name].append(time_launch(cmd, marker))
    return out


def line(label, xs):
    return "%-46s median %.3f s  (min %.3f, max %.3f, n=%d)" % (label, statistics.median(xs), min(xs), max(xs),
                                                                  len(xs))
