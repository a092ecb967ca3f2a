package backoffice.app.transfers;

import backoffice.app.IdentityCalls;
import backoffice.app.Messages;
import backoffice.app.ui.ErrorReport;
import backoffice.app.ui.Ids;
import backoffice.app.workspace.InstrumentRow;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

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

    private final ObservableList<InstrumentChoice> choices = FXCollections.observableArrayList();
    private final FilteredList<InstrumentChoice> matching = new FilteredList<>(choices);

    /** A field with nothing to choose from: ids are typed. */
    public InstrumentField() {
        this(FXCollections.observableArrayList());
    }

    /**
     * A field that also offers the identity's own instruments among {@code known} (the workspace's discovered rows,
     * kept up to date by it), filtered by what is typed.
     */
    public InstrumentField(ObservableList<InstrumentRow> known) {
        id.addListener((o, a, now) -> {
            summary.set(null);
            error.set(typedProblem());
            matching.setPredicate(c -> c.matches(now));
        });
        type.addListener((o, a, now) -> {
            summary.set(null);
            error.set(typedProblem());
        });
        known.addListener((ListChangeListener<InstrumentRow>) change -> offer(known));
        offer(known);
    }

    /** Takes a choice: its kind and id, as if typed (the caller then checks it). */
    public void pick(InstrumentChoice choice) {
        type.set(choice.id().type());
        id.set(choice.id().id());
    }

    public boolean hasValidId() {
        return id.get() != null && Ids.isId(id.get());
    }

    public InstrumentId instrumentId() {
        return new InstrumentId(type.get(), Ids.normalise(id.get()));
    }

    /** Reads the instrument (in the background) and shows its summary, or why it cannot be used. */
    public void check(IdentityCalls calls, Consumer<ErrorReport> onError) {
        check(calls, onError, () -> { });
    }

    /** The same, telling {@code onRead} when the instrument was read. */
    public void check(IdentityCalls calls, Consumer<ErrorReport> onError, Runnable onRead) {
        if (!hasValidId()) {
            error.set(idDigits());
            return;
        }
        InstrumentId target = instrumentId();
        calls.run(Messages.get("transfers.checkAction"), client -> InstrumentSummary.read(client, target), busy,
                s -> {
                    if (target.equals(instrumentId())) {
                        summary.set(s);
                        error.set(null);
                        onRead.run();
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

    // ---- helpers

    /** Null while the id is empty or digits, else the sentence naming the chosen kind ("an account id is …"). */
    private String typedProblem() {
        String now = id.get();
        return now == null || now.isBlank() || Ids.isId(now) ? null : idDigits();
    }

    private String idDigits() {
        return Messages.get("transfers.idDigits." + (type.get() == InstrumentType.MANAGED_CARDS
                ? InstrumentType.MANAGED_CARDS : InstrumentType.MANAGED_ACCOUNTS).wire());
    }

    private void offer(List<InstrumentRow> known) {
        choices.setAll(known.stream().map(InstrumentChoice::of).flatMap(Optional::stream)
                .sorted(Comparator.comparing((InstrumentChoice c) -> c.id().isCard())).toList()); // accounts first
    }

    // ---- accessors

    /** The identity's own instruments that match what is typed (all of them while nothing is). */
    public ObservableList<InstrumentChoice> choices() {
        return matching;
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
