package backoffice.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.ui.AheadSteps;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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
 * The rehearsal's passes run as the shell's warm-up steps, before the pane is first shown: each step with the pane in
 * the scene but not shown (as {@code ShellView.stepAhead} puts it there), its rows' cells made and styled in that step,
 * the stand-in out again when the step returns; and showing the pane afterwards rehearses nothing more.
 */
@ExtendWith(ApplicationExtension.class)
class RehearsalAheadTest {

    private final List<TableView<String>> standIns = new ArrayList<>();
    /** Per step: the stand-in's rows, and how many of them had a row cell made, when it was taken out. */
    private final List<String> laidOut = new ArrayList<>();
    private VBox root;
    private VBox pane;
    private Scene scene;

    @Start
    void start(Stage stage) {
        pane = new VBox(new Label("the pane"));
        TableRehearsal.once(pane, this::standIn);
        root = new VBox(new Label("the pane shown"));
        scene = new Scene(root, 400, 300);
        stage.setScene(scene);
        stage.show();
    }

    private TableRehearsal.StandIn standIn() {
        TableView<String> table = StandInTables.table();
        table.parentProperty().addListener((o, was, now) -> {
            if (now == null) {
                laidOut.add(StandInTables.laidOut(table, was.getScene() != null));
            }
        });
        standIns.add(table);
        return new TableRehearsal.StandIn(table, rows -> StandInTables.fill(table, rows));
    }

    /** One warm-up step: the pane unseen in the scene, the step, the pane out again, all in one FX turn. */
    private boolean step(FxRobot robot, BooleanSupplier steps) throws Exception {
        boolean[] more = {false};
        robot.interact(() -> {
            pane.setVisible(false);
            root.getChildren().add(0, pane);
            try {
                more[0] = steps.getAsBoolean();
            } finally {
                root.getChildren().remove(pane);
                pane.setVisible(true);
            }
        });
        WaitForAsyncUtils.sleep(60, TimeUnit.MILLISECONDS); // the pulse the pane's coming in asked for
        WaitForAsyncUtils.waitForFxEvents();
        return more[0];
    }

    @Test
    void everyPassRunsAsAStepAndNothingIsLeftForWhenThePaneIsShown(FxRobot robot) throws Exception {
        BooleanSupplier steps = AheadSteps.of(pane);
        assertThat(steps).as("offered to the warm-up").isNotNull();
        assertThat(steps.getAsBoolean()).as("not in a scene: nothing to do").isFalse();
        assertThat(standIns).isEmpty();

        int n = 0;
        while (step(robot, steps)) {
            n++;
            assertThat(pane.getChildren()).as("after step " + n).hasSize(1);
        }
        assertThat(laidOut).containsExactlyElementsOf(
                Arrays.stream(TableRehearsal.PASSES).mapToObj(rows -> rows + " rows, " + rows + " made").toList());
        assertThat(standIns).hasSize(1);
        assertThat(TableRehearsal.done(scene)).isTrue();
        assertThat(step(robot, steps)).as("done").isFalse();

        robot.interact(() -> root.getChildren().add(pane));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(laidOut).hasSize(TableRehearsal.PASSES.length);
        assertThat(pane.getChildren()).hasSize(1);
    }
}
