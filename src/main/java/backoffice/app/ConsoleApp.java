package backoffice.app;

import backoffice.app.connection.ConnectionViewModel;
import backoffice.app.connection.EmbeddedSandbox;
import backoffice.app.settings.AppDirs;
import backoffice.app.settings.Settings;
import backoffice.app.settings.SettingsStore;
import backoffice.app.shell.PaneId;
import backoffice.app.shell.PaneWarmup;
import backoffice.app.shell.ShellView;
import backoffice.app.task.FxTaskRunner;
import backoffice.app.task.FxWatchdog;
import backoffice.app.task.StreamingLoad;
import backoffice.app.ui.FxDialogService;
import backoffice.app.ui.Theme;
import backoffice.credentials.KeyringCredentialStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The console: reads settings off the FX thread ({@link #init()}), shows the window at once, then connects in the
 * background (the embedded sandbox by default: no credentials, no prompts).
 */
public final class ConsoleApp extends Application {

    /** Printed to stdout when the main window is on screen (the packaging smoke test waits for it). */
    public static final String READY_LINE = "Back-Office Console ready";
    /** Printed once the first connection (by default the embedded sandbox) is up. */
    public static final String CONNECTED_LINE = "Back-Office Console connected";

    private AppDirs dirs;
    private SettingsStore settingsStore;
    private Settings initialSettings;
    private final FxTaskRunner runner = new FxTaskRunner();
    private final EmbeddedSandbox embedded = Warmup.embedded();
    private Stage stage;
    private ConsoleSession session;

    @Override
    public void init() {
        dirs = AppDirs.detect();
        try {
            dirs.createOwnerOnly();
        } catch (IOException e) {
            System.err.println("The console's folders could not be made owner-only: " + e);
        }
        AppLogging.configure(dirs.logs());
        settingsStore = new SettingsStore(dirs.settingsFile());
        initialSettings = settingsStore.load();
    }

    @Override
    public void start(Stage primary) {
        StartupTrace.mark("start");
        if (System.getProperty(FxWatchdog.PROPERTY) != null) {
            FxWatchdog.startIfAsked();
        }
        this.stage = primary;
        Theme.apply(initialSettings.darkTheme());
        StartupTrace.mark("theme");
        ConsoleAssembly console = new ConsoleAssembly(dirs, initialSettings, runner, new FxDialogService(() -> stage),
                embedded, () -> KeyringCredentialStore.open(KeyringCredentialStore.SERVICE), this::quit);
        session = console.session();
        ShellView shell = console.shell();
        ConnectionViewModel connection = console.connection();
        StartupTrace.mark("shell");

        Settings.WindowLayout w = initialSettings.window();
        // the default fits a 1366x768 laptop with its task bar; a saved size never exceeds the screen now in use
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(shell, Math.min(w == null ? 1280 : w.width(), screen.getWidth()),
                Math.min(w == null ? 690 : w.height(), screen.getHeight() - 30));
        Theme.install(scene);
        StartupTrace.mark("scene");
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        loadIcon();
        if (w != null) {
            stage.setX(w.x());
            stage.setY(w.y());
            stage.setMaximized(w.maximized());
        }
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        UncaughtErrors.install(session.dialogs());
        stage.setOnShown(e -> {
            StartupTrace.mark("show");
            Platform.runLater(shell::focusShownPane);
            System.out.println(READY_LINE);
            System.out.flush();
        });
        session.connectionProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Connection> o, Connection a,
                                Connection now) {
                if (now != null) {
                    System.out.println(CONNECTED_LINE + ": " + now.label());
                    System.out.flush();
                    o.removeListener(this);
                    PanePreload.startUnlessOff();
                    PaneWarmup.startUnlessOff(shell, () -> runner.busy() || StreamingLoad.anyRunning());
                }
            }
        });
        StartupTrace.mark("window");
        stage.show();
        connection.start();
        reviewFile().ifPresent(file -> {
            console.shellViewModel().select(PaneId.REVIEW);
            console.review().open(Path.of(file));
        });
    }

    /**
     * The window icon: 64 px, which window lists and task switchers show (the menu entry has its own, larger one).
     * The 256 px one took ~15 ms of the first frame to decode; decoding it on another core made the first frame
     * slower still, as both cores are busy at start-up.
     */
    private void loadIcon() {
        var url = ConsoleApp.class.getResource("/backoffice/app/icon-64.png");
        if (url != null) {
            stage.getIcons().add(new Image(url.toExternalForm()));
        }
    }

    /** A signed export given on the command line ({@code --review FILE}, or a {@code .bocx} file the OS opened). */
    private Optional<String> reviewFile() {
        List<String> args = getParameters().getRaw();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--review") && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (args.get(i).toLowerCase(Locale.ROOT).endsWith(".bocx")) {
                return Optional.of(args.get(i));
            }
        }
        return Optional.empty();
    }

    private void quit() {
        if (stage != null && session != null) {
            Settings.WindowLayout layout = new Settings.WindowLayout(stage.getX(), stage.getY(),
                    stage.getScene().getWidth(), stage.getScene().getHeight(), stage.isMaximized());
            try {
                settingsStore.save(session.settings().withWindow(layout));
            } catch (IOException e) {
                System.getLogger("backoffice.app").log(System.Logger.Level.WARNING, "Settings not saved", e);
            }
        }
        Platform.exit();
    }

    @Override
    public void stop() {
        runner.close();
        embedded.close();
        // java-keyring's D-Bus threads are not daemons and would keep the JVM alive (platform notes)
        System.exit(0);
    }
}
