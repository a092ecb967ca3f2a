package backoffice.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.Messages;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An empty statement table says why it is empty: rows loading, a search or type filter hiding every loaded row, or
 * nothing loaded. It said "No rows. Choose an account or card and load its statement." in all three (an agent's walk
 * through: a search for an amount that matched nothing among 10,470 rows).
 */
@ExtendWith(ApplicationExtension.class)
class StatementTablePlaceholderTest {

    private final StatementRows rows = new StatementRows();
    private final SimpleBooleanProperty loading = new SimpleBooleanProperty();
    private TableView<?> table;

    @Start
    void start(Stage stage) {
        StatementTable statement = new StatementTable(rows, "statement", "statements.empty");
        statement.loadingWhile(loading);
        table = (TableView<?>) statement.lookup("#statementTable");
        stage.setScene(new Scene(statement, 800, 500));
        stage.show();
    }

    private String says() {
        return ((Label) table.getPlaceholder()).getText();
    }

    @Test
    void saysLoadingThenNoMatchThenNothingLoaded(FxRobot robot) {
        assertThat(says()).isEqualTo(Messages.get("statements.empty"));
        robot.interact(() -> loading.set(true));
        assertThat(says()).isEqualTo(Messages.get("statements.loading"));

        robot.interact(() -> rows.add(TableRehearsal.sample(30)));
        robot.interact(() -> rows.searchProperty().set("no such row"));
        assertThat(table.getItems()).isEmpty();
        assertThat(says()).isEqualTo(Messages.get("statements.noMatch", 30)).contains("30 loaded rows");
        robot.interact(() -> rows.add(TableRehearsal.sample(5)));
        assertThat(says()).as("more rows arrived, still hidden").contains("35 loaded rows");

        robot.interact(() -> {
            loading.set(false);
            rows.clear();
        });
        assertThat(says()).isEqualTo(Messages.get("statements.empty"));

        robot.interact(() -> loading.set(true)); // a load that finds nothing says so
        robot.interact(() -> {
            rows.loadEnded();
            loading.set(false);
        });
        assertThat(says()).isEqualTo(Messages.get("statements.noEntries")).startsWith("No entries");
        robot.interact(rows::clear);
        assertThat(says()).isEqualTo(Messages.get("statements.empty"));
    }
}
