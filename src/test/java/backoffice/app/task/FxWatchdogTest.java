package backoffice.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The development watchdog: a stall caused on the FX thread is reported with how long and what it was doing. */
class FxWatchdogTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aStallIsReportedWithTheStallingMethodInItsStack() throws Exception {
        List<FxWatchdog.Stall> stalls = new CopyOnWriteArrayList<>();
        FxWatchdog dog = FxWatchdog.start(Duration.ofMillis(50), stalls::add);
        try {
            Thread.sleep(100);
            CountDownLatch held = new CountDownLatch(1);
            Platform.runLater(() -> {
                holdTheFxThreadFor(300);
                held.countDown();
            });
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (stalled(stalls).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            dog.stop();
        }
        List<FxWatchdog.Stall> ours = stalled(stalls);
        assertThat(ours).hasSize(1);
        FxWatchdog.Stall stall = ours.get(0);
        assertThat(stall.millis()).isBetween(250L, 2_000L);
        assertThat(stall.samples()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(Arrays.stream(stall.typicalStack()).map(StackTraceElement::getMethodName))
                .contains("holdTheFxThreadFor");
        assertThat(stall.cpuMillis()).as("the FX thread computed in the stall (a loaded machine gives it less than all)")
                .isPositive().isLessThanOrEqualTo(stall.millis() + 20);
        assertThat(stall.describe(50)).startsWith("FX thread held " + stall.millis() + " ms (over 50 ms)")
                .contains(FxWatchdogTest.class.getName() + ".holdTheFxThreadFor(");
        assertThat(stall.states()).as("computing, not waiting").startsWith("RUNNABLE");
        if (Files.isDirectory(Path.of("/proc/self/task"))) {
            assertThat(stall.cpuElsewhere()).as("where the CPU went meanwhile (Linux)")
                    .contains("core-ms busy").contains("busiest threads: ");
        }
    }

    @Test
    void aStallOnALockSaysTheFxThreadWasBlockedAndWhoHeldTheLock() throws Exception {
        List<FxWatchdog.Stall> stalls = new CopyOnWriteArrayList<>();
        Object lock = new Object();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            synchronized (lock) {
                holding.countDown();
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "lock-holder");
        FxWatchdog dog = FxWatchdog.start(Duration.ofMillis(50), stalls::add);
        try {
            Thread.sleep(100);
            holder.start();
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
            Platform.runLater(() -> {
                waitFor(lock);
                held.countDown();
            });
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (blocked(stalls).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            dog.stop();
            holder.join();
        }
        FxWatchdog.Stall stall = blocked(stalls).get(0);
        assertThat(stall.states()).as("most samples: blocked on our lock, held by the holder")
                .startsWith("BLOCKED on java.lang.Object@").contains("held by lock-holder");
        assertThat(stall.cpuMillis()).as("waiting is not computing").isLessThan(stall.millis() / 2);
        assertThat(stall.describe(50)).contains("BLOCKED on java.lang.Object@");
    }

    private static void waitFor(Object lock) {
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    private static List<FxWatchdog.Stall> blocked(List<FxWatchdog.Stall> stalls) {
        return stalls.stream().filter(s -> s.samples().stream().anyMatch(x -> x.state() == Thread.State.BLOCKED))
                .toList();
    }

    @Test
    void withoutThePropertyNothingStarts() {
        String before = System.getProperty(FxWatchdog.PROPERTY);
        System.clearProperty(FxWatchdog.PROPERTY);
        try {
            long watchdogs = watchdogThreads();
            FxWatchdog.startIfAsked();
            assertThat(watchdogThreads()).as("no watchdog thread started (one from another test may be ending)")
                    .isLessThanOrEqualTo(watchdogs);
        } finally {
            if (before != null) {
                System.setProperty(FxWatchdog.PROPERTY, before);
            }
        }
    }

    private static long watchdogThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("fx-watchdog")).count();
    }

    /** The stalls whose samples saw our method (the machine may stall the FX thread on its own now and then). */
    private static List<FxWatchdog.Stall> stalled(List<FxWatchdog.Stall> stalls) {
        return stalls.stream().filter(s -> s.samples().stream().map(FxWatchdog.Sample::stack).flatMap(Arrays::stream)
                .anyMatch(e -> e.getMethodName().equals("holdTheFxThreadFor"))).toList();
    }

    /** Busy on the FX thread (computing, not sleeping) like a long layout pass. */
    private static void holdTheFxThreadFor(long millis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        long x = 0;
        while (System.nanoTime() < end) {
            x += Long.numberOfTrailingZeros(System.nanoTime());
        }
        if (x == 42) {
            System.out.print("");
        }
    }
}
