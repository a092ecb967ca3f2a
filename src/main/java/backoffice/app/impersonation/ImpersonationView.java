package backoffice.app.impersonation;

import atlantafx.base.theme.Styles;
import backoffice.app.Messages;
import backoffice.app.ui.Css;
import backoffice.app.ui.ErrorBox;
import backoffice.app.ui.Forms;
import backoffice.app.ui.SegmentedChoice;
import backoffice.client.model.IdentityType;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/** Impersonate a customer's identity, switch between recent ones, clear; look a card or account up. */
public final class ImpersonationView extends VBox {

    public ImpersonationView(ImpersonationViewModel vm) {
        this(vm, null);
    }

    /** With the customer workspace (identity, instruments, call notes) below the impersonation controls. */
    public ImpersonationView(ImpersonationViewModel vm, Node workspace) {
        setId("pane-IMPERSONATION");
        getStyleClass().add(Css.PANE);
        ValidationSupport validation = new ValidationSupport();

        SegmentedChoice<IdentityType> type = new SegmentedChoice<>("identityType", List.of(IdentityType.CORPORATE,
                IdentityType.CONSUMER), IdentityType::name, vm.identityTypeProperty());
        TextField id = new TextField();
        id.setId("identityId");
        id.setPromptText(Messages.get("impersonation.idPrompt"));
        id.setPrefColumnCount(22);
        id.textProperty().bindBidirectional(vm.identityIdProperty());
        id.setOnAction(e -> vm.impersonate());
        Button go = new Button(Messages.get("impersonation.go"));
        go.setId("impersonate");
        go.getStyleClass().add(Styles.ACCENT);
        go.disableProperty().bind(vm.canImpersonateProperty().not());
        go.setOnAction(e -> vm.impersonate());
        Node busy = Forms.spinner(vm.busyProperty());
        Button clear = new Button(Messages.get("impersonation.clear"));
        clear.setId("clearImpersonation");
        clear.setOnAction(e -> vm.clear());
        clear.disableProperty().bind(vm.impersonatingProperty().not());
        HBox row = new HBox(10, new VBox(4, new Label(Messages.get("impersonation.type")), type),
                Forms.field(Messages.get("impersonation.id"), id, vm.idErrorProperty(), validation),
                new VBox(4, new Label(" "), new HBox(8, go, busy)));

        Label current = new Label();
        current.setId("currentIdentity");
        current.getStyleClass().add(Styles.TEXT_BOLD);
        current.textProperty().bind(vm.currentProperty());
        // a saved label makes the line longer than a 1024 px window: it wraps rather than pushing the buttons out
        current.setWrapText(true);
        current.setMinWidth(120);
        current.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(current, Priority.SOMETIMES);

        ListView<String> recent = new ListView<>(vm.recent());
        recent.setId("recentList");
        recent.setPrefHeight(170);
        recent.setMinHeight(110); // "Change…" with the workspace below: the pane scrolls rather than squash the list
        recent.setPlaceholder(new Label(Messages.get("impersonation.noRecent")));
        recent.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String key, boolean empty) {
                super.updateItem(key, empty);
                setText(empty || key == null ? null : vm.recentText(key));
            }
        });
        vm.labels().addListener((MapChangeListener<String, String>) c -> recent.refresh());
        recent.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.impersonateRecent(recent.getSelectionModel().getSelectedItem());
            }
        });
        recent.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.impersonateRecent(recent.getSelectionModel().getSelectedItem());
            }
        });
        Button switchTo = new Button(Messages.get("impersonation.switch"));
        switchTo.setId("switchIdentity");
        switchTo.disableProperty().bind(recent.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.impersonation().executableProperty().not()));
        switchTo.setOnAction(e -> vm.impersonateRecent(recent.getSelectionModel().getSelectedItem()));
        Button forget = new Button(Messages.get("impersonation.forgetRecent"));
        forget.setId("forgetRecent");
        forget.setOnAction(e -> vm.forgetRecent());
        VBox recentBox = new VBox(8, recent, new HBox(8, switchTo, forget));
        TitledPane recentPane = new TitledPane(Messages.get("impersonation.recent"), recentBox);
        recentPane.setId("recentPane");

        // acting as someone, the form folds into this line; "Change…" unfolds it to impersonate someone else
        BooleanProperty changing = new SimpleBooleanProperty();
        Button change = new Button();
        change.setId("changeIdentity");
        change.textProperty().bind(Bindings.when(changing).then(Messages.get("impersonation.keep"))
                .otherwise(Messages.get("impersonation.change")));
        change.visibleProperty().bind(vm.impersonatingProperty());
        change.managedProperty().bind(change.visibleProperty());
        change.setOnAction(e -> {
            changing.set(!changing.get());
            if (changing.get()) {
                id.requestFocus();
                id.selectAll();
            }
        });
        for (Button b : List.of(change, clear)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox summary = new HBox(10, current, change, clear);
        summary.setId("identitySummary");
        summary.setAlignment(Pos.CENTER_LEFT);
        vm.currentProperty().addListener((o, a, now) -> changing.set(false)); // someone (else) is impersonated now

        TitledPane lookup = lookup(vm, validation);
        Node hint = Forms.hint(Messages.get("impersonation.hint"));
        getChildren().addAll(Forms.title(Messages.get("nav.impersonation")), hint, row, summary,
                new ErrorBox(vm.errorProperty()), recentPane, lookup);
        if (workspace != null) {
            // acting as someone: the form, its hint and the recent list fold into the summary line and the look-up
            // folds to its header, so the workspace table is in view at 1366x768 and 1024x700
            BooleanBinding form = vm.impersonatingProperty().not().or(changing);
            for (Node n : List.of(hint, row, recentPane)) {
                n.visibleProperty().bind(form);
                n.managedProperty().bind(form);
            }
            lookup.setExpanded(!vm.impersonatingProperty().get());
            vm.impersonatingProperty().addListener((o, a, now) -> {
                lookup.setExpanded(!now);
                if (now && getScene() != null && isFocusWithin()) { // the id field folded away: type to filter
                    Platform.runLater(() -> {
                        Node filter = workspace.lookup("#workspaceFilter");
                        if (filter != null) {
                            filter.requestFocus();
                        }
                    });
                }
            });
            workspace.visibleProperty().bind(vm.impersonatingProperty());
            workspace.managedProperty().bind(workspace.visibleProperty());
            VBox.setVgrow(workspace, Priority.ALWAYS);
            getChildren().add(workspace);
        }
    }

    private static TitledPane lookup(ImpersonationViewModel vm, ValidationSupport validation) {
        SegmentedChoice<ImpersonationViewModel.LookupKind> kind = new SegmentedChoice<>("lookupKind",
                List.of(ImpersonationViewModel.LookupKind.values()), k -> Messages.get("lookup.kind." + k.name()),
                vm.lookupKindProperty());
        TextField id = new TextField();
        id.setId("lookupId");
        id.setPromptText(Messages.get("lookup.prompt"));
        id.textProperty().bindBidirectional(vm.lookupIdProperty());
        id.setOnAction(e -> vm.lookup());
        id.setPrefColumnCount(26);
        Button open = new Button(Messages.get("lookup.open"));
        open.setId("lookupButton");
        open.disableProperty().bind(vm.canLookupProperty().not());
        open.setOnAction(e -> vm.lookup());
        Node busy = Forms.spinner(vm.lookupBusyProperty());
        busy.setId("lookupBusy");
        Label result = new Label();
        result.setId("lookupResult");
        result.setWrapText(true);
        result.textProperty().bind(vm.lookupResultProperty());
        VBox box = new VBox(8, new HBox(8, new VBox(4, new Label(" "), kind),
                Forms.field(Messages.get("lookup.id"), id, vm.lookupErrorProperty(), validation),
                new VBox(4, new Label(" "), new HBox(8, open, busy))), result);
        TitledPane pane = new TitledPane(Messages.get("lookup.title"), box);
        pane.setId("lookupPane");
        return pane;
    }
}
