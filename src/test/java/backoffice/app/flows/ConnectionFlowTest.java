package backoffice.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.testsupport.ConsoleExtension;
import backoffice.testsupport.ConsoleUiKit;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.SandboxFixture;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import static backoffice.testsupport.ConsoleUiKit.text;
import static backoffice.testsupport.ConsoleUiKit.waitUntil;

/** An agent switches from the embedded sandbox to a custom URL: a wrong key is refused, the right one connects. */
@ExtendWith({ConsoleExtension.class, DemoSandboxExtension.class})
class ConnectionFlowTest {

    @Test
    void switchToACustomUrlWithItsApiKey(FxRobot robot, ConsoleUiKit kit, SandboxFixture remote) throws Exception {
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
