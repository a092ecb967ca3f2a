package backoffice.app.journal;

import backoffice.app.Messages;
import backoffice.app.ui.CopyMenu;
import backoffice.app.ui.Css;
import backoffice.app.ui.Forms;
import backoffice.app.ui.HoverTip;
import backoffice.journal.JournalEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The audit journal as a table, with search and filters. */
public final class JournalView extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public JournalView(JournalViewModel vm) {
        setId("pane-JOURNAL");
        getStyleClass().add(Css.PANE);
        TextField search = new TextField();
        search.setId("journalSearch");
        search.setPromptText(Messages.get("journal.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        ChoiceBox<String> operation = new ChoiceBox<>(vm.operations());
        operation.setId("journalOperation");
        operation.setMinWidth(170);
        operation.valueProperty().bindBidirectional(vm.operationProperty());
        ChoiceBox<String> outcome = new ChoiceBox<>(FXCollections.observableArrayList(JournalViewModel.ALL,
                JournalEntry.OK, JournalEntry.FAILED));
        outcome.setId("journalOutcome");
        outcome.setMinWidth(110);
        outcome.valueProperty().bindBidirectional(vm.outcomeProperty());
        Button clear = new Button(Messages.get("journal.clearFilters"));
        clear.setOnAction(e -> vm.clearFilters());
        Button refresh = new Button(Messages.get("journal.refresh"));
        refresh.setId("journalRefresh");
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.refresh());

        TableView<JournalEntry> table = new TableView<>(vm.rows());
        table.setId("journalTable");
        CopyMenu.install(table, table.getSelectionModel(), List.of(
                CopyMenu.value("copy.requestRef", JournalEntry::requestRef),
                CopyMenu.value("copy.targetId", JournalEntry::targetId)));
        table.setPlaceholder(new Label(Messages.get("journal.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setTableMenuButtonVisible(true);
        table.getColumns().add(column("journal.col.time", e -> TIME.format(e.time()), 142));
        table.getColumns().add(column("journal.col.operation", JournalEntry::operation, 150));
        table.getColumns().add(column("journal.col.target", JournalEntry::targetId, 150));
        table.getColumns().add(column("journal.col.outcome", JournalEntry::outcome, 84));
        table.getColumns().add(column("journal.col.identity", vm::identityText, 170));
        table.getColumns().add(column("journal.col.environment", JournalEntry::environment, 120));
        table.getColumns().add(column("journal.col.user", JournalEntry::osUser, 80));
        // shown on demand from the column menu (top right): they rarely differ on one agent's machine
        table.getColumns().get(5).setVisible(false);
        table.getColumns().get(6).setVisible(false);
        table.getColumns().add(column("journal.col.requestRef", JournalEntry::requestRef, 110));
        TableColumn<JournalEntry, String> detail = column("journal.col.detail", JournalEntry::detail, 240);
        table.getColumns().add(detail);
        fillTheRest(table, detail);
        table.setMinHeight(32 + 8 * 37 + 18); // eight rows (as tall as the theme makes them) above the sideways scroll bar
        VBox.setVgrow(table, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("journalSummary");
        summary.getStyleClass().add(Css.SUMMARY);
        summary.textProperty().bind(vm.summaryProperty());
        Label notice = new Label();
        notice.textProperty().bind(vm.noticeProperty());

        getChildren().addAll(Forms.title(Messages.get("nav.journal")), Forms.hint(Messages.get("journal.hint")),
                new HBox(8, search, operation, outcome, clear, refresh), table, summary, notice);
        vm.refresh();
    }

    /** A column that is never narrower than {@code width}; a cell shows its full text as a tooltip. */
    private static TableColumn<JournalEntry, String> column(String key, Function<JournalEntry, String> value,
                                                            double width) {
        TableColumn<JournalEntry, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        HoverTip tip = new HoverTip(0);
        c.setCellFactory(col -> tip.textCell());
        return c;
    }

    /** The detail column takes the width the other visible columns leave (at least its own minimum). */
    private static void fillTheRest(TableView<JournalEntry> table, TableColumn<JournalEntry, String> detail) {
        Runnable fit = () -> {
            double others = table.getVisibleLeafColumns().stream().filter(c -> c != detail)
                    .mapToDouble(TableColumn::getWidth).sum();
            detail.setPrefWidth(Math.max(detail.getMinWidth(), table.getWidth() - others - 18));
        };
        table.widthProperty().addListener((o, a, b) -> fit.run());
        table.getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<JournalEntry, ?>>)
                ch -> fit.run());
        table.getColumns().forEach(c -> c.widthProperty().addListener((o, a, b) -> {
            if (c != detail) {
                fit.run();
            }
        }));
    }
}
