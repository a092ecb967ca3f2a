package backoffice.app.shell;

import static backoffice.testsupport.ConsoleUiKit.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.model.IdentityType;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.ConsoleUiKit;
import backoffice.testsupport.SandboxFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every pane at 1024x700 and 1366x768, light and then dark (switched live), as an agent sees it: no button or label
 * text cut to "…", no table showing fewer than 8 rows, no control outside its pane, and text that follows the theme.
 * One stage, resized; the console is impersonating, so panes show their working state.
 */
@ExtendWith(ApplicationExtension.class)
class PaneLayoutTest {

    private static final int MIN_ROWS = 8;

    @TempDir
    static Path home;

    private ConsoleUiKit kit;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        kit = new ConsoleUiKit(home.resolve("layout-" + System.nanoTime()));
        kit.show(stage, ConsoleUiKit.NO_KEYCHAIN);
    }

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void everyPaneFitsBothSizesInBothThemes(FxRobot robot) throws Exception {
        Identity owner = SandboxFixture.identity(kit.embedded.ensureStarted().state(), IdentityType.CORPORATE, 1);
        kit.impersonate(robot, owner);
        List<String> problems = new ArrayList<>();
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> kit.console.shellViewModel().darkThemeProperty().set(dark));
            for (int[] size : new int[][] {{1024, 700}, {1366, 768}}) {
                robot.interact(() -> {
                    stage.setX(0);
                    stage.setY(0);
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                for (PaneId pane : PaneId.values()) {
                    robot.interact(() -> kit.console.shellViewModel().select(pane));
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> {
                        Parent root = (Parent) robot.lookup("#pane-" + pane.name()).query();
                        root.getScene().getRoot().applyCss();
                        root.getScene().getRoot().layout();
                        String where = pane + " " + size[0] + "x" + size[1] + (dark ? " dark" : " light") + ": ";
                        inspect(root, root, dark, where, problems);
                        if (root.getParent() != null && root.getParent().getParent() instanceof ScrollPane sp
                                && root.getLayoutBounds().getWidth() > sp.getViewportBounds().getWidth() + 1) {
                            problems.add(where + "the pane is wider than the window (scrolls sideways)");
                        }
                    });
                }
            }
        }
        waitUntil(() -> true);
        problems.forEach(System.out::println);
        assertThat(problems).isEmpty();
    }

    private static void inspect(Parent pane, Node node, boolean dark, String where, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && truncated(l)) {
            problems.add(where + "text cut: \"" + l.getText() + "\" (" + id(l) + ")");
        }
        if (node instanceof javafx.scene.control.Label l && l.getText() != null && !l.getText().isBlank()
                && wrongForTheme(l, dark)) { // buttons may be white on accent: labels follow the theme
            problems.add(where + "text colour " + l.getTextFill() + " unreadable in this theme (" + id(l) + ")");
        }
        if (node instanceof TableView<?> t && visibleRows(t) < MIN_ROWS) {
            problems.add(where + "table " + id(t) + " shows " + visibleRows(t) + " rows");
        }
        if (node instanceof Region r && !insideScroller(pane, r) && overflows(pane, r)) {
            problems.add(where + id(r) + " overflows its pane");
        }
        if (node instanceof ScrollPane || node instanceof TableView || node instanceof javafx.scene.control.ListView
                || (node instanceof TitledPane tp && !tp.isExpanded())) {
            return; // their insides scroll or are folded away
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                inspect(pane, child, dark, where, problems);
            }
        }
    }

    /** The skin shows the text through a LabeledText; when it differs from the text, the text was cut. */
    private static boolean truncated(Labeled l) {
        if (l.getText() == null || l.getText().isEmpty() || l.isWrapText()) {
            return false;
        }
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.getStyleClass().contains("text")) {
                return !shown.getText().equals(l.getText());
            }
        }
        return false;
    }

    private static boolean wrongForTheme(Labeled l, boolean dark) {
        Paint fill = l.getTextFill();
        if (!(fill instanceof Color c) || l.getParent() == null || l.isDisabled()) {
            return false;
        }
        double luminance = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return dark ? luminance < 0.25 : luminance > 0.75;
    }

    private static int visibleRows(TableView<?> t) {
        Node header = t.lookup(".column-header-background");
        double headerHeight = header == null ? 25 : header.getLayoutBounds().getHeight();
        Node row = t.lookup(".table-row-cell");
        double rowHeight = row == null || row.getLayoutBounds().getHeight() < 5 ? 24
                : row.getLayoutBounds().getHeight();
        return (int) Math.floor((t.getHeight() - headerHeight) / rowHeight);
    }

    private static boolean overflows(Parent pane, Region r) {
        if (r.getWidth() <= 0 || r == pane) {
            return false;
        }
        Bounds mine = r.localToScene(r.getLayoutBounds());
        Bounds area = pane.localToScene(pane.getLayoutBounds());
        return mine.getMaxX() > area.getMaxX() + 1 || mine.getMaxY() > area.getMaxY() + 1;
    }

    private static boolean insideScroller(Parent pane, Node n) {
        for (Parent up = n.getParent(); up != null && up != pane; up = up.getParent()) {
            if (up instanceof ScrollPane) {
                return true;
            }
        }
        return false;
    }

    private static String id(Node n) {
        return n.getId() != null ? "#" + n.getId() : n.getClass().getSimpleName() + " in " + (n.getParent() == null
                ? "-" : n.getParent().getId() != null ? "#" + n.getParent().getId()
                : n.getParent().getClass().getSimpleName());
    }
}
