package backoffice.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.task.BackgroundTask;
import backoffice.app.task.DirectTaskRunner;
import backoffice.app.task.TaskHandle;
import backoffice.app.task.TaskRunner;
import backoffice.export.StatementLine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** How rows reach the table: reloads swap lists instead of emptying them; the chart is computed off the FX thread. */
class StatementRowsTest {

    private static List<StatementLine> lines(int n) {
        List<StatementLine> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new StatementLine(1_790_000_000_000L + i * 60_000L, i % 3 == 0 ? "DEPOSIT" : "SETTLEMENT",
                    Integer.toString(i), "COMPLETED", "row " + i, "EUR", 100, 0, 100L * (i + 1)));
        }
        return out;
    }

    @Test
    void clearingReplacesTheShownListInsteadOfEmptyingIt() {
        StatementRows rows = new StatementRows();
        rows.add(lines(10_000));
        ObservableList<StatementLine> before = rows.shown();
        AtomicInteger changesToOld = new AtomicInteger();
        before.addListener((ListChangeListener<StatementLine>) c -> changesToOld.incrementAndGet());
        List<ObservableList<StatementLine>> switched = new ArrayList<>();
        rows.shownProperty().addListener((o, a, now) -> switched.add(now));

        rows.clear();

        assertThat(changesToOld).as("the old list is dropped, not emptied row by row").hasValue(0);
        assertThat(switched).hasSize(1);
        assertThat(rows.shown()).isSameAs(switched.get(0)).isEmpty();
        assertThat(rows.all()).isEmpty();
        assertThat(rows.totalsProperty().get().count()).isZero();
        assertThat(rows.types()).containsExactly(StatementRows.ALL_TYPES);
        rows.add(lines(5));
        assertThat(rows.shown()).hasSize(5);
    }

    @Test
    void anAmountTypedAsTheTableShowsItFindsTheRow() {
        StatementRows rows = new StatementRows();
        rows.setAll(List.of(new StatementLine(1_790_000_000_000L, "DEPOSIT", "1", "COMPLETED", "salary", "EUR",
                1_801_700, 0, 1_801_700), new StatementLine(1_790_000_060_000L, "SETTLEMENT", "2", "COMPLETED",
                "coffee", "EUR", -1_801, 0, 1_799_899)));
        for (String typed : List.of("18,017.00", "18,017", "18017.00", "-18.01", "18,017.00 EUR", "18017.00 eur")) {
            rows.searchProperty().set(typed);
            assertThat(rows.shown()).as(typed).hasSize(1);
        }
        rows.searchProperty().set("18,017.01");
        assertThat(rows.shown()).isEmpty();
        rows.searchProperty().set("18,017.00 GBP");
        assertThat(rows.shown()).as("another currency").isEmpty();
    }

    @Test
    void setAllShowsTheRowsWithTypesTotalsAndChartInOneSwap() {
        StatementRows rows = new StatementRows();
        rows.setAll(lines(1_000));
        assertThat(rows.shown()).hasSize(1_000);
        assertThat(rows.types()).containsExactly(StatementRows.ALL_TYPES, "DEPOSIT", "SETTLEMENT");
        assertThat(rows.totalsProperty().get().count()).isEqualTo(1_000);
        assertThat(rows.balance()).isNotEmpty();
        rows.typeProperty().set("DEPOSIT");
        assertThat(rows.shown()).hasSize(334);
    }

    @Test
    void theChartIsComputedInTheBackgroundAndDroppedIfTheRowsChangedMeanwhile() {
        StatementRows rows = new StatementRows();
        rows.add(lines(2_000));
        rows.chartInBackground(new DirectTaskRunner());
        assertThat(rows.balance()).hasSize(StatementRows.CHART_POINTS);

        List<Runnable> later = new ArrayList<>();
        TaskRunner deferred = new TaskRunner() {
            @Override
            public <T> TaskHandle run(BackgroundTask<T> task) {
                later.add(() -> new DirectTaskRunner().run(task));
                return null;
            }
        };
        rows.clear();
        rows.add(lines(10));
        rows.chartInBackground(deferred);
        rows.clear();
        later.forEach(Runnable::run);
        assertThat(rows.balance()).as("a chart of rows no longer shown is not drawn").isEmpty();
    }

    @Test
    void theSameFilterAgainDoesNotPassOverTheRowsAgain() {
        StatementRows rows = new StatementRows();
        rows.setAll(lines(10_000));
        int[] changes = {0};
        rows.shown().addListener((ListChangeListener<StatementLine>) c -> changes[0]++);
        int[] recounts = {0};
        rows.totalsProperty().addListener(o -> {
            recounts[0]++;
            rows.totalsProperty().get(); // valid again, so the next recount is heard too
        });
        // a choice box passes through null while its list of types changes: null means every type, as "" does
        rows.typeProperty().set(null);
        rows.typeProperty().set(StatementRows.ALL_TYPES);
        rows.searchProperty().set("  ");
        assertThat(changes[0]).as("no refilter of 10,000 rows for the same filter").isZero();
        assertThat(recounts[0]).as("no recount of 10,000 rows for the same filter").isZero();
        rows.typeProperty().set("DEPOSIT");
        assertThat(changes[0]).isEqualTo(1);
        assertThat(rows.shown()).hasSize(3_334);
        rows.typeProperty().set(StatementRows.ALL_TYPES);
        assertThat(rows.shown()).hasSize(10_000);
    }
}
