package backoffice.app.cards;

import atlantafx.base.theme.Styles;
import backoffice.app.Messages;
import backoffice.app.ui.Css;
import backoffice.app.ui.ErrorBox;
import backoffice.app.ui.Forms;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
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
        recent.setOnAction(e -> {
            if (recent.getValue() != null) {
                vm.open(recent.getValue());
            }
        });
        javafx.scene.Node busy = Forms.spinner(vm.busyProperty());
        HBox search = new HBox(10, Forms.field(Messages.get("cards.id"), id, vm.cardIdErrorProperty(), validation),
                new VBox(4, new Label(" "), new HBox(8, lookup, busy)),
                new VBox(4, new Label(Messages.get("cards.recentLabel")), recent));

        GridPane grid = new GridPane();
        grid.setId("cardDetails");
        grid.setHgap(18);
        grid.setVgap(6);
        vm.details().addListener((ListChangeListener<CardDetail>) c -> fill(grid, vm));

        ToggleButton toggle = new ToggleButton();
        toggle.setId("blockToggle");
        toggle.textProperty().bind(javafx.beans.binding.Bindings.when(vm.blockedProperty())
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
        remove.disableProperty().bind(vm.removeAllowedProperty().not().or(vm.busyProperty()));
        remove.setOnAction(e -> vm.remove());
        Button refresh = new Button(Messages.get("cards.refresh"));
        refresh.setId("refreshCard");
        refresh.disableProperty().bind(vm.cardProperty().isNull().or(vm.busyProperty()));
        refresh.setOnAction(e -> vm.refresh());
        Button renewal = new Button();
        renewal.setId("renewalToggle");
        renewal.textProperty().bind(javafx.beans.binding.Bindings.when(vm.stopRenewingProperty())
                .then(Messages.get("cards.stopRenewing")).otherwise(Messages.get("cards.renew")));
        renewal.visibleProperty().bind(vm.renewalAllowedProperty());
        renewal.managedProperty().bind(renewal.visibleProperty());
        renewal.disableProperty().bind(vm.busyProperty());
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

    private static void fill(GridPane grid, CardsViewModel vm) {
        grid.getChildren().clear();
        int row = 0;
        for (CardDetail d : vm.details()) {
            Label label = new Label(d.label());
            label.getStyleClass().add(Css.PANE_HINT);
            Label value = new Label(d.value());
            value.setId("card-" + row);
            value.getStyleClass().add(Styles.TEXT_BOLD);
            grid.addRow(row++, label, value);
        }
    }
}
