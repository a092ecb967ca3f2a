package backoffice.app.flows;

import static backoffice.testsupport.ConsoleUiKit.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.shell.PaneId;
import backoffice.app.ui.NodeTree;
import backoffice.testsupport.ConsoleExtension;
import backoffice.testsupport.ConsoleUiKit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The navigation column (click, arrows, shortcuts, one entry always held down) and the notice over the panes. */
@ExtendWith(ConsoleExtension.class)
class ShellNavigationFlowTest {

    private static boolean held(FxRobot robot, PaneId pane) {
        return robot.lookup("#nav-" + pane.name()).queryAs(ToggleButton.class).isSelected();
    }

    private static long heldCount(FxRobot robot) {
        return robot.lookup(".console-nav .toggle-button").queryAllAs(ToggleButton.class).stream()
                .filter(ToggleButton::isSelected).count();
    }

    @Test
    void clicksArrowsAndShortcutsMoveTheOneSelectedEntry(FxRobot robot, ConsoleUiKit kit) {
        PaneId first = kit.console.shellViewModel().selectedProperty().get();
        assertThat(held(robot, first)).isTrue();
        assertThat(heldCount(robot)).isEqualTo(1);

        robot.clickOn("#nav-CARDS");
        assertThat(kit.console.shellViewModel().selectedProperty().get()).isEqualTo(PaneId.CARDS);
        assertThat(robot.lookup("#pane-CARDS").tryQuery()).isPresent();
        robot.clickOn("#nav-CARDS"); // clicking the held entry again keeps it held
        assertThat(held(robot, PaneId.CARDS)).isTrue();
        assertThat(heldCount(robot)).isEqualTo(1);

        robot.type(KeyCode.DOWN);
        assertThat(kit.console.shellViewModel().selectedProperty().get()).isEqualTo(PaneId.SPEND_RULES);
        assertThat(robot.lookup("#nav-SPEND_RULES").queryAs(Node.class).isFocused()).isTrue();
        robot.type(KeyCode.UP).type(KeyCode.UP);
        assertThat(kit.console.shellViewModel().selectedProperty().get()).isEqualTo(PaneId.IMPERSONATION);

        robot.clickOn("#nav-" + PaneId.values()[0].name()).type(KeyCode.UP); // nothing above the first entry
        assertThat(kit.console.shellViewModel().selectedProperty().get()).isEqualTo(PaneId.values()[0]);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT8).release(KeyCode.CONTROL);
        assertThat(held(robot, PaneId.JOURNAL)).isTrue();
        assertThat(heldCount(robot)).isEqualTo(1);
    }

    private static boolean focusedIn(FxRobot robot, String paneId) {
        Node pane = robot.lookup("#" + paneId).query();
        return NodeTree.inside(pane, pane.getScene().getFocusOwner());
    }

    @Test
    void aPaneOpenedFromAnotherTakesTheFocusAndQuickFindGivesItBack(FxRobot robot, ConsoleUiKit kit) throws Exception {
        ConsoleUiKit.pane(robot, KeyCode.DIGIT4); // focus in a Statements field
        assertThat(focusedIn(robot, "pane-STATEMENTS")).isTrue();
        // another pane opens it (a card from the workspace, a quick-find result): the focus goes with it, not to
        // the navigation or nowhere
        robot.interact(() -> kit.console.shellViewModel().select(PaneId.CARDS));
        waitUntil(() -> focusedIn(robot, "pane-CARDS"));

        Node before = robot.lookup("#pane-CARDS").query().getScene().getFocusOwner();
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitUntil(() -> !focusedIn(robot, "pane-CARDS"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> before.isFocused()); // back where it was
    }

    @Test
    void aNoticeShowsOverThePanesAndCanBeClosed(FxRobot robot, ConsoleUiKit kit) throws Exception {
        PaneId shown = kit.console.shellViewModel().selectedProperty().get();
        Node pane = robot.lookup("#pane-" + shown.name()).query();
        double top = pane.localToScene(pane.getLayoutBounds()).getMinY();
        robot.interact(() -> kit.console.session().notifier().info("Card 42 blocked."));
        Node bar = robot.lookup("#notice").query();
        assertThat(bar.isVisible()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.localToScene(pane.getLayoutBounds()).getMinY()).as("information does not push the pane down")
                .isEqualTo(top);
        assertThat(robot.lookup("#noticeText").queryAs(Label.class).getText()).isEqualTo("Card 42 blocked.");
        assertThat(robot.lookup("#statusText").queryAs(Label.class).getText()).isEqualTo("Card 42 blocked.");
        assertThat(bar.isMouseTransparent()).as("a click on information reaches the pane below").isTrue();
        robot.interact(() -> kit.console.session().notifier().warn("Card 42 could not be read."));
        WaitForAsyncUtils.waitForFxEvents();
        Node warning = robot.lookup("#notice").queryAll().stream().filter(n -> !n.isMouseTransparent())
                .findFirst().orElseThrow(); // a warning waits for its ✕
        waitUntil(() -> !bar.isVisible()); // one notice at a time
        assertThat(pane.localToScene(pane.getLayoutBounds()).getMinY()).as("a warning sits above the pane")
                .isGreaterThan(top);
        robot.clickOn("#noticeClose");
        waitUntil(() -> !warning.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#statusText").queryAs(Label.class).getText()).isEqualTo("⚠ Card 42 could not be read.");
    }
}
