package backoffice.app.users;

import atlantafx.base.theme.Styles;
import backoffice.app.Messages;
import backoffice.app.ui.CopyMenu;
import backoffice.app.ui.Css;
import backoffice.app.ui.ErrorBox;
import backoffice.app.ui.Forms;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/** Create an authorised user, invite or re-invite, deactivate; the users this console knows of, per identity. */
public final class UsersView extends VBox {

    /** Style class of the known-users list: a selection and a focus outline that show in both themes. */
    static final String LIST_STYLE = "users-list";
    private static final int COLUMNS = 3;

    public UsersView(UsersViewModel vm) {
        setId("pane-USERS");
        getStyleClass().add(Css.PANE);

        Button create = new Button(Messages.get("users.create"));
        create.setId("createUser");
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(vm.canCreateProperty().not());
        create.setOnAction(e -> vm.create());
        Label why = Forms.line("createBlocker", vm.createBlockerProperty(), Css.PANE_HINT);
        HBox createRow = new HBox(10, create, Forms.spinner(vm.busyProperty()), why);
        createRow.setAlignment(Pos.CENTER_LEFT);

        ListView<KnownUser> list = knownUsers(vm);
        HBox.setHgrow(list, Priority.ALWAYS);
        HBox listAndActions = new HBox(10, list, selectionActions(vm));
        VBox.setVgrow(listAndActions, Priority.ALWAYS);
        getChildren().addAll(Forms.title(Messages.get("nav.users")), Forms.hint(Messages.get("users.hint")),
                new ErrorBox(vm.errorProperty()), form(vm), createRow,
                Forms.title(Messages.get("users.knownTitle")), Forms.hint(Messages.get("users.knownHint")),
                listAndActions, addByIdRow(vm));
    }

    /**
     * The new-user fields on a fixed grid (three equal columns), each with one line kept for its error, so nothing
     * moves to another line while the agent types.
     */
    private static GridPane form(UsersViewModel vm) {
        ValidationSupport validation = new ValidationSupport();
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / COLUMNS);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        int i = 0;
        for (String f : UsersViewModel.FIELDS) {
            TextField input = new TextField();
            input.setId("user-" + f);
            input.setPromptText(Messages.get("users.prompt." + f));
            input.setMaxWidth(Double.MAX_VALUE);
            input.textProperty().bindBidirectional(vm.field(f));
            input.setOnAction(e -> vm.create());
            VBox cell = Forms.field(Messages.get("users.f." + f), input, vm.fieldError(f), validation);
            Node problem = cell.getChildren().get(cell.getChildren().size() - 1);
            problem.managedProperty().unbind();
            problem.setManaged(true);
            ((Region) problem).setMinHeight(Region.USE_PREF_SIZE);
            grid.add(cell, i % COLUMNS, i / COLUMNS);
            i++;
        }
        return grid;
    }

    private static ListView<KnownUser> knownUsers(UsersViewModel vm) {
        ListView<KnownUser> list = new ListView<>(vm.users());
        list.setId("knownUsers");
        CopyMenu.install(list, list.getSelectionModel(), List.of(
                CopyMenu.value("copy.userId", KnownUser::id)));
        list.getStyleClass().add(LIST_STYLE);
        list.setPrefHeight(150);
        list.setMinHeight(60);
        Label empty = new Label();
        empty.textProperty().bind(vm.emptyListTextProperty());
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(KnownUser u, boolean isEmpty) {
                super.updateItem(u, isEmpty);
                setText(isEmpty || u == null ? null : u.row());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, a, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });
        return list;
    }

    /** What acts on the selected user (beside the list), the selected user named on the Deactivate button. */
    private static VBox selectionActions(UsersViewModel vm) {
        var noneOrBusy = vm.selectedProperty().isNull().or(vm.command().executableProperty().not());
        Button invite = new Button(Messages.get("users.invite"));
        invite.setId("inviteUser");
        invite.disableProperty().bind(noneOrBusy);
        invite.setOnAction(e -> vm.invite());
        Button deactivate = new Button();
        deactivate.setId("deactivateUser");
        deactivate.getStyleClass().add(Styles.DANGER);
        deactivate.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? Messages.get("users.deactivate") : Messages.get("users.deactivateSelected",
                vm.selectedProperty().get().knownName() != null ? vm.selectedProperty().get().knownName()
                        : vm.selectedProperty().get().id()), vm.selectedProperty()));
        deactivate.disableProperty().bind(noneOrBusy);
        deactivate.setOnAction(e -> vm.deactivate());
        Button forget = new Button(Messages.get("users.forget"));
        forget.setId("forgetUser");
        forget.disableProperty().bind(noneOrBusy);
        forget.setOnAction(e -> vm.forget());
        Button holders = new Button(Messages.get("users.findHolders"));
        holders.setId("findCardHolders");
        holders.disableProperty().bind(vm.command().executableProperty().not());
        holders.setOnAction(e -> vm.addCardHolders());
        VBox column = new VBox(8, invite, deactivate, forget, holders);
        column.setPrefWidth(230);
        column.setMinWidth(Region.USE_PREF_SIZE);
        for (Node b : column.getChildren()) {
            ((Button) b).setMaxWidth(Double.MAX_VALUE);
        }
        return column;
    }

    private static HBox addByIdRow(UsersViewModel vm) {
        TextField addId = new TextField();
        addId.setId("addUserId");
        addId.setPromptText(Messages.get("users.addIdPrompt"));
        addId.setPrefColumnCount(16);
        addId.textProperty().bindBidirectional(vm.addIdProperty());
        addId.setOnAction(e -> vm.addById());
        TextField addName = new TextField();
        addName.setId("addUserName");
        addName.setPromptText(Messages.get("users.addNamePrompt"));
        addName.setPrefColumnCount(16);
        addName.textProperty().bindBidirectional(vm.addNameProperty());
        addName.setOnAction(e -> vm.addById());
        Button add = new Button(Messages.get("users.addId"));
        add.setId("addUser");
        add.setOnAction(e -> vm.addById());
        HBox row = new HBox(10, addId, addName, add);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
