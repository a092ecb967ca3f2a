package backoffice.app.command;

import backoffice.app.ui.ErrorReport;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableBooleanValue;

/** A form whose confirmed request is sent by a {@link MoneyAction}: what the view shows of that action. */
public interface MoneyForm {

    /** The action that sends the form's confirmed request. */
    MoneyAction<?, ?> action();

    /** Validates, asks the agent to confirm, then sends. */
    void submit();

    /** Whether the form may be sent now (valid, and nothing on its way). */
    ObservableBooleanValue canSubmitProperty();

    /** Sends the pending request again: same request, same idempotency-ref. */
    default void retry() {
        action().retry();
    }

    default ReadOnlyBooleanProperty busyProperty() {
        return action().busyProperty();
    }

    default ReadOnlyObjectProperty<ErrorReport> errorProperty() {
        return action().errorProperty();
    }

    default ReadOnlyStringProperty resultProperty() {
        return action().resultProperty();
    }

    default ReadOnlyBooleanProperty canRetryProperty() {
        return action().canRetryProperty();
    }
}
