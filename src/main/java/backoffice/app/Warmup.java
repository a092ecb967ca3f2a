package backoffice.app;

import backoffice.app.connection.EmbeddedSandbox;
import backoffice.client.BackOfficeClient;
import backoffice.client.json.Json;
import backoffice.sandbox.SandboxConfig;
import backoffice.sandbox.SandboxServer;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Start-up work that does not need the FX thread, begun on the first line of {@code main} so that it runs on the
 * second core while JavaFX starts: the embedded sandbox (server + demo seed), the client stack (OkHttp, Jackson),
 * the UI strings, and loading (not initialising) the classes the first frame needs. Measured: the sandbox is up
 * before the window is shown instead of ~400 ms after it.
 */
public final class Warmup {

    private static final List<String> FIRST_FRAME_CLASSES = List.of(
            "org.controlsfx.validation.ValidationSupport",
            "org.controlsfx.control.decoration.GraphicDecoration", "org.controlsfx.validation.decoration"
                    + ".GraphicValidationDecoration", "atlantafx.base.theme.PrimerLight",
            "backoffice.app.ConsoleAssembly", "backoffice.app.shell.ShellView", "backoffice.app.shell.NavigationView",
            "backoffice.app.ui.SegmentedChoice", "backoffice.app.ui.BusyIndicator",
            "javafx.scene.control.ToggleButton",
            "backoffice.app.impersonation.ImpersonationView", "backoffice.app.impersonation.ImpersonationViewModel",
            "backoffice.app.connection.ConnectionViewModel", "backoffice.app.journal.JournalViewModel",
            "backoffice.journal.Journal", "javafx.scene.control.ListView", "javafx.scene.control.TitledPane",
            "javafx.scene.control.MenuBar", "javafx.scene.control.TableView");

    /** Classes whose static set-up touches neither JavaFX nor the network (the UI strings' resource bundle). */
    private static final List<String> INITIALISED_CLASSES = List.of("backoffice.app.Messages");

    private static volatile Warmup started;

    private final EmbeddedSandbox embedded = new EmbeddedSandbox(SandboxConfig.ephemeral("demo"));
    private final CompletableFuture<Void> done;

    private Warmup(boolean startSandbox) {
        done = CompletableFuture.runAsync(() -> {
            Thread.currentThread().setName("console-warmup");
            preload();
            Json.mapper();
            if (startSandbox) {
                SandboxServer server = embedded.ensureStarted();
                BackOfficeClient.builder().rootUrl(server.rootUrl()).apiKey(server.apiKey()).build();
            }
        });
    }

    /** Begins the warm-up (once); {@code startSandbox} is false when the saved environment is not the embedded one. */
    public static synchronized Warmup begin(boolean startSandbox) {
        if (started == null) {
            started = new Warmup(startSandbox);
        }
        return started;
    }

    /** The embedded sandbox, already starting when {@link #begin} was called from {@code main}. */
    public static EmbeddedSandbox embedded() {
        return begin(false).embedded;
    }

    private static void preload() {
        ClassLoader loader = Warmup.class.getClassLoader();
        for (String name : INITIALISED_CLASSES) {
            load(name, true, loader);
        }
        for (String name : FIRST_FRAME_CLASSES) {
            load(name, false, loader);
        }
    }

    private static void load(String name, boolean initialise, ClassLoader loader) {
        try {
            Class.forName(name, initialise, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // only an optimisation: the FX thread will load it itself
        }
    }
}
