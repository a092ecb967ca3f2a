package backoffice.app.task;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.application.Platform;

/**
 * Development aid ({@code -Dbackoffice.fxWatchdog=50}): a daemon thread posts a heartbeat to the FX thread every
 * few milliseconds; while a heartbeat waits longer than the threshold it samples the FX thread's stack, and when the
 * heartbeat finally runs it reports the stall: how long the FX thread was held, how much of that it computed, its
 * states in the samples (RUNNABLE but hardly computing = waiting for a core; WAITING/BLOCKED on a lock, and who held
 * it), the busiest threads of the JVM and the machine's load meanwhile, and the three most frequent stacks. Nothing
 * runs unless it is started.
 */
public final class FxWatchdog {

    /** The system property that starts the watchdog with a threshold in milliseconds. */
    public static final String PROPERTY = "backoffice.fxWatchdog";
    private static final Logger LOG = Logger.getLogger(FxWatchdog.class.getName());
    private static final int MAX_SAMPLES = 64;

    /** One stack sample of the FX thread: what it ran and whether it ran, waited or was blocked, and on what. */
    public record Sample(StackTraceElement[] stack, Thread.State state, String lock, String lockOwner) {

        /** "RUNNABLE", or "WAITING on java.util.concurrent.CountDownLatch$Sync@1f held by QuantumRenderer-0". */
        public String stateText() {
            return state + (lock == null ? "" : " on " + lock) + (lockOwner == null ? "" : " held by " + lockOwner);
        }
    }

    /**
     * One stall: how long a heartbeat waited, the CPU time the FX thread used meanwhile (-1 if unknown; far less than
     * {@code millis} means the thread waited for a core, a lock or the renderer rather than computing), the FX
     * thread's samples taken while it waited, and where the CPU went meanwhile (the busiest threads of this JVM and
     * the machine's load; empty when unknown).
     */
    public record Stall(long millis, long cpuMillis, List<Sample> samples, String cpuElsewhere) {

        /** Frames of the top of a stack that make two samples "the same place". */
        private static final int SAME_PLACE = 8;

        /** The stacks seen most often (by their top frames), most frequent first, each with how often. */
        public List<Map.Entry<Sample, Integer>> frequentStacks() {
            Map<List<StackTraceElement>, Map.Entry<Sample, Integer>> seen = new LinkedHashMap<>();
            for (Sample s : samples) {
                List<StackTraceElement> top = Arrays.asList(s.stack())
                        .subList(0, Math.min(SAME_PLACE, s.stack().length));
                seen.merge(top, Map.entry(s, 1), (a, b) -> Map.entry(a.getKey(), a.getValue() + 1));
            }
            List<Map.Entry<Sample, Integer>> out = new ArrayList<>(seen.values());
            out.sort((a, b) -> b.getValue() - a.getValue()); // stable: the first seen wins a tie
            return out;
        }

        /** The stack seen most often among the samples (the first one on a tie); empty without samples. */
        public StackTraceElement[] typicalStack() {
            List<Map.Entry<Sample, Integer>> frequent = frequentStacks();
            return frequent.isEmpty() ? new StackTraceElement[0] : frequent.get(0).getKey().stack();
        }

        /** "RUNNABLE 20, WAITING on ... 8": how often each state was seen, most frequent first. */
        public String states() {
            Map<String, Integer> seen = new LinkedHashMap<>();
            samples.forEach(s -> seen.merge(s.stateText(), 1, Integer::sum));
            return seen.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        }

        /**
         * "FX thread held 120 ms (over 50 ms); it computed 30 ms of that; 9 samples: RUNNABLE 9; CPU meanwhile: ...",
         * then the three most frequent stacks (the first whole, the others' top frames).
         */
        public String describe(long thresholdMs) {
            StringBuilder b = new StringBuilder("FX thread held ").append(millis).append(" ms (over ")
                    .append(thresholdMs).append(" ms); ");
            if (cpuMillis >= 0) {
                b.append("it computed ").append(cpuMillis).append(" ms of that; ");
            }
            b.append(samples.size()).append(" stack samples during the stall");
            if (!samples.isEmpty()) {
                b.append(": ").append(states());
            }
            if (!cpuElsewhere.isEmpty()) {
                b.append("\n\tCPU meanwhile: ").append(cpuElsewhere);
            }
            List<Map.Entry<Sample, Integer>> frequent = frequentStacks();
            for (int i = 0; i < Math.min(3, frequent.size()); i++) {
                Sample s = frequent.get(i).getKey();
                b.append("\n\t").append(i == 0 ? "the most frequent stack" : "then").append(" (")
                        .append(frequent.get(i).getValue()).append(" of ").append(samples.size()).append(", ")
                        .append(s.stateText()).append("):");
                int frames = i == 0 ? s.stack().length : Math.min(TOP_FRAMES, s.stack().length);
                for (int f = 0; f < frames; f++) {
                    b.append("\n\tat ").append(s.stack()[f]);
                }
            }
            return b.toString();
        }
    }

    /** Frames shown of the second and third most frequent stacks. */
    private static final int TOP_FRAMES = 12;
    /** Threads named in "CPU meanwhile". */
    private static final int BUSIEST = 6;

    private final long thresholdNanos;
    private final long periodMillis;
    private final Consumer<Stall> sink;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
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
        return threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(fx.getId()) : -1;
    }

    private void watch() {
        List<Sample> samples = new ArrayList<>();
        try {
            while (!stopped) {
                long sent = System.nanoTime();
                long cpuBefore = cpuTime();
                CpuSnapshot stalling = null;
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
                        if (stalling == null) {
                            stalling = CpuSnapshot.take();
                        }
                        sample(fx).ifPresent(samples::add);
                    }
                }
                if (w > thresholdNanos) {
                    long cpuAfter = cpuTime();
                    long cpu = cpuBefore < 0 || cpuAfter < 0 ? -1 : (cpuAfter - cpuBefore) / 1_000_000;
                    sink.accept(new Stall(w / 1_000_000, cpu, List.copyOf(samples), elsewhere(stalling)));
                }
                samples.clear();
                Thread.sleep(periodMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The FX thread's stack, state and lock now (empty if it cannot be read). */
    private Optional<Sample> sample(Thread fx) {
        ThreadInfo info = threads.getThreadInfo(fx.getId(), Integer.MAX_VALUE);
        return info == null ? Optional.empty() : Optional.of(new Sample(info.getStackTrace(), info.getThreadState(),
                info.getLockName(), info.getLockOwnerName()));
    }

    /** "over the last 980 ms: machine ...; busiest threads: QuantumRenderer 400 ms, ..." or empty. */
    private static String elsewhere(CpuSnapshot since) {
        if (since == null) {
            return "";
        }
        CpuSnapshot now = CpuSnapshot.take();
        if (!now.known() || !since.known()) {
            return "";
        }
        long window = (System.nanoTime() - since.takenNanos()) / 1_000_000;
        return "over the last " + window + " ms: " + now.machineSince(since) + "; busiest threads: "
                + now.busiestSince(since).stream().limit(BUSIEST).map(u -> u.thread() + " " + u.millis() + " ms")
                .collect(Collectors.joining(", "));
    }
}
