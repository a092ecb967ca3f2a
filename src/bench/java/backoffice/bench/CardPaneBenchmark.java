package backoffice.bench;

import backoffice.app.AuditLog;
import backoffice.app.Connection;
import backoffice.app.ConsoleSession;
import backoffice.app.Impersonation;
import backoffice.app.cards.CardsView;
import backoffice.app.cards.CardsViewModel;
import backoffice.app.settings.EnvironmentKind;
import backoffice.app.settings.Settings;
import backoffice.app.settings.SettingsStore;
import backoffice.app.task.FxTaskRunner;
import backoffice.app.ui.NextLayout;
import backoffice.app.ui.Theme;
import backoffice.client.BackOfficeClient;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.journal.Journal;
import backoffice.sandbox.SandboxConfig;
import backoffice.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Card desk benchmark, in a real window: (1) card look-up to the pane laid out with the card's details, median
 * of 50 look-ups (after 10 warm-ups) on the embedded sandbox; (2) block/unblock toggle: from the moment the server's
 * answer with the new state arrives (timestamped by an OkHttp interceptor) to the pane laid out showing it.
 * Run with {@code src/bench/card-pane.sh}.
 */
public final class CardPaneBenchmark extends Application {

    private static final int WARMUP = 10;
    private static final int RUNS = 50;

    private final AtomicLong lastCardAnswer = new AtomicLong();
    private SandboxServer sandbox;
    private CardsViewModel vm;
    private Scene scene;
    private final List<Double> lookups = new ArrayList<>();
    private final List<Double> toggles = new ArrayList<>();
    private List<String> cardIds;

    @Override
    public void start(Stage stage) throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.ephemeral("demo"));
        BackOfficeClient client = BackOfficeClient.builder().rootUrl(sandbox.rootUrl()).apiKey(sandbox.apiKey())
                .customize(b -> b.addNetworkInterceptor(chain -> {
                    var response = chain.proceed(chain.request());
                    if (chain.request().method().equals("GET")) {
                        lastCardAnswer.set(System.nanoTime());
                    }
                    return response;
                })).build();
        var northwind = sandbox.state().identities().get(0);
        cardIds = sandbox.state().cardsOf(northwind.id()).stream().limit(5).map(c -> c.id()).toList();
        String token = client.impersonation().accessToken(new IdentityId(IdentityType.CORPORATE, northwind.id()))
                .bearer();
        Path home = Files.createTempDirectory("bench");
        QuietDialogs quiet = new QuietDialogs();
        FxTaskRunner runner = new FxTaskRunner();
        ConsoleSession session = new ConsoleSession(runner, quiet, quiet,
                new SettingsStore(home.resolve("settings.json")), Settings.defaults());
        session.setAudit(new AuditLog(new Journal(home.resolve("journal.jsonl")), runner, Clock.systemUTC(),
                () -> "bench", () -> "bench"));
        session.connectionProperty().set(new Connection(EnvironmentKind.EMBEDDED, sandbox.rootUrl(), "bench",
                client));
        session.impersonationProperty().set(new Impersonation(new IdentityId(IdentityType.CORPORATE,
                northwind.id()), client.impersonating(token)));
        Theme.apply(false);
        vm = new CardsViewModel(session);
        scene = new Scene(new CardsView(vm), 1024, 700);
        Theme.install(scene);
        stage.setScene(scene);
        stage.show();
        Platform.runLater(() -> lookup(0));
    }

    /** Opens card i, then waits for the first layout pulse that shows it. */
    private void lookup(int i) {
        if (i == WARMUP + RUNS) {
            String active = cardIds.get(0);
            afterCardShown(active, () -> toggle(0));
            vm.open(active);
            return;
        }
        String id = cardIds.get(i % cardIds.size());
        long start = System.nanoTime();
        afterCardShown(id, () -> {
            if (i >= WARMUP) {
                lookups.add((System.nanoTime() - start) / 1e6);
            }
            lookup(i + 1);
        });
        vm.open(id);
    }

    private void afterCardShown(String id, Runnable then) {
        vm.cardProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends backoffice.client.model.ManagedCard> o,
                                backoffice.client.model.ManagedCard a, backoffice.client.model.ManagedCard now) {
                if (now != null && now.id().equals(id)) {
                    o.removeListener(this);
                    nextPulse(then);
                }
            }
        });
    }

    /** Blocks or unblocks the first (ACTIVE) card; times server answer → pane laid out with the new state. */
    private void toggle(int i) {
        if (i == WARMUP + RUNS) {
            report();
            return;
        }
        vm.blockedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean a, Boolean b) {
                o.removeListener(this);
                long answered = lastCardAnswer.get();
                nextPulse(() -> {
                    if (i >= WARMUP) {
                        toggles.add((System.nanoTime() - answered) / 1e6);
                    }
                    Platform.runLater(() -> toggle(i + 1));
                });
            }
        });
        vm.toggleBlock();
    }

    private void nextPulse(Runnable then) {
        NextLayout.then(scene, then);
    }

    private void report() {
        System.out.printf("card look-up -> pane laid out (n=%d): median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                lookups.size(), pct(lookups, 50), pct(lookups, 90), Collections.max(lookups));
        System.out.printf("block toggle: server answer -> new state laid out (n=%d): median %.1f ms, p90 %.1f ms,"
                + " max %.1f ms%n", toggles.size(), pct(toggles, 50), pct(toggles, 90), Collections.max(toggles));
        sandbox.close();
        Platform.exit();
        System.exit(0);
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** The benchmark's agent: confirms everything, shows nothing. */

    public static void main(String[] args) {
        launch(args);
    }
}
