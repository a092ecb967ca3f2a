package backoffice.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The joined-toggles choice and the lazily made spinner, clicked and typed at in a real window. */
@ExtendWith(ApplicationExtension.class)
class SegmentedChoiceAndBusyTest {

    enum Size { SMALL, MEDIUM, LARGE }

    private final SimpleObjectProperty<Size> size = new SimpleObjectProperty<>(Size.MEDIUM);
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private BusyIndicator indicator;

    @Start
    void start(Stage stage) {
        SegmentedChoice<Size> choice = new SegmentedChoice<>("size", List.of(Size.values()),
                s -> s.name().toLowerCase(), size);
        indicator = new BusyIndicator(busy);
        stage.setScene(new Scene(new VBox(8, choice, indicator), 320, 120));
        stage.show();
    }

    @Test
    void oneOptionIsAlwaysHeldAndFollowsTheProperty(FxRobot robot) {
        assertThat(toggle(robot, Size.MEDIUM).isSelected()).isTrue();
        assertThat(toggle(robot, Size.MEDIUM).getText()).isEqualTo("medium");
        assertThat(toggle(robot, Size.SMALL).getStyleClass()).contains("left-pill");
        assertThat(toggle(robot, Size.LARGE).getStyleClass()).contains("right-pill");

        robot.clickOn("#size-LARGE");
        assertThat(size.get()).isEqualTo(Size.LARGE);
        assertThat(toggle(robot, Size.MEDIUM).isSelected()).isFalse();

        robot.clickOn("#size-LARGE"); // clicking the held option keeps it
        assertThat(toggle(robot, Size.LARGE).isSelected()).isTrue();
        assertThat(size.get()).isEqualTo(Size.LARGE);

        robot.interact(() -> size.set(Size.SMALL));
        assertThat(toggle(robot, Size.SMALL).isSelected()).isTrue();
        assertThat(toggle(robot, Size.SMALL).isFocusTraversable()).isTrue();
        assertThat(toggle(robot, Size.LARGE).isFocusTraversable()).isFalse();
    }

    @Test
    void arrowsMoveTheChoiceAndWrap(FxRobot robot) {
        robot.clickOn("#size-MEDIUM").type(KeyCode.RIGHT);
        assertThat(size.get()).isEqualTo(Size.LARGE);
        assertThat(toggle(robot, Size.LARGE).isFocused()).isTrue();
        robot.type(KeyCode.RIGHT);
        assertThat(size.get()).isEqualTo(Size.SMALL);
        robot.type(KeyCode.LEFT, KeyCode.LEFT);
        assertThat(size.get()).isEqualTo(Size.MEDIUM);
        assertThat(toggle(robot, Size.MEDIUM).isSelected()).isTrue();
    }

    @Test
    void theSpinnerIsMadeTheFirstTimeWorkStartsAndShownOnlyWhileBusy(FxRobot robot) {
        assertThat(indicator.hasSpinner()).isFalse();
        assertThat(indicator.isVisible()).isFalse();
        assertThat(indicator.getHeight()).isEqualTo(BusyIndicator.SIZE);

        robot.interact(() -> busy.set(true));
        assertThat(indicator.hasSpinner()).isTrue();
        assertThat(indicator.isVisible()).isTrue();
        assertThat(robot.lookup(".progress-indicator").queryAs(ProgressIndicator.class).isIndeterminate()).isTrue();

        robot.interact(() -> busy.set(false));
        robot.interact(() -> busy.set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(indicator.getChildren()).hasSize(1);
        robot.interact(() -> busy.set(false));
        assertThat(indicator.isVisible()).isFalse();
    }

    private static ToggleButton toggle(FxRobot robot, Size s) {
        return robot.lookup("#size-" + s.name()).queryAs(ToggleButton.class);
    }
}
