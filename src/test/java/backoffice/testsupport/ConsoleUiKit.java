package backoffice.testsupport;

import backoffice.app.ConsoleAssembly;
import backoffice.app.connection.EmbeddedSandbox;
import backoffice.app.settings.AppDirs;
import backoffice.app.settings.Settings;
import backoffice.app.task.FxTaskRunner;
import backoffice.app.ui.Theme;
import backoffice.client.model.IdentityType;
import backoffice.credentials.CredentialStore;
import backoffice.credentials.CredentialStoreException;
import backoffice.sandbox.SandboxConfig;
import backoffice.sandbox.SandboxServer;
import backoffice.sandbox.store.Identity;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Builds the real console (real runner, real embedded sandbox) in a TestFX stage, with scripted dialogs. */
public final class ConsoleUiKit implements AutoCloseable {

    public static final Supplier<CredentialStore> NO_KEYCHAIN = () -> {
        throw new CredentialStoreException("no keychain in UI tests", null);
    };

    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final EmbeddedSandbox embedded = new EmbeddedSandbox(SandboxConfig.ephemeral("demo"));
    public final FxTaskRunner runner = new FxTaskRunner();
    /** The folder the console's settings, data and logs live in; tests may put their own files here. */
    public final Path home;
    public final AppDirs dirs;
    public ConsoleAssembly console;

    public ConsoleUiKit(Path home) {
        this.home = home;
        this.dirs = new AppDirs(home.resolve("config"), home.resolve("data"), home.resolve("logs"));
    }

    /** Shows the console in the stage; {@link ConsoleExtension} calls it (or a TestFX {@code @Start} method). */
    public void show(Stage stage, Supplier<CredentialStore> keychain) {
        Theme.apply(false);
        console = new ConsoleAssembly(dirs, Settings.defaults(), runner, dialogs, embedded, keychain, stage::close);
        Scene scene = new Scene(console.shell(), 1280, 1000);
        Theme.install(scene);
        stage.setScene(scene);
        // TestFX keeps one stage for the whole JVM: a layout test that sized it to 1024x700 left it so, and a later
        // flow's clicks on controls below that edge missed (TransfersFlowTest, CardDeskFlowTest in full runs only)
        // and a test of OnScreen may leave it maximised, which sizeToScene does not undo
        stage.setMaximized(false);
        stage.setX(0);
        stage.setY(0);
        stage.sizeToScene();
        stage.show();
        console.connection().start();
    }

    /** Puts the console's window at the screen's corner at that size (as on a 1024x700 or 1366x768 screen). */
    public static void resize(FxRobot robot, Stage stage, double width, double height) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    /** The embedded sandbox the console talks to (started if the console has not yet connected). */
    public SandboxServer server() {
        return embedded.ensureStarted();
    }

    /** The n-th (from 0) corporate or consumer of the embedded sandbox's demo seed. */
    public Identity identity(IdentityType type, int index) {
        return SandboxFixture.identity(server().state(), type, index);
    }

    /** Waits (up to 15 s) until the condition holds, then for pending FX events. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of the label with that css id ({@code #bannerEnv}). */
    public static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Impersonates through the Impersonation pane, as an agent would, and waits for the banner. */
    public void impersonate(FxRobot robot, Identity identity) throws Exception {
        String identityId = identity.id();
        waitUntil(() -> console.session().connection() != null);
        pane(robot, KeyCode.DIGIT1);
        robot.clickOn("#identityType-" + identity.type().name());
        robot.clickOn("#identityId").write(identityId).type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#bannerIdentity").contains(identityId));
    }

    /** Opens a pane with its Ctrl+digit shortcut. */
    public static void pane(FxRobot robot, KeyCode digit) {
        robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
    }

    /** Opens a pane with its Ctrl+digit shortcut and waits until the node with that css id ({@code #cardId}) is there. */
    public static void pane(FxRobot robot, KeyCode digit, String shownId) throws Exception {
        pane(robot, digit);
        waitUntil(() -> robot.lookup(shownId).tryQuery().isPresent());
    }

    @Override
    public void close() {
        runner.close();
        embedded.close();
    }
}
