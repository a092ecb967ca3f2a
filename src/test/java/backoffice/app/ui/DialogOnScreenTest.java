package backoffice.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A confirmation opened from a window at the bottom of a small screen (the test screen is 1024x700), with a long
 * question, opens decorated and wholly on the screen: the transfer confirmation at 1024x700 opened cut, with no title
 * bar to move or close it.
 */
@ExtendWith(ApplicationExtension.class)
class DialogOnScreenTest {

    private Stage stage;

    /**
     * The owner is a window of its own, low on the screen: TestFX shares its primary stage between test classes, and
     * moving that one left every later flow test clicking below the screen.
     */
    @Start
    void start(Stage primary) {
        stage = new Stage();
        stage.setScene(new Scene(new VBox(), 600, 300));
        stage.setX(300);
        stage.setY(500);
        stage.show();
    }

    @AfterEach
    void closeOwner() {
        Platform.runLater(stage::close);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aTallConfirmationOpensDecoratedAndWhollyOnTheScreen(FxRobot robot) {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        String question = ("Move 250.00 EUR from \"Operating EUR\" to \"Reserve EUR\". The source also pays the transfer"
                + " fee of 1.00 EUR. A transfer like it was sent 3 minutes ago (id 110170049121040777).\n").repeat(12);
        AtomicReference<Boolean> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(dialogs.confirm("Send this transfer?", question, "Send")));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Window dialog = pane.getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();

        assertThat(((Stage) dialog).getStyle()).isEqualTo(StageStyle.DECORATED);
        assertThat(dialog.getY()).as("top").isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(dialog.getX()).as("left").isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(dialog.getY() + dialog.getHeight()).as("bottom").isLessThanOrEqualTo(screen.getMaxY());
        assertThat(dialog.getX() + dialog.getWidth()).as("right").isLessThanOrEqualTo(screen.getMaxX());
        robot.interact(() -> ((Stage) dialog).close());
    }
}
