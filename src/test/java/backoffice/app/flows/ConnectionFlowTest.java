package backoffice.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.testsupport.ConsoleUiKit;
import backoffice.testsupport.SandboxFixture;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import static backoffice.testsupport.ConsoleUiKit.text;
import static backoffice.testsupport.ConsoleUiKit.waitUntil;

/** An agent switches from the embedded sandbox to a custom URL: a wrong key is refused, the right one connects. */
@ExtendWith(ApplicationExtension.class)
class ConnectionFlowTest {

    @TempDir
    static Path home;

    private ConsoleUiKit kit;
    private SandboxFixture remote;

    @Start
    void start(Stage stage) {
        remote = SandboxFixture.demo();
        kit = new ConsoleUiKit(home.resolve("connection-" + System.nanoTime()));
        kit.show(stage, ConsoleUiKit.NO_KEYCHAIN);
    }

    @AfterEach
    void stop() {
        kit.close();
        remote.close();
    }

    @Test
    void switchToACustomUrlWithItsApiKey(FxRobot robot) throws Exception {
        waitUntil(() -> kit.console.session().connection() != null);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#env-CUSTOM").tryQuery().isPresent());
        assertThat(text(robot, "#keychainStatus")).contains("needs no api-key");
        robot.clickOn("#env-CUSTOM");
        waitUntil(() -> text(robot, "#keychainStatus").contains("session only"));
        robot.clickOn("#customUrl").write("not a url");
        assertThat(text(robot, "#customUrlError")).contains("http://");
        robot.doubleClickOn("#customUrl").eraseText(20).write(remote.server.rootUrl());
        robot.clickOn("#apiKey").write("wrong-key");
        robot.clickOn("#connect");
        waitUntil(() -> text(robot, "#errorSentence").contains("refused"));
        assertThat(text(robot, "#bannerEnv")).contains("EMBEDDED SANDBOX");

        robot.doubleClickOn("#apiKey").eraseText(20).write(remote.server.apiKey());
        robot.clickOn("#connect");
        waitUntil(() -> text(robot, "#bannerEnv").contains("CUSTOM BACKEND"));
        assertThat(text(robot, "#bannerEnv")).contains(remote.server.rootUrl());
        assertThat(robot.lookup("#banner").query().getStyleClass()).contains("env-custom");
        assertThat(text(robot, "#connectionStatus")).contains(remote.server.rootUrl());
    }
}
