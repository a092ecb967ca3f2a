package backoffice.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A button turned off while it has the focus gets it back when it comes on, unless the agent went elsewhere. */
@ExtendWith(ApplicationExtension.class)
class FocusReturnTest {

    private TextField field;
    private Button load;
    private Button next;

    @Start
    void start(Stage stage) {
        field = new TextField();
        load = new Button("Load");
        next = new Button("Export");
        Scene scene = new Scene(new VBox(field, load, next), 300, 200);
        FocusReturn.across(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void offAndOn(FxRobot robot, Runnable meanwhile) {
        robot.interact(() -> load.setDisable(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(meanwhile);
        robot.interact(() -> load.setDisable(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theFocusComesBackFromWhereJavaFxMovedIt(FxRobot robot) {
        robot.interact(load::requestFocus);
        offAndOn(robot, () -> assertThat(load.getScene().getFocusOwner()).as("moved on while off").isSameAs(next));
        assertThat(load.isFocused()).isTrue();
    }

    @Test
    void aFieldTheAgentWentToMeanwhileKeepsIt(FxRobot robot) {
        robot.interact(load::requestFocus);
        offAndOn(robot, field::requestFocus);
        assertThat(field.isFocused()).isTrue();
    }

    @Test
    void whenWhereJavaFxPutItGoesOffTooTheFirstStillGetsItBack(FxRobot robot) {
        robot.interact(load::requestFocus);
        offAndOn(robot, () -> {
            next.setDisable(true); // Export goes off with Load: JavaFX moves the focus on again
            WaitForAsyncUtils.waitForFxEvents();
        });
        assertThat(load.isFocused()).isTrue();
    }

    @Test
    void aKeyPressedAfterTheMoveKeepsTheFocusWhereItWent(FxRobot robot) {
        robot.interact(load::requestFocus);
        offAndOn(robot, () -> { });
        assertThat(load.isFocused()).as("untouched: it comes back").isTrue();
        robot.interact(() -> load.setDisable(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(next.isFocused()).isTrue();
        robot.type(KeyCode.SHIFT); // any key: the agent is at work on Export
        robot.interact(() -> load.setDisable(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(next.isFocused()).isTrue();
    }

    @Test
    void aButtonHiddenMeanwhileTakesNothing(FxRobot robot) {
        robot.interact(load::requestFocus);
        offAndOn(robot, () -> load.getParent().setVisible(false)); // the agent is on another pane by now
        assertThat(load.isFocused()).isFalse();
    }

    @Test
    void aButtonThatHadNoFocusTakesNone(FxRobot robot) {
        robot.interact(next::requestFocus);
        offAndOn(robot, () -> { });
        assertThat(next.isFocused()).isTrue();
    }
}
