package backoffice.app.shell;

import static backoffice.testsupport.ConsoleUiKit.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.ui.TableFit;
import backoffice.client.model.IdentityType;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.ConsoleExtension;
import backoffice.testsupport.ConsoleUiKit;
import backoffice.testsupport.SandboxFixture;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every pane at 1024x700 and 1366x768, light and then dark (switched live), as an agent sees it: no button or label
 * text cut to "…", no table showing fewer than 8 rows, no control outside its pane, and text that follows the theme.
 * One stage, resized; the console is impersonating, so panes show their working state: once empty, once with the
 * demo seed's card, statement, transfer instruments, bulk, journal and workspace loaded.
 */
@ExtendWith(ConsoleExtension.class)
class PaneLayoutTest {

    private static final int MIN_ROWS = 8;
    private static final String NORTHWIND = "110170049121026001";
    private static final String CARD = "110170049121026027";
    private static final String ACCOUNT = "110170049121026015";
    private static final String RESERVE = "110170049121026018";

    private ConsoleUiKit kit;
    private Stage stage;

    /** The console {@link ConsoleExtension} shows for each test, and the window it is in. */
    @BeforeEach
    void console(ConsoleUiKit kit, Stage stage) {
        this.kit = kit;
        this.stage = stage;
    }

    @Test
    void everyEmptyPaneFitsBothSizesInBothThemes(FxRobot robot) throws Exception {
        Identity owner = SandboxFixture.identity(kit.embedded.ensureStarted().state(), IdentityType.CORPORATE, 1);
        kit.impersonate(robot, owner);
        List<String> problems = inspectEveryPane(robot);
        problems.forEach(System.out::println);
        assertThat(problems).isEmpty();
    }

    /**
     * The same with the demo seed's working state loaded, as in a call: Northwind's fleet card in Cards and Spend
     * rules, its account's statement, a transfer's two instruments checked, a bulk watched with its operations, the
     * journal holding those actions and the workspace its discovered instruments.
     */
    @Test
    void everyPaneWithDemoDataFitsBothSizesInBothThemes(FxRobot robot) throws Exception {
        Identity northwind = kit.embedded.ensureStarted().state().identities().stream()
                .filter(i -> i.id().equals(NORTHWIND)).findFirst().orElseThrow();
        kit.impersonate(robot, northwind);
        waitUntil(() -> !table(robot, "#workspaceTable").getItems().isEmpty());
        load(robot, KeyCode.DIGIT4, ACCOUNT);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !table(robot, "#statementTable")
                .getItems().isEmpty() && robot.lookup("#statementCancel").query().isDisabled()); // 10,000+ rows
        load(robot, KeyCode.DIGIT2, CARD);
        waitUntil(() -> !robot.lookup("#cardDetails").queryParent().getChildrenUnmodifiable().isEmpty());
        load(robot, KeyCode.DIGIT3, CARD);
        waitUntil(() -> !ConsoleUiKit.text(robot, "#rulesCard").isBlank());
        load(robot, KeyCode.DIGIT5, ACCOUNT);
        robot.clickOn("#destinationId").write(RESERVE).type(KeyCode.ENTER);
        waitUntil(() -> !ConsoleUiKit.text(robot, "#sourceSummary").isBlank()
                && !ConsoleUiKit.text(robot, "#destinationSummary").isBlank());
        ConsoleUiKit.pane(robot, KeyCode.DIGIT6);
        waitUntil(() -> table(robot, "#bulkTable").getItems().size() >= 3);
        robot.interact(() -> table(robot, "#bulkTable").getSelectionModel().select(0));
        waitUntil(() -> !table(robot, "#operationTable").getItems().isEmpty());
        ConsoleUiKit.pane(robot, KeyCode.DIGIT8);
        waitUntil(() -> table(robot, "#journalTable").getItems().size() >= 1);
        List<String> problems = inspectEveryPane(robot);
        problems.forEach(System.out::println);
        assertThat(problems).isEmpty();
    }

    /** A pane's shortcut focuses its first field: the id is typed there and Enter sent, as an agent does. */
    private static void load(FxRobot robot, KeyCode digit, String id) {
        ConsoleUiKit.pane(robot, digit);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.CONTROL, KeyCode.A).write(id).type(KeyCode.ENTER);
    }

    private static Parent root(FxRobot robot, PaneId pane) {
        return (Parent) robot.lookup("#pane-" + pane.name()).query();
    }

    private static TableView<?> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private List<String> inspectEveryPane(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> kit.console.shellViewModel().darkThemeProperty().set(dark));
            for (int[] size : new int[][] {{1024, 700}, {1366, 768}}) {
                ConsoleUiKit.resize(robot, stage, size[0], size[1]);
                for (PaneId pane : PaneId.values()) {
                    robot.interact(() -> kit.console.shellViewModel().select(pane));
                    waitUntil(() -> robot.lookup("#pane-" + pane.name()).tryQuery().isPresent());
                    for (int frame = 0; frame < 3; frame++) { // what a pane adjusts after a layout, it has by now
                        robot.interact(() -> {
                            root(robot, pane).getScene().getRoot().applyCss();
                            root(robot, pane).getScene().getRoot().layout();
                        });
                        WaitForAsyncUtils.waitForFxEvents();
                    }
                    robot.interact(() -> {
                        Parent root = root(robot, pane);
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
        return problems;
    }

    private static void inspect(Parent pane, Node node, boolean dark, String where, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && (TableFit.isCut(l) || wrappedCut(l))) {
            problems.add(where + "text cut: \"" + l.getText() + "\" (" + id(l) + ")");
        }
        if (node instanceof Label l && l.getText() != null && !l.getText().isBlank()
                && wrongForTheme(l, dark)) { // buttons may be white on accent: labels follow the theme
            problems.add(where + "text colour " + l.getTextFill() + " unreadable in this theme (" + id(l) + ")");
        }
        if (node instanceof ButtonBase b && b.isDisabled()
                && (b.getStyleClass().contains("accent") || b.getStyleClass().contains("danger"))
                && (b.getTextFill() instanceof Color c) && (dark ? luminance(c) < 0.25 : luminance(c) > 0.75)) {
            problems.add(where + "disabled " + id(b) + " \"" + b.getText() + "\" keeps its label colour "
                    + c + " (a faded white-on-accent label is unreadable; off is drawn as any disabled button)");
        }
        if (node instanceof TableView<?> t && visibleRows(t) < MIN_ROWS) {
            problems.add(where + "table " + id(t) + " shows " + visibleRows(t) + " rows");
        }
        if (node instanceof TableView<?> t && hiddenColumns(t)) {
            problems.add(where + "table " + id(t) + " has columns past its right edge and no scroll bar to reach them ("
                    + t.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum() + " px in "
                    + t.getWidth() + ")");
        }
        if (node instanceof TableView<?> t) {
            cutCells(t).forEach(cell -> problems.add(where + "table " + id(t) + " cuts " + cell));
        }
        if (node instanceof Region r && !insideScroller(pane, r) && overflows(pane, r)) {
            problems.add(where + id(r) + " overflows its pane");
        }
        if (node instanceof ScrollPane || node instanceof TableView || node instanceof ListView
                || (node instanceof TitledPane tp && !tp.isExpanded())) {
            return; // their insides scroll or are folded away
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                inspect(pane, child, dark, where, problems);
            }
        }
    }

    /**
     * Short values (ids, states, times, amounts: up to {@link TableFit#SHORT} characters) are read whole or not at
     * all, so no visible cell may cut one; long free text (a description) may end in "…" with its tooltip. One per column.
     */
    private static List<String> cutCells(TableView<?> t) {
        List<String> cut = new ArrayList<>();
        Set<Object> columns = new HashSet<>();
        for (Node n : t.lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> cell && cell.isVisible() && !cell.isEmpty()
                    && cell.getText() != null && cell.getText().length() <= TableFit.SHORT && TableFit.isCut(cell)
                    && columns.add(cell.getTableColumn())) {
                cut.add("\"" + cell.getText() + "\" in column " + cell.getTableColumn().getText());
            }
        }
        for (Node n : t.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader h && h.isVisible()
                    && h.getTableColumn() != null && h.lookup(".label") instanceof Labeled title
                    && TableFit.isCut(title)) {
                cut.add("the title \"" + title.getText() + "\"");
            }
        }
        return cut;
    }

    /** A label that wraps is cut when its lines do not fit its height: the skin then ends the last one in "...". */
    private static boolean wrappedCut(Labeled l) {
        if (!l.isWrapText() || l.getText() == null || l.getText().isBlank()) {
            return false;
        }
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.getStyleClass().contains("text")) {
                return !shown.getText().equals(l.getText());
            }
        }
        return false;
    }

    private static boolean hiddenColumns(TableView<?> t) {
        double columns = t.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        boolean bar = t.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar b
                && b.isVisible() && b.getOrientation() == Orientation.HORIZONTAL);
        return !t.getItems().isEmpty() && columns > t.getWidth() + 2 && !bar;
    }

    private static boolean wrongForTheme(Labeled l, boolean dark) {
        Paint fill = l.getTextFill();
        if (!(fill instanceof Color c) || l.getParent() == null || l.isDisabled()) {
            return false;
        }
        return dark ? luminance(c) < 0.25 : luminance(c) > 0.75;
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
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
