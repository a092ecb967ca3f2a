package backoffice.app.command;

import backoffice.app.ui.ErrorReport;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/** A view model whose calls all go through one {@link Command}: its busy and its error are the command's. */
public interface CommandBacked {

    /** The command every call of the pane goes through (views bind {@code disable} to its executable). */
    Command command();

    default ReadOnlyBooleanProperty busyProperty() {
        return command().runningProperty();
    }

    default ReadOnlyObjectProperty<ErrorReport> errorProperty() {
        return command().errorProperty();
    }
}
