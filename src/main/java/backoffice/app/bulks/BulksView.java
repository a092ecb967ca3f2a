package backoffice.app.bulks;

import atlantafx.base.theme.Styles;
import backoffice.app.Messages;
import backoffice.app.command.MoneyStrip;
import backoffice.app.ui.CopyMenu;
import backoffice.app.ui.Css;
import backoffice.app.ui.ErrorBox;
import backoffice.app.ui.Forms;
import backoffice.client.model.BulkMode;
import backoffice.client.model.BulkProcess;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The identity's bulks on the left with a CSV submission; the chosen bulk watched live on the right. */
public final class BulksView extends VBox {

    static final String FAILED_ROW = "row-failed";

    public BulksView(BulkListViewModel list, BulkWatchViewModel watch, BulkSubmitViewModel submit) {
        setId("pane-BULKS");
        getStyleClass().add(Css.PANE);
        VBox left = left(list, watch, submit);
        VBox right = right(watch);
        left.setPadding(new Insets(0, 8, 0, 0)); // neither side's text touches the divider
        right.setPadding(new Insets(0, 0, 0, 8));
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.5); // the list keeps whole ids and states at 1024x700
        keepTallerSide(split, left, right);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(Forms.title(Messages.get("nav.bulks")), Forms.hint(Messages.get("bulks.hint")), split);
        watch.bulkProperty().addListener((o, a, now) -> {
            if (now != null) {
                list.update(now);
            }
        });
        sceneProperty().addListener((o, a, now) -> {
            if (now == null) {
                watch.close();
            } else {
                watch.resumeWatching();
            }
        });
    }

    /**
     * A SplitPane does not ask its sides for their minimum height, so a small window squashed the operations to
     * two rows: after each layout its minimum becomes the taller side's, at the sides' widths (toolbars wrap).
     */
    private static void keepTallerSide(SplitPane split, VBox left, VBox right) {
        boolean[] queued = {false};
        ChangeListener<Boolean> laidOut = (o, was, now) -> {
            if (!now && !queued[0]) {
                queued[0] = true;
                Platform.runLater(() -> {
                    queued[0] = false;
                    double needed = Math.ceil(Math.max(left.minHeight(left.getWidth()),
                            right.minHeight(right.getWidth())) + split.snappedTopInset() + split.snappedBottomInset());
                    if (Math.abs(needed - split.getMinHeight()) > 0.5) {
                        split.setMinHeight(needed);
                    }
                });
            }
        };
        left.needsLayoutProperty().addListener(laidOut);
        right.needsLayoutProperty().addListener(laidOut);
    }

    private static VBox left(BulkListViewModel vm, BulkWatchViewModel watch, BulkSubmitViewModel submit) {
        ChoiceBox<String> state = new ChoiceBox<>(FXCollections.observableArrayList(BulkListViewModel.STATES));
        state.setId("bulkFilter");
        state.valueProperty().bindBidirectional(vm.stateProperty());
        Button refresh = new Button(Messages.get("bulks.list.refresh"));
        refresh.setId("bulkRefresh");
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.refresh());
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        TableView<BulkProcess> table = new TableView<>(vm.rows());
        table.setId("bulkTable");
        CopyMenu.install(table, table.getSelectionModel(), List.of(
                CopyMenu.value("copy.bulkId", BulkProcess::bulkId)));
        table.setPlaceholder(new Label(Messages.get("bulks.list.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Forms.column("bulks.col.id", BulkProcess::bulkId, 195));
        table.getColumns().add(Forms.column("bulks.col.status", b -> b.status().name(), 110));
        table.getColumns().add(Forms.column("bulks.col.items", b -> String.valueOf(b.submittedItemsCount()), 60));
        table.getColumns().add(Forms.column("bulks.col.operation", BulkProcess::operation, 120));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null && (a == null || !now.bulkId().equals(a.bulkId()))) {
                watch.watch(now.bulkId());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Label summary = Forms.line("bulkSummary", vm.summaryProperty());
        VBox box = new VBox(8, new HBox(8, state, refresh, Forms.spinner(vm.busyProperty())), table, summary,
                new ErrorBox(vm.errorProperty()), submitForm(submit));
        box.getStyleClass().add("tab-body");
        return box;
    }

    private static TitledPane submitForm(BulkSubmitViewModel vm) {
        ChoiceBox<BulkCsv.Kind> kind = new ChoiceBox<>(FXCollections.observableArrayList(BulkCsv.Kind.values()));
        kind.setId("bulkKind");
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        TextField profile = new TextField();
        profile.setId("bulkProfile");
        profile.setPromptText(Messages.get("transfers.profile"));
        profile.textProperty().bindBidirectional(vm.profileIdProperty());
        profile.disableProperty().bind(vm.kindProperty().isNotEqualTo(BulkCsv.Kind.TRANSFERS));
        Button choose = new Button(Messages.get("bulks.csv.choose"));
        choose.setId("bulkChoose");
        choose.setOnAction(e -> vm.chooseFile());
        Label file = Forms.line("bulkFile", vm.fileNameProperty());
        ListView<String> errors = new ListView<>(vm.rowErrors());
        errors.setId("bulkRowErrors");
        errors.setPrefHeight(110);
        errors.visibleProperty().bind(Bindings.isNotEmpty(vm.rowErrors()));
        errors.managedProperty().bind(errors.visibleProperty());
        errors.getStyleClass().add(Styles.DANGER);
        VBox body = new VBox(8, new HBox(8, kind, profile), new HBox(8, choose, file),
                Forms.line("bulkCsvSummary", vm.summaryProperty()), errors);
        body.getChildren().addAll(MoneyStrip.of(vm, Messages.get("bulks.submit.send"),
                new MoneyStrip.Ids("bulkSubmit", "bulkSubmitRetry", "bulkSubmitResult")));
        TitledPane pane = new TitledPane(Messages.get("bulks.submit.title"), body);
        pane.setId("bulkSubmitPane");
        pane.setExpanded(false); // folded until wanted: the list keeps its rows on a small screen
        return pane;
    }

    private static VBox right(BulkWatchViewModel vm) {
        Label header = new Label();
        header.setId("bulkHeader");
        header.getStyleClass().add(Styles.TITLE_4);
        header.setWrapText(true);
        header.setMinHeight(Region.USE_PREF_SIZE);
        header.textProperty().bind(Bindings.createStringBinding(() -> vm.bulkProperty().get() == null
                ? Messages.get("bulks.watch.none") : Messages.get("bulks.watch.header", vm.bulkProperty().get().bulkId(),
                vm.bulkProperty().get().status().name(), vm.bulkProperty().get().operation(),
                vm.bulkProperty().get().mode() == null ? "–" : Messages.get("bulks.mode." + vm.bulkProperty().get()
                .mode())), vm.bulkProperty()));
        ChoiceBox<BulkMode> mode = new ChoiceBox<>(FXCollections.observableArrayList(BulkMode.ON_FAILURE_STOP,
                BulkMode.ON_FAILURE_CONTINUE));
        mode.setId("bulkMode");
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(BulkMode m) {
                return m == null ? "" : Messages.get("bulks.mode." + m.name());
            }

            @Override
            public BulkMode fromString(String s) {
                return null;
            }
        });
        mode.valueProperty().bindBidirectional(vm.modeProperty());
        mode.disableProperty().bind(vm.canExecuteProperty().not());
        mode.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane actions = new FlowPane(8, 6, mode,
                action("bulkExecute", "bulks.execute.button", vm.canExecuteProperty(), vm::execute, Styles.ACCENT),
                action("bulkPause", "bulks.pause.button", vm.canPauseProperty(), vm::pause, null),
                action("bulkResume", "bulks.resume.button", vm.canResumeProperty(), vm::resume, null),
                action("bulkCancel", "bulks.cancel.button", vm.canCancelProperty(), vm::cancel, Styles.DANGER),
                Forms.spinner(vm.busyProperty()));
        ProgressBar bar = new ProgressBar(0);
        bar.setId("bulkProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinHeight(Region.USE_PREF_SIZE);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> vm.figuresProperty().get() == null ? 0
                : vm.figuresProperty().get().fraction(), vm.figuresProperty()));
        Label counts = Forms.line("bulkCounts", Bindings.createStringBinding(() -> vm.figuresProperty().get() == null
                ? "" : Messages.get("bulks.watch.counts", vm.figuresProperty().get().finished(),
                vm.figuresProperty().get().total(), vm.countsText()), vm.figuresProperty()));
        Label timing = Forms.line("bulkTiming", Bindings.createStringBinding(() -> timing(vm.figuresProperty().get()),
                vm.figuresProperty()));
        // the operations first, the chart folded below them: a TabPane did not ask for its content's minimum, and
        // squashed the operations to 2.5 rows at 1024x700
        VBox operations = operations(vm);
        VBox.setVgrow(operations, Priority.ALWAYS);
        TitledPane chart = new TitledPane(Messages.get("bulks.tab.chart"), chart(vm));
        chart.setId("bulkChartPane");
        chart.setExpanded(false);
        VBox box = new VBox(6, header, actions, bar, counts, timing, operations, chart,
                new ErrorBox(vm.errorProperty()));
        box.getStyleClass().add("tab-body");
        return box;
    }

    private static String timing(BulkFigures f) {
        if (f == null) {
            return "";
        }
        if (f.paused()) {
            return Messages.get("bulks.watch.paused");
        }
        return Messages.get("bulks.watch.timing", BulkFigures.clock(f.elapsed()), BulkFigures.clock(f.smoothedEta()),
                Messages.get("bulks.eta." + f.confidence().name()));
    }

    private static LineChart<Number, Number> chart(BulkWatchViewModel vm) {
        NumberAxis x = new NumberAxis();
        x.setLabel(Messages.get("bulks.chart.seconds"));
        NumberAxis y = new NumberAxis();
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("bulkChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(150);
        chart.setMinHeight(0);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        vm.history().addListener((ListChangeListener<BulkWatchViewModel.Point>) c -> {
            boolean onlyAdded = true;
            while (c.next()) {
                onlyAdded &= c.wasAdded() && !c.wasRemoved();
            }
            c.reset();
            if (onlyAdded) {
                while (c.next()) {
                    c.getAddedSubList().forEach(p -> series.getData().add(point(p)));
                }
            } else {
                series.getData().setAll(vm.history().stream().map(BulksView::point).toList());
            }
        });
        return chart;
    }

    private static XYChart.Data<Number, Number> point(BulkWatchViewModel.Point p) {
        return new XYChart.Data<>(p.seconds(), p.finished());
    }

    private static VBox operations(BulkWatchViewModel vm) {
        ChoiceBox<String> state = new ChoiceBox<>(FXCollections.observableArrayList(
                BulkWatchViewModel.OPERATION_STATES));
        state.setId("operationFilter");
        state.valueProperty().bindBidirectional(vm.operationStateProperty());
        Button previous = new Button(Messages.get("transfers.list.previous"));
        previous.disableProperty().bind(vm.offsetProperty().isEqualTo(0));
        previous.setOnAction(e -> vm.previousOperations());
        Button next = new Button(Messages.get("transfers.list.next"));
        next.setId("operationNext");
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.offsetProperty().get()
                + BulkWatchViewModel.PAGE >= vm.operationCountProperty().get(), vm.offsetProperty(),
                vm.operationCountProperty()));
        next.setOnAction(e -> vm.nextOperations());
        Label page = Forms.line("operationSummary", Bindings.createStringBinding(() -> vm.operationCountProperty()
                .get() == 0 ? "" : Messages.get("bulks.operations.summary", vm.offsetProperty().get() + 1,
                Math.min(vm.operationCountProperty().get(), vm.offsetProperty().get() + BulkWatchViewModel.PAGE),
                vm.operationCountProperty().get()), vm.offsetProperty(), vm.operationCountProperty()));
        TableView<BulkOperationRow> table = new TableView<>(vm.operations());
        table.setId("operationTable");
        table.setPlaceholder(new Label(Messages.get("bulks.operations.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Forms.column("bulks.col.sequence", o -> String.valueOf(o.sequence()), 60));
        table.getColumns().add(Forms.column("bulks.col.status", BulkOperationRow::statusText, 100));
        table.getColumns().add(Forms.column("bulks.col.method", BulkOperationRow::method, 60));
        table.getColumns().add(Forms.column("bulks.col.path", BulkOperationRow::path, 260));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BulkOperationRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(FAILED_ROW);
                if (!empty && item != null && item.failed()) {
                    getStyleClass().add(FAILED_ROW);
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null) {
                vm.selectedOperationProperty().set(now);
            }
        });
        table.setPrefHeight(220);
        VBox.setVgrow(table, Priority.ALWAYS);
        ToggleButton showDetail = new ToggleButton(
                Messages.get("bulks.detail.show"));
        showDetail.setId("operationShowDetail");
        showDetail.setMinWidth(Region.USE_PREF_SIZE);
        showDetail.disableProperty().bind(vm.selectedOperationProperty().isNull());
        VBox detail = detail(vm);
        detail.visibleProperty().bind(showDetail.selectedProperty().and(vm.selectedOperationProperty().isNotNull()));
        detail.managedProperty().bind(detail.visibleProperty());
        for (Control c : new Control[] {state, previous, next}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox box = new VBox(6, new FlowPane(8, 6, state, previous, next, showDetail, page),
                table, detail);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    /** The selected operation as a readable form (amount, parties, outcome), with its raw JSON behind a toggle. */
    private static VBox detail(BulkWatchViewModel vm) {
        GridPane form = new GridPane();
        form.setId("operationDetail");
        form.setHgap(12);
        form.setVgap(4);
        vm.selectedOperationProperty().addListener((o, a, now) -> {
            form.getChildren().clear();
            int row = 0;
            for (OperationDetail.Line line : OperationDetail.of(now)) {
                Label caption = new Label(line.caption());
                caption.getStyleClass().add(Styles.TEXT_MUTED);
                Label value = new Label(line.value());
                value.setWrapText(true);
                form.addRow(row++, caption, value);
            }
        });
        TextArea payload = new TextArea();
        payload.setId("operationPayload");
        payload.setEditable(false);
        payload.setWrapText(true);
        payload.setPrefRowCount(5);
        payload.getStyleClass().add("monospace");
        payload.textProperty().bind(vm.payloadProperty());
        CheckBox raw = new CheckBox(Messages.get("bulks.detail.raw"));
        raw.setId("operationRaw");
        payload.visibleProperty().bind(raw.selectedProperty());
        payload.managedProperty().bind(payload.visibleProperty());
        return new VBox(6, form, raw, payload);
    }

    private static Button action(String id, String key, ObservableValue<Boolean> enabled,
                                 Runnable run, String style) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        if (style != null) {
            b.getStyleClass().add(style);
        }
        b.disableProperty().bind(Bindings.createBooleanBinding(() -> !enabled.getValue(), enabled));
        b.setOnAction(e -> run.run());
        return b;
    }
}
