package backoffice.app.statements;

import backoffice.app.Messages;
import backoffice.app.ui.Forms;
import backoffice.app.ui.Money;
import backoffice.export.StatementLine;
import backoffice.export.StatementTotals;
import java.time.Instant;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * The statement table's columns and their widths. A statement is of one account or card, so of one currency: the
 * money columns' headers name it ("Amount (EUR)") and their cells do not repeat it. Until the agent drags a column,
 * the columns share the table's width: the description takes what is spare; in a narrow window every column gives
 * up part of its room down to a floor, the description and the type the most. The money comes right after the
 * description, type and state after it: at 1024x700 Balance and State were past the right edge, behind a sideways
 * scroll, while the type took 200 pixels for "AUTHORISATION_DECLINE".
 */
final class StatementColumns {

    /** A column's width at ease and the least it is given when the table is narrow. */
    private record Room(double natural, double floor) {
    }

    /** The money columns, in order from the table's second column on. */
    private static final List<String> MONEY = List.of("statements.col.amount", "statements.col.fee",
            "statements.col.balance");
    /** Table width the columns do not get: the vertical scroll bar and the borders. */
    private static final double EDGES = 20;
    static final double DESCRIPTION_WIDTH = 240;
    /** {@link StatementTotals#currency()} of rows in more than one currency. */
    private static final String MIXED = "MIXED";

    private final TableView<StatementLine> table;
    private final TableColumn<StatementLine, String> description;
    private final Map<TableColumn<StatementLine, ?>, Room> rooms = new IdentityHashMap<>();
    /** The width each column was last given here; a column whose width is no longer that was sized by the agent. */
    private final Map<TableColumn<StatementLine, ?>, Double> given = new IdentityHashMap<>();
    /** The one currency of the rows shown (named in the headers, left out of the cells), or null. */
    private final StringProperty currency = new SimpleStringProperty();
    /** By key, not by position: the agent may drag the columns into another order. */
    private final Map<String, TableColumn<StatementLine, StatementLine>> moneyColumns = new LinkedHashMap<>();

    private StatementColumns(TableView<StatementLine> table,
                             Callback<TableColumn<StatementLine, String>, TableCell<StatementLine, String>> describe) {
        this.table = table;
        add(Forms.column("statements.col.time", l -> StatementRowText.TIME.format(Instant.ofEpochMilli(l.time())),
                150), new Room(150, 150));
        description = Forms.column("statements.col.description", StatementLine::description, DESCRIPTION_WIDTH);
        description.setCellFactory(describe);
        add(description, new Room(DESCRIPTION_WIDTH, 130));
        for (String key : MONEY) {
            TableColumn<StatementLine, StatementLine> c = money(key);
            moneyColumns.put(key, c);
            add(c, key.endsWith("fee") ? new Room(85, 75) : new Room(125, 95));
        }
        add(Forms.column("statements.col.type", StatementLine::type, 180), new Room(180, 105));
        add(Forms.column("statements.col.state", StatementLine::state, 100), new Room(100, 75));
        add(Forms.column("statements.col.transaction", StatementLine::transactionId, 170), new Room(170, 120));
        // on demand from the column menu (top right): agents search by id more than they read it
        table.getColumns().get(7).setVisible(false);
    }

    /** Puts the columns in {@code table}; {@code describe} makes the description's cells. */
    static void install(TableView<StatementLine> table, StatementRows rows,
                        Callback<TableColumn<StatementLine, String>, TableCell<StatementLine, String>> describe) {
        StatementColumns columns = new StatementColumns(table, describe);
        rows.totalsProperty().addListener((o, was, now) -> columns.currencyOf(now));
        table.widthProperty().addListener((o, a, now) -> columns.fit());
        table.getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<StatementLine, ?>>) c ->
                columns.fit());
    }

    private void add(TableColumn<StatementLine, ?> column, Room room) {
        column.setMinWidth(60);
        column.minWidthProperty().addListener((o, was, now) -> fit()); // TableFit: a short value needs more
        column.setPrefWidth(room.natural());
        rooms.put(column, room);
        given.put(column, room.natural());
        table.getColumns().add(column);
    }

    /**
     * A money column: its cells hold the row and write the amount, with its currency unless the header names it, and
     * write it again when the header's currency changes (a cell showing an equal row is not updated by the table).
     * Sorted by the amount, not by its text.
     */
    private TableColumn<StatementLine, StatementLine> money(String key) {
        boolean fee = key.endsWith("fee");
        ToLongFunction<StatementLine> minor = fee ? StatementLine::fee : key.endsWith("amount") ? StatementLine::amount
                : StatementLine::balanceAfter;
        TableColumn<StatementLine, StatementLine> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setComparator(Comparator.comparingLong(minor));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setCellFactory(column -> new TableCell<>() {
            /** Held by the cell, listened to weakly: a cell the table drops is not kept by the currency. */
            private final InvalidationListener rewrite = o -> show(getItem());

            {
                currency.addListener(new WeakInvalidationListener(rewrite));
            }

            @Override
            protected void updateItem(StatementLine line, boolean empty) {
                super.updateItem(line, empty);
                show(empty ? null : line);
            }

            private void show(StatementLine line) {
                long v = line == null ? 0 : minor.applyAsLong(line);
                setText(line == null || fee && v == 0 ? null : line.currency().equals(currency.get())
                        ? Money.formatInColumn(v, line.currency()) : Money.format(v, line.currency()));
            }
        });
        return c;
    }

    /** Names the rows' one currency in the money headers (or none when there are no rows or several currencies). */
    private void currencyOf(StatementTotals totals) {
        String now = totals.currency() == null || totals.currency().equals(MIXED) ? null : totals.currency();
        if (!Objects.equals(now, currency.get())) {
            currency.set(now); // the money cells write their amounts again
            String in = now == null ? "" : " (" + now + ")";
            moneyColumns.forEach((key, column) -> column.setText(Messages.get(key) + in));
        }
    }

    /**
     * Shares the table's width among the columns the agent has not sized (see the class comment). A column's floor
     * and natural width are never below its minimum, which {@code TableFit} raises so that a short value (a type, a
     * time, an amount) is never cut: a window too narrow even for those scrolls sideways.
     */
    private void fit() {
        double fixed = 0;
        double natural = 0;
        double floors = 0;
        List<TableColumn<StatementLine, ?>> shown = List.copyOf(table.getVisibleLeafColumns());
        for (TableColumn<StatementLine, ?> c : shown) {
            Room room = rooms.get(c);
            if (room == null || Math.abs(c.getWidth() - Math.max(given.get(c), c.getMinWidth())) > 1) {
                rooms.remove(c); // the agent's width from now on
                fixed += c.getWidth();
            } else {
                natural += Math.max(room.natural(), c.getMinWidth());
                floors += Math.max(room.floor(), c.getMinWidth());
            }
        }
        double room = table.getWidth() - EDGES - fixed;
        double share = natural <= floors ? 1 : Math.max(0, Math.min(1, (room - floors) / (natural - floors)));
        double spare = Math.max(0, room - natural);
        for (TableColumn<StatementLine, ?> c : shown) {
            Room r = rooms.get(c);
            if (r != null) {
                double floor = Math.max(r.floor(), c.getMinWidth());
                double w = Math.floor(floor + share * (Math.max(r.natural(), c.getMinWidth()) - floor)
                        + (c == description ? spare : 0));
                given.put(c, w);
                c.setPrefWidth(w);
            }
        }
    }
}
