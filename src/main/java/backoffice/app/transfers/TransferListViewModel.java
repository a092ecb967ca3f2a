package backoffice.app.transfers;

import backoffice.app.ConsoleSession;
import backoffice.app.IdentityCalls;
import backoffice.app.Messages;
import backoffice.app.ui.ErrorReport;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.Transfer;
import backoffice.client.model.TransferState;
import backoffice.client.page.Page;
import backoffice.client.transfers.TransferFilter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The identity's transfers, newest first, with every filter of the API, a page at a time. */
public final class TransferListViewModel {

    public static final String ANY = "ANY";
    public static final List<String> STATES = Stream.concat(Stream.of(ANY), Stream.of(TransferState.COMPLETED,
            TransferState.PENDING, TransferState.SCHEDULED, TransferState.INITIALISED, TransferState.REJECTED,
            TransferState.FAILED, TransferState.CANCELLED).map(Enum::name)).toList();
    static final int PAGE = 25;

    // ---- dependencies
    private final IdentityCalls calls;
    private final ConsoleSession session;

    // ---- properties
    private final StringProperty state = new SimpleStringProperty(ANY);
    private final StringProperty tag = new SimpleStringProperty("");
    private final StringProperty instrumentId = new SimpleStringProperty("");
    private final BooleanProperty instrumentIsCard = new SimpleBooleanProperty(false);
    private final StringProperty profileId = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<Transfer> rows = FXCollections.observableArrayList();
    private final IntegerProperty offset = new SimpleIntegerProperty();
    private final LongProperty total = new SimpleLongProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<ErrorReport> error = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty onScreen = new SimpleBooleanProperty();
    private final BooleanProperty listed = new SimpleBooleanProperty();
    /** The list was asked for this identity since it was impersonated or a transfer was last sent. */
    private boolean current;
    private final BooleanBinding hasNext;
    private final BooleanBinding hasPrevious;
    private final StringBinding summary;
    private final StringBinding emptyText;

    public TransferListViewModel(ConsoleSession session) {
        this.calls = new IdentityCalls(session);
        this.session = session;
        hasNext = Bindings.createBooleanBinding(() -> offset.get() + rows.size() < total.get(), offset, rows, total);
        hasPrevious = offset.greaterThan(0);
        // before a list came, it says what to do: "No transfers." there made an agent believe a payment never happened
        emptyText = Bindings.createStringBinding(() -> !listed.get() ? notListed()
                : Messages.get(filter().equals(TransferFilter.NONE) ? "transfers.list.none" : "transfers.list.empty"),
                listed, rows, session.impersonationProperty());
        summary = Bindings.createStringBinding(() -> !listed.get() ? "" // the empty table says what to do
                : total.get() == 0 ? emptyText.get()
                : Messages.get("transfers.list.summary", offset.get() + 1, offset.get() + rows.size(), total.get()),
                offset, rows, total, listed, emptyText);
        session.impersonationProperty().addListener((o, a, now) -> {
            rows.clear();
            total.set(0);
            listed.set(false);
            current = false;
            listIfShown();
        });
        onScreen.addListener((o, a, now) -> listIfShown());
    }

    // ---- commands

    public void search() {
        load(0);
    }

    /** A transfer was sent: the list is fetched again when it is next shown (at once if it is on screen). */
    public void outdated() {
        current = false;
        listIfShown();
    }

    public void next() {
        load(offset.get() + PAGE);
    }

    public void previous() {
        load(Math.max(0, offset.get() - PAGE));
    }

    /** Opens a transfer's source or destination where it belongs: a card in Cards, an account in Statements. */
    public void open(InstrumentId instrument) {
        if (instrument != null && instrument.id() != null && !instrument.id().isBlank()) {
            session.open(instrument);
        }
    }

    // ---- helpers

    /** Shown for an impersonated identity and not listed since it was impersonated or a send: its newest transfers. */
    private void listIfShown() {
        if (onScreen.get() && session.impersonation() != null && !current) {
            current = true;
            search();
        }
    }

    private String notListed() {
        return Messages.get(session.impersonation() == null ? "transfers.list.impersonate" : "transfers.list.notYet");
    }

    private void load(int start) {
        TransferFilter filter = filter();
        error.set(null);
        calls.run(Messages.get("transfers.list.action"), c -> c.transfers().list(filter, start, PAGE), busy,
                (Page<Transfer> page) -> {
                    offset.set(start);
                    total.set(page.count());
                    rows.setAll(page.items());
                    listed.set(true);
                }, error::set);
    }

    TransferFilter filter() {
        String source = blankToNull(instrumentId.get());
        return new TransferFilter(blankToNull(profileId.get()), source == null ? null
                : instrumentIsCard.get() ? InstrumentId.card(source) : InstrumentId.account(source),
                ANY.equals(state.get()) ? List.of() : List.of(TransferState.of(state.get())),
                from.get() == null ? null : from.get().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                        .toEpochMilli() - 1, blankToNull(tag.get()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // ---- accessors

    public StringProperty stateProperty() {
        return state;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public StringProperty instrumentIdProperty() {
        return instrumentId;
    }

    /** Whether the source filter's id is a card's (else an account's): the API filters by id and type. */
    public BooleanProperty instrumentIsCardProperty() {
        return instrumentIsCard;
    }

    public StringProperty profileIdProperty() {
        return profileId;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Whether the list tab is on screen (the view binds it): shown for an identity, the list loads itself. */
    public BooleanProperty onScreenProperty() {
        return onScreen;
    }

    public ObservableList<Transfer> rows() {
        return rows;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<ErrorReport> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding hasNextProperty() {
        return hasNext;
    }

    public BooleanBinding hasPreviousProperty() {
        return hasPrevious;
    }

    /** What the table says while it has no rows: before a list, what to do (never "No transfers"); else none matched. */
    public StringBinding emptyTextProperty() {
        return emptyText;
    }

    public StringBinding summaryProperty() {
        return summary;
    }
}
