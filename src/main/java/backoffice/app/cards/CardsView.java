package backoffice.app.cards;

import atlantafx.base.theme.Styles;
import backoffice.app.Messages;
import backoffice.app.ui.CopyMenu;
import backoffice.app.ui.Css;
import backoffice.app.ui.ErrorBox;
import backoffice.app.ui.Forms;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/** Look a card up, see its details, block/unblock it with one toggle, remove it. */
public final class CardsView extends VBox {

    public CardsView(CardsViewModel vm) {
        setId("pane-CARDS");
        getStyleClass().add(Css.PANE);
        ValidationSupport validation = new ValidationSupport();

        TextField id = new TextField();
        id.setId("cardId");
        id.setPromptText(Messages.get("cards.idPrompt"));
        id.setPrefColumnCount(22);
        id.textProperty().bindBidirectional(vm.cardIdProperty());
        id.setOnAction(e -> vm.lookup());
        Button lookup = new Button(Messages.get("cards.lookup"));
        lookup.setId("cardLookup");
        lookup.getStyleClass().add(Styles.ACCENT);
        lookup.disableProperty().bind(vm.canLookupProperty().not());
        lookup.setOnAction(e -> vm.lookup());
        ComboBox<String> recent = new ComboBox<>(vm.recentCards());
        recent.setId("recentCards");
        recent.setPromptText(Messages.get("cards.recent"));
        recent.setPlaceholder(new Label(Messages.get("cards.noRecent"))); // it opened as an empty box
        recent.setOnAction(e -> {
            if (recent.getValue() != null) {
                vm.open(recent.getValue());
            }
        });
        Node busy = Forms.spinner(vm.busyProperty());
        Button statement = new Button(Messages.get("cards.statement"));
        statement.setId("cardStatement");
        statement.disableProperty().bind(vm.cardProperty().isNull());
        statement.setOnAction(e -> vm.openStatement());
        HBox search = new HBox(10, Forms.field(Messages.get("cards.id"), id, vm.cardIdErrorProperty(), validation),
                new VBox(4, new Label(" "), new HBox(8, lookup, statement, busy)),
                new VBox(4, new Label(Messages.get("cards.recentLabel")), recent));

        GridPane grid = new GridPane();
        grid.setId("cardDetails");
        grid.setHgap(14);
        grid.setVgap(6);
        for (int i = 0; i < 4; i++) {
            // labels keep their width; the two value columns share the rest and wrap
            ColumnConstraints cc = new ColumnConstraints();
            if (i % 2 == 0) {
                cc.setMinWidth(Region.USE_PREF_SIZE);
            } else {
                cc.setHgrow(Priority.ALWAYS);
                cc.setPercentWidth(33);
            }
            grid.getColumnConstraints().add(cc);
        }
        vm.details().addListener((ListChangeListener<CardDetail>) c -> fill(grid, vm));

        ToggleButton toggle = new ToggleButton();
        toggle.setId("blockToggle");
        toggle.textProperty().bind(Bindings.when(vm.blockedProperty())
                .then(Messages.get("cards.toggleBlocked")).otherwise(Messages.get("cards.toggleActive")));
        toggle.setSelected(vm.blockedProperty().get());
        vm.blockedProperty().addListener((o, a, now) -> toggle.setSelected(now));
        // not disabled while busy: a disabled control loses focus, and the next key went to the id field
        toggle.disableProperty().bind(vm.toggleAllowedProperty().not());
        toggle.visibleProperty().bind(vm.blockingAppliesProperty());
        toggle.managedProperty().bind(toggle.visibleProperty());
        toggle.setOnAction(e -> {
            toggle.setSelected(vm.blockedProperty().get());
            vm.toggleBlock();
        });
        Label reason = new Label();
        reason.setId("toggleReason");
        reason.setWrapText(true);
        reason.getStyleClass().add(Css.PANE_HINT);
        reason.textProperty().bind(vm.toggleReasonProperty());
        Button remove = new Button(Messages.get("cards.remove"));
        remove.setId("removeCard");
        remove.getStyleClass().add(Styles.DANGER);
        remove.disableProperty().bind(vm.removeAllowedProperty().not().or(vm.command().executableProperty().not()));
        remove.setOnAction(e -> vm.remove());
        Button refresh = new Button(Messages.get("cards.refresh"));
        refresh.setId("refreshCard");
        refresh.disableProperty().bind(vm.cardProperty().isNull().or(vm.command().executableProperty().not()));
        refresh.setOnAction(e -> vm.refresh());
        Button renewal = new Button();
        renewal.setId("renewalToggle");
        renewal.textProperty().bind(Bindings.when(vm.stopRenewingProperty())
                .then(Messages.get("cards.stopRenewing")).otherwise(Messages.get("cards.renew")));
        renewal.visibleProperty().bind(vm.renewalAllowedProperty());
        renewal.managedProperty().bind(renewal.visibleProperty());
        renewal.disableProperty().bind(vm.command().executableProperty().not());
        renewal.setOnAction(e -> vm.toggleRenewal());
        Label blocking = new Label(Messages.get("cards.blocking"));
        blocking.visibleProperty().bind(toggle.visibleProperty());
        blocking.managedProperty().bind(toggle.visibleProperty());
        HBox actions = new HBox(12, blocking, toggle, remove, renewal, refresh);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox cardBox = new VBox(12, grid, actions, reason);
        cardBox.getStyleClass().add("card-box");
        cardBox.visibleProperty().bind(vm.cardProperty().isNotNull());
        cardBox.managedProperty().bind(cardBox.visibleProperty());

        getChildren().addAll(Forms.title(Messages.get("nav.cards")), Forms.hint(Messages.get("cards.hint")), search,
                new ErrorBox(vm.errorProperty()), cardBox);
    }

    /**
     * Two label/value pairs a row, so every detail fits at 1024x700; a wide value (a link, the replacement) takes
     * its own row. Copyable values are selectable fields with a Copy button; the replacement opens in this pane.
     */
    private static void fill(GridPane grid, CardsViewModel vm) {
        grid.getChildren().clear();
        int row = 0;
        int col = 0;
        int n = 0;
        for (CardDetail d : vm.details()) {
            if (d.wide() && col > 0) {
                row++;
                col = 0;
            }
            Label label = new Label(d.label());
            label.getStyleClass().add(Css.PANE_HINT);
            label.setMinWidth(Region.USE_PREF_SIZE);
            Node value = valueNode(d, n++, vm);
            grid.add(label, col, row);
            grid.add(value, col + 1, row, d.wide() ? 3 : 1, 1);
            col = d.wide() || col > 0 ? 0 : 2;
            row += col == 0 ? 1 : 0;
        }
    }

    private static Node valueNode(CardDetail d, int n, CardsViewModel vm) {
        String id = "card-" + n;
        switch (d.kind()) {
            case COPY -> {
                return withCopy(d, id, vm);
            }
            case OPEN_CARD, OPEN_ACCOUNT -> {
                Hyperlink open = new Hyperlink(Messages.get(
                        d.kind() == CardDetail.Kind.OPEN_CARD ? "cards.open" : "cards.openStatement"));
                open.setId(id + "-open");
                open.setMinWidth(Region.USE_PREF_SIZE);
                open.setOnAction(e -> {
                    if (d.kind() == CardDetail.Kind.OPEN_CARD) {
                        vm.open(d.target());
                    } else {
                        vm.openAccount(d.target());
                    }
                });
                return withCopy(d, id, vm, open);
            }
            default -> {
                Label value = new Label(d.value());
                value.setId(id);
                value.setWrapText(true);
                // its row is as high as the wrapped lines: the grid measures rows at its columns' preferred widths,
                // and at 1024x700 "VISA · PHYSICAL · debit ..." was cut to one line
                value.setMinHeight(Region.USE_PREF_SIZE);
                value.getStyleClass().add(Styles.TEXT_BOLD);
                return value;
            }
        }
    }

    /** The value as a selectable field with a Copy button (copying the id the line names), then {@code more}. */
    private static HBox withCopy(CardDetail d, String id, CardsViewModel vm, Node... more) {
        TextField text = new TextField(d.value());
        text.setId(id);
        text.setEditable(false);
        text.getStyleClass().addAll(Styles.TEXT_BOLD, "selectable-value");
        // bold digits are wider than the average column: two more keep an 18-digit id whole
        text.setPrefColumnCount(Math.min(Math.max(d.value().length() + 2, 8), d.wide() ? 48 : 22));
        text.setMinWidth(60);
        Button copy = new Button(Messages.get("cards.copy"));
        copy.setId(id + "-copy");
        copy.getStyleClass().add(Styles.SMALL);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        copy.setOnAction(e -> {
            CopyMenu.copy(d.target());
            vm.copied(d.label());
        });
        HBox box = new HBox(6, text, copy);
        box.getChildren().addAll(more);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
