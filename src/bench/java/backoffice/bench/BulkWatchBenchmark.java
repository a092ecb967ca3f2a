package backoffice.bench;

import backoffice.app.AuditLog;
import backoffice.app.Connection;
import backoffice.app.ConsoleSession;
import backoffice.app.FeeSchedule;
import backoffice.app.Impersonation;
import backoffice.app.bulks.BulkListViewModel;
import backoffice.app.bulks.BulkSubmitViewModel;
import backoffice.app.bulks.BulkWatchViewModel;
import backoffice.app.bulks.BulksView;
import backoffice.app.settings.EnvironmentKind;
import backoffice.app.settings.Settings;
import backoffice.app.settings.SettingsStore;
import backoffice.app.task.FxScheduler;
import backoffice.app.task.FxTaskRunner;
import backoffice.app.ui.Theme;
import backoffice.client.BackOfficeClient;
import backoffice.client.RequestOptions;
import backoffice.client.model.BulkItem;
import backoffice.client.model.BulkMode;
import backoffice.client.model.BulkOperationStatus;
import backoffice.client.model.BulkProcess;
import backoffice.client.model.CreateTransfer;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.journal.Journal;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The console watching a running 10,000-operation bulk, in a real window: the sandbox runs in its own process
 * (started by {@code bulk-watch.sh}), after 60 s of warm-up (the JIT settles), so the CPU measured here is the console's alone — polling, JSON, the
 * operations table, the chart, rendering. Reports CPU as % of one core over a 60 s window, requests made and the
 * most requests ever in flight at once. Run with {@code src/bench/bulk-watch.sh}.
 */
public final class BulkWatchBenchmark extends Application {

    private static final String NORTHWIND = "110170049121026001";
    private static final String OPERATING = "110170049121026015";
    private static final String OTHER_EUR = "110170049121026018";
    private static final long WARMUP_MS = 60_000;
    private static final long WINDOW_MS = 60_000;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean measuring;
    private volatile long longestStall;

    @Override
    public void start(Stage stage) throws Exception {
        String root = getParameters().getRaw().get(0);
        String apiKey = getParameters().getRaw().get(1);
        BackOfficeClient client = BackOfficeClient.builder().rootUrl(root).apiKey(apiKey)
                .customize(b -> b.addInterceptor(chain -> {
                    if (chain.request().url().encodedPath().contains("/bulks/")) {
                        requests.incrementAndGet();
                        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                        try {
                            return chain.proceed(chain.request());
                        } finally {
                            inFlight.decrementAndGet();
                        }
                    }
                    return chain.proceed(chain.request());
                })).build();
        IdentityId who = new IdentityId(IdentityType.CORPORATE, NORTHWIND);
        String token = client.impersonation().accessToken(who).bearer();
        BackOfficeClient acting = client.impersonating(token);
        BackOfficeClient plain = BackOfficeClient.builder().rootUrl(root).apiKey(apiKey).build().impersonating(token);
        String profile = "110170049100000001";
        List<BulkItem> items = IntStream.range(0, 10_000).mapToObj(i -> BulkItem.transfer(new CreateTransfer(
                profile, null, InstrumentId.account(OPERATING), InstrumentId.account(OTHER_EUR),
                new CurrencyAmount("EUR", 1), null, null))).toList();
        String bulkId = plain.bulks().submitTransfers(items, RequestOptions.idempotent(UUID.randomUUID().toString()))
                .value().bulkId();
        plain.bulks().execute(bulkId, BulkMode.ON_FAILURE_CONTINUE);

        Path home = Files.createTempDirectory("bulk-bench");
        FxTaskRunner runner = new FxTaskRunner();
        QuietDialogs quiet = new QuietDialogs();
        SettingsStore store = new SettingsStore(home.resolve("settings.json"));
        ConsoleSession session = new ConsoleSession(runner, quiet, quiet, store, Settings.defaults());
        session.setAudit(new AuditLog(new Journal(home.resolve("journal.jsonl")), runner, Clock.systemUTC(),
                () -> "bench", () -> "bench"));
        session.connectionProperty().set(new Connection(EnvironmentKind.CUSTOM, root, "bench", client,
                FeeSchedule.unknown()));
        session.impersonationProperty().set(new Impersonation(who, acting));
        BulkWatchViewModel watch = new BulkWatchViewModel(session, new FxScheduler(), Clock.systemUTC());
        Theme.apply(false);
        Scene scene = new Scene(new BulksView(new BulkListViewModel(session), watch,
                new BulkSubmitViewModel(session, s -> { })), 1280, 800);
        Theme.install(scene);
        stage.setScene(scene);
        stage.show();
        backoffice.app.task.FxWatchdog.startIfAsked();
        watch.watch(bulkId);
        Thread probe = new Thread(() -> {
            while (true) {
                long sent = System.nanoTime();
                Platform.runLater(() -> {
                    if (measuring) {
                        longestStall = Math.max(longestStall, System.nanoTime() - sent);
                    }
                });
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "probe");
        probe.setDaemon(true);
        probe.start();

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Thread measure = new Thread(() -> {
            try {
                Thread.sleep(WARMUP_MS);
                int before = requests.get();
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                int done0 = finished(plain, bulkId);
                Map<String, Long> threads0 = threadCpu();
                long jit0 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
                long gc0 = gcMillis();
                measuring = true;
                Thread.sleep(WINDOW_MS);
                Map<String, Long> threads1 = threadCpu();
                measuring = false;
                System.out.printf("  longest wait of a task posted to the FX thread (probe every 50 ms) %.1f ms%n",
                        longestStall / 1e6);
                System.out.printf("  JIT compiling %d ms, GC %d ms in the window%n",
                        ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit0, gcMillis() - gc0);
                long cpu = os.getProcessCpuTime() - cpu0;
                long wall = System.nanoTime() - t0;
                int done = finished(plain, bulkId);
                System.out.printf("window %.1f s: console CPU %.2f %% of one core; %d bulk requests (%.1f/s); "
                        + "most in flight at once %d; operations finished in window %d (now %d of 10000)%n",
                        wall / 1e9, 100.0 * cpu / wall, requests.get() - before,
                        (requests.get() - before) / (wall / 1e9), mostInFlight.get(), done - done0, done);
                threads1.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue()
                        - threads0.getOrDefault(e.getKey(), 0L))).filter(e -> e.getValue() > 50_000_000L)
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .forEach(e -> System.out.printf("  thread %-40s %6.0f ms%n", e.getKey(), e.getValue() / 1e6));
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }, "measure");
        measure.setDaemon(true);
        measure.start();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> g.getCollectionTime()).sum();
    }

    /** CPU time so far of every live thread, by name (same-named threads summed). */
    private static Map<String, Long> threadCpu() {
        var mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> byName = new java.util.HashMap<>();
        for (long id : mx.getAllThreadIds()) {
            var info = mx.getThreadInfo(id);
            long cpu = mx.getThreadCpuTime(id);
            if (info != null && cpu > 0) {
                byName.merge(info.getThreadName().replaceAll("[0-9]+", "N"), cpu, Long::sum);
            }
        }
        return byName;
    }

    /** Read with a client of its own, so the bench's reads are not counted as the console's. */
    private static int finished(BackOfficeClient plain, String bulkId) {
        return plain.bulks().get(bulkId).operationStatusCounts().stream()
                .filter(c -> c.status() == BulkOperationStatus.COMPLETED || c.status() == BulkOperationStatus.FAILED)
                .mapToInt(BulkProcess.StatusCount::count).sum();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
