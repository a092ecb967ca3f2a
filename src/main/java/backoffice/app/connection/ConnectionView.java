package backoffice.app.connection;

import atlantafx.base.theme.Styles;
import backoffice.app.Messages;
import backoffice.app.settings.EnvironmentKind;
import backoffice.app.ui.Css;
import backoffice.app.ui.ErrorBox;
import backoffice.app.ui.Forms;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/** Choose the backend and give a remote environment's api-key. */
public final class ConnectionView extends VBox {

    public ConnectionView(ConnectionViewModel vm) {
        setId("pane-CONNECTION");
        getStyleClass().add(Css.PANE);
        ValidationSupport validation = new ValidationSupport();

        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(6);
        for (EnvironmentKind kind : EnvironmentKind.values()) {
            RadioButton r = new RadioButton(Messages.get("connection.kind." + kind.name()));
            r.setId("env-" + kind.name());
            r.setUserData(kind);
            r.setToggleGroup(group);
            r.setSelected(vm.kindProperty().get() == kind);
            choices.getChildren().add(r);
        }
        group.selectedToggleProperty().addListener((o, a, now) -> {
            if (now != null) {
                vm.kindProperty().set((EnvironmentKind) now.getUserData());
            }
        });
        vm.kindProperty().addListener((o, a, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(group::selectToggle));

        TextField url = new TextField();
        url.setId("customUrl");
        url.setPromptText("https://…");
        url.textProperty().bindBidirectional(vm.customUrlProperty());
        VBox urlField = Forms.field(Messages.get("connection.url"), url, vm.urlErrorProperty(), validation);
        urlField.visibleProperty().bind(vm.kindProperty().isEqualTo(EnvironmentKind.CUSTOM));
        urlField.managedProperty().bind(urlField.visibleProperty());

        CheckBox clear = new CheckBox(Messages.get("connection.allowCleartext"));
        clear.setId("allowCleartext");
        clear.selectedProperty().bindBidirectional(vm.allowCleartextProperty());
        Label clearWhy = new Label(Messages.get("connection.cleartextRefused"));
        clearWhy.setId("cleartextWarning");
        clearWhy.setWrapText(true);
        clearWhy.getStyleClass().add(Css.FIELD_ERROR);
        VBox clearBox = new VBox(4, clearWhy, clear);
        clearBox.visibleProperty().bind(vm.cleartextProperty());
        clearBox.managedProperty().bind(clearBox.visibleProperty());

        PasswordField key = new PasswordField();
        key.setId("apiKey");
        key.setPromptText(Messages.get("connection.apiKeyPrompt"));
        key.textProperty().bindBidirectional(vm.apiKeyProperty());
        VBox keyField = Forms.field(Messages.get("connection.apiKey"), key, null, null);
        CheckBox remember = new CheckBox(Messages.get("connection.remember"));
        remember.setId("rememberKey");
        remember.selectedProperty().bindBidirectional(vm.rememberKeyProperty());
        remember.disableProperty().bind(vm.keychainAvailableProperty().not());
        Button forget = new Button(Messages.get("connection.forget"));
        forget.setId("forgetKey");
        forget.setOnAction(e -> vm.forgetKey());
        forget.disableProperty().bind(vm.keychainAvailableProperty().not());
        VBox keyBox = new VBox(8, keyField, new HBox(12, remember, forget));
        keyBox.visibleProperty().bind(vm.needsKeyProperty());
        keyBox.managedProperty().bind(keyBox.visibleProperty());

        Label keychain = new Label();
        keychain.setId("keychainStatus");
        keychain.setWrapText(true);
        keychain.getStyleClass().add(Css.PANE_HINT);
        keychain.textProperty().bind(vm.keychainStatusProperty());

        Button connect = new Button(Messages.get("connection.connect"));
        connect.setId("connect");
        connect.setDefaultButton(true);
        connect.getStyleClass().add(Styles.ACCENT);
        connect.disableProperty().bind(vm.canConnectProperty().not());
        connect.setOnAction(e -> vm.connect());
        Node busy = Forms.spinner(vm.busyProperty());
        Label status = new Label();
        status.setId("connectionStatus");
        status.textProperty().bind(vm.statusProperty());

        VBox form = new VBox(12, choices, urlField, clearBox, keyBox, keychain, new HBox(10, connect, busy), status,
                new ErrorBox(vm.errorProperty()));
        form.getStyleClass().add(Css.FORM);
        getChildren().addAll(Forms.title(Messages.get("nav.connection")), Forms.hint(Messages.get("connection.hint")),
                form);
    }
}
