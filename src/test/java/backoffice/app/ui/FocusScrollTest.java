package backoffice.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
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

/** A focused field below (or above) a scroll pane's view is scrolled into it; a tall list shown in part stays put. */
@ExtendWith(ApplicationExtension.class)
class FocusScrollTest {

    private final List<TextField> fields = new ArrayList<>();
    private ScrollPane scroller;
    private ListView<String> list;

    @Start
    void start(Stage stage) {
        VBox box = new VBox(8);
        for (int i = 0; i < 30; i++) {
            TextField f = new TextField("field " + i);
            fields.add(f);
            box.getChildren().add(f);
        }
        list = new ListView<>();
        list.setPrefHeight(600);
        box.getChildren().add(list);
        scroller = new ScrollPane(box);
        scroller.setFitToWidth(true);
        Scene scene = new Scene(scroller, 300, 240);
        FocusScroll.across(scene);
        stage.setScene(scene);
        stage.show();
    }

    private boolean wholeInView(Node node) {
        Bounds view = scroller.localToScene(scroller.getLayoutBounds());
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY();
    }

    private void focus(FxRobot robot, Node node) {
        robot.interact(node::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFieldFocusedBelowTheViewIsScrolledIntoItAndBackUp(FxRobot robot) {
        assertThat(wholeInView(fields.get(20))).isFalse();
        focus(robot, fields.get(20));
        assertThat(wholeInView(fields.get(20))).as("scrolled down to it").isTrue();
        focus(robot, fields.get(0));
        assertThat(wholeInView(fields.get(0))).as("and up again").isTrue();
        assertThat(scroller.getVvalue()).isEqualTo(scroller.getVmin());
    }

    @Test
    void aClickIsNotFollowed(FxRobot robot) {
        focus(robot, fields.get(0));
        double before = scroller.getVvalue();
        robot.clickOn(fields.get(3)); // shown whole already: a click moves nothing; then a key press
        robot.interact(() -> fields.get(9).requestFocus()); // focus given right after a click, before any key
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroller.getVvalue()).as("the last input was the mouse").isEqualTo(before);
        robot.type(KeyCode.TAB); // the keyboard again: followed
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wholeInView(fields.get(10))).isTrue();
    }

    @Test
    void aTallListShownInPartIsNotMovedWhenFocused(FxRobot robot) {
        focus(robot, fields.get(29)); // the list's top shows below the last field
        double before = scroller.getVvalue();
        focus(robot, list);
        assertThat(scroller.getVvalue()).isEqualTo(before);
    }
}
