package backoffice.app.ui;

import atlantafx.base.theme.Styles;
import backoffice.app.Messages;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Shows an {@link ErrorReport} inline under a form: the sentence, then errorCode and request-ref in a selectable
 * field with a Copy button. Hidden while there is no error.
 */
public final class ErrorBox extends VBox {

    public ErrorBox(ObservableValue<ErrorReport> report) {
        getStyleClass().add(Css.ERROR_BOX);
        setSpacing(6);
        Label sentence = new Label();
        sentence.setId("errorSentence");
        sentence.setWrapText(true);
        sentence.setMinHeight(Region.USE_PREF_SIZE); // whole on its lines, never "…" in a pane short of height
        sentence.getStyleClass().add(Styles.DANGER);
        TextField ref = new TextField();
        ref.setId("errorRef");
        ref.setEditable(false);
        ref.getStyleClass().add(Styles.SMALL);
        HBox.setHgrow(ref, Priority.ALWAYS);
        Button copy = new Button(Messages.get("error.copy"));
        copy.setId("copyError");
        copy.getStyleClass().add(Styles.SMALL);
        HBox refRow = new HBox(6, ref, copy);
        getChildren().addAll(sentence, refRow);
        copy.setOnAction(e -> {
            ErrorReport r = report.getValue();
            if (r != null) {
                CopyMenu.copy(r.clipboardText());
            }
        });
        report.addListener((o, a, now) -> show(now, sentence, ref, refRow));
        show(report.getValue(), sentence, ref, refRow);
    }

    private void show(ErrorReport r, Label sentence, TextField ref, HBox refRow) {
        setVisible(r != null);
        setManaged(r != null);
        if (r == null) {
            return;
        }
        sentence.setText(r.sentence());
        String codes = (r.errorCode() == null ? "" : "errorCode " + r.errorCode())
                + (r.errorCode() != null && r.requestRef() != null ? "   " : "")
                + (r.requestRef() == null ? "" : "request-ref " + r.requestRef());
        ref.setText(codes);
        refRow.setVisible(!codes.isEmpty());
        refRow.setManaged(!codes.isEmpty());
    }
}
