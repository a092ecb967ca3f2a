package backoffice.app.transfers;

import backoffice.app.IdentityCalls;
import backoffice.app.Messages;
import backoffice.app.ui.ErrorReport;
import backoffice.app.ui.Ids;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentType;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A source or destination as the agent gives it: account or card, and its id. Once checked against the API it
 * carries a summary (name, currency, balance, state); any edit drops the summary until it is checked again.
 */
public final class InstrumentField {


    private final ObjectProperty<InstrumentType> type = new SimpleObjectProperty<>(InstrumentType.MANAGED_ACCOUNTS);
    private final StringProperty id = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<InstrumentSummary> summary = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public InstrumentField() {
        id.addListener((o, a, now) -> {
            summary.set(null);
            error.set(now == null || now.isBlank() || Ids.isId(now) ? null
                    : Messages.get("cards.idDigits"));
        });
        type.addListener((o, a, now) -> summary.set(null));
    }

    public boolean hasValidId() {
        return id.get() != null && Ids.isId(id.get());
    }

    public InstrumentId instrumentId() {
        return new InstrumentId(type.get(), Ids.normalise(id.get()));
    }

    /** Reads the instrument (in the background) and shows its summary, or why it cannot be used. */
    public void check(IdentityCalls calls, Consumer<ErrorReport> onError) {
        if (!hasValidId()) {
            error.set(Messages.get("cards.idDigits"));
            return;
        }
        InstrumentId target = instrumentId();
        calls.run(Messages.get("transfers.checkAction"), client -> InstrumentSummary.read(client, target), busy,
                s -> {
                    if (target.equals(instrumentId())) {
                        summary.set(s);
                        error.set(null);
                    }
                }, report -> {
                    error.set(report.sentence());
                    onError.accept(report);
                });
    }

    /** After money moved: re-read the balance shown. */
    public void refresh(IdentityCalls calls) {
        if (summary.get() != null) {
            check(calls, r -> { });
        }
    }

    public ObjectProperty<InstrumentType> typeProperty() {
        return type;
    }

    public StringProperty idProperty() {
        return id;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<InstrumentSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
