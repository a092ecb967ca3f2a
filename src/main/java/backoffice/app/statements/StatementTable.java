package backoffice.app.statements;

import backoffice.app.Messages;
import backoffice.app.ui.Css;
import backoffice.app.ui.Forms;
import backoffice.app.ui.Money;
import backoffice.export.StatementLine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The statement table both panes show: quick search and type filter over the loaded rows, a virtualized table with
 * the columns an agent reads (amounts in the currency's format, right-aligned), the totals of what is shown and a
 * balance-over-time chart.
 */
final class StatementTable extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private java.util.function.Consumer<StatementLine> onOpen = line -> { };

    /** What a double-click or Enter on a row does (the statement pane opens the transaction's detail). */
    void setOnOpen(java.util.function.Consumer<StatementLine> action) {
        this.onOpen = action;
    }

    StatementTable(StatementRows rows, String idPrefix, String emptyKey) {
        super(8);
        TextField search = new TextField();
        search.setId(idPrefix + "Search");
        search.setPromptText(Messages.get("statements.search"));
        search.textProperty().bindBidirectional(rows.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        ChoiceBox<String> type = new ChoiceBox<>(rows.types());
        type.setId(idPrefix + "Type");
        type.setMinWidth(200);
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(String t) {
                return t == null || t.isEmpty() ? Messages.get("statements.allTypes") : t;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        type.valueProperty().bindBidirectional(rows.typeProperty());

        TableView<StatementLine> table = new TableView<>();
        table.itemsProperty().bind(rows.shownProperty());
        table.setId(idPrefix + "Table");
        table.setPlaceholder(new Label(Messages.get(emptyKey)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setTableMenuButtonVisible(true);
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        // one known row height: the flow never measures rows to estimate its size (100,000 rows lay out in ms)
        table.setFixedCellSize(26);
        table.getColumns().add(Forms.column("statements.col.time", l -> TIME.format(Instant.ofEpochMilli(l.time())),
                170));
        table.getColumns().add(Forms.column("statements.col.type", StatementLine::type, 190));
        table.getColumns().add(Forms.column("statements.col.description", StatementLine::description, 220));
        table.getColumns().add(money("statements.col.amount", l -> Money.format(l.amount(), l.currency()), 120));
        table.getColumns().add(money("statements.col.fee", l -> l.fee() == 0 ? "" : Money.format(l.fee(),
                l.currency()), 85));
        table.getColumns().add(money("statements.col.balance", l -> Money.format(l.balanceAfter(), l.currency()),
                160));
        table.getColumns().add(Forms.column("statements.col.state", StatementLine::state, 105));
        table.getColumns().add(Forms.column("statements.col.transaction", StatementLine::transactionId, 170));
        // times, money and states are never cut short: the description gives way first
        table.getColumns().forEach(c -> c.setMinWidth(c.getPrefWidth()));
        table.getColumns().get(2).setMinWidth(120);
        // on demand from the column menu (top right): agents search by id more than they read it
        table.getColumns().get(7).setVisible(false);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<StatementLine> row = new javafx.scene.control.TableRow<>();
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
        summary.textProperty().bind(rows.summaryProperty());

        table.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> rows.selectedProperty().set(now));
        Label detail = new Label();
        detail.setId(idPrefix + "Detail");
        detail.getStyleClass().add(Css.PANE_HINT);
        detail.setWrapText(true);
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        detail.textProperty().bind(rows.detailProperty());

        getChildren().addAll(new HBox(8, search, type), table, detail, summary, chart(rows, idPrefix));
        VBox.setVgrow(this, Priority.ALWAYS);
    }

    private static TableColumn<StatementLine, String> money(String key,
                                                           java.util.function.Function<StatementLine, String> v,
                                                           double width) {
        TableColumn<StatementLine, String> c = Forms.column(key, v, width);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    /** Balance after each time bucket; the axis shows dates, the values are for plotting only. */
    private static LineChart<Number, Number> chart(StatementRows rows, String idPrefix) {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setAutoRanging(true);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number ms) {
                return LocalDate.ofInstant(Instant.ofEpochMilli(ms.longValue()), ZoneId.systemDefault()).toString();
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
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
            var points = new java.util.ArrayList<XYChart.Data<Number, Number>>(rows.balance().size());
            for (StatementRows.BalancePoint p : rows.balance()) {
                String ccy = rows.all().isEmpty() ? "EUR" : rows.all().get(0).currency();
                // plotting only: a chart axis needs a number, the amounts themselves stay in minor units
                points.add(new XYChart.Data<>(p.time(), p.balance() / Math.pow(10, Money.decimals(ccy))));
            }
            series.getData().setAll(points);
        });
        chart.managedProperty().bind(chart.visibleProperty());
        chart.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(rows.balance()));
        return chart;
    }
}
