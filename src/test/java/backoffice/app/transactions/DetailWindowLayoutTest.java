package backoffice.app.transactions;

import static backoffice.testsupport.ConsoleUiKit.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import backoffice.app.Messages;
import backoffice.app.ui.TableFit;
import backoffice.client.model.Transfer;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.ConsoleExtension;
import backoffice.testsupport.ConsoleUiKit;
import backoffice.testsupport.WindowPixels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A transfer's detail window, opened from quick find as an agent does, in light and dark (switched live, both ways,
 * with the window open and opened afresh): it opens at the size its content asks for (not 200x200), on the screen,
 * with no label or button cut ("Cop…", "Open in Cards"), painted in the theme to its edges; made small by the agent,
 * its values narrow and scroll while labels and buttons stay whole; and the next one opens at the agent's size.
 */
@ExtendWith(ConsoleExtension.class)
class DetailWindowLayoutTest {

    private static final String NORTHWIND = "110170049121026001";

    @Test
    void theDetailWindowShowsItsWholeContentInBothThemes(FxRobot robot, ConsoleUiKit kit) throws Exception {
        Identity northwind = kit.server().state().identities().stream()
                .filter(i -> i.id().equals(NORTHWIND)).findFirst().orElseThrow();
        kit.impersonate(robot, northwind);
        waitUntil(() -> !kit.console.workspace().recentTransfers().isEmpty());
        Transfer transfer = kit.console.workspace().recentTransfers().get(0);

        List<String> problems = new ArrayList<>();
        Stage detail = open(robot, transfer);
        inspect(robot, detail, false, "light, opened", problems);
        for (boolean dark : new boolean[] {true, false, true}) {
            robot.interact(() -> kit.console.shellViewModel().darkThemeProperty().set(dark));
            inspect(robot, detail, dark, (dark ? "dark" : "light") + ", switched live", problems);
        }
        robot.interact(detail::close);
        detail = open(robot, transfer);
        inspect(robot, detail, true, "dark, opened", problems);
        problems.forEach(System.out::println);
        assertThat(problems).isEmpty();

        // the agent makes it small: values narrow and scroll, labels and buttons keep their whole text
        Stage small = detail;
        robot.interact(() -> {
            small.setWidth(360);
            small.setHeight(260);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            small.getScene().getRoot().applyCss();
            small.getScene().getRoot().layout();
            assertThat(cut(small.getScene().getRoot())).isEmpty();
        });
        // ... and the next detail window opens at the size the agent gave the last one
        robot.interact(() -> {
            small.setWidth(820);
            small.setHeight(500);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] chosen = new double[2];
        robot.interact(() -> {
            chosen[0] = small.getScene().getWidth();
            chosen[1] = small.getScene().getHeight();
            small.close();
        });
        Stage next = open(robot, transfer);
        robot.interact(() -> {
            assertThat(next.getScene().getWidth()).isEqualTo(chosen[0], offset(1.0));
            assertThat(next.getScene().getHeight()).isEqualTo(chosen[1], offset(1.0));
            next.close();
        });
    }

    /** Quick find (Ctrl+K), the transfer's id, Enter: its detail window (the same transfer again opens it again). */
    private static Stage open(FxRobot robot, Transfer transfer) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.K).push(KeyCode.CONTROL, KeyCode.A).write(transfer.id());
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> detailWindow().isPresent());
        return detailWindow().orElseThrow();
    }

    private static Optional<Stage> detailWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && w.isShowing()
                && Messages.get("detail.title").equals(s.getTitle())).map(w -> (Stage) w).findFirst();
    }

    private static void inspect(FxRobot robot, Stage detail, boolean dark, String when, List<String> problems) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Parent root = detail.getScene().getRoot();
            root.applyCss();
            root.layout();
            if (detail.getScene().getWidth() < root.prefWidth(-1) - 1
                    || detail.getScene().getHeight() < root.prefHeight(detail.getScene().getWidth()) - 1) {
                problems.add(when + ": opened at " + detail.getScene().getWidth() + "x"
                        + detail.getScene().getHeight() + ", smaller than its content "
                        + root.prefWidth(-1) + "x" + root.prefHeight(-1));
            }
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            if (detail.getX() < screen.getMinX() || detail.getY() < screen.getMinY()
                    || detail.getX() + detail.getWidth() > screen.getMaxX() + 1
                    || detail.getY() + detail.getHeight() > screen.getMaxY() + 1) {
                problems.add(when + ": off the screen");
            }
            cut(root).forEach(text -> problems.add(when + ": cut \"" + text + "\""));
            if (root.lookupAll(".button").stream().noneMatch(n -> n instanceof Button b
                    && b.getText().equals(Messages.get("detail.openCard"))
                    || n instanceof Button c && c.getText().equals(Messages.get("detail.openAccount")))) {
                problems.add(when + ": no button opens the transfer's source or destination");
            }
            for (Node n : root.lookupAll(".text-field")) {
                if (n instanceof TextField f && f.getWidth() < f.prefWidth(-1) - 1) {
                    problems.add(when + ": value \"" + f.getText() + "\" narrowed to " + f.getWidth());
                }
            }
            WindowPixels.unlike(detail, dark).ifPresent(p -> problems.add(when + ": " + p));
        });
    }

    private static List<String> cut(Node node) {
        List<String> cut = new ArrayList<>();
        if (node instanceof Labeled l && l.isVisible() && TableFit.isCut(l)) {
            cut.add(l.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> cut.addAll(cut(child)));
        }
        return cut;
    }
}
