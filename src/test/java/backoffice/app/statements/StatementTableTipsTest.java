package backoffice.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.export.StatementLine;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The statement table's full-text tips cost nothing until hovered: a Tooltip is a popup window with a scene of its
 * own, and one per description cell held the FX thread ~1.9 s when a 100,000-row statement first filled the table.
 */
@ExtendWith(ApplicationExtension.class)
class StatementTableTipsTest {

    private final StatementRows rows = new StatementRows();

    @Start
    void start(Stage stage) {
        List<StatementLine> lines = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            lines.add(new StatementLine(1_790_000_000_000L + i * 60_000L, "SETTLEMENT", Integer.toString(i),
                    "COMPLETED", "Coffee shop number " + i, "EUR", -100, 0, 100L * (i + 1)));
        }
        rows.setAll(lines);
        stage.setScene(new Scene(new StatementTable(rows, "t", "statements.empty"), 1000, 600));
        stage.show();
    }

    @Test
    void noCellHasATooltipUntilHoveredAndThenTheyShareOne(FxRobot robot) {
        List<TableCell<?, ?>> cells = cells(robot);
        assertThat(cells).hasSizeGreaterThan(40);
        assertThat(cells).allMatch(c -> c.getTooltip() == null);

        TableCell<?, ?> first = description(robot, "Coffee shop number 0");
        robot.moveTo(first);
        Tooltip tip = first.getTooltip();
        assertThat(tip).isNotNull();
        assertThat(tip.getText()).isEqualTo(StatementRowText.tooltip(rows.all().get(0)));

        TableCell<?, ?> third = description(robot, "Coffee shop number 2");
        robot.moveTo(third);
        assertThat(third.getTooltip()).as("one tooltip for the column").isSameAs(tip);
        assertThat(tip.getText()).isEqualTo(StatementRowText.tooltip(rows.all().get(2)));
        long withTips = cells(robot).stream()
                .filter(c -> c.getTooltip() != null).map(TableCell::getTooltip).distinct().count();
        assertThat(withTips).isEqualTo(1);
    }

    private static TableCell<?, ?> description(FxRobot robot, String text) {
        return cells(robot).stream().filter(c -> text.equals(c.getText())).findFirst().orElseThrow();
    }

    private static List<TableCell<?, ?>> cells(FxRobot robot) {
        return robot.lookup(".table-cell").queryAll().stream().filter(n -> n instanceof TableCell<?, ?>)
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).toList();
    }
}
