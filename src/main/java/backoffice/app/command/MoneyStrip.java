package backoffice.app.command;

import atlantafx.base.theme.Styles;
import backoffice.app.Messages;
import backoffice.app.ui.ErrorBox;
import backoffice.app.ui.Forms;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;

/**
 * The bottom of a money form, the same in every one: Send (enabled when the form may be sent), "Try again" (shown
 * while an attempt's outcome is open, disabled while a send is on its way), the spinner, the result line and the
 * error with errorCode and request-ref.
 */
public final class MoneyStrip {

    /** The node ids of one strip (tests and the keyboard walk find the controls by them). */
    public record Ids(String send, String retry, String result) {
    }

    private MoneyStrip() {
    }

    /** The strip's rows, to add to the form's own box: buttons and spinner, result, error. */
    public static Node[] of(MoneyForm form, String sendText, Ids ids) {
        Button send = new Button(sendText);
        send.setId(ids.send());
        send.getStyleClass().add(Styles.ACCENT);
        send.disableProperty().bind(Bindings.not(form.canSubmitProperty()));
        send.setOnAction(e -> form.submit());
        Button retry = new Button(Messages.get("transfers.retry"));
        retry.setId(ids.retry());
        retry.visibleProperty().bind(form.canRetryProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        retry.disableProperty().bind(form.action().command().executableProperty().not());
        retry.setOnAction(e -> form.retry());
        return new Node[] {new HBox(10, send, retry, Forms.spinner(form.busyProperty())),
                Forms.line(ids.result(), form.resultProperty(), Styles.SUCCESS, Styles.TEXT_BOLD),
                new ErrorBox(form.errorProperty())};
    }
}
