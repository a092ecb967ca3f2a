package backoffice.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Information fades by itself; a warning stays until closed; a long notice wraps instead of being cut. */
@ExtendWith(ApplicationExtension.class)
class NoticeBarTest {

    private NoticeBar bar;

    @Start
    void start(Stage stage) {
        bar = new NoticeBar();
        stage.setScene(new Scene(new StackPane(bar), 420, 200));
        // TestFX's one stage may come maximised or sized by an earlier test: the bar must be 420 px wide here
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void aWarningStaysUntilClosedAndInformationFades(FxRobot robot) {
        robot.interact(() -> bar.show("Card 42 blocked.", false));
        assertThat(bar.fadesByItself()).isTrue();
        String warning = "⚠ No OS keychain: the API key is kept in memory only and must be typed again after a "
                + "restart. Install a keychain (e.g. gnome-keyring) to keep it.";
        robot.interact(() -> bar.show(warning, true));
        assertThat(bar.fadesByItself()).as("a warning waits for ✕").isFalse();
        assertThat(bar.isVisible()).isTrue();
        Label text = robot.lookup("#noticeText").queryAs(Label.class);
        assertThat(text.isWrapText()).isTrue();
        assertThat(text.getHeight()).as("wrapped onto more lines, not cut").isGreaterThan(30);
        robot.clickOn("#noticeClose");
        robot.sleep(400);
        assertThat(bar.isVisible()).isFalse();
    }
}
