package backoffice.app.command;

import atlantafx.base.theme.Styles;
import backoffice.app.Messages;
import backoffice.app.ui.CopyMenu;
import backoffice.app.ui.ErrorBox;
import backoffice.app.ui.Forms;
import backoffice.app.ui.NodeTree;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bottom of a money form, the same in every one: Send (enabled when the form may be sent), "Try again" (shown
 * while an attempt's outcome is open, disabled while a send is on its way), the spinner, the result line and the
 * error with errorCode and request-ref. The result has a Copy button (the receipt read back to the customer or pasted
 * into a ticket) that takes the focus when it appears.
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
        Label result = Forms.line(ids.result(), form.resultProperty(), Styles.SUCCESS, Styles.TEXT_BOLD);
        Button copy = new Button(Messages.get("money.copyResult"));
        copy.setId(ids.result() + "Copy");
        copy.setMinWidth(Region.USE_PREF_SIZE); // never "...": the result beside it wraps instead
        copy.visibleProperty().bind(form.resultProperty().isNotEmpty());
        copy.managedProperty().bind(copy.visibleProperty());
        copy.setOnAction(e -> CopyMenu.copy(form.resultProperty().get()));
        // the receipt gets the focus: the form is disarmed after a success and JavaFX gave the focus to the pane list,
        // where the next arrow key opened another pane (an agent's walk-through); here Enter copies the receipt
        // (only when the agent is not at work in the form: a field, a combo box being typed in, a table)
        form.resultProperty().addListener((o, was, now) -> {
            if (now == null || now.isEmpty() || copy.getScene() == null) {
                return;
            }
            Node owner = copy.getScene().getFocusOwner();
            Node formBox = copy.getParent() == null ? null : copy.getParent().getParent();
            if (owner == null || owner == send || owner.isDisabled() || formBox == null
                    || !NodeTree.inside(formBox, owner)) {
                copy.requestFocus();
            }
        });
        HBox.setHgrow(result, Priority.ALWAYS); // wraps beside the button rather than pushing it out of the window
        result.setMinWidth(0);
        HBox receipt = new HBox(10, result, copy);
        receipt.setAlignment(Pos.CENTER_LEFT);
        return new Node[] {new HBox(10, send, retry, Forms.spinner(form.busyProperty())), receipt,
                new ErrorBox(form.errorProperty())};
    }
}
