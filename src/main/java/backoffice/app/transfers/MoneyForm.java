package backoffice.app.transfers;

import backoffice.app.ui.ErrorReport;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A form whose confirmed request is sent by a {@link MoneyAction}: what the view shows of that action. */
public interface MoneyForm {

    /** The action that sends the form's confirmed request. */
    MoneyAction<?, ?> action();

    default BooleanProperty busyProperty() {
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
