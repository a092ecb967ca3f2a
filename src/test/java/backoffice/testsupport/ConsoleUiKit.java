package backoffice.testsupport;

import backoffice.app.ConsoleAssembly;
import backoffice.app.connection.EmbeddedSandbox;
import backoffice.app.settings.AppDirs;
import backoffice.app.settings.Settings;
import backoffice.app.task.FxTaskRunner;
import backoffice.app.ui.Theme;
import backoffice.credentials.CredentialStore;
import backoffice.credentials.CredentialStoreException;
import backoffice.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Builds the real console (real runner, real embedded sandbox) in a TestFX stage, with scripted dialogs. */
public final class ConsoleUiKit implements AutoCloseable {

    public static final Supplier<CredentialStore> NO_KEYCHAIN = () -> {
        throw new CredentialStoreException("no keychain in UI tests", null);
    };

    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final EmbeddedSandbox embedded = new EmbeddedSandbox(SandboxConfig.ephemeral("demo"));
    public final FxTaskRunner runner = new FxTaskRunner();
    public final AppDirs dirs;
    public ConsoleAssembly console;

    public ConsoleUiKit(Path home) {
        this.dirs = new AppDirs(home.resolve("config"), home.resolve("data"), home.resolve("logs"));
    }

    /** Call from a TestFX {@code @Start} method. */
    public void show(Stage stage, Supplier<CredentialStore> keychain) {
        Theme.apply(false);
        console = new ConsoleAssembly(dirs, Settings.defaults(), runner, dialogs, embedded, keychain, stage::close);
        Scene scene = new Scene(console.shell(), 1280, 1000);
        Theme.install(scene);
        stage.setScene(scene);
        stage.show();
        console.connection().start();
    }

    /** Waits (up to 15 s) until the condition holds, then for pending FX events. */
    public static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS, condition);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of the label with that css id ({@code #bannerEnv}). */
    public static String text(org.testfx.api.FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.control.Label.class).getText();
    }

    /** Impersonates through the Impersonation pane, as an agent would, and waits for the banner. */
    public void impersonate(org.testfx.api.FxRobot robot, backoffice.sandbox.store.Identity identity)
            throws Exception {
        String identityId = identity.id();
        waitUntil(() -> console.session().connection() != null);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT1)
                .release(javafx.scene.input.KeyCode.DIGIT1, javafx.scene.input.KeyCode.CONTROL);
        robot.clickOn("#identityType-" + identity.type().name());
        robot.clickOn("#identityId").write(identityId).type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> text(robot, "#bannerIdentity").contains(identityId));
    }

    /** Opens a pane with its Ctrl+digit shortcut. */
    public static void pane(org.testfx.api.FxRobot robot, javafx.scene.input.KeyCode digit) {
        robot.press(javafx.scene.input.KeyCode.CONTROL, digit).release(digit, javafx.scene.input.KeyCode.CONTROL);
    }

    @Override
    public void close() {
        runner.close();
        embedded.close();
    }
}
