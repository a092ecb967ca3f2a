package backoffice.app.workspace;

import atlantafx.base.theme.Styles;
import backoffice.app.Messages;
import backoffice.app.ui.ErrorBox;
import backoffice.app.ui.Forms;
import backoffice.app.ui.HoverTip;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The workspace under the impersonation controls: label, filter, instruments table; call notes on the right. */
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
        Button saveLabel = new Button(Messages.get("workspace.saveLabel"));
        saveLabel.setId("saveLabel");
        saveLabel.setOnAction(e -> vm.saveLabel());
        Label title = new Label(Messages.get("workspace.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        HBox head = new HBox(8, title, new Label(Messages.get("workspace.label")), label, saveLabel);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

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
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        refresh.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox tools = new HBox(8, filter, addId, add, refresh, Forms.spinner(vm.busyProperty()));
        tools.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("workspaceStatus");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);

        VBox left = new VBox(6, tools, status, new ErrorBox(vm.errorProperty()), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox right = callPanel(call);
        HBox body = new HBox(10, left, right);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(head, Forms.hint(Messages.get("workspace.hint")), body);
    }

    private static TableView<InstrumentRow> table(WorkspaceViewModel vm) {
        TableView<InstrumentRow> table = new TableView<>(vm.rows());
        table.setId("workspaceTable");
        table.setPlaceholder(new Label(Messages.get("workspace.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setTableMenuButtonVisible(true);
        table.setMinHeight(MIN_TABLE_HEIGHT); // eight dense rows at least; the pane scrolls when the window is smaller
        table.getStyleClass().add(Styles.DENSE);
        table.getColumns().add(column("workspace.col.kind", 75, InstrumentRow::kindText));
        table.getColumns().add(column("workspace.col.name", 150, r -> r.known().friendlyName()));
        table.getColumns().add(column("workspace.col.number", 150, InstrumentRow::numberOrCurrency));
        table.getColumns().add(column("workspace.col.state", 130, InstrumentRow::state));
        table.getColumns().add(column("workspace.col.balance", 140, InstrumentRow::balance));
        table.getColumns().add(column("workspace.col.lastSeen", 95,
                r -> SEEN.format(Instant.ofEpochMilli(r.known().lastSeen()))));
        table.getColumns().add(column("workspace.col.source", 150, InstrumentRow::sourcesText));
        table.getColumns().add(column("workspace.col.id", 165, r -> r.known().id()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<InstrumentRow>();
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
        status.setWrapText(true);
        status.textProperty().bind(call.statusProperty());
        TextArea notes = new TextArea();
        notes.setId("callNotes");
        notes.setPromptText(Messages.get("call.notesPrompt"));
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.textProperty().bindBidirectional(call.notesProperty());
        notes.disableProperty().bind(call.activeProperty().not());
        TextArea wrap = new TextArea();
        wrap.setId("wrapUp");
        wrap.setEditable(false);
        wrap.setWrapText(true);
        wrap.setPrefRowCount(6);
        wrap.textProperty().bind(call.wrapUpPlainProperty());
        Button copy = new Button(Messages.get("call.copyPlain"));
        copy.setId("copyWrapUp");
        copy.disableProperty().bind(call.wrapUpPlainProperty().isEmpty());
        copy.setOnAction(e -> copy(call.wrapUpPlainProperty().get()));
        Button copyMd = new Button(Messages.get("call.copyMarkdown"));
        copyMd.setId("copyWrapUpMarkdown");
        copyMd.disableProperty().bind(call.wrapUpPlainProperty().isEmpty());
        copyMd.setOnAction(e -> copy(call.wrapUpMarkdownProperty().get()));
        VBox box = new VBox(6, title, new HBox(8, start, end), auto, status, new Label(Messages.get("call.notes")),
                notes, wrap, new HBox(8, copy, copyMd));
        VBox.setVgrow(wrap, Priority.ALWAYS);
        box.setPrefWidth(300);
        box.setMinWidth(250);
        return box;
    }

    static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
