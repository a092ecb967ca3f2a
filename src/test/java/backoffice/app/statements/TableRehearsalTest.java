package backoffice.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A statement table's first rows cost 70-150 ms of FX time in a fresh JVM (issue 18): the pane rehearses them once per
 * scene: a stand-in given a few more rows each pulse, laid out (its cells made and styled) and taken out again, never
 * shown.
 */
@ExtendWith(ApplicationExtension.class)
class TableRehearsalTest {

    private final List<TableView<String>> standIns = new ArrayList<>();
    /** Per pass of the stand-in: its rows, and how many of them had a row cell made by that pass's layout. */
    private final List<String> laidOut = new ArrayList<>();
    private VBox pane;
    private VBox second;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        pane = new VBox(new Label("the pane"));
        second = new VBox(new Label("another pane"));
        TableRehearsal.once(pane, this::standIn);
        stage.setScene(new Scene(new VBox(pane), 400, 300));
        stage.show();
    }

    private TableRehearsal.StandIn standIn() {
        TableView<String> table = StandInTables.table();
        // what each pass left: taken when the next pass begins, and when the stand-in is taken out
        table.parentProperty().addListener((o, was, now) -> {
            if (now == null) {
                laidOut.add(StandInTables.laidOut(table, was != null && was.getScene() != null));
            }
        });
        standIns.add(table);
        int[] passes = {0};
        return new TableRehearsal.StandIn(table, rows -> {
            if (passes[0]++ > 0) {
                laidOut.add(StandInTables.laidOut(table, table.getScene() != null));
            }
            StandInTables.fill(table, rows);
        });
    }

    @Test
    void eachPassLaysOutItsRowsInThePaneAndLeavesNothingBehind(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> TableRehearsal.done(stage.getScene()));
        WaitForAsyncUtils.waitForFxEvents();

        // one stand-in, laid out in the pane with each pass's rows, every row's cell made there, never visible
        assertThat(standIns).hasSize(1);
        assertThat(laidOut).containsExactlyElementsOf(
                Arrays.stream(TableRehearsal.PASSES).mapToObj(n -> n + " rows, " + n + " made").toList());
        assertThat(standIns.get(0).isVisible()).isFalse();
        assertThat(standIns.get(0).getParent()).isNull();
        assertThat(pane.getChildren()).hasSize(1).first().isInstanceOf(Label.class);

        // once per scene: another pane of the same scene does not rehearse again
        robot.interact(() -> {
            TableRehearsal.once(second, this::standIn);
            ((VBox) stage.getScene().getRoot()).getChildren().add(second);
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        assertThat(standIns).hasSize(1);
        assertThat(second.getChildren()).hasSize(1);
    }

    @Test
    void aPaneTakenAwayMidwayGoesOnWhereItStoppedWhenShownAgain(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> laidOut.size() >= 2);
        VBox root = (VBox) stage.getScene().getRoot();
        robot.interact(() -> root.getChildren().remove(pane));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.getChildren()).as("the stand-in went with the pane").hasSize(1);
        assertThat(TableRehearsal.done(stage.getScene())).isFalse();
        int before = laidOut.size();

        robot.interact(() -> root.getChildren().add(pane));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> TableRehearsal.done(stage.getScene()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(standIns).as("the same stand-in").hasSize(1);
        assertThat(laidOut.subList(before, laidOut.size())).as("not from the first pass again")
                .noneMatch(pass -> pass.startsWith("0 rows") || pass.startsWith("1 rows"))
                .last().isEqualTo("25 rows, 25 made");
        assertThat(pane.getChildren()).hasSize(1);
    }
}
