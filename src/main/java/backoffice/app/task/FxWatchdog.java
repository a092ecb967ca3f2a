package backoffice.app.task;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Development aid ({@code -Dbackoffice.fxWatchdog=50}): a daemon thread posts a heartbeat to the FX thread every
 * few milliseconds; while a heartbeat waits longer than the threshold it samples the FX thread's stack, and when the
 * heartbeat finally runs it reports the stall: how long the FX thread was held and what it was doing then (the stack
 * seen most often among the samples taken during the stall). Nothing runs unless it is started.
 */
public final class FxWatchdog {

    /** The system property that starts the watchdog with a threshold in milliseconds. */
    public static final String PROPERTY = "backoffice.fxWatchdog";
    private static final Logger LOG = Logger.getLogger(FxWatchdog.class.getName());
    private static final int MAX_SAMPLES = 64;

    /**
     * One stall: how long a heartbeat waited, the CPU time the FX thread used meanwhile (-1 if unknown; far less than
     * {@code millis} means the thread waited for a core, a lock or the renderer rather than computing), and the FX
     * thread's stacks sampled while it waited.
     */
    public record Stall(long millis, long cpuMillis, List<StackTraceElement[]> samples) {

        /** The stack seen most often among the samples (the first one on a tie); empty without samples. */
        public StackTraceElement[] typicalStack() {
            Map<List<StackTraceElement>, Integer> seen = new HashMap<>();
            StackTraceElement[] best = new StackTraceElement[0];
            int most = 0;
            for (StackTraceElement[] s : samples) {
                int n = seen.merge(Arrays.asList(s), 1, Integer::sum);
                if (n > most) {
                    most = n;
                    best = s;
                }
            }
            return best;
        }

        /** "FX thread held 120 ms (over 50 ms); 9 stack samples during the stall, the most frequent:" + stack. */
        public String describe(long thresholdMs) {
            StringBuilder b = new StringBuilder("FX thread held ").append(millis).append(" ms (over ")
                    .append(thresholdMs).append(" ms); ");
            if (cpuMillis >= 0) {
                b.append("it computed ").append(cpuMillis).append(" ms of that; ");
            }
            b.append(samples.size())
                    .append(" stack samples during the stall, the most frequent:");
            for (StackTraceElement e : typicalStack()) {
                b.append("\n\tat ").append(e);
            }
            return b.toString();
        }
    }

    private final long thresholdNanos;
    private final long periodMillis;
    private final Consumer<Stall> sink;
    private volatile Thread fxThread;
    private volatile long waited;
    private volatile boolean stopped;

    private FxWatchdog(Duration threshold, Consumer<Stall> sink) {
        this.thresholdNanos = threshold.toNanos();
        // a heartbeat every fifth of the threshold (2..10 ms), so the undercount of a stall is at most that
        this.periodMillis = Math.max(2, Math.min(10, threshold.toMillis() / 5));
        this.sink = sink;
    }

    /** Starts the watchdog if {@value #PROPERTY} is set to a number of milliseconds; logs stalls as warnings. */
    public static void startIfAsked() {
        String ms = System.getProperty(PROPERTY);
        if (ms == null) {
            return;
        }
        long threshold;
        try {
            threshold = Long.parseLong(ms.trim());
        } catch (NumberFormatException e) {
            LOG.warning(PROPERTY + "=" + ms + " is not a number of milliseconds: no watchdog");
            return;
        }
        LOG.info("FX watchdog on: stalls over " + threshold + " ms are logged with a stack sample");
        start(Duration.ofMillis(threshold), s -> LOG.log(Level.WARNING, s.describe(threshold)));
    }

    /** Starts watching the FX thread (the toolkit must be running); stalls over {@code threshold} go to sink. */
    public static FxWatchdog start(Duration threshold, Consumer<Stall> sink) {
        FxWatchdog w = new FxWatchdog(threshold, sink);
        Thread t = new Thread(w::watch, "fx-watchdog");
        t.setDaemon(true);
        t.start();
        return w;
    }

    /** Stops watching after the current heartbeat. */
    public void stop() {
        stopped = true;
    }

    /** The FX thread's CPU time so far in ns, or -1 when it is not known yet or cannot be measured. */
    private long cpuTime() {
        Thread fx = fxThread;
        if (fx == null) {
            return -1;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(fx.getId()) : -1;
    }

    private void watch() {
        List<StackTraceElement[]> samples = new ArrayList<>();
        try {
            while (!stopped) {
                long sent = System.nanoTime();
                long cpuBefore = cpuTime();
                waited = -1;
                Platform.runLater(() -> {
                    fxThread = Thread.currentThread();
                    waited = System.nanoTime() - sent;
                });
                long w;
                while ((w = waited) < 0 && !stopped) {
                    Thread.sleep(periodMillis);
                    Thread fx = fxThread;
                    // sampled from half the threshold on, so a stall just over it has samples too
                    if (fx != null && waited < 0 && System.nanoTime() - sent > thresholdNanos / 2
                            && samples.size() < MAX_SAMPLES) {
                        samples.add(fx.getStackTrace());
                    }
                }
                if (w > thresholdNanos) {
                    long cpuAfter = cpuTime();
                    long cpu = cpuBefore < 0 || cpuAfter < 0 ? -1 : (cpuAfter - cpuBefore) / 1_000_000;
                    sink.accept(new Stall(w / 1_000_000, cpu, List.copyOf(samples)));
                }
                samples.clear();
                Thread.sleep(periodMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
