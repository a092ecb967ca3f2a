package backoffice.app.statements;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** A small stand-in table for the rehearsal's tests, and what a pass left in it. */
final class StandInTables {

    private StandInTables() {
    }

    /** A table of one text column. */
    static TableView<String> table() {
        TableView<String> table = new TableView<>();
        TableColumn<String, String> column = new TableColumn<>("text");
        column.setCellValueFactory(c -> new SimpleStringProperty(c.getValue()));
        table.getColumns().add(column);
        return table;
    }

    /** Gives {@code table} {@code rows} rows. */
    static void fill(TableView<String> table, int rows) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            items.add("row " + i);
        }
        table.getItems().setAll(items);
    }

    /** "n rows, m made": the table's rows, and how many of them have a row cell (made by a layout). */
    static String laidOut(TableView<String> table, boolean inTheScene) {
        long made = table.lookupAll(".table-row-cell").stream().filter(r -> !((TableRow<?>) r).isEmpty()).count();
        return table.getItems().size() + " rows, " + made + " made" + (inTheScene ? "" : ", not in the scene");
    }
}
