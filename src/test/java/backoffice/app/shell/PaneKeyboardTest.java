package backoffice.app.shell;

import static backoffice.testsupport.ConsoleUiKit.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.ui.FirstFocus;
import backoffice.client.model.IdentityType;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.ConsoleExtension;
import backoffice.testsupport.ConsoleUiKit;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/** From the keyboard: a pane's shortcut puts the caret in its first field, Tab reads on, focus shows in both themes. */
@ExtendWith(ConsoleExtension.class)
class PaneKeyboardTest {

    private static Node focused(FxRobot robot) {
        return robot.listTargetWindows().get(0).getScene().getFocusOwner();
    }

    private static boolean inside(Node n, String paneId) {
        for (Node up = n; up != null; up = up.getParent()) {
            if (paneId.equals(up.getId())) {
                return true;
            }
        }
        return false;
    }

    /** Visible up to the window and not folded away in a collapsed section. */
    private static boolean shown(Node n) {
        for (Node up = n; up != null; up = up.getParent()) {
            if (!up.isVisible() || up instanceof TitledPane tp && !tp.isExpanded()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void eachShortcutFocusesThatPanesFirstFieldAndTabGoesOnInReadingOrder(FxRobot robot, ConsoleUiKit kit) throws Exception {
        Identity owner = kit.identity(IdentityType.CORPORATE, 1);
        kit.impersonate(robot, owner);
        List<String> wrong = new ArrayList<>();
        for (PaneId pane : PaneId.values()) {
            ConsoleUiKit.pane(robot, KeyCode.getKeyCode(String.valueOf(pane.digit())));
            waitUntil(() -> robot.lookup("#pane-" + pane.name()).tryQuery().isPresent());
            Node first = focused(robot);
            if (first == null || !inside(first, "pane-" + pane.name())) {
                wrong.add(pane + ": focus on " + first);
                continue;
            }
            boolean hasTextField = robot.lookup("#pane-" + pane.name()).queryParent().lookupAll(".text-input")
                    .stream().anyMatch(n -> n instanceof TextInputControl t && t.isEditable() && shown(t)
                            && !t.isDisabled());
            Node named = FirstFocus.of(robot.lookup("#pane-" + pane.name()).query());
            if (named != null) {
                if (first != named) {
                    wrong.add(pane + ": first focus on " + first + " instead of " + named);
                }
            } else if (hasTextField && !(first instanceof TextInputControl)) {
                wrong.add(pane + ": first focus on " + first + " instead of a field");
            }
        }
        assertThat(wrong).isEmpty();
        ConsoleUiKit.pane(robot, KeyCode.DIGIT7);
        assertThat(focused(robot).getId()).as("Review with nothing open: Open export…, not the empty table's search")
                .isEqualTo("reviewOpen");

        ConsoleUiKit.pane(robot, KeyCode.DIGIT2); // Cards: id field, Look up, recent cards: one row, left to right
        Bounds previous = focused(robot).localToScene(focused(robot).getLayoutBounds());
        robot.write("110170049121026027");
        for (int i = 0; i < 2; i++) {
            robot.type(KeyCode.TAB);
            Node now = focused(robot);
            Bounds b = now.localToScene(now.getLayoutBounds());
            assertThat(b.getMinY() > previous.getMaxY() || b.getMinX() > previous.getMinX())
                    .as("Tab went from %s to %s", previous, now).isTrue();
            previous = b;
        }
    }

    @Test
    void focusedTogglesAndButtonsShowAFocusRingInBothThemes(FxRobot robot, ConsoleUiKit kit) throws Exception {
        waitUntil(() -> kit.console.session().connection() != null);
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> kit.console.shellViewModel().darkThemeProperty().set(dark));
            ConsoleUiKit.pane(robot, KeyCode.DIGIT1);
            ring(robot, dark, "#identityType-CORPORATE", "#identityId");
            ConsoleUiKit.pane(robot, KeyCode.DIGIT7); // a filled (accent) button and a plain one
            ring(robot, dark, "#reviewOpen", "#reviewSearch");
            ring(robot, dark, "#reviewImportKey", "#reviewSearch");
        }
    }

    private static void ring(FxRobot robot, boolean dark, String id, String elsewhere) {
        Node control = robot.lookup(id).query();
        robot.interact(control::requestFocus);
        robot.interact(() -> control.getScene().getRoot().applyCss());
        assertThat(control.isFocused()).as(id).isTrue();
        assertThat(control.getEffect()).as("focus ring on %s, dark=%s", id, dark).isNotNull();
        Node field = robot.lookup(elsewhere).query();
        robot.interact(field::requestFocus);
        robot.interact(() -> control.getScene().getRoot().applyCss());
        assertThat(control.getEffect()).as("no ring on %s without focus", id).isNull();
    }

}
