package backoffice.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
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
 * scene, one stand-in per pulse, laid out (its cells made and styled) and taken out again, never shown.
 */
@ExtendWith(ApplicationExtension.class)
class TableRehearsalTest {

    private final List<TableView<String>> standIns = new ArrayList<>();
    private final List<Integer> inTheSceneWhenLaidOut = new ArrayList<>();
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

    private Region standIn(int rows) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            items.add("row " + i);
        }
        TableView<String> table = new TableView<>(FXCollections.observableArrayList(items));
        TableColumn<String, String> column = new TableColumn<>("text");
        column.setCellValueFactory(c -> new SimpleStringProperty(c.getValue()));
        table.getColumns().add(column);
        table.needsLayoutProperty().addListener((o, was, now) -> {
            if (!now && table.getScene() != null) {
                inTheSceneWhenLaidOut.add(rows);
            }
        });
        standIns.add(table);
        return table;
    }

    @Test
    void eachPassLaysOutItsRowsInThePaneAndLeavesNothingBehind(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> TableRehearsal.done(stage.getScene()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(standIns).extracting(t -> t.getItems().size())
                .containsExactly(Arrays.stream(TableRehearsal.PASSES).boxed().toArray(Integer[]::new));
        assertThat(inTheSceneWhenLaidOut).containsExactlyElementsOf(
                Arrays.stream(TableRehearsal.PASSES).boxed().toList());
        for (TableView<String> t : standIns) {
            // its rows were made and styled while it was in the pane, and it was never visible there
            assertThat(t.lookupAll(".table-row-cell").stream().filter(r -> !((TableRow<?>) r)
                    .isEmpty())).hasSize(t.getItems().size());
            assertThat(t.isVisible()).isFalse();
            assertThat(t.getParent()).isNull();
        }
        assertThat(pane.getChildren()).hasSize(1).first().isInstanceOf(Label.class);

        // once per scene: another pane of the same scene does not rehearse again
        robot.interact(() -> {
            TableRehearsal.once(second, this::standIn);
            ((VBox) stage.getScene().getRoot()).getChildren().add(second);
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        assertThat(standIns).hasSize(TableRehearsal.PASSES.length);
        assertThat(second.getChildren()).hasSize(1);
    }
}
