package backoffice.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A reflex second Enter does not confirm: "Review and send…", Enter, Enter sent a transfer nobody read (an agent's
 * walk-through). The confirming button takes keys only after {@link FxDialogService#ARMING}; Escape cancels at once.
 */
@ExtendWith(ApplicationExtension.class)
class ConfirmArmingTest {

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage(); // not the shared primary stage (see DialogOnScreenTest)
        stage.setScene(new Scene(new VBox(), 400, 200));
        stage.show();
    }

    @AfterEach
    void closeOwner() {
        Platform.runLater(stage::close);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private AtomicReference<Boolean> ask(boolean againstDefault) {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        AtomicReference<Boolean> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(againstDefault
                ? dialogs.confirmAgainstDefault("Send the same order again?", "It was sent a minute ago.", "Send")
                : dialogs.confirm("Send this transfer?", "Move 250.00 EUR.", "Send")));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    private static boolean open(FxRobot robot) {
        return robot.lookup(".dialog-pane").tryQueryAs(DialogPane.class).map(p -> p.getScene().getWindow().isShowing())
                .orElse(false);
    }

    @Test
    void enterRightAwayDoesNothingAndEnterOnceArmedConfirms(FxRobot robot) throws Exception {
        AtomicReference<Boolean> answer = ask(false);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(open(robot)).as("still asking after a reflex Enter (neither sent nor cancelled)").isTrue();
        assertThat(answer.get()).isNull();

        Thread.sleep((long) FxDialogService.ARMING.toMillis() + 300);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(open(robot)).isFalse();
        assertThat(answer.get()).isTrue();
    }

    @Test
    void aHeldEnterDoesNotConfirmOnceArmedOnlyAFreshOneDoes(FxRobot robot) throws Exception {
        AtomicReference<Boolean> answer = ask(false);
        robot.press(KeyCode.ENTER); // held down through the arming: it repeats
        Thread.sleep((long) FxDialogService.ARMING.toMillis() + 300);
        robot.press(KeyCode.ENTER); // a repeat of the held key (no release in between)
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(open(robot)).as("a held Enter sends nothing").isTrue();
        robot.release(KeyCode.ENTER);
        robot.type(KeyCode.ENTER); // let go, then pressed again
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer.get()).isTrue();
    }

    @Test
    void escapeCancelsAtOnce(FxRobot robot) {
        AtomicReference<Boolean> answer = ask(false);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer.get()).isFalse();
    }

    @Test
    void aConfirmationAgainstTheDefaultCancelsOnEnter(FxRobot robot) throws Exception {
        AtomicReference<Boolean> answer = ask(true);
        Thread.sleep((long) FxDialogService.ARMING.toMillis() + 300);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer.get()).isFalse();
    }
}
