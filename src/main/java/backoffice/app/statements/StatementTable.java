package backoffice.app.statements;

import atlantafx.base.theme.Styles;
import backoffice.app.Messages;
import backoffice.app.ui.CopyMenu;
import backoffice.app.ui.Css;
import backoffice.app.ui.HoverTip;
import backoffice.app.ui.Money;
import backoffice.export.StatementLine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.util.StringConverter;

/**
 * The statement table both panes show: quick search and type filter over the loaded rows, a virtualized table with
 * the columns an agent reads (amounts in the currency's format, right-aligned), the totals of what is shown and a
 * balance-over-time chart.
 */
final class StatementTable extends VBox {

    private static final PseudoClass DECLINED = PseudoClass.getPseudoClass("declined");
    private static final KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");
    private static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final TextField search;

    private Consumer<StatementLine> onOpen = line -> { };

    /** What a double-click or Enter on a row does (the statement pane opens the transaction's detail). */
    void setOnOpen(Consumer<StatementLine> action) {
        this.onOpen = action;
    }

    StatementTable(StatementRows rows, String idPrefix, String emptyKey) {
        super(8);
        search = new TextField();
        search.setId(idPrefix + "Search");
        search.setPromptText(Messages.get("statements.search"));
        search.textProperty().bindBidirectional(rows.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !rows.filterNoteProperty().get().isEmpty()) {
                rows.clearFilter();
                e.consume();
            }
        });
        // a ComboBox, not a ChoiceBox: a ChoiceBox rebuilds its popup menu (items, scene, CSS) on every change of the
        // list, ~40 ms of FX time each time a load met a new type; a ComboBox's list is only laid out when shown
        ComboBox<String> type = new ComboBox<>(rows.types());
        type.setId(idPrefix + "Type");
        type.setMinWidth(200);
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(String t) {
                return typeName(t);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        type.valueProperty().bindBidirectional(rows.typeProperty());
        // the button shows the value itself: the default button cell takes the item at the value's index in the list,
        // which a load changes, and it showed nothing (or another type) after a load
        ListCell<String> button = new ListCell<>();
        button.textProperty().bind(Bindings.createStringBinding(() -> typeName(type.getValue()),
                type.valueProperty()));
        type.setButtonCell(button);
        type.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty ? null : typeName(t));
            }
        });

        TableView<StatementLine> table = new TableView<>();
        table.itemsProperty().bind(rows.shownProperty());
        table.setId(idPrefix + "Table");
        table.setPlaceholder(placeholder(rows, emptyKey));
        // unconstrained: a column widens by itself (the description takes the spare width until the agent drags it)
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setTableMenuButtonVisible(true);
        table.getStyleClass().add(Styles.DENSE);
        // one known row height: the flow never measures rows to estimate its size (100,000 rows lay out in ms)
        table.setFixedCellSize(26);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        HoverTip tip = new HoverTip(480);
        StatementColumns.install(table, rows, c -> descriptionCell(tip));
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(table.getSelectionModel().getSelectedItem());
                e.consume(); // not also the pane's default button
            } else if (COPY.match(e)) {
                copy(table);
                e.consume();
            }
        });
        MenuItem open = new MenuItem(Messages.get("statements.openDetail"));
        open.setOnAction(e -> {
            if (table.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        MenuItem copyRow = new MenuItem(Messages.get("statements.copyRow"));
        copyRow.setId(idPrefix + "CopyRow");
        copyRow.setAccelerator(COPY);
        copyRow.setOnAction(e -> copy(table));
        table.setContextMenu(new ContextMenu(open, copyRow));
        table.setRowFactory(t -> {
            // a decline reads as one at a glance (amount 0.00, state COMPLETED, type cut at 1024x700: a walk-through
            // could not tell it from a charge)
            TableRow<StatementLine> row = new TableRow<>() {
                @Override
                protected void updateItem(StatementLine line, boolean empty) {
                    super.updateItem(line, empty);
                    pseudoClassStateChanged(DECLINED, !empty && line != null && line.type().endsWith("_DECLINE"));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });

        Label summary = new Label();
        summary.setId(idPrefix + "Summary");
        summary.getStyleClass().add(Css.SUMMARY);
        summary.setWrapText(true); // rows, in, out, fees and net did not fit one line at 1024x700
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(rows.summaryProperty());
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        // a search or type left in force hides rows: the count says by what, and one click (or Esc) shows them all
        Button clear = new Button(Messages.get("statements.clearFilter"));
        clear.setId(idPrefix + "ClearFilter");
        clear.getStyleClass().addAll(Styles.SMALL);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setTooltip(new Tooltip(Messages.get("statements.clearFilterTip")));
        clear.setOnAction(e -> rows.clearFilter());
        clear.visibleProperty().bind(rows.filterNoteProperty().isNotEmpty());
        clear.managedProperty().bind(clear.visibleProperty());
        HBox count = new HBox(8, summary, clear);
        count.setAlignment(Pos.CENTER_LEFT);

        table.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> rows.selectedProperty().set(now));
        Label detail = new Label();
        detail.setId(idPrefix + "Detail");
        detail.getStyleClass().add(Css.PANE_HINT);
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        detail.textProperty().bind(rows.detailProperty());

        getChildren().addAll(new HBox(8, search, type), table, detail, count, chart(rows, idPrefix));
        VBox.setVgrow(this, Priority.ALWAYS);
    }

    /**
     * What the empty table says: that rows are loading, that the search or type filter hides every loaded row (not
     * "no rows": the agent would tell the customer there is nothing), or {@code emptyKey}'s text when none is loaded.
     */
    private Label placeholder(StatementRows rows, String emptyKey) {
        Label label = new Label();
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setPadding(new Insets(0, 24, 0, 24));
        // the rows' summary changes whenever rows come or go, and the shown list when they are cleared
        // a load that found nothing says so: "Choose an account or card and load" read as if none was loaded (a
        // walk-through: the card's statement for today)
        label.textProperty().bind(Bindings.createStringBinding(() -> !rows.all().isEmpty()
                        ? Messages.get("statements.noMatch", rows.all().size())
                        : loading.get() ? Messages.get("statements.loading")
                        : rows.endedProperty().get() ? Messages.get("statements.noEntries") : Messages.get(emptyKey),
                loading, rows.summaryProperty(), rows.shownProperty(), rows.endedProperty()));
        return label;
    }

    /** Ctrl+F (Cmd+F) anywhere in {@code pane} goes to this table's search, its text selected. */
    void findFrom(Node pane) {
        pane.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            }
        });
    }

    /** The empty table says rows are loading while {@code now} is true. */
    void loadingWhile(ObservableBooleanValue now) {
        loading.bind(now);
    }

    /** Runs a stand-in of this table in {@code host} once per scene, before a statement arrives ({@link TableRehearsal}). */
    static void rehearseIn(Pane host) {
        TableRehearsal.once(host, () -> {
            StatementRows sample = new StatementRows();
            StatementTable standIn = new StatementTable(sample, "rehearsal", "statements.empty");
            // no context menu: its Shortcut+C would go into the scene's accelerators, and taking the stand-in out
            // removes that key from them, the real table's included
            ((Control) standIn.lookup(".table-view")).setContextMenu(null);
            return new TableRehearsal.StandIn(standIn, rows -> sample.setAll(TableRehearsal.sample(rows)));
        });
    }

    /** A type as the filter lists and shows it: the empty value (or none) is "All types". */
    private static String typeName(String t) {
        return t == null || t.isEmpty() ? Messages.get("statements.allTypes") : t;
    }

    /** The selected rows (or none) on the clipboard as tab-separated text under a header line. */
    private static void copy(TableView<StatementLine> table) {
        var selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (selected.isEmpty()) {
            return;
        }
        CopyMenu.copy(StatementRowText.rows(selected));
    }

    /** The description, cut with an ellipsis when narrow, in full (with a decline's reason in words) when hovered. */
    private static TableCell<StatementLine, String> descriptionCell(HoverTip tip) {
        TableCell<StatementLine, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }
        };
        tip.attach(cell, c -> {
            StatementLine line = c.isEmpty() || c.getTableRow() == null ? null : c.getTableRow().getItem();
            return line == null || c.getItem() == null || c.getItem().isEmpty() ? null : StatementRowText.tooltip(line);
        });
        return cell;
    }

    /** Balance after each time bucket; the axis shows dates, the values are for plotting only. */
    private static LineChart<Number, Number> chart(StatementRows rows, String idPrefix) {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setAutoRanging(true);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number ms) {
                // a range of a day or two: the hour too (every label read "2026-12-02"; a walk-through)
                boolean withHours = x.getUpperBound() - x.getLowerBound() < 3 * 86_400_000d;
                return withHours ? StatementRowText.TIME.format(Instant.ofEpochMilli(ms.longValue())).substring(5, 16)
                        : LocalDate.ofInstant(Instant.ofEpochMilli(ms.longValue()), ZoneId.systemDefault()).toString();
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number balance) {
                return String.format(Locale.ROOT, "%,.0f", balance.doubleValue()); // 10,681,138, as the table
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId(idPrefix + "Chart");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(150);
        chart.setMinHeight(120);
        chart.setTitle(Messages.get("statements.chart"));
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        rows.balance().addListener((ListChangeListener<StatementRows.BalancePoint>) c -> {
            var points = new ArrayList<XYChart.Data<Number, Number>>(rows.balance().size());
            for (StatementRows.BalancePoint p : rows.balance()) {
                String ccy = rows.all().isEmpty() ? "EUR" : rows.all().get(0).currency();
                // plotting only: a chart axis needs a number, the amounts themselves stay in minor units
                points.add(new XYChart.Data<>(p.time(), p.balance() / Math.pow(10, Money.decimals(ccy))));
            }
            series.getData().setAll(points);
        });
        chart.managedProperty().bind(chart.visibleProperty());
        chart.visibleProperty().bind(Bindings.isNotEmpty(rows.balance()));
        return chart;
    }
}
