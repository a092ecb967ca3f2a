package backoffice.app.transfers;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import backoffice.app.Messages;
import backoffice.app.transactions.TransactionDetail;
import backoffice.app.transactions.TransactionDetailView;
import backoffice.app.ui.CopyMenu;
import backoffice.app.ui.Css;
import backoffice.app.ui.DateRange;
import backoffice.app.command.MoneyForm;
import backoffice.app.command.MoneyStrip;
import backoffice.app.ui.ErrorBox;
import backoffice.app.ui.Forms;
import backoffice.app.ui.Money;
import backoffice.app.ui.UncachedViewport;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.Transfer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** New transfer, charge a fee, and the list of transfers. */
public final class TransfersView extends VBox {

    /** The height the information notice takes when it floats over the bottom of a pane (one line, padded). */
    private static final double NOTICE_ROOM = 44;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public TransfersView(TransferFormViewModel transfer, FeeFormViewModel fee, TransferListViewModel list) {
        setId("pane-TRANSFERS");
        getStyleClass().add(Css.PANE);
        TabPane tabs = new TabPane(new Tab(Messages.get("transfers.tab.new"), scrolling(transferForm(transfer),
                transfer.resultProperty())),
                new Tab(Messages.get("transfers.tab.fee"), scrolling(feeForm(fee), fee.resultProperty())),
                new Tab(Messages.get("transfers.tab.list"), list(list)));
        list.onScreenProperty().bind(tabs.getTabs().get(2).selectedProperty().and(visibleProperty()));
        transfer.lastSentProperty().addListener((o, a, now) -> list.outdated());
        tabs.setId("transferTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.addEventFilter(KeyEvent.KEY_PRESSED, e -> { // from any field: a text field would take Ctrl+Tab itself
            boolean next = e.isControlDown() && (e.getCode() == KeyCode.PAGE_DOWN
                    || (e.getCode() == KeyCode.TAB && !e.isShiftDown()));
            boolean previous = e.isControlDown() && (e.getCode() == KeyCode.PAGE_UP
                    || (e.getCode() == KeyCode.TAB && e.isShiftDown()));
            if (next || previous) {
                int n = tabs.getTabs().size();
                tabs.getSelectionModel().select(Math.floorMod(tabs.getSelectionModel().getSelectedIndex()
                        + (next ? 1 : -1), n));
                tabs.requestFocus();
                e.consume();
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(Forms.title(Messages.get("nav.transfers")), Forms.hint(Messages.get("transfers.hint")),
                tabs);
    }

    /**
     * A form that scrolls when the window is too low for it (1024x700), so Send and the result stay reachable; a new
     * result is scrolled into view above the room the information notice floats over (it cut and covered it, s30).
     */
    private static ScrollPane scrolling(VBox form, ReadOnlyStringProperty result) {
        Region noticeRoom = new Region();
        noticeRoom.setMinHeight(NOTICE_ROOM);
        ScrollPane scroll = UncachedViewport.install(new ScrollPane(new VBox(form, noticeRoom)));
        result.addListener((o, a, now) -> {
            if (now != null && !now.isEmpty()) {
                scroll.applyCss();
                scroll.layout();
                scroll.setVvalue(scroll.getVmax());
            }
        });
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    private static VBox transferForm(TransferFormViewModel vm) {
        Map<FormPart, Node> parts = new EnumMap<>(FormPart.class);
        Runnable enter = () -> submitOrShowFirstProblem(vm, vm.problemAtProperty(), parts);
        InstrumentPicker from = new InstrumentPicker("source", Messages.get("transfers.from"), vm.source(),
                vm::checkSource, enter);
        InstrumentPicker to = new InstrumentPicker("destination", Messages.get("transfers.to"), vm.destination(),
                vm::checkDestination, enter);
        TextField amount = text("transferAmount", vm.amountProperty(), Messages.get("transfers.amountPrompt"));
        TextField tag = text("transferTag", vm.tagProperty(), Messages.get("transfers.tagPrompt"));
        TextField description = text("transferDescription", vm.descriptionProperty(),
                Messages.get("transfers.descriptionPrompt"));
        TextField profile = text("transferProfile", vm.profileIdProperty(), "");
        for (TextField f : new TextField[] {amount, tag, description, profile}) {
            f.setPrefColumnCount(30);
            f.setOnAction(e -> enter.run());
        }
        parts.putAll(Map.of(FormPart.SOURCE, from.idField(), FormPart.DESTINATION, to.idField(),
                FormPart.AMOUNT, amount, FormPart.TAG, tag, FormPart.DESCRIPTION, description,
                FormPart.PROFILE, profile));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("transfers.amount")), amount);
        grid.addRow(1, new Label(Messages.get("transfers.tag")), tag);
        grid.addRow(2, new Label(Messages.get("transfers.description")), description);
        grid.addRow(3, new Label(Messages.get("transfers.profile")), profile);
        Label problem = problem("transferProblem", vm.problemProperty());
        markProblem(vm.problemAtProperty(), parts);
        FlowPane sides = new FlowPane(24, 8, from, to); // side by side when they fit, else To under From
        VBox box = new VBox(12, sides, grid, problem);
        box.getChildren().addAll(MoneyStrip.of(vm, Messages.get("transfers.send"),
                new MoneyStrip.Ids("transferSend", "transferRetry", "transferResult")));
        box.getStyleClass().add("tab-body");
        return box;
    }

    private static VBox feeForm(FeeFormViewModel vm) {
        ComboBox<String> type = new ComboBox<>(vm.feeTypes());
        type.setId("feeType");
        type.setEditable(true);
        type.setPrefWidth(320);
        type.valueProperty().bindBidirectional(vm.feeTypeProperty());
        Map<FormPart, Node> parts = new EnumMap<>(FormPart.class);
        Runnable enter = () -> submitOrShowFirstProblem(vm, vm.problemAtProperty(), parts);
        type.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !type.isShowing()) {
                Platform.runLater(enter); // after the editable box has taken what was typed as its value
            }
        });
        InstrumentPicker from = new InstrumentPicker("feeSource", Messages.get("fees.source"), vm.source(),
                vm::checkSource, enter);
        parts.putAll(Map.of(FormPart.FEE_TYPE, type, FormPart.SOURCE, from.idField()));
        VBox box = new VBox(12, new VBox(4, new Label(Messages.get("fees.type")), type), from,
                problem("feeProblem", vm.problemProperty()));
        box.getChildren().addAll(MoneyStrip.of(vm, Messages.get("fees.send"),
                new MoneyStrip.Ids("feeSend", "feeRetry", "feeResult")));
        box.getStyleClass().add("tab-body");
        return box;
    }

    private static VBox list(TransferListViewModel vm) {
        ChoiceBox<String> state = new ChoiceBox<>(FXCollections.observableArrayList(TransferListViewModel.STATES));
        state.setId("filterState");
        state.valueProperty().bindBidirectional(vm.stateProperty());
        TextField tag = text("filterTag", vm.tagProperty(), Messages.get("transfers.filter.tag"));
        TextField instrument = text("filterInstrument", vm.instrumentIdProperty(),
                Messages.get("transfers.filter.instrument"));
        CheckBox sourceIsCard = new CheckBox(
                Messages.get("transfers.filter.isCard"));
        sourceIsCard.setId("filterInstrumentIsCard");
        sourceIsCard.selectedProperty().bindBidirectional(vm.instrumentIsCardProperty());
        TextField profile = text("filterProfile", vm.profileIdProperty(), Messages.get("transfers.filter.profile"));
        DateRange dates = new DateRange("filter", Messages.get("transfers.filter.from"),
                Messages.get("transfers.filter.to"), vm.fromProperty(), vm.toProperty(), null,
                LocalDate::now);
        Button search = new Button(Messages.get("transfers.filter.search"));
        search.setId("transferSearch");
        search.getStyleClass().add(Styles.ACCENT);
        search.disableProperty().bind(vm.busyProperty().or(dates.from().errorProperty().isNotNull())
                .or(dates.to().errorProperty().isNotNull()));
        search.setOnAction(e -> {
            dates.commit();
            vm.search();
        });
        dates.setOnEnter(search::fire);
        for (TextField f : new TextField[] {tag, instrument, profile}) {
            f.setOnAction(e -> search.fire()); // Enter in a filter searches (it did nothing: a walk-through)
        }
        TableView<Transfer> table = new TableView<>(vm.rows());
        table.setId("transferTable");
        CopyMenu.install(table, table.getSelectionModel(), List.of(
                CopyMenu.value("copy.transferId", Transfer::id),
                CopyMenu.value("copy.sourceId", t -> t.source() == null ? null : t.source().id()),
                CopyMenu.value("copy.destinationId", t -> t.destination() == null ? null
                        : t.destination().id())));
        Label empty = new Label();
        empty.textProperty().bind(vm.emptyTextProperty()); // before a list: what to do, never "No transfers"
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(col("transfers.col.time", t -> TIME.format(Instant.ofEpochMilli(
                t.creationTimestamp())), 150));
        table.getColumns().add(col("transfers.col.id", Transfer::id, 160));
        table.getColumns().add(col("transfers.col.amount", t -> Money.format(t.destinationAmount().amount(),
                t.destinationAmount().currency()), 110));
        table.getColumns().add(col("transfers.col.state", TransferStates::describe, 170));
        table.getColumns().add(link("transfers.col.source", Transfer::source, vm));
        table.getColumns().add(link("transfers.col.destination", Transfer::destination, vm));
        table.getColumns().add(col("transfers.col.tag", Transfer::tag, 90));
        table.getColumns().add(col("transfers.col.description", Transfer::description, 150));
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                TransactionDetailView.show(table.getScene().getWindow(),
                        TransactionDetail.of(table.getSelectionModel().getSelectedItem()),
                        vm::open);
            }
        });
        table.setRowFactory(t -> {
            TableRow<Transfer> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    TransactionDetailView.show(table.getScene().getWindow(),
                            TransactionDetail.of(row.getItem()), vm::open);
                }
            });
            return row;
        });
        Button previous = new Button(Messages.get("transfers.list.previous"));
        previous.disableProperty().bind(vm.hasPreviousProperty().not().or(vm.busyProperty()));
        previous.setOnAction(e -> vm.previous());
        Button next = new Button(Messages.get("transfers.list.next"));
        next.setId("transferNext");
        next.disableProperty().bind(vm.hasNextProperty().not().or(vm.busyProperty()));
        next.setOnAction(e -> vm.next());
        Label summary = new Label();
        summary.setId("transferSummary");
        summary.textProperty().bind(vm.summaryProperty());
        Button openSource = openSide("transferOpenSource", "transfers.list.openSource", table, Transfer::source, vm);
        Button openDestination = openSide("transferOpenDestination", "transfers.list.openDestination", table,
                Transfer::destination, vm);
        HBox pager = new HBox(10, previous, next, summary, openSource, openDestination);
        pager.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, new HBox(8, state, tag, instrument, sourceIsCard, profile), new HBox(8, dates,
                new VBox(4, new Label(" "), new HBox(8, search, Forms.spinner(vm.busyProperty())))), table,
                pager,
                new ErrorBox(vm.errorProperty()));
        box.getStyleClass().add("tab-body");
        return box;
    }

    /**
     * The field the problem line speaks of is marked (red), so the sentence under the form points at it: the tag's
     * error showed at the bottom with no field marked (an agent's walk-through).
     */
    private static void markProblem(ReadOnlyObjectProperty<FormPart> problemAt, Map<FormPart, Node> parts) {
        problemAt.addListener((o, was, now) -> parts.forEach((part, node) ->
                node.pseudoClassStateChanged(Styles.STATE_DANGER, part == now)));
    }

    /**
     * What Enter does in any field of a money form: the same as its primary button on a valid form (the review and
     * confirmation); on an invalid one, the first problem shows and its field takes the focus. Enter again after a
     * success finds the form disarmed, so it sends nothing.
     */
    private static void submitOrShowFirstProblem(MoneyForm form, ReadOnlyObjectProperty<FormPart> problemAt,
                                                 Map<FormPart, Node> parts) {
        form.submit();
        Node at = problemAt.get() == null ? null : parts.get(problemAt.get());
        if (at != null) {
            at.requestFocus();
        }
    }

    /** A cell that reads as a link, in the theme's accent colour. */
    private static final String LINK_STYLE = "-fx-text-fill: -color-accent-fg; -fx-underline: true;";

    /** The source or destination id as a link: one click opens a card in Cards, an account in Statements. */
    private static TableColumn<Transfer, InstrumentId> link(String key, Function<Transfer, InstrumentId> side,
                                                            TransferListViewModel vm) {
        TableColumn<Transfer, InstrumentId> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(165);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(side.apply(d.getValue())));
        c.setCellFactory(col -> {
            TableCell<Transfer, InstrumentId> cell = new TableCell<>() {
                @Override
                protected void updateItem(InstrumentId id, boolean empty) {
                    super.updateItem(id, empty);
                    boolean link = !empty && id != null && id.id() != null;
                    setText(link ? id.id() : null);
                    setStyle(link ? LINK_STYLE : null);
                    setCursor(link ? Cursor.HAND : null);
                    setTooltip(link ? new Tooltip(Messages.get(isCard(id)
                            ? "transfers.list.openCard" : "transfers.list.openAccount", id.id())) : null);
                }
            };
            cell.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS); // the id's end tells them apart
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !cell.isEmpty()
                        && cell.getItem() != null) {
                    vm.open(cell.getItem()); // keyboard: the row's "Open source/destination" buttons
                }
            });
            return cell;
        });
        return c;
    }

    /** Opens the selected transfer's source or destination (the keyboard's way to the column links). */
    private static Button openSide(String id, String key, TableView<Transfer> table,
                                   Function<Transfer, InstrumentId> side, TransferListViewModel vm) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        b.setOnAction(e -> {
            Transfer t = table.getSelectionModel().getSelectedItem();
            if (t != null) {
                vm.open(side.apply(t));
            }
        });
        return b;
    }

    private static boolean isCard(InstrumentId id) {
        return id.isCard();
    }

    private static TextField text(String id, StringProperty value, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.textProperty().bindBidirectional(value);
        return t;
    }

    private static Label problem(String id, ObservableValue<String> text) {
        return Forms.line(id, text, Styles.WARNING);
    }

    private static TableColumn<Transfer, String> col(String key, Function<Transfer, String> value, double width) {
        return Forms.column(key, value, width);
    }
}
