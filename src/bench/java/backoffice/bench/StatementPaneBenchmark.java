package backoffice.bench;

import backoffice.app.AuditLog;
import backoffice.app.Connection;
import backoffice.app.ConsoleSession;
import backoffice.app.FeeSchedule;
import backoffice.app.Impersonation;
import backoffice.app.PanePreload;
import backoffice.app.settings.EnvironmentKind;
import backoffice.app.settings.Settings;
import backoffice.app.settings.SettingsStore;
import backoffice.app.shell.PaneFit;
import backoffice.app.journal.JournalView;
import backoffice.app.journal.JournalViewModel;
import backoffice.app.statements.ExportSigning;
import backoffice.app.workspace.CallViewModel;
import backoffice.app.workspace.IdentityMemory;
import backoffice.app.workspace.WorkspaceMemory;
import backoffice.app.workspace.WorkspaceView;
import backoffice.app.workspace.WorkspaceViewModel;
import backoffice.app.statements.KeyTrust;
import backoffice.app.statements.ReviewView;
import backoffice.app.statements.ReviewViewModel;
import backoffice.app.statements.StatementsView;
import backoffice.app.statements.StatementsViewModel;
import backoffice.app.task.FxScheduler;
import backoffice.app.task.FxTaskRunner;
import backoffice.app.task.FxWatchdog;
import backoffice.app.ui.Theme;
import backoffice.client.BackOfficeClient;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.credentials.InMemoryCredentialStore;
import backoffice.export.ExportFormat;
import backoffice.journal.Journal;
import backoffice.journal.JournalEntry;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The Statements pane (real window under Xvfb) loading a 100,000-entry statement from a sandbox in its own process,
 * then exporting it as CSV and PDF. A heartbeat probe measures the longest the FX thread went without running:
 * the largest gap between two pulses (an AnimationTimer, so the scene keeps pulsing) and the longest wait of a task
 * posted every 10 ms. Reports load time, heap used after a full GC with the rows loaded, and export times.
 * Run with {@code src/bench/statement-pane.sh}.
 */
public final class StatementPaneBenchmark extends Application {

    private static final String NORTHWIND = "110170049121026001";
    private static final String OPERATING = "110170049121026015";

    private volatile boolean measuring;
    private volatile long longestPulseGap;
    private volatile long longestWait;
    /** The most CPU time the FX thread spent while one posted task waited (what our code held it for, whatever the load). */
    private volatile long longestBusy;
    private volatile long fxThreadId = -1;
    private long lastPulse;
    private volatile long since;
    private volatile long cpuSince;
    private volatile backoffice.app.task.CpuSnapshot threadsSince;
    private final GcPauses gc = new GcPauses();
    /** The first pulse of a load with rows in the table (that pulse lays them out and renders them). */
    private volatile long firstShown;
    private final java.util.List<String> stalls = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void start(Stage stage) throws Exception {
        String root = getParameters().getRaw().get(0);
        String apiKey = getParameters().getRaw().get(1);
        int target = Integer.parseInt(getParameters().getRaw().get(2));
        int latencyMs = getParameters().getRaw().size() > 3 ? Integer.parseInt(getParameters().getRaw().get(3)) : 0;
        BackOfficeClient client = BackOfficeClient.builder().rootUrl(root).apiKey(apiKey).build();
        IdentityId who = new IdentityId(IdentityType.CORPORATE, NORTHWIND);
        BackOfficeClient acting = client.impersonating(client.impersonation().accessToken(who).bearer());

        Path home = Files.createTempDirectory("statement-pane-bench");
        FxTaskRunner runner = new FxTaskRunner();
        QuietDialogs quiet = new QuietDialogs();
        quiet.saveFolder = home;
        ConsoleSession session = new ConsoleSession(runner, quiet, quiet,
                new SettingsStore(home.resolve("settings.json")), Settings.defaults());
        session.setAudit(new AuditLog(new Journal(home.resolve("journal.jsonl")), runner, Clock.systemUTC(),
                () -> "bench", () -> "bench"));
        session.connectionProperty().set(new Connection(EnvironmentKind.CUSTOM, root, "bench", client,
                FeeSchedule.unknown()));
        session.impersonationProperty().set(new Impersonation(who, acting));
        InMemoryCredentialStore keys = new InMemoryCredentialStore();
        StatementsViewModel vm = new StatementsViewModel(session, new FxScheduler(), new ExportSigning(() -> keys),
                Clock.systemUTC());
        Theme.apply(false);
        // the Statements pane is built and shown in a measured phase of its own, right before the first load (in the
        // scroller the shell puts every pane in, as an agent sees it: opened())
        Scene scene = new Scene(new javafx.scene.layout.Region(), 1280, 800);
        Theme.install(scene);
        stage.setScene(scene);
        stage.show();
        FxWatchdog.startIfAsked();
        // as the console does once connected (-Dbackoffice.preloadPanes=false: as before the sixth session)
        PanePreload.startUnlessOff();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (measuring && lastPulse != 0) {
                    longestPulseGap = Math.max(longestPulseGap, now - lastPulse);
                }
                // the first pulse that has rows to lay out and render after the load started
                if (measuring && firstShown == 0 && !vm.rows().shown().isEmpty()) {
                    firstShown = System.nanoTime();
                }
                lastPulse = now;
            }
        }.start();
        fxThreadId = Thread.currentThread().getId();
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Thread probe = new Thread(() -> {
            while (true) {
                long sent = System.nanoTime();
                long cpuSent = cpu.getThreadCpuTime(fxThreadId);
                Platform.runLater(() -> {
                    long waited = System.nanoTime() - sent;
                    long busy = cpu.getCurrentThreadCpuTime() - cpuSent;
                    if (measuring) {
                        longestWait = Math.max(longestWait, waited);
                        longestBusy = Math.max(longestBusy, busy);
                        if (waited > 50_000_000L && stalls.size() < 12) {
                            stalls.add(String.format("%.0f ms at %.2f s", waited / 1e6, (sent - since) / 1e9));
                        }
                    }
                });
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "probe");
        probe.setDaemon(true);
        probe.start();

        Thread run = new Thread(() -> {
            try {
                long existing = acting.statements().page(backoffice.client.model.InstrumentId.account(OPERATING),
                        backoffice.client.statements.StatementQuery.ALL, 0, 1).count();
                deposits(root, apiKey, (int) Math.max(0, target - existing));
                latency(root, apiKey, latencyMs);
                System.out.printf("injected latency per request: %d ms%n", latencyMs);
                System.gc();
                long before = heapUsed();
                opened(scene, "Statements pane opened (built and shown the first time)", () -> new StatementsView(vm));
                for (String round : new String[] {"first load (cold JVM)", "second load"}) {
                    firstShown = 0;
                    fx(() -> {
                        vm.fields().instrumentIdProperty().set(OPERATING);
                        begin();
                        vm.load();
                    });
                    long t0 = System.nanoTime();
                    awaitFalse(vm.loadingProperty());
                    report(round + " of " + vm.rows().all().size() + " rows", System.nanoTime() - t0);
                    System.out.printf("  first page on screen: %.1f ms after the load started%n",
                            (firstShown - since) / 1e6);
                }
                Thread.sleep(500);
                long after = heapUsed();
                System.out.printf("heap used after full GC: %.1f MB with the rows loaded (%.1f MB before the load;"
                        + " max heap %d MB); live objects (class histogram) %.1f MB%n", after / 1e6, before / 1e6,
                        Runtime.getRuntime().maxMemory() / 1_000_000, liveObjects() / 1e6);
                for (ExportFormat f : new ExportFormat[] {ExportFormat.CSV, ExportFormat.PDF}) {
                    begin();
                    fx(() -> vm.export(f));
                    long e0 = System.nanoTime();
                    awaitFalse(vm.exportingProperty());
                    report(f + " export of " + vm.rows().shown().size() + " rows", System.nanoTime() - e0);
                }
                System.out.println("status: " + vm.statusProperty().get());
                reviewAndJournal(scene, session, keys, home);
                workspace(scene, session, new Impersonation(who, acting), home);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }, "bench");
        run.setDaemon(true);
        run.start();
    }

    /**
     * The Review pane opening the 100,000-row CSV just exported, then the Journal pane reading 100,000 lines, each
     * built and shown in the same window and measured like the loads.
     */
    private void reviewAndJournal(Scene scene, ConsoleSession session, InMemoryCredentialStore keys, Path home)
            throws Exception {
        Path csv;
        try (var files = Files.list(home)) {
            csv = files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow();
        }
        // the Statements pane's rows go first (an identity switch drops them; a finished export no longer holds them);
        // the review's and the journal's 100,000 rows are then held together in the bench's -Xmx250m (the app has
        // the JVM's default heap, a quarter of the RAM)
        fx(() -> session.impersonationProperty().set(null));
        ReviewViewModel review = new ReviewViewModel(session, new ExportSigning(() -> keys), new KeyTrust(home));
        opened(scene, "Review pane opened (built and shown the first time)", () -> new ReviewView(review));
        phase("review of the CSV export", () -> review.open(csv), review.busyProperty());
        System.out.println("  review: " + review.headlineProperty().get());

        Path lines = session.audit().journal().file();
        for (int i = 0; i < 1_000; i++) {
            session.audit().journal().append(new JournalEntry(java.time.Instant.now(), "bench", "bench",
                    "CORPORATE " + NORTHWIND + " (Northwind)", i % 2 == 0 ? "BLOCK_CARD" : "TRANSFER",
                    Long.toString(110_170_049_121_026_000L + i), JournalEntry.OK, "ref-" + i, "line " + i, null));
        }
        byte[] thousand = Files.readAllBytes(lines);
        try (var out = Files.newOutputStream(lines, java.nio.file.StandardOpenOption.APPEND)) {
            for (int i = 1; i < 100; i++) {
                out.write(thousand);
            }
        }
        JournalViewModel journal = new JournalViewModel(session);
        opened(scene, "Journal pane opened (built and shown the first time)", () -> new JournalView(journal));
        phase("journal of 100,000 lines", journal::refresh, journal.busyProperty());
        System.out.println("  journal rows: " + journal.rows().size());
    }

    /** The workspace pane discovering Northwind's instruments after the identity is impersonated again. */
    private void workspace(Scene scene, ConsoleSession session, Impersonation northwind, Path home)
            throws Exception {
        WorkspaceViewModel ws = new WorkspaceViewModel(session, new IdentityMemory<>(home, WorkspaceMemory.KIND,
                WorkspaceMemory.class), Clock.systemDefaultZone());
        CallViewModel call = new CallViewModel(session, Clock.systemDefaultZone());
        // in the console the workspace is part of the Impersonation pane, built and shown at start-up
        opened(scene, "workspace pane opened (built and shown the first time)", () -> new WorkspaceView(ws, call));
        phase("workspace discovery", () -> {
            session.impersonationProperty().set(northwind);
            ws.refresh();
        }, ws.busyProperty());
        System.out.println("  workspace: " + ws.statusProperty().get());
    }

    /**
     * A pane built and shown as the shell shows it on its first navigation (its constructor, first CSS pass and
     * layout, cold code), measured apart from the work it then does: in the console that cost is paid once, on the
     * first visit (the workspace's at start-up).
     */
    private void opened(Scene scene, String what, java.util.function.Supplier<javafx.scene.Parent> pane)
            throws InterruptedException {
        begin();
        long t0 = System.nanoTime();
        fx(() -> scene.setRoot(PaneFit.scrolling(pane.get())));
        Thread.sleep(2_000); // the pulses that lay it out and render it, and the rehearsal a pane does after (~0.5 s)
        report(what, System.nanoTime() - t0);
    }

    private void phase(String what, Runnable start, javafx.beans.value.ObservableValue<Boolean> busy)
            throws InterruptedException {
        begin();
        fx(start);
        long t0 = System.nanoTime();
        awaitFalse(busy);
        Thread.sleep(300); // the pulses that lay the rows out
        report(what, System.nanoTime() - t0);
    }

    /** Starts measuring a phase: the longest gaps, this JVM's and its threads' CPU, allocation and GC. */
    private void begin() {
        longestPulseGap = 0;
        longestWait = 0;
        longestBusy = 0;
        since = System.nanoTime();
        cpuSince = processCpu();
        threadsSince = backoffice.app.task.CpuSnapshot.take();
        gc.reset();
        measuring = true;
    }

    private void report(String what, long nanos) {
        measuring = false;
        System.out.printf("%s: %.2f s; FX thread: longest gap between pulses %.1f ms, longest wait of a posted task"
                + " %.1f ms, most FX CPU time within one wait %.1f ms (load average %.1f; this JVM's CPU %.2f s)%n",
                what, nanos / 1e9, longestPulseGap / 1e6, longestWait / 1e6, longestBusy / 1e6,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), (processCpu() - cpuSince) / 1e9);
        backoffice.app.task.CpuSnapshot now = backoffice.app.task.CpuSnapshot.take();
        if (threadsSince != null && now.known()) {
            System.out.println("  CPU: " + now.machineSince(threadsSince) + "; busiest threads: " + now.busiestSince(
                    threadsSince).stream().limit(8).map(u -> u.thread() + " " + u.millis() + " ms").toList());
        }
        System.out.println("  memory: " + gc.summary());
        if (!stalls.isEmpty()) {
            System.out.println("  waits over 50 ms: " + stalls);
            stalls.clear();
        }
    }

    /** This JVM's CPU time so far, ns (all its threads: the work of a phase, whatever else the machine runs). */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void fx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            r.run();
            done.countDown();
        });
        done.await();
    }

    private static void awaitFalse(javafx.beans.value.ObservableValue<Boolean> busy) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            if (!busy.getValue()) {
                done.countDown();
                return;
            }
            busy.addListener(new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean a, Boolean now) {
                    if (!now) {
                        o.removeListener(this);
                        done.countDown();
                    }
                }
            });
        });
        done.await();
    }

    private static void latency(String root, String apiKey, int ms) throws java.io.IOException {
        Request r = new Request.Builder().url(root + "/sandbox/faults").header("api-key", apiKey)
                .put(RequestBody.create("{\"latencyMs\":" + ms + "}", MediaType.get("application/json"))).build();
        try (var response = new OkHttpClient().newCall(r).execute()) {
            if (response.code() != 204) {
                throw new IllegalStateException("faults: " + response.code());
            }
        }
    }

    /**
     * Heap in use after full collections: four of them, because Serial GC's full collection leaves up to 5 % of the
     * old generation as uncompacted "dead wood" (MarkSweepDeadRatio) except every fourth time
     * (MarkSweepAlwaysCompactCount); with three, the figure moved by up to 11 MB with the young generation's size.
     */
    private static long heapUsed() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The bytes of every live object, from the JVM's class histogram (which collects first): no dead wood. */
    private static long liveObjects() throws Exception {
        String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {null}, new String[] {String[].class.getName()});
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("Total\\s+\\d+\\s+(\\d+)").matcher(histogram);
        return total.find() ? Long.parseLong(total.group(1)) : -1;
    }

    /** Deposits through the admin face until the account has the entries asked for (8 requests in flight). */
    private static void deposits(String root, String apiKey, int n) throws InterruptedException {
        OkHttpClient http = new OkHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        RequestBody body = RequestBody.create("{\"managedAccountId\":\"" + OPERATING + "\",\"amount\":1000}",
                MediaType.get("application/json"));
        for (int i = 0; i < n; i++) {
            pool.execute(() -> {
                Request r = new Request.Builder().url(root + "/sandbox/deposits").header("api-key", apiKey)
                        .post(body).build();
                try (var response = http.newCall(r).execute()) {
                    if (response.code() != 201) {
                        throw new IllegalStateException("deposit: " + response.code());
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
    }

    public static void main(String[] args) {
        launch(args);
    }
}
