package backoffice.app.users;

import atlantafx.base.theme.Styles;
import backoffice.app.Messages;
import backoffice.app.ui.Css;
import backoffice.app.ui.ErrorBox;
import backoffice.app.ui.Forms;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/** Create an authorised user, invite or re-invite, deactivate; the users this console knows of, per identity. */
public final class UsersView extends VBox {

    public UsersView(UsersViewModel vm) {
        setId("pane-USERS");
        getStyleClass().add(Css.PANE);
        ValidationSupport validation = new ValidationSupport();

        FlowPane form = new FlowPane(12, 8);
        for (String f : UsersViewModel.FIELDS) {
            TextField input = new TextField();
            input.setId("user-" + f);
            input.setPromptText(Messages.get("users.prompt." + f));
            input.setPrefColumnCount(f.equals("countryCode") ? 5 : f.equals("email") ? 20 : 12);
            input.textProperty().bindBidirectional(vm.field(f));
            input.setOnAction(e -> vm.create());
            form.getChildren().add(Forms.field(Messages.get("users.f." + f), input, vm.fieldError(f), validation));
        }
        Button create = new Button(Messages.get("users.create"));
        create.setId("createUser");
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(vm.canCreateProperty().not());
        create.setOnAction(e -> vm.create());
        HBox createRow = new HBox(10, create, Forms.spinner(vm.busyProperty()));
        createRow.setAlignment(Pos.CENTER_LEFT);

        ListView<KnownUser> list = new ListView<>(vm.users());
        list.setId("knownUsers");
        list.setPrefHeight(160);
        list.setPlaceholder(new Label(Messages.get("users.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(KnownUser u, boolean empty) {
                super.updateItem(u, empty);
                setText(empty || u == null ? null : Messages.get("users.row", u.name(),
                        u.email() == null ? "-" : u.email(), u.id(), Messages.get("users.status." + u.status())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, a, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button invite = new Button(Messages.get("users.invite"));
        invite.setId("inviteUser");
        invite.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        invite.setOnAction(e -> vm.invite());
        Button deactivate = new Button(Messages.get("users.deactivate"));
        deactivate.setId("deactivateUser");
        deactivate.getStyleClass().add(Styles.DANGER);
        deactivate.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        deactivate.setOnAction(e -> vm.deactivate());
        TextField addId = new TextField();
        addId.setId("addUserId");
        addId.setPromptText(Messages.get("users.addIdPrompt"));
        addId.setPrefColumnCount(18);
        addId.textProperty().bindBidirectional(vm.addIdProperty());
        addId.setOnAction(e -> vm.addById());
        Button add = new Button(Messages.get("users.addId"));
        add.setId("addUser");
        add.setOnAction(e -> vm.addById());
        HBox actions = new HBox(10, invite, deactivate, new Label(" "), addId, add);
        actions.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(Forms.title(Messages.get("nav.users")), Forms.hint(Messages.get("users.hint")),
                new ErrorBox(vm.errorProperty()), Forms.title(Messages.get("users.newTitle")), form, createRow,
                Forms.title(Messages.get("users.knownTitle")), Forms.hint(Messages.get("users.knownHint")), list,
                actions);
    }
}
