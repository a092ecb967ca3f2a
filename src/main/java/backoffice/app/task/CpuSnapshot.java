package backoffice.app.task;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the CPU went between two moments, for {@link FxWatchdog} and the window benchmarks: the clock ticks of every
 * native thread of this JVM (Java threads, JIT compilers, GC workers, the renderer) and of the whole machine (busy
 * and stolen by the hypervisor), read from Linux's {@code /proc}. Elsewhere a snapshot is empty and says nothing. A
 * tick is 10 ms.
 */
public final class CpuSnapshot {

    static final long TICK_MS = 10;
    private static final Path TASKS = Path.of("/proc/self/task");
    private static final Path MACHINE = Path.of("/proc/stat");

    /** One thread's CPU time in a window. */
    public record Use(String thread, long millis) {
    }

    /** Thread id to {name, ticks}. */
    private final Map<String, Object[]> threads;
    private final long machineBusy;
    private final long machineSteal;
    private final long taken = System.nanoTime();

    private CpuSnapshot(Map<String, Object[]> threads, long machineBusy, long machineSteal) {
        this.threads = threads;
        this.machineBusy = machineBusy;
        this.machineSteal = machineSteal;
    }

    /** The ticks so far; empty where {@code /proc} cannot be read. */
    public static CpuSnapshot take() {
        Map<String, Object[]> threads = new HashMap<>();
        long[] machine = {0, 0};
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                String stat = readOrEmpty(task.resolve("stat"));
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                if (open < 0 || close < open) {
                    continue;
                }
                // after the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
                String[] f = stat.substring(close + 2).split(" ");
                threads.put(task.getFileName().toString(), new Object[] {stat.substring(open + 1, close),
                        Long.parseLong(f[11]) + Long.parseLong(f[12])});
            }
            String[] cpu = readOrEmpty(MACHINE).lines().findFirst().orElse("").trim().split("\\s+");
            if (cpu.length > 8 && cpu[0].equals("cpu")) {
                // user nice system idle iowait irq softirq steal
                machine[0] = Long.parseLong(cpu[1]) + Long.parseLong(cpu[2]) + Long.parseLong(cpu[3])
                        + Long.parseLong(cpu[6]) + Long.parseLong(cpu[7]);
                machine[1] = Long.parseLong(cpu[8]);
            }
        } catch (IOException | RuntimeException e) {
            return new CpuSnapshot(Map.of(), 0, 0);
        }
        return new CpuSnapshot(threads, machine[0], machine[1]);
    }

    private static String readOrEmpty(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return ""; // the thread ended meanwhile
        }
    }

    /** When it was taken ({@link System#nanoTime()}). */
    public long takenNanos() {
        return taken;
    }

    /** Whether anything was read (Linux). */
    public boolean known() {
        return !threads.isEmpty();
    }

    /** The threads of this JVM that used CPU since {@code before}, busiest first. */
    public List<Use> busiestSince(CpuSnapshot before) {
        List<Use> used = new ArrayList<>();
        threads.forEach((tid, now) -> {
            Object[] then = before.threads.get(tid);
            long ticks = (long) now[1] - (then == null ? 0 : (long) then[1]);
            if (ticks > 0) {
                used.add(new Use((String) now[0], ticks * TICK_MS));
            }
        });
        used.sort(Comparator.comparingLong(Use::millis).reversed());
        return used;
    }

    /**
     * "machine: 1,800 of 2,000 core-ms busy (stolen 40), this JVM 1,200": what the whole machine did since
     * {@code before}, empty when unknown.
     */
    public String machineSince(CpuSnapshot before) {
        if (!known() || !before.known()) {
            return "";
        }
        long windowMs = (taken - before.taken) / 1_000_000;
        long jvm = busiestSince(before).stream().mapToLong(Use::millis).sum();
        return String.format("machine %,d of %,d core-ms busy (stolen %,d), this JVM %,d",
                (machineBusy - before.machineBusy) * TICK_MS, windowMs * Runtime.getRuntime().availableProcessors(),
                (machineSteal - before.machineSteal) * TICK_MS, jvm);
    }
}
