package backoffice.app.statements;

import backoffice.app.Messages;
import backoffice.app.statements.StatementsViewModel.Kind;
import backoffice.app.ui.Ids;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.StatementOrder;
import backoffice.client.statements.StatementQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the Statements pane's fields ask for: an account or card by id, a range of days (UTC, both ends whole days),
 * the order and the server-side filters; each checked as typed (the id's digits, a range that does not run backwards).
 */
public final class StatementFields {

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.ACCOUNT);
    private final StringProperty instrumentId = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper idError = new ReadOnlyStringWrapper();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper rangeError = new ReadOnlyStringWrapper();
    private final BooleanProperty oldestFirst = new SimpleBooleanProperty(false);
    private final BooleanProperty fundMovementsOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty singleEntry = new SimpleBooleanProperty(false);
    private final ObservableList<String> transactionTypes = FXCollections.observableArrayList();

    StatementFields() {
        instrumentId.addListener((o, a, now) -> idError.set(now == null || now.isBlank()
                || Ids.isId(now) ? null : Messages.get("statements.idDigits")));
        from.addListener((o, a, now) -> checkRange());
        to.addListener((o, a, now) -> checkRange());
    }

    /** Calls {@code listener} whenever any field changes. */
    void onAnyChange(InvalidationListener listener) {
        for (Observable field : new Observable[] {kind, instrumentId, from, to, oldestFirst, fundMovementsOnly,
                singleEntry, transactionTypes}) {
            field.addListener(listener);
        }
    }

    /** The account or card the fields name, or null (and the id's error shown) when the id is not one. */
    InstrumentId instrument() {
        String id = Ids.normalise(instrumentId.get());
        if (!Ids.isId(id)) {
            idError.set(Messages.get("statements.idDigits"));
            return null;
        }
        return kind.get() == Kind.ACCOUNT ? InstrumentId.account(id) : InstrumentId.card(id);
    }

    /** Whether the fields name {@code instrument}. */
    boolean name(InstrumentId instrument) {
        return instrument.id().equals(Ids.normalise(instrumentId.get()))
                && instrument.isAccount() == (kind.get() == Kind.ACCOUNT);
    }

    /** Whether the agent has typed or chosen no id. */
    boolean noId() {
        return Ids.normalise(instrumentId.get()).isEmpty();
    }

    /** Sets the account or card, leaving the rest. */
    void set(InstrumentId instrument) {
        kind.set(instrument.isAccount() ? Kind.ACCOUNT : Kind.CARD);
        instrumentId.set(instrument.id());
    }

    /** The query the fields describe: days as whole UTC days, both ends inclusive. */
    StatementQuery query() {
        Long fromMs = from.get() == null ? null : from.get().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        Long toMs = to.get() == null ? null
                : to.get().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
        return new StatementQuery(oldestFirst.get() ? StatementOrder.ASC : StatementOrder.DESC, fromMs, toMs,
                kind.get() == Kind.ACCOUNT && fundMovementsOnly.get() ? Boolean.TRUE : null,
                singleEntry.get() ? Boolean.TRUE : null, List.copyOf(transactionTypes));
    }

    /** Whether the range runs forwards (or is open); says so in {@link #rangeErrorProperty} otherwise. */
    boolean checkRange() {
        boolean ok = from.get() == null || to.get() == null || !to.get().isBefore(from.get());
        rangeError.set(ok ? null : Messages.get("statements.rangeBackwards"));
        return ok;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public StringProperty instrumentIdProperty() {
        return instrumentId;
    }

    public ReadOnlyStringProperty idErrorProperty() {
        return idError.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyStringProperty rangeErrorProperty() {
        return rangeError.getReadOnlyProperty();
    }

    public BooleanProperty oldestFirstProperty() {
        return oldestFirst;
    }

    public BooleanProperty fundMovementsOnlyProperty() {
        return fundMovementsOnly;
    }

    /** Asks for one entry per transaction (its completed entry only); accounts and cards. */
    public BooleanProperty singleEntryProperty() {
        return singleEntry;
    }

    /** Server-side type filter; empty = every type. */
    public ObservableList<String> transactionTypes() {
        return transactionTypes;
    }
}
