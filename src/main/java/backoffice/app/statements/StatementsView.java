package backoffice.app.statements;

import atlantafx.base.theme.Styles;
import backoffice.app.Messages;
import backoffice.app.transactions.TransactionDetailView;
import backoffice.app.ui.Css;
import backoffice.app.ui.DateRange;
import backoffice.app.ui.ErrorBox;
import backoffice.app.ui.Forms;
import backoffice.client.model.StatementTransactionTypes;
import backoffice.client.statements.StatementFormat;
import backoffice.export.ExportFormat;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.validation.ValidationSupport;

/** Statement of an account or card: what to load, progress and cancel, the rows, totals, chart and exports. */
public final class StatementsView extends VBox {

    /** A window lower than this (its scene, in px) folds the balance chart away so the table gets the room. */
    private static final double LOW_WINDOW = 900;

    public StatementsView(StatementsViewModel vm) {
        setId("pane-STATEMENTS");
        getStyleClass().add(Css.PANE);
        ValidationSupport validation = new ValidationSupport();
        StatementFields fields = vm.fields();

        ChoiceBox<StatementsViewModel.Kind> kind = new ChoiceBox<>(FXCollections.observableArrayList(
                StatementsViewModel.Kind.values()));
        kind.setId("statementKind");
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(StatementsViewModel.Kind k) {
                return k == null ? "" : Messages.get("statements.kind." + k.name());
            }

            @Override
            public StatementsViewModel.Kind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(fields.kindProperty());
        kind.setAccessibleText(Messages.get("statements.kind")); // its value says it; no caption takes a line
        TextField id = new TextField();
        id.setId("statementInstrument");
        id.setPromptText(Messages.get("statements.idPrompt"));
        id.setPrefColumnCount(14);
        id.textProperty().bindBidirectional(fields.instrumentIdProperty());
        id.setOnAction(e -> vm.load());
        DateRange dates = new DateRange("statement", Messages.get("statements.from"), Messages.get("statements.to"),
                fields.fromProperty(), fields.toProperty(), fields.rangeErrorProperty(), LocalDate::now, true);
        ChoiceBox<Boolean> order = new ChoiceBox<>(FXCollections.observableArrayList(false, true));
        order.setId("statementOrder");
        order.setConverter(new StringConverter<>() {
            @Override
            public String toString(Boolean oldest) {
                return Messages.get(Boolean.TRUE.equals(oldest) ? "statements.oldestFirst" : "statements.newestFirst");
            }

            @Override
            public Boolean fromString(String s) {
                return null;
            }
        });
        order.valueProperty().bindBidirectional(fields.oldestFirstProperty().asObject());
        CheckComboBox<String> types = new CheckComboBox<>(FXCollections.observableArrayList(
                StatementTransactionTypes.ALL));
        types.setId("statementTypes");
        types.setTitle(Messages.get("statements.allTypes"));
        types.setPrefWidth(150);
        types.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            fields.transactionTypes().setAll(types.getCheckModel().getCheckedItems());
            types.setTitle(fields.transactionTypes().isEmpty() ? Messages.get("statements.allTypes") : null);
        });
        CheckBox fundsOnly = new CheckBox(Messages.get("statements.fundsOnly"));
        fundsOnly.setId("statementFundsOnly");
        fundsOnly.selectedProperty().bindBidirectional(fields.fundMovementsOnlyProperty());
        fundsOnly.disableProperty().bind(fields.kindProperty().isEqualTo(StatementsViewModel.Kind.CARD));
        CheckBox singleEntry = new CheckBox(Messages.get("statements.singleEntry"));
        singleEntry.setId("statementSingleEntry");
        singleEntry.selectedProperty().bindBidirectional(fields.singleEntryProperty());

        Button load = new Button(Messages.get("statements.load"));
        load.setId("statementLoad");
        load.getStyleClass().add(Styles.ACCENT);
        load.disableProperty().bind(vm.loadingProperty().or(vm.exportingProperty())
                .or(dates.from().errorProperty().isNotNull()).or(dates.to().errorProperty().isNotNull())
                .or(fields.rangeErrorProperty().isNotNull()));
        load.setOnAction(e -> {
            dates.commit();
            vm.load();
        });
        dates.setOnEnter(load::fire); // off (a range error) it does nothing
        // a preset chosen for the statement on screen loads it: "Today" left yesterday's rows under "Load to apply",
        // easy to read as today's (two walk-throughs); with nothing loaded yet it only sets the dates
        dates.setOnPreset(() -> {
            if (vm.hasRows() || vm.rows().endedProperty().get()) {
                load.fire();
            }
        });
        // dates or filters edited since the load: the rows (and an export) are still the loaded ones until Load, and
        // Enter anywhere in the pane loads (u01: Last month chosen, 10,459 rows back to 2024 stayed and were exported)
        load.defaultButtonProperty().bind(vm.fieldsChangedProperty());
        Label changed = new Label(Messages.get("statements.stale"));
        changed.setId("statementFieldsChanged");
        changed.getStyleClass().add(Styles.WARNING);
        changed.setMinWidth(Region.USE_PREF_SIZE);
        changed.visibleProperty().bind(vm.fieldsChangedProperty());
        changed.managedProperty().bind(changed.visibleProperty());
        Button cancel = new Button(Messages.get("statements.cancel"));
        cancel.setId("statementCancel");
        cancel.disableProperty().bind(vm.loadingProperty().or(vm.exportingProperty()).not());
        cancel.setOnAction(e -> vm.cancel());

        MenuButton export = new MenuButton(Messages.get("statements.export"));
        export.setId("statementExport");
        for (ExportFormat f : ExportFormat.values()) {
            MenuItem item = new MenuItem(Messages.get("statements.exportAs", f.name()));
            item.setId("export" + f.name());
            item.setOnAction(e -> vm.export(f));
            export.getItems().add(item);
        }
        export.getItems().add(new SeparatorMenuItem());
        for (StatementFormat f : List.of(StatementFormat.CSV, StatementFormat.PDF)) {
            MenuItem item = new MenuItem(Messages.get("statements.saveServer", f.name()));
            item.setId("server" + f.name());
            item.setOnAction(e -> vm.saveServerDocument(f));
            export.getItems().add(item);
        }
        // one binding over all three: as an or-chain, the rows' part was skipped while a load ran and Export stayed
        // off after a reload with a search and a type set (seen at 1024x700, keyboard pass)
        export.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.loadingProperty().get()
                        || !vm.exports().command().executableProperty().get()
                        || vm.rows().totalsProperty().get().count() == 0,
                vm.loadingProperty(), vm.exports().command().executableProperty(), vm.rows().totalsProperty()));


        ProgressBar progress = new ProgressBar();
        progress.setId("statementProgress");
        progress.setPrefWidth(180);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.loadingProperty().or(vm.exportingProperty()));
        Label status = Forms.line("statementStatus", vm.statusProperty(), Css.PANE_HINT);

        ToggleButton more = new ToggleButton();
        more.setId("statementMoreFilters");
        more.setTooltip(new Tooltip(Messages.get("statements.moreFiltersTip")));
        more.setSelected(vm.filtersShown());
        more.selectedProperty().addListener((o, a, now) -> vm.setFiltersShown(now));
        // folded, the button still says how many of its filters are set: a filter in force never hides
        more.textProperty().bind(Bindings.createStringBinding(() -> {
            int set = (fields.oldestFirstProperty().get() ? 1 : 0) + (fields.transactionTypes().isEmpty() ? 0 : 1)
                    + (fields.singleEntryProperty().get() ? 1 : 0)
                    + (fields.fundMovementsOnlyProperty().get() && !fundsOnly.isDisabled() ? 1 : 0);
            return Messages.get("statements.moreFilters") + (set == 0 ? "" : " (" + set + ")");
        }, fields.oldestFirstProperty(), fields.transactionTypes(), fields.singleEntryProperty(),
                fields.fundMovementsOnlyProperty(), fundsOnly.disabledProperty()));

        for (Control c : List.of(load, cancel, export, kind, types, fundsOnly, more)) {
            c.setMinWidth(Region.USE_PREF_SIZE); // never "…": the row wraps instead
        }
        HBox buttons = new HBox(8, load, cancel, export, more, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        // one wrapping toolbar of the essentials: what, when, and the actions (at 1024x700 the table starts above the
        // middle of the window; the captions sit beside their fields, not above them)
        FlowPane what = Forms.toolbar(kind, Forms.inlineField(Messages.get("statements.id"), id,
                fields.idErrorProperty(), validation), dates, buttons, changed);
        FlowPane filters = Forms.toolbar(
                Forms.inlineField(Messages.get("statements.order"), order, null, null),
                Forms.inlineField(Messages.get("statements.types"), types, null, null), singleEntry, fundsOnly);
        VBox folded = new VBox(6, filters, Forms.hint(Messages.get("statements.optionsHelp")),
                Forms.hint(Messages.get("statements.hint")));
        folded.setId("statementMoreFiltersBox");
        folded.visibleProperty().bind(more.selectedProperty());
        folded.managedProperty().bind(folded.visibleProperty());
        StatementTable table = new StatementTable(vm.rows(), "statement", "statements.empty");
        table.loadingWhile(vm.loadingProperty());
        table.findFrom(this);
        table.setOnOpen(vm.detail()::open);
        vm.detail().detailProperty().addListener((o, a, now) -> {
            if (now != null) {
                TransactionDetailView.show(getScene().getWindow(), now, vm.detail()::openInstrument);
            }
        });
        getChildren().addAll(Forms.title(Messages.get("nav.statements")), what, folded, status, incompleteBar(vm),
                new ErrorBox(vm.errorProperty()), table, foldingChart(table, vm), footer(vm));
        StatementTable.rehearseIn(this);
    }

    /**
     * The table's balance chart in a section the agent can fold so the table gets the room; the choice is kept in
     * the settings. Shown only when there is a balance to draw.
     */
    private static TitledPane foldingChart(StatementTable table, StatementsViewModel vm) {
        Node chart = table.lookup("#statementChart");
        table.getChildren().remove(chart);
        if (chart instanceof Chart c) {
            c.setTitle(null); // the section's header says it
        }
        // in a container: the section shows and hides its content, and the chart's own visibility is bound
        TitledPane section = new TitledPane(
                Messages.get("statements.chart"), new StackPane(chart));
        section.setId("statementChartSection");
        section.setAnimated(false);
        // in a low window (1366x768 and less) the chart gives way to the table (it left it 8 rows there) until the
        // agent opens it; only the agent's own folding and unfolding is kept in the settings
        ObservableValue<Boolean> low = table.sceneProperty().flatMap(Scene::heightProperty)
                .map(h -> h.doubleValue() < LOW_WINDOW).orElse(false);
        boolean[] fitting = {false};
        Runnable fit = () -> {
            fitting[0] = true;
            section.setExpanded(!vm.chartHidden() && !low.getValue());
            fitting[0] = false;
        };
        low.addListener((o, a, now) -> fit.run());
        fit.run();
        section.expandedProperty().addListener((o, a, now) -> {
            if (!fitting[0]) {
                vm.setChartHidden(!now);
            }
        });
        section.visibleProperty().bind(Bindings.isNotEmpty(vm.rows().balance()));
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    /** The statement's footer from the server, under the table; only when there is one. */
    private static Label footer(StatementsViewModel vm) {
        Label footer = new Label();
        footer.setId("statementFooter");
        footer.textProperty().bind(Bindings.concat(Messages.get("statements.footer"), vm.footerProperty()));
        footer.setWrapText(true);
        footer.getStyleClass().add(Css.PANE_HINT);
        footer.visibleProperty().bind(vm.footerProperty().isNotEmpty());
        footer.managedProperty().bind(footer.visibleProperty());
        return footer;
    }

    /** Shown only when the rows are not the whole statement: what is missing, and a reload. */
    private static HBox incompleteBar(StatementsViewModel vm) {
        Label what = new Label();
        what.setId("statementIncomplete");
        what.textProperty().bind(vm.incompleteProperty());
        what.setWrapText(true);
        what.getStyleClass().add(Styles.DANGER);
        Button reload = new Button(Messages.get("statements.reload"));
        reload.setId("statementReload");
        reload.disableProperty().bind(vm.loadingProperty().or(vm.exportingProperty()));
        reload.setOnAction(e -> vm.load());
        HBox bar = new HBox(10, what, reload);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(vm.incompleteProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}
