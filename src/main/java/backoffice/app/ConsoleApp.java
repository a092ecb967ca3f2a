package backoffice.app;

import backoffice.app.connection.ConnectionView;
import backoffice.app.connection.ConnectionViewModel;
import backoffice.app.connection.Connector;
import backoffice.app.connection.EmbeddedSandbox;
import backoffice.app.impersonation.ImpersonationView;
import backoffice.app.impersonation.ImpersonationViewModel;
import backoffice.app.journal.JournalView;
import backoffice.app.journal.JournalViewModel;
import backoffice.app.settings.AppDirs;
import backoffice.app.settings.Settings;
import backoffice.app.settings.SettingsStore;
import backoffice.app.shell.PaneId;
import backoffice.app.shell.ShellView;
import backoffice.app.shell.ShellViewModel;
import backoffice.app.task.FxTaskRunner;
import backoffice.app.ui.ErrorPresenter;
import backoffice.app.ui.FxDialogService;
import backoffice.app.ui.FxNotifier;
import backoffice.app.ui.Theme;
import backoffice.journal.Journal;
import backoffice.sandbox.SandboxConfig;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The console: reads settings off the FX thread ({@link #init()}), shows the window at once, then connects in the
 * background (the embedded sandbox by default: no credentials, no prompts).
 */
public final class ConsoleApp extends Application {

    /** Printed to stdout when the main window is on screen (the packaging smoke test waits for it). */
    public static final String READY_LINE = "Back-Office Console ready";

    private AppDirs dirs;
    private SettingsStore settingsStore;
    private Settings initialSettings;
    private final FxTaskRunner runner = new FxTaskRunner();
    private final EmbeddedSandbox embedded = new EmbeddedSandbox(SandboxConfig.ephemeral("demo"));
    private Stage stage;
    private ConsoleSession session;

    @Override
    public void init() {
        dirs = AppDirs.detect();
        AppLogging.configure(dirs.logs());
        settingsStore = new SettingsStore(dirs.settingsFile());
        initialSettings = settingsStore.load();
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        Theme.apply(initialSettings.darkTheme());
        FxNotifier notifier = new FxNotifier();
        session = new ConsoleSession(runner, new FxDialogService(() -> stage), notifier, settingsStore,
                initialSettings);
        session.setAudit(new AuditLog(new Journal(dirs.journalFile()), runner, Clock.systemUTC(),
                session::environmentLabel, session::identityLabel));
        ConnectionViewModel connection = new ConnectionViewModel(session, new Connector(embedded));

        Map<PaneId, Supplier<Parent>> panes = new EnumMap<>(PaneId.class);
        panes.put(PaneId.CONNECTION, () -> new ConnectionView(connection));
        panes.put(PaneId.IMPERSONATION, () -> new ImpersonationView(new ImpersonationViewModel(session)));
        panes.put(PaneId.JOURNAL, () -> new JournalView(new JournalViewModel(session)));
        ShellViewModel shellVm = new ShellViewModel(session);
        ShellView shell = new ShellView(shellVm, panes, notifier.lastProperty(), this::quit);
        notifier.setFlash(shell::flash);
        connection.errorProperty().addListener((o, a, now) -> {
            if (now != null) {
                shellVm.select(PaneId.CONNECTION);
            }
        });

        Settings.WindowLayout w = initialSettings.window();
        Scene scene = new Scene(shell, w == null ? 1280 : w.width(), w == null ? 800 : w.height());
        Theme.install(scene);
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        var icon = ConsoleApp.class.getResourceAsStream("/backoffice/app/icon-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        if (w != null) {
            stage.setX(w.x());
            stage.setY(w.y());
            stage.setMaximized(w.maximized());
        }
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> Platform.runLater(() -> session.dialogs()
                .showError(Messages.get("error.unexpectedTitle"), ErrorPresenter.present(Messages.get("app.action"),
                        e))));
        stage.setOnShown(e -> {
            System.out.println(READY_LINE);
            System.out.flush();
        });
        stage.show();
        connection.start();
    }

    private void quit() {
        if (stage != null && session != null) {
            Settings.WindowLayout layout = new Settings.WindowLayout(stage.getX(), stage.getY(),
                    stage.getScene().getWidth(), stage.getScene().getHeight(), stage.isMaximized());
            try {
                settingsStore.save(session.settings().withWindow(layout));
            } catch (java.io.IOException e) {
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
