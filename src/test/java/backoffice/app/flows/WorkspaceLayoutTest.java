package backoffice.app.flows;

import static backoffice.testsupport.ConsoleUiKit.text;
import static backoffice.testsupport.ConsoleUiKit.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.Messages;
import backoffice.app.ui.TableFit;
import backoffice.app.workspace.InstrumentRow;
import backoffice.client.model.IdentityType;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.ConsoleExtension;
import backoffice.testsupport.ConsoleUiKit;
import backoffice.testsupport.SandboxFixture;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Acting as someone, the Impersonation pane folds its form into one line so the whole workspace table is in view
 * without scrolling at 1366x768 and 1024x700; "Change…" unfolds the form with the recent list (labels next to the
 * ids), and Ctrl+1 goes straight to the workspace filter.
 */
@ExtendWith(ConsoleExtension.class)
class WorkspaceLayoutTest {

    private ConsoleUiKit kit;
    private Stage stage;

    /** The console {@link ConsoleExtension} shows for each test, and the window it is in. */
    @BeforeEach
    void console(ConsoleUiKit kit, Stage stage) {
        this.kit = kit;
        this.stage = stage;
    }

    @Test
    void theWorkspaceTableIsInViewWithoutScrollingAtBothSizes(FxRobot robot) throws Exception {
        Identity northwind = SandboxFixture.identity(kit.embedded.ensureStarted().state(), IdentityType.CORPORATE, 0);
        kit.impersonate(robot, northwind);
        waitUntil(() -> text(robot, "#workspaceStatus").contains("instruments found"));
        TableView<?> table = robot.lookup("#workspaceTable").queryAs(TableView.class);
        for (int[] size : new int[][] {{1366, 768}, {1024, 700}}) {
            ConsoleUiKit.resize(robot, stage, size[0], size[1]);
            WaitForAsyncUtils.waitForFxEvents();
            for (boolean dark : new boolean[] {true, false}) {
                robot.interact(() -> kit.console.shellViewModel().darkThemeProperty().set(dark));
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> {
                    table.getScene().getRoot().applyCss();
                    table.getScene().getRoot().layout();
                });
                WaitForAsyncUtils.waitForFxEvents(); // the columns widened to their values by now (TableFit)
                robot.interact(() -> {
                    table.getScene().getRoot().applyCss();
                    table.getScene().getRoot().layout();
                    for (String column : new String[] {"workspace.col.name", "workspace.col.state",
                            "workspace.col.balance"}) {
                        assertThat(rightEdge(table, Messages.get(column)))
                                .as("%s column's right edge at %sx%s%s", Messages.get(column), size[0], size[1],
                                        dark ? " dark" : "")
                                .isLessThanOrEqualTo(viewportWidth(table) + 1);
                    }
                });
            }
            robot.interact(() -> {
                table.getScene().getRoot().applyCss();
                table.getScene().getRoot().layout();
                ScrollPane scroller = scrollerOf(table);
                Bounds view = scroller.localToScene(scroller.getLayoutBounds());
                Bounds shown = table.localToScene(table.getLayoutBounds());
                assertThat(scroller.getVvalue()).as("%sx%s scrolled", size[0], size[1]).isZero();
                assertThat(shown.getMaxY()).as("table bottom at %sx%s", size[0], size[1])
                        .isLessThanOrEqualTo(view.getMaxY() + 1);
                assertThat(shown.getMinY()).as("table top at %sx%s", size[0], size[1])
                        .isLessThan(view.getMinY() + view.getHeight() / 2);
                assertThat(table.getItems()).hasSize(7);
            });
        }

        // an id in a table is copyable: Ctrl+C on a row (and "Copy id" in its context menu)
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(".table-row-cell").press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        String firstId = ((InstrumentRow) table.getSelectionModel().getSelectedItem())
                .known().id();
        waitUntil(() -> firstId.equals(readClipboard(robot)));
        assertThat(table.getContextMenu().getOnShowing()).isNotNull();

        // Ctrl+1 goes to the filter (the identity field is folded away); Change… unfolds the form and the recent list
        ConsoleUiKit.pane(robot, KeyCode.DIGIT1);
        waitUntil(() -> "workspaceFilter".equals(focusedId(robot)));
        assertThat(shown(robot.lookup("#identityId").query())).isFalse();
        assertThat(shown(robot.lookup("#recentPane").query())).isFalse();
        robot.clickOn("#workspaceLabel").write("Northwind Logistics").type(KeyCode.ENTER);
        robot.clickOn("#changeIdentity");
        waitUntil(() -> shown(robot.lookup("#identityId").query()) && "identityId".equals(focusedId(robot)));
        ListView<?> recent = robot.lookup("#recentList").queryAs(ListView.class);
        assertThat(shown(recent)).isTrue();
        assertThat(kit.console.session().identityLabel()).endsWith("(Northwind Logistics)");
        waitUntil(() -> robot.lookup("#recentList .list-cell").queryAll().stream()
                .anyMatch(c -> ("CORPORATE  \u00b7  " + northwind.id() + "  \u00b7  Northwind Logistics")
                        .equals(((ListCell<?>) c).getText())));
        robot.clickOn("#changeIdentity"); // "Keep this identity" folds it again
        waitUntil(() -> !shown(robot.lookup("#identityId").query()));
    }

    /**
     * Impersonated, labelled, after a call (with a long wrap-up): the summary line, the call panel's labels and
     * buttons are whole, the pane does not scroll sideways, and the wrap-up shows about 12 lines, at both sizes.
     */
    @Test
    void theCallPanelIsWholeOnceLabelledAndTheCallEnded(FxRobot robot) throws Exception {
        Identity northwind = SandboxFixture.identity(kit.embedded.ensureStarted().state(), IdentityType.CORPORATE, 0);
        kit.impersonate(robot, northwind);
        waitUntil(() -> text(robot, "#workspaceStatus").contains("instruments found"));
        robot.clickOn("#workspaceLabel").write("Northwind Logistics").type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#currentIdentity").contains("(Northwind Logistics)"));
        waitUntil(() -> !robot.lookup("#endCall").queryButton().isDisabled()); // started on impersonating
        robot.clickOn("#callNotes").write("Card 2362 stolen; blocked it, replacement ordered, customer to call back.");
        robot.clickOn("#endCall");
        waitUntil(() -> text(robot, "#callStatus").contains("ended"));
        Node workspace = robot.lookup("#workspace").query();
        TextArea wrap = robot.lookup("#wrapUp").queryAs(TextArea.class);
        for (int[] size : new int[][] {{1366, 768}, {1024, 700}}) {
            ConsoleUiKit.resize(robot, stage, size[0], size[1]);
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                workspace.getScene().getRoot().applyCss();
                workspace.getScene().getRoot().layout();
                ScrollPane scroller = scrollerOf(workspace);
                assertThat(scroller.getContent().getLayoutBounds().getWidth()).as("pane width at %sx%s", size[0],
                        size[1]).isLessThanOrEqualTo(scroller.getViewportBounds().getWidth() + 1);
                for (String id : new String[] {"#identitySummary", "#changeIdentity", "#clearImpersonation",
                        "#autoStartCall", "#callStatus", "#startCall", "#endCall", "#copyWrapUp",
                        "#copyWrapUpMarkdown"}) {
                    Node n = robot.lookup(id).query();
                    for (Node l : n instanceof Parent p ? p.lookupAll(".label") : List.of(n)) {
                        if (l instanceof Labeled labeled && shown(l)) {
                            assertThat(TableFit.isCut(labeled)).as("%s '%s' cut at %sx%s", id, labeled.getText(),
                                    size[0], size[1]).isFalse();
                        }
                    }
                    Bounds b = n.localToScene(n.getLayoutBounds());
                    assertThat(b.getMaxX()).as("%s right edge at %sx%s", id, size[0], size[1])
                            .isLessThanOrEqualTo(workspace.getScene().getWidth());
                }
                Text line = new Text("X");
                line.setFont(wrap.getFont());
                double lines = (wrap.getHeight() - wrap.snappedTopInset() - wrap.snappedBottomInset())
                        / line.getLayoutBounds().getHeight();
                assertThat(lines).as("wrap-up lines at %sx%s", size[0], size[1]).isGreaterThanOrEqualTo(11.5);
            });
        }
    }

    /**
     * Where the column ends, from the table's left edge, with the table scrolled to its left: the columns an agent
     * reads first must be whole in view without scrolling sideways ("BLOCKED (SY" was cut by the edge at 1024x700).
     */
    private static double rightEdge(TableView<?> table, String title) {
        double x = 0;
        for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
            x += c.getWidth();
            if (title.equals(c.getText())) {
                return x;
            }
        }
        throw new AssertionError("no column " + title);
    }

    /** The table's width for its rows: less its borders and the vertical scroll bar when one shows. */
    private static double viewportWidth(TableView<?> table) {
        double bar = table.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar b && b.isVisible()
                && b.getOrientation() == Orientation.VERTICAL).mapToDouble(n -> ((ScrollBar) n).getWidth()).sum();
        return table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - bar;
    }

    private static String readClipboard(FxRobot robot) {
        String[] text = {null};
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    private static String focusedId(FxRobot robot) {
        Node n = robot.targetWindow(robot.listTargetWindows().get(0)).lookup("#workspace").query().getScene()
                .getFocusOwner();
        return n == null ? null : n.getId();
    }

    /** Visible with all its parents (a folded-away row hides what is in it). */
    static boolean shown(Node n) {
        for (Node up = n; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static ScrollPane scrollerOf(Node n) {
        for (Parent up = n.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane sp) {
                return sp;
            }
        }
        throw new AssertionError("the pane is not in a scroller");
    }
}
