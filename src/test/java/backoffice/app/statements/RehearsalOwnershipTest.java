package backoffice.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
 * Two panes of one scene that both rehearse (Review and Statements): a pane holds the scene's rehearsal only while it
 * rehearses there, so one opened and left at once, or put in unseen for a warm-up step, does not keep the other from
 * rehearsing when it is shown (found by review).
 */
@ExtendWith(ApplicationExtension.class)
class RehearsalOwnershipTest {

    private final List<String> made = new ArrayList<>();
    private VBox review;
    private VBox statements;
    private VBox root;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        review = new VBox(new Label("review"));
        statements = new VBox(new Label("statements"));
        TableRehearsal.once(review, () -> standIn("review"));
        TableRehearsal.once(statements, () -> standIn("statements"));
        root = new VBox(new Label("shown"));
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
    }

    private TableRehearsal.StandIn standIn(String who) {
        made.add(who);
        TableView<String> table = StandInTables.table();
        return new TableRehearsal.StandIn(table, rows -> StandInTables.fill(table, rows));
    }

    /** Agent opens Review, leaves it within ~0.2 s, then opens Statements (no warm-up). */
    @Test
    void aPaneLeftMidwayKeepsTheSceneFromEveryOtherPane(FxRobot robot) throws Exception {
        robot.interact(() -> root.getChildren().setAll(review));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> review.getChildren().size() == 2); // stand-in in
        robot.interact(() -> root.getChildren().setAll(new Label("journal")));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        robot.interact(() -> root.getChildren().setAll(statements));
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(made).as("stand-ins made").containsExactly("review", "statements");
        assertThat(TableRehearsal.done(stage.getScene())).as("statements rehearsed").isTrue();
    }

    /** Warm-up styled Statements (in the scene unseen for one FX turn), then the agent opens Review. */
    @Test
    void aPaneOnlyStyledAheadKeepsTheSceneFromAPaneShown(FxRobot robot) throws Exception {
        robot.interact(() -> {
            statements.setVisible(false);
            root.getChildren().add(0, statements);
            statements.applyCss();
            root.getChildren().remove(statements);
            statements.setVisible(true);
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        robot.interact(() -> root.getChildren().setAll(review));
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(TableRehearsal.done(stage.getScene())).as("review rehearsed when shown").isTrue();
    }
}
