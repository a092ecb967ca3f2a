package backoffice.app.statements;

import static backoffice.testsupport.ConsoleUiKit.text;
import static backoffice.testsupport.ConsoleUiKit.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.ui.DatePresets;
import backoffice.export.StatementLine;
import backoffice.testsupport.ConsoleExtension;
import backoffice.testsupport.ConsoleUiKit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Statements pane as a support agent on a call sees it on a small screen: Northwind's account ending 6015, last
 * month, a payment found and the statement reloaded with a type chosen.
 */
@ExtendWith(ConsoleExtension.class)
class StatementsPaneTest {

    private static final String NORTHWIND = "110170049121026001";
    private static final String ACCOUNT = "110170049121026015";

    @Test
    void atTheSmallestWindowTheTableAndEightRowsShowWithoutScrolling(FxRobot robot, ConsoleUiKit kit, Stage stage)
            throws Exception {
        for (int[] size : new int[][] {{1024, 700}, {1366, 768}}) {
            ConsoleUiKit.resize(robot, stage, size[0], size[1]);
            loadLastMonth(robot, kit);
            robot.interact(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
            TableView<?> table = robot.lookup("#statementTable").queryAs(TableView.class);
            ScrollPane scroller = scroller(table);
            Bounds viewport = scroller.localToScene(scroller.getViewportBounds());
            Bounds t = table.localToScene(table.getLayoutBounds());
            double header = table.lookup(".column-header-background").getLayoutBounds().getHeight();
            double visible = Math.min(viewport.getMaxY(), t.getMaxY()) - t.getMinY() - header;
            String where = size[0] + "x" + size[1] + ": ";
            assertThat(scroller.getVvalue()).isZero();
            assertThat(t.getMinY()).as(where + "the table's top is in the window").isLessThan(viewport.getMaxY());
            assertThat(visible / table.getFixedCellSize()).as(where + "rows visible without scrolling")
                    .isGreaterThanOrEqualTo(size[0] == 1024 ? 8 : 10); // 8 before the chart gave way
            for (String id : new String[] {"#statementFrom", "#statementTo"}) {
                TextField editor = robot.lookup(id).queryAs(DatePicker.class).getEditor();
                assertThat(fits(editor, "yyyy-mm-dd") && fits(editor, "2026-11-30")).as(where + id + " shows a whole date")
                        .isTrue();
            }
        }
    }

    @Test
    void aReloadWithASearchAndATypeKeepsBothAndCanBeExported(FxRobot robot, ConsoleUiKit kit, Stage stage)
            throws Exception {
        ConsoleUiKit.resize(robot, stage, 1024, 700);
        loadLastMonth(robot, kit);
        assertThat(robot.lookup("#statementPresets").queryAs(Labeled.class).getText()).isEqualTo("Last month");
        @SuppressWarnings("unchecked")
        ComboBox<String> type = robot.lookup("#statementType").queryAs(ComboBox.class);
        assertThat(type.getButtonCell().getText()).isEqualTo("All types");
        robot.clickOn("#statementSearch").write("Lufthansa");
        robot.interact(() -> type.getSelectionModel().select("SETTLEMENT"));
        int shown = robot.lookup("#statementTable").queryAs(TableView.class).getItems().size();
        assertThat(shown).isPositive();

        robot.clickOn("#statementLoad");
        waitUntil(() -> text(robot, "#statementStatus").startsWith("Loaded "));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(type.getValue()).isEqualTo("SETTLEMENT");
        assertThat(type.getButtonCell().getText()).isEqualTo("SETTLEMENT");
        assertThat(robot.lookup("#statementTable").queryAs(TableView.class).getItems()).hasSize(shown);
        assertThat(robot.lookup("#statementExport").queryAs(Node.class).isDisabled()).as("Export after the reload")
                .isFalse();
    }

    @Test
    void aSearchInForceIsNamedBesideTheCountAndClearedInOneKeyAndEditedDatesSayLoadToApply(FxRobot robot,
            ConsoleUiKit kit, Stage stage) throws Exception {
        ConsoleUiKit.resize(robot, stage, 1024, 700);
        loadLastMonth(robot, kit);
        Node clear = robot.lookup("#statementClearFilter").query();
        assertThat(clear.isVisible()).isFalse();
        robot.clickOn("#statementSearch").write("Lufthansa");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#statementSummary")).contains("filtered by \u201cLufthansa\u201d");
        assertThat(clear.isVisible()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#statementSearch").queryAs(TextField.class).getText()).isEmpty();
        assertThat(text(robot, "#statementSummary")).doesNotContain("filtered");
        robot.write("Lufthansa");
        robot.clickOn("#statementClearFilter");
        assertThat(robot.lookup("#statementSearch").queryAs(TextField.class).getText()).isEmpty();

        Node changed = robot.lookup("#statementFieldsChanged").query();
        Button load = robot.lookup("#statementLoad").queryAs(Button.class);
        assertThat(changed.isVisible() || load.isDefaultButton()).isFalse();
        DatePicker from = robot.lookup("#statementFrom").queryAs(DatePicker.class);
        robot.clickOn("#statementPresets").clickOn("#statementPreset-LAST_7_DAYS"); // a preset loads at once
        LocalDate weekAgo = DatePresets.LAST_7_DAYS.range(LocalDate.now()).from();
        waitUntil(() -> weekAgo.equals(from.getValue()) && !changed.isVisible()
                && text(robot, "#statementStatus").startsWith("Loaded "));
        robot.interact(() -> from.setValue(weekAgo.plusDays(1))); // a date changed by hand waits for Load
        assertThat(changed.isVisible()).as("Dates changed - Load to apply").isTrue();
        assertThat(load.isDefaultButton()).isTrue();
        assertThat(changed.localToScene(changed.getLayoutBounds()).getMaxX())
                .isLessThanOrEqualTo(stage.getScene().getWidth());
        robot.clickOn("#statementFrom").type(KeyCode.ENTER); // Enter applies them
        waitUntil(() -> !changed.isVisible() && text(robot, "#statementStatus").startsWith("Loaded "));
    }

    @Test
    void ctrlFGoesToTheSearchAndABackwardsRangeCannotBeLoaded(FxRobot robot, ConsoleUiKit kit, Stage stage)
            throws Exception {
        ConsoleUiKit.resize(robot, stage, 1024, 700);
        loadLastMonth(robot, kit);
        assertThat(robot.lookup("#statementLoad").queryAs(Button.class).isFocused())
                .as("Load, clicked, has the focus again once the load is over (not Export or More filters)").isTrue();
        TextField search = robot.lookup("#statementSearch").queryAs(TextField.class);
        robot.interact(() -> search.setText("Lufthansa"));
        robot.clickOn("#statementInstrument");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(search.isFocused()).as("Ctrl+F from the id field").isTrue();
        assertThat(search.getSelectedText()).as("typing replaces the search").isEqualTo("Lufthansa");

        Button load = robot.lookup("#statementLoad").queryAs(Button.class);
        DatePicker from = robot.lookup("#statementFrom").queryAs(DatePicker.class);
        DatePicker to = robot.lookup("#statementTo").queryAs(DatePicker.class);
        robot.interact(() -> {
            from.setValue(LocalDate.of(2026, 12, 3));
            to.setValue(LocalDate.of(2026, 12, 1));
        });
        assertThat(load.isDisabled()).as("the end before the start: nothing to load").isTrue();
        robot.interact(() -> to.setValue(LocalDate.of(2026, 12, 31)));
        assertThat(load.isDisabled()).isFalse();
    }

    @Test
    void datesTypedThenEnterAreTheRangeLoaded(FxRobot robot, ConsoleUiKit kit) throws Exception {
        loadLastMonth(robot, kit);
        // a walk-through: From and To typed, Enter: the load kept the old From and the export said "start_…"
        LocalDate day = LocalDate.now().minusDays(1);
        for (String id : new String[] {"#statementFrom", "#statementTo"}) {
            TextField editor = robot.lookup(id).queryAs(DatePicker.class).getEditor();
            robot.clickOn(editor).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                    .write(day.toString());
        }
        robot.type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#statementStatus").startsWith("Loaded ")
                && robot.lookup("#statementFrom").queryAs(DatePicker.class).getValue().equals(day));
        WaitForAsyncUtils.waitForFxEvents();
        List<?> rows = robot.lookup("#statementTable").queryAs(TableView.class).getItems();
        assertThat(rows).isNotEmpty();
        assertThat(rows).allMatch(l -> Instant.ofEpochMilli(((StatementLine) l).time()).atZone(ZoneOffset.UTC)
                .toLocalDate().equals(day));
        assertThat(robot.lookup("#statementFieldsChanged").query().isVisible()).isFalse();
    }

    private static void loadLastMonth(FxRobot robot, ConsoleUiKit kit) throws Exception {
        if (robot.lookup("#statementTable").tryQuery().isEmpty()) {
            kit.impersonate(robot, kit.server().state().identities().stream()
                    .filter(i -> i.id().equals(NORTHWIND)).findFirst().orElseThrow());
            ConsoleUiKit.pane(robot, KeyCode.DIGIT4, "#statementInstrument");
            robot.interact(() -> robot.lookup("#statementInstrument").queryAs(TextField.class).setText(ACCOUNT));
        }
        robot.clickOn("#statementPresets").clickOn("#statementPreset-LAST_MONTH");
        LocalDate first = LocalDate.now().minusMonths(1).withDayOfMonth(1);
        assertThat(robot.lookup("#statementFrom").queryAs(DatePicker.class).getValue()).isEqualTo(first);
        robot.clickOn("#statementLoad");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#statementStatus").startsWith("Loaded "));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ScrollPane scroller(Node n) {
        Node p = n.getParent();
        while (!(p instanceof ScrollPane sp && sp.getStyleClass().contains("pane-scroller"))) {
            p = p.getParent();
        }
        return (ScrollPane) p;
    }

    /** Whether the text, in the field's font, fits inside the field's padding. */
    private static boolean fits(TextField field, String s) {
        Text t = new Text(s);
        t.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        return t.getLayoutBounds().getWidth() <= room;
    }
}
