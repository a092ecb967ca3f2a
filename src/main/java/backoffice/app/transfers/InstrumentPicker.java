package backoffice.app.transfers;

import backoffice.app.Messages;
import backoffice.app.ui.Css;
import backoffice.client.model.InstrumentType;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Account-or-card plus id, a Check button (also on Enter or leaving the field), the summary or the problem. */
final class InstrumentPicker extends VBox {

    InstrumentPicker(String idPrefix, String caption, InstrumentField field, Runnable check) {
        super(4);
        ChoiceBox<InstrumentType> type = new ChoiceBox<>(FXCollections.observableArrayList(
                InstrumentType.MANAGED_ACCOUNTS, InstrumentType.MANAGED_CARDS));
        type.setId(idPrefix + "Type");
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(InstrumentType t) {
                return t == null ? "" : Messages.get("transfers.type." + t.wire());
            }

            @Override
            public InstrumentType fromString(String s) {
                return null;
            }
        });
        type.valueProperty().bindBidirectional(field.typeProperty());
        TextField id = new TextField();
        id.setId(idPrefix + "Id");
        id.setPromptText(Messages.get("transfers.idPrompt"));
        id.setPrefColumnCount(18);
        id.textProperty().bindBidirectional(field.idProperty());
        id.setOnAction(e -> check.run());
        id.focusedProperty().addListener((o, was, now) -> {
            if (!now && field.hasValidId() && field.summaryProperty().get() == null) {
                check.run();
            }
        });
        Button button = new Button(Messages.get("transfers.check"));
        button.setId(idPrefix + "Check");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(field.busyProperty());
        button.setOnAction(e -> check.run());
        Label summary = new Label();
        summary.setId(idPrefix + "Summary");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(() -> field.summaryProperty().get() == null ? ""
                : field.summaryProperty().get().label(), field.summaryProperty()));
        Label problem = new Label();
        problem.setId(idPrefix + "Error");
        problem.getStyleClass().add(Css.FIELD_ERROR);
        problem.textProperty().bind(Bindings.createStringBinding(() -> field.errorProperty().get() == null ? ""
                : field.errorProperty().get(), field.errorProperty()));
        getChildren().addAll(new Label(caption), new HBox(8, type, id, button), summary, problem);
    }
}
