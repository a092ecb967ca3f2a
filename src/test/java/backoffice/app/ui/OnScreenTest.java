package backoffice.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dialog over the maximised console leaves it maximised: on Linux JavaFX freezes a modal dialog's owner by fixing
 * its size and openbox then restored the console's window (1026x706 on a 1024x700 screen, its status bar below the
 * edge). Here the window manager's part is played by the test: it restores the owner while the dialog is up.
 */
@ExtendWith(ApplicationExtension.class)
class OnScreenTest {

    private Stage console;

    @Start
    void start(Stage stage) {
        this.console = stage;
        stage.setScene(new Scene(new VBox(), 300, 100));
        stage.show();
    }

    /** TestFX keeps one stage for the JVM: the next test class gets it restored, not maximised. */
    @AfterEach
    void restore(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> console.setMaximized(false));
    }

    @Test
    void theWindowADialogWasOverIsMaximisedAgainWhenItCloses(FxRobot robot) {
        Stage[] dialog = new Stage[1];
        robot.interact(() -> {
            console.setMaximized(true);
            dialog[0] = new Stage();
            dialog[0].initOwner(console);
            dialog[0].initModality(Modality.WINDOW_MODAL);
            dialog[0].setScene(new Scene(new Label("Send this transfer?")));
            OnScreen.keep(dialog[0]);
            dialog[0].show();
        });
        robot.interact(() -> console.setMaximized(false)); // what the window manager did
        robot.interact(() -> dialog[0].close());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(console.isMaximized()).isTrue();

        robot.interact(() -> {
            console.setMaximized(false); // a window the agent left restored stays so
            dialog[0].show();
        });
        robot.interact(() -> dialog[0].close());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(console.isMaximized()).isFalse();
    }

    @Test
    void aDialogOpensCentredOnTheWindowItBelongsTo(FxRobot robot) {
        Stage[] dialog = new Stage[1];
        robot.interact(() -> {
            console.setMaximized(false);
            console.setX(300);
            console.setY(200);
            console.setWidth(600);
            console.setHeight(400);
            dialog[0] = new Stage();
            dialog[0].initOwner(console);
            dialog[0].setScene(new Scene(new Label("Unblock card 2362?"), 200, 100));
            dialog[0].setX(0); // where a window manager put it: the screen's top left
            dialog[0].setY(0);
            OnScreen.keep(dialog[0]);
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        double dx = dialog[0].getX() + dialog[0].getWidth() / 2 - (console.getX() + console.getWidth() / 2);
        double dy = dialog[0].getY() + dialog[0].getHeight() / 2 - (console.getY() + console.getHeight() / 2);
        robot.interact(() -> dialog[0].close());
        assertThat(Math.abs(dx)).as("centred across").isLessThan(2);
        assertThat(Math.abs(dy)).as("centred down").isLessThan(2);
    }
}
