package backoffice.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.export.StatementLine;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A reload with a type chosen in the table's type filter, through the real combo box: the rows arrive as a load
 * hands them over (eight at a time, then one big batch that brings a new type). The summary once read "838 of 443
 * rows": 443 = 48 + 395, the big batch counted twice.
 */
@ExtendWith(ApplicationExtension.class)
class StatementReloadTest {

    private final StatementRows rows = new StatementRows();
    private ComboBox<String> type;

    @Start
    @SuppressWarnings("unchecked")
    void start(Stage stage) {
        StatementTable table = new StatementTable(rows, "t", "statements.empty");
        stage.setScene(new Scene(table, 1000, 600));
        stage.show();
        type = (ComboBox<String>) table.lookup("#tType");
    }

    private static List<StatementLine> lines(int from, int n, String... types) {
        List<StatementLine> out = new ArrayList<>(n);
        for (int i = from; i < from + n; i++) {
            out.add(new StatementLine(1_790_000_000_000L + i * 60_000L, types[i % types.length],
                    Integer.toString(i), "COMPLETED", "row " + i, "EUR", 100, 0, 100L * (i + 1)));
        }
        return out;
    }

    /** As a load's ticks hand rows over: 6 batches of 8, then the rest in one. */
    private void stream(int total, String... types) {
        for (int at = 0; at < 48; at += 8) {
            rows.add(lines(at, 8, types));
        }
        rows.add(lines(48, total - 48, "NEW_TYPE"));
    }

    /** The text the combo box shows (its button cell), not just its value. */
    private String shownType() {
        return type.getButtonCell().getText();
    }

    @Test
    void aReloadWithATypeChosenCountsEveryRowOnceAndKeepsTheType(FxRobot robot) {
        robot.interact(() -> {
            rows.clear();
            stream(200, "DEPOSIT", "SETTLEMENT");
            rows.loadEnded();
        });
        assertThat(shownType()).as("the filter says what it shows after a load").isEqualTo("All types");
        robot.interact(() -> type.getSelectionModel().select("SETTLEMENT"));
        assertThat(rows.typeProperty().get()).isEqualTo("SETTLEMENT");

        robot.interact(() -> {
            rows.clear(); // the reload
            stream(443, "DEPOSIT", "SETTLEMENT");
            rows.loadEnded();
        });
        assertThat(type.getValue()).as("the type chosen before the reload").isEqualTo("SETTLEMENT");
        assertThat(shownType()).isEqualTo("SETTLEMENT");
        assertThat(rows.typeProperty().get()).isEqualTo("SETTLEMENT");
        long settlements = rows.all().stream().filter(l -> l.type().equals("SETTLEMENT")).count();
        assertThat(rows.totalsProperty().get().count()).isEqualTo(settlements).isEqualTo(rows.shown().size());

        robot.interact(() -> type.getSelectionModel().select(StatementRows.ALL_TYPES));
        robot.interact(() -> {
            rows.clear();
            stream(443, "DEPOSIT", "SETTLEMENT");
            rows.loadEnded();
        });
        assertThat(rows.totalsProperty().get().count()).isEqualTo(443);
        assertThat(rows.summaryProperty().get()).startsWith("443 of 443 rows");
    }

    @Test
    void aTypeTheReloadedStatementLacksFallsBackToAllTypes(FxRobot robot) {
        robot.interact(() -> {
            rows.clear();
            stream(100, "DEPOSIT", "SETTLEMENT");
            rows.loadEnded();
        });
        robot.interact(() -> type.getSelectionModel().select("SETTLEMENT"));
        robot.interact(() -> {
            rows.clear();
            stream(100, "DEPOSIT");
            rows.loadEnded();
        });
        assertThat(rows.typeProperty().get()).isEqualTo(StatementRows.ALL_TYPES);
        assertThat(type.getValue()).isEqualTo(StatementRows.ALL_TYPES);
        assertThat(shownType()).isEqualTo("All types");
        assertThat(rows.totalsProperty().get().count()).isEqualTo(100);
        assertThat(rows.summaryProperty().get()).startsWith("100 of 100 rows");
    }
}
