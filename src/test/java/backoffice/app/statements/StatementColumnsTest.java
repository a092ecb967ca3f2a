package backoffice.app.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import backoffice.app.ui.TableFit;
import backoffice.export.StatementLine;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The statement table at the width it has in a 1024x700 window (770 px): the money, balance included, is on screen
 * and whole; the headers name the one currency and the cells leave it out; a column the agent sized keeps its width.
 */
@ExtendWith(ApplicationExtension.class)
class StatementColumnsTest {

    private final StatementRows rows = new StatementRows();
    private Stage stage;
    private TableView<?> table;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        StatementTable view = new StatementTable(rows, "t", "statements.empty");
        table = (TableView<?>) view.lookup("#tTable");
        TableFit.install(table, 5); // as every pane's tables: a short value (a type, an amount) is never cut
        stage.setScene(new Scene(view, 770, 500));
        stage.setMaximized(false); // the stage is shared: another test may have left it maximised or wide
        stage.sizeToScene();
        stage.show();
    }

    private void show(String... currencies) {
        List<StatementLine> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            lines.add(new StatementLine(1_790_000_000_000L + i * 60_000L, i % 2 == 0 ? "AUTHORISATION_DECLINE"
                    : "TRANSFER", Integer.toString(i), "COMPLETED", "Hotel Schweizerhof Zurich declined: not enough "
                    + "money " + i, currencies[i % currencies.length], -1_064, 100, 1_068_111_259L + i));
        }
        WaitForAsyncUtils.asyncFx(() -> rows.setAll(lines));
        settle();
    }

    private void settle() {
        for (int i = 0; i < 4; i++) { // TableFit widens after a layout, the columns share the width after that
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private TableColumn<?, ?> column(String title) {
        return table.getColumns().stream().filter(c -> c.getText().startsWith(title)).findFirst().orElseThrow();
    }

    private double rightEdge(TableColumn<?, ?> column) {
        double x = 0;
        for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
            x += c.getWidth();
            if (c == column) {
                return x;
            }
        }
        throw new AssertionError(column.getText());
    }

    private List<String> cells(TableColumn<?, ?> column) {
        return table.lookupAll(".table-cell").stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() == column && !c.isEmpty() && c.isVisible() && c.getTableRow() != null
                        && c.getTableRow().isVisible() && c.getIndex() < table.getItems().size()
                        && table.getItems().get(c.getIndex()).equals(c.getTableRow().getItem())) // not a spare cell
                .map(TableCell::getText)
                .toList();
    }

    @Test
    void atTheWidthOf1024x700TheMoneyIsOnScreenWholeAndTheHeadersNameTheCurrency(FxRobot robot) {
        show("EUR");
        TableColumn<?, ?> balance = column("Balance");
        assertThat(balance.getText()).isEqualTo("Balance after (EUR)");
        assertThat(column("Amount").getText()).isEqualTo("Amount (EUR)");
        assertThat(rightEdge(balance)).as("Balance within the table's %s px", table.getWidth())
                .isLessThanOrEqualTo(table.getWidth() - 15);
        assertThat(cells(balance)).isNotEmpty().allMatch(t -> t.matches("10,681,1\\d\\d\\.\\d\\d"));
        assertThat(cells(column("Amount"))).isNotEmpty().allMatch("-10.64"::equals);
        List<Node> cut = table.lookupAll(".table-cell").stream().filter(n -> n instanceof TableCell<?, ?> c
                && c.getTableColumn() != column("Description") && TableFit.isCut(c)).toList();
        assertThat(cut).as("no short value cut").isEmpty();
    }

    @Test
    void aDeclinedRowReadsAsOne(FxRobot robot) {
        show("EUR");
        PseudoClass declined = PseudoClass.getPseudoClass("declined");
        List<TableRow<?>> shown = table.lookupAll(".table-row-cell").stream().<TableRow<?>>map(n -> (TableRow<?>) n)
                .filter(r -> !r.isEmpty() && r.isVisible()).toList();
        assertThat(shown).isNotEmpty().allMatch(r -> r.getPseudoClassStates().contains(declined)
                == ((StatementLine) r.getItem()).type().equals("AUTHORISATION_DECLINE"));
        assertThat(shown).anyMatch(r -> r.getPseudoClassStates().contains(declined));
    }

    @Test
    void rowsInSeveralCurrenciesSayTheirsInEveryCell(FxRobot robot) {
        show("EUR");
        show("EUR", "GBP");
        assertThat(column("Amount").getText()).isEqualTo("Amount");
        assertThat(cells(column("Amount"))).contains("-10.64 EUR", "-10.64 GBP");
        TableColumn<?, ?> balance = column("Balance");
        robot.interact(() -> { // the agent drags Balance before Amount: the headers follow the columns
            ObservableList<TableColumn<?, ?>> columns = (ObservableList) table.getColumns();
            columns.remove(balance);
            columns.add(2, balance);
        });
        show("GBP");
        assertThat(balance.getText()).isEqualTo("Balance after (GBP)");
        assertThat(column("Amount").getText()).isEqualTo("Amount (GBP)");
        assertThat(cells(column("Amount"))).isNotEmpty().allMatch("-10.64"::equals);
    }

    @Test
    void theDescriptionTakesTheSpareWidthAndAColumnTheAgentSizedKeepsIts(FxRobot robot) {
        show("EUR");
        double narrow = column("Description").getWidth();
        robot.interact(() -> stage.setWidth(1200));
        settle();
        double wide = column("Description").getWidth();
        double others = table.getVisibleLeafColumns().stream().filter(c -> c != column("Description"))
                .mapToDouble(TableColumn::getWidth).sum();
        assertThat(wide).as("from %s", narrow).isGreaterThan(narrow + 100)
                .isCloseTo(table.getWidth() - 20 - others, within(2.0)); // all the spare width
        assertThat(rightEdge(table.getVisibleLeafColumns().get(table.getVisibleLeafColumns().size() - 1)))
                .as("every column on screen").isLessThanOrEqualTo(table.getWidth() - 15);

        robot.interact(() -> column("Description").setPrefWidth(300)); // as a drag does
        robot.interact(() -> stage.setWidth(900));
        settle();
        assertThat(column("Description").getWidth()).isEqualTo(300);
    }
}
