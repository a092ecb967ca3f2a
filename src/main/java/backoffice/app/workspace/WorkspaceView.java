package backoffice.app.workspace;

import atlantafx.base.theme.Styles;
import backoffice.app.Messages;
import backoffice.app.ui.CopyMenu;
import backoffice.app.ui.ErrorBox;
import backoffice.app.ui.Forms;
import backoffice.app.ui.HoverTip;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The workspace under the impersonation line: filter, what was found and the label, instruments; call notes right. */
public final class WorkspaceView extends VBox {

    private static final double MIN_TABLE_HEIGHT = 262;
    private static final DateTimeFormatter SEEN = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    public WorkspaceView(WorkspaceViewModel vm, CallViewModel call) {
        super(8);
        setId("workspace");
        TextField label = new TextField();
        label.setId("workspaceLabel");
        label.promptTextProperty().bind(vm.labelPromptProperty());
        label.textProperty().bindBidirectional(vm.labelProperty());
        label.setOnAction(e -> vm.saveLabel());
        label.setPrefColumnCount(14);
        label.setMinWidth(100);
        Button saveLabel = new Button(Messages.get("workspace.saveLabel"));
        saveLabel.setId("saveLabel");
        saveLabel.setOnAction(e -> vm.saveLabel());
        saveLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label labelCaption = new Label(Messages.get("workspace.label"));
        labelCaption.setMinWidth(Region.USE_PREF_SIZE);

        TableView<InstrumentRow> table = table(vm);
        TextField filter = new TextField();
        filter.setId("workspaceFilter");
        filter.setPromptText(Messages.get("workspace.filterPrompt"));
        filter.setPrefColumnCount(18);
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.setOnAction(e -> vm.open(table.getSelectionModel().getSelectedItem() != null
                ? table.getSelectionModel().getSelectedItem() : vm.rows().isEmpty() ? null : vm.rows().get(0)));
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        });
        vm.filterProperty().addListener((o, a, b) -> table.getSelectionModel().clearSelection());
        TextField addId = new TextField();
        addId.setId("workspaceAddId");
        addId.setPromptText(Messages.get("workspace.addId"));
        addId.setPrefColumnCount(14);
        addId.textProperty().bindBidirectional(vm.addIdProperty());
        addId.setOnAction(e -> vm.addById());
        Button add = new Button(Messages.get("workspace.add"));
        add.setOnAction(e -> vm.addById());
        Button refresh = new Button(Messages.get("workspace.refresh"));
        refresh.setId("workspaceRefresh");
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.refresh());
        filter.setMinWidth(140);
        addId.setMinWidth(110);
        add.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox tools = new HBox(8, filter, addId, add, refresh, Forms.spinner(vm.busyProperty()));
        tools.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("workspaceStatus");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
                Tooltip where = new Tooltip(Messages.get("workspace.hint")); // where the list comes from, on demand
        where.setWrapText(true);
        where.setMaxWidth(420);
        status.setTooltip(where);
        filter.setTooltip(where);
        status.setMinWidth(Region.USE_PREF_SIZE);
        // one line for what was found and the agent's label of the identity (the table starts high in the pane); a
        // narrow window puts the label on a line of its own rather than cutting the status
        HBox labelBox = new HBox(8, labelCaption, label, saveLabel);
        labelBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane found = new FlowPane(16, 6, status, labelBox);
        found.setAlignment(Pos.CENTER_LEFT);

        VBox left = new VBox(6, tools, found, new ErrorBox(vm.errorProperty()), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox right = callPanel(call);
        HBox body = new HBox(10, left, right);
        // the call panel takes 28% of the width, at least 220 px: the wrap-up stays readable at 1366 wide, and the
        // table keeps the rest (it scrolls sideways for the last columns); at 1024 wide name ("···6015 Operating
        // EUR"), state and balance need 529 px of it
        var third = Bindings.max(220, body.widthProperty().multiply(0.28));
        right.minWidthProperty().bind(third);
        right.prefWidthProperty().bind(third);
        right.maxWidthProperty().bind(third);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().add(body);
    }

    private static TableView<InstrumentRow> table(WorkspaceViewModel vm) {
        TableView<InstrumentRow> table = new TableView<>(vm.rows());
        table.setId("workspaceTable");
        CopyMenu.install(table, table.getSelectionModel(), List.of(
                CopyMenu.value("copy.id", r -> r.known().id())));
        table.setPlaceholder(new Label(Messages.get("workspace.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setTableMenuButtonVisible(true);
        table.setMinHeight(MIN_TABLE_HEIGHT); // eight dense rows at least; the pane scrolls when the window is smaller
        table.getStyleClass().add(Styles.DENSE);
        // what an agent reads first, name, state and balance, comes first: at 1024x700 the table is about 510 px wide
        // and after kind and number the state was cut at its edge ("BLOCKED (SY") and the balance out of view
        table.getColumns().add(column("workspace.col.name", 155, InstrumentRow::nameText));
        table.getColumns().add(column("workspace.col.state", 150, InstrumentRow::state));
        table.getColumns().add(column("workspace.col.balance", 120, InstrumentRow::balance));
        table.getColumns().add(column("workspace.col.kind", 75, InstrumentRow::kindText));
        table.getColumns().add(column("workspace.col.number", 150, InstrumentRow::numberOrCurrency));
        table.getColumns().add(column("workspace.col.id", 165, r -> r.known().id()));
        table.getColumns().add(column("workspace.col.lastSeen", 100,
                r -> SEEN.format(Instant.ofEpochMilli(r.known().lastSeen()))));
        table.getColumns().add(column("workspace.col.source", 140, InstrumentRow::sourcesText));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setRowFactory(t -> {
            var row = new TableRow<InstrumentRow>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        return table;
    }

    /** A text column whose cells show their full text as a tooltip (the column can also be widened). */
    static <R> TableColumn<R, String> column(String key, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        HoverTip tip = new HoverTip(0);
        c.setCellFactory(col -> tip.textCell());
        return c;
    }

    private static VBox callPanel(CallViewModel call) {
        Label title = new Label(Messages.get("call.title"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Button start = new Button(Messages.get("call.start"));
        start.setId("startCall");
        start.getStyleClass().add(Styles.ACCENT); // the one to press before a call, as End call is during it
        start.disableProperty().bind(call.activeProperty());
        start.setOnAction(e -> call.startCall());
        Button end = new Button(Messages.get("call.end"));
        end.setId("endCall");
        end.getStyleClass().add(Styles.ACCENT);
        end.disableProperty().bind(call.activeProperty().not());
        end.setOnAction(e -> call.endCall());
        CheckBox auto = new CheckBox(Messages.get("call.autoStart"));
        auto.setId("autoStartCall");
        auto.selectedProperty().bindBidirectional(call.autoStartProperty());
        Label status = new Label();
        status.setId("callStatus");
        status.textProperty().bind(call.statusProperty());
        TextArea notes = new TextArea();
        notes.setId("callNotes");
        notes.setPromptText(Messages.get("call.notesPrompt"));
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.textProperty().bindBidirectional(call.notesProperty());
        notes.disableProperty().bind(call.activeProperty().not());
        Label notesCaption = new Label(Messages.get("call.notes"));
        TextArea wrap = new TextArea();
        wrap.setId("wrapUp");
        wrap.setEditable(false);
        wrap.setWrapText(true);
        wrap.setPrefRowCount(12);
        wrap.textProperty().bind(call.wrapUpPlainProperty());
        // once the call has ended its notes are in the wrap-up: the wrap-up takes the notes' room (about 12 lines at
        // 1024x700, where both together left it 5), and a new call brings the notes back
        var ended = call.wrapUpPlainProperty().isNotEmpty();
        for (Node n : List.of(notes, notesCaption)) {
            n.visibleProperty().bind(ended.not());
            n.managedProperty().bind(ended.not());
        }
        wrap.visibleProperty().bind(ended);
        wrap.managedProperty().bind(ended);
        Button copy = new Button(Messages.get("call.copyPlain"));
        copy.setId("copyWrapUp");
        copy.disableProperty().bind(call.wrapUpPlainProperty().isEmpty());
        copy.setOnAction(e -> copy(call.wrapUpPlainProperty().get()));
        Button copyMd = new Button(Messages.get("call.copyMarkdown"));
        copyMd.setId("copyWrapUpMarkdown");
        copyMd.disableProperty().bind(call.wrapUpPlainProperty().isEmpty());
        copyMd.setOnAction(e -> copy(call.wrapUpMarkdownProperty().get()));
        for (Labeled l : List.of(title, auto, status)) { // whole on as many lines as they need, never "…"
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.setMinWidth(0);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        for (Button b : List.of(start, end, copy, copyMd)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // the button pairs wrap in a narrow panel rather than pushing the pane sideways
        VBox box = new VBox(6, title, new FlowPane(8, 6, start, end), auto, status, notesCaption, notes, wrap,
                new FlowPane(8, 6, copy, copyMd));
        box.setMinWidth(0);
        VBox.setVgrow(wrap, Priority.ALWAYS);
        VBox.setVgrow(notes, Priority.ALWAYS);
        return box;
    }

    static void copy(String text) {
        CopyMenu.copy(text);
    }
}
