package backoffice.app.shell;

import static backoffice.testsupport.ConsoleUiKit.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import backoffice.testsupport.ConsoleExtension;
import backoffice.testsupport.ConsoleUiKit;
import backoffice.testsupport.WindowPixels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drop-downs and menus in dark, light and dark again (switched live): each pop-up fills its window with the theme's
 * colours to the edges. Primer's drop shadow left a transparent margin round every pop-up, which a window manager
 * without compositing paints white: a white frame round each drop-down in the dark theme.
 */
@ExtendWith(ConsoleExtension.class)
class PopupThemeTest {

    @Test
    void popUpsArePaintedInTheThemeToTheirEdges(FxRobot robot, ConsoleUiKit kit) throws Exception {
        List<String> problems = new ArrayList<>();
        for (boolean dark : new boolean[] {true, false, true}) {
            robot.interact(() -> kit.console.shellViewModel().darkThemeProperty().set(dark));
            String theme = dark ? "dark: " : "light: ";
            ConsoleUiKit.pane(robot, KeyCode.DIGIT8, "#journalOperation");
            robot.clickOn("#journalOperation"); // a ChoiceBox: its list is a context menu
            check(robot, dark, theme + "choice box", problems);
            ConsoleUiKit.pane(robot, KeyCode.DIGIT4, "#pane-STATEMENTS");
            Node combo = robot.lookup("#pane-STATEMENTS .combo-box-base").queryAll().stream()
                    .filter(n -> n instanceof ComboBoxBase<?> && n.isVisible()).findFirst().orElseThrow();
            robot.interact(() -> ((ComboBoxBase<?>) combo).show());
            check(robot, dark, theme + "combo box", problems);
            robot.clickOn(".menu-bar .menu"); // File: a menu
            check(robot, dark, theme + "menu", problems);
        }
        problems.forEach(System.out::println);
        assertThat(problems).isEmpty();
    }

    private static void check(FxRobot robot, boolean dark, String what, List<String> problems) throws Exception {
        waitUntil(() -> popup().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing() && w.getScene() != null)
                .forEach(w -> WindowPixels.unlike(w, dark).ifPresent(p -> problems.add(what + ": " + p))));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> popup().isEmpty());
    }

    private static Optional<Window> popup() {
        return Window.getWindows().stream().filter(w -> w instanceof PopupWindow && !(w instanceof Tooltip)
                && w.isShowing()).findFirst();
    }
}
