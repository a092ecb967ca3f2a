package backoffice.app.workspace;

import backoffice.app.ConsoleSession;
import backoffice.app.Impersonation;
import backoffice.app.Messages;
import backoffice.app.task.BackgroundTask;
import backoffice.app.ui.ErrorPresenter;
import backoffice.app.ui.ErrorReport;
import backoffice.app.workspace.KnownInstrument.Kind;
import backoffice.app.workspace.KnownInstrument.Source;
import backoffice.client.model.BulkProcess;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.ManagedCard;
import backoffice.client.model.Transfer;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The customer workspace: the impersonated identity's cards and accounts, discovered in the background
 * ({@link InstrumentDiscovery}), remembered per environment and identity ({@link IdentityMemory}), filtered as the
 * agent types (last four, name, id); Enter opens one where it belongs. The agent's label for the identity is kept
 * with it and shown in the banner and the journal.
 */
public final class WorkspaceViewModel {

    // ---- dependencies
    private final ConsoleSession session;
    private final IdentityMemory<WorkspaceMemory> memory;
    private static final DateTimeFormatter READ_AT = DateTimeFormatter.ofPattern("HH:mm").withZone(
            ZoneId.systemDefault());
    private final Clock clock;

    // ---- properties
    private final ObservableList<InstrumentRow> rows = FXCollections.observableArrayList();
    private final FilteredList<InstrumentRow> filtered = new FilteredList<>(rows);
    private final ObservableList<Transfer> recentTransfers = FXCollections.observableArrayList();
    private final ObservableList<BulkProcess> bulks = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty label = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper labelPrompt = new ReadOnlyStringWrapper(Messages.get("workspace.labelPrompt"));
    private final StringProperty addId = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ErrorReport> error = new ReadOnlyObjectWrapper<>();
    private long generation;

    public WorkspaceViewModel(ConsoleSession session, IdentityMemory<WorkspaceMemory> memory, Clock clock) {
        this.session = session;
        this.memory = memory;
        this.clock = clock;
        filter.addListener((o, a, now) -> filtered.setPredicate(r -> r.matches(now)));
        session.impersonationProperty().addListener((o, a, now) -> show(now));
        session.currentCardIdProperty().addListener((o, a, now) -> lookedUp(now));
        session.onCardRead(this::cardRead);
        show(session.impersonation());
    }

    // ---- commands

    /** Discovers the identity's instruments again (in the background) and remembers what was found. */
    public void refresh() {
        Impersonation who = session.impersonation();
        if (who == null) {
            return;
        }
        long mine = generation;
        List<KnownInstrument> known = rows.stream().map(InstrumentRow::known).toList();
        String env = environment();
        String labelNow = label.get();
        busy.set(true);
        error.set(null);
        status.set(Messages.get("workspace.discovering"));
        BackgroundTask.of(p -> {
            InstrumentDiscovery.Result found = new InstrumentDiscovery(clock.millis()).discover(who.client(), known);
            remember(env, who, labelNow, found.rows());
            return found;
        }).onSuccess(found -> {
            if (mine != generation) {
                return;
            }
            rows.setAll(found.rows());
            recentTransfers.setAll(found.recentTransfers());
            bulks.setAll(found.bulks());
            // when the balances were read: an agent quoted one minutes old, with nothing to say so (a walk-through)
            status.set(Messages.get("workspace.found", found.rows().size(), READ_AT.format(clock.instant())));
        }).onFailure(e -> {
            error.set(ErrorPresenter.present(Messages.get("workspace.discoverAction"), e));
            status.set("");
        }).onFinished(() -> busy.set(false)).runWith(session.runner());
    }

    /** Adds a card or account the agent knows the id of (tried as a card, then as an account). */
    public void addById() {
        String id = addId.get() == null ? "" : addId.get().trim();
        Impersonation who = session.impersonation();
        if (who == null || !id.matches("[0-9]+")) {
            error.set(new ErrorReport(Messages.get("workspace.addIdDigits"), null, null, null, null,
                    ErrorReport.Kind.OTHER));
            return;
        }
        long mine = generation;
        busy.set(true);
        BackgroundTask.of(p -> {
            InstrumentDiscovery reader = new InstrumentDiscovery(clock.millis());
            InstrumentRow card = reader.read(who.client(), blank(Kind.CARD, id, Source.ADDED_BY_ID));
            return card.balance().isEmpty() && card.known().friendlyName() == null
                    ? reader.read(who.client(), blank(Kind.ACCOUNT, id, Source.ADDED_BY_ID)) : card;
        }).onSuccess(row -> {
            if (mine != generation) {
                return;
            }
            if (row.known().friendlyName() == null) {
                error.set(new ErrorReport(Messages.get("workspace.addNotFound", id, row.state()), null, null, null,
                        null, ErrorReport.Kind.OTHER));
                return;
            }
            put(row);
            addId.set("");
            saveInBackground();
        }).onFailure(e -> error.set(ErrorPresenter.present(Messages.get("workspace.addAction"), e)))
                .onFinished(() -> busy.set(false)).runWith(session.runner());
    }

    /** Opens the instrument where it belongs: a card in Cards, an account in Statements. */
    public void open(InstrumentRow row) {
        if (row == null) {
            return;
        }
        session.open(row.known().kind() == Kind.CARD ? InstrumentId.card(row.known().id())
                : InstrumentId.account(row.known().id()));
    }

    /** Keeps the label typed for the identity (banner, recent list, journal) and remembers it. */
    public void saveLabel() {
        session.identityNameProperty().set(label.get() == null ? "" : label.get().trim());
        saveInBackground();
    }

    // ---- helpers

    private void show(Impersonation who) {
        generation++;
        rows.clear();
        recentTransfers.clear();
        bulks.clear();
        label.set("");
        filter.set("");
        error.set(null);
        status.set("");
        if (who == null) {
            return;
        }
        labelPrompt.set(Messages.get(who.identity().type() == IdentityType.CONSUMER
                ? "workspace.labelPromptConsumer" : "workspace.labelPrompt"));
        long mine = generation;
        String env = environment();
        BackgroundTask.of(p -> memory.load(env, key(who))).onSuccess(saved -> {
            if (mine != generation) {
                return;
            }
            saved.ifPresent(m -> {
                label.set(m.label());
                session.identityNameProperty().set(m.label());
                rows.setAll(m.instruments().stream().map(InstrumentRow::remembered).toList());
            });
            refresh();
        }).onFailure(e -> refresh()).runWith(session.runner());
    }

    private void lookedUp(String cardId) {
        if (cardId == null || session.impersonation() == null
                || rows.stream().anyMatch(r -> r.known().id().equals(cardId))) {
            return;
        }
        put(InstrumentRow.remembered(blank(Kind.CARD, cardId, Source.LOOKED_UP)));
        saveInBackground();
    }

    /** A card read or changed elsewhere (Cards): its row shows the state and balance just read. */
    private void cardRead(ManagedCard c) {
        if (session.impersonation() == null || c == null || c.id() == null) {
            return;
        }
        InstrumentRow old = rows.stream().filter(r -> r.known().id().equals(c.id())).findFirst().orElse(null);
        KnownInstrument known = old != null ? old.known() : blank(Kind.CARD, c.id(), Source.LOOKED_UP);
        put(InstrumentRow.of(new KnownInstrument(Kind.CARD, c.id(), c.friendlyName(), c.cardNumberLastFour(),
                c.currency(), known.sources(), clock.millis()), c));
        if (old == null) {
            saveInBackground();
        }
    }

    private void put(InstrumentRow row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).known().id().equals(row.known().id())) {
                rows.set(i, row);
                return;
            }
        }
        rows.add(row);
    }

    private void saveInBackground() {
        Impersonation who = session.impersonation();
        if (who == null) {
            return;
        }
        List<InstrumentRow> now = new ArrayList<>(rows);
        String env = environment();
        String labelNow = label.get();
        BackgroundTask.of(p -> {
            remember(env, who, labelNow, now);
            return null;
        }).onFailure(e -> session.notifier().warn(Messages.get("workspace.saveFailed", e.getMessage())))
                .runWith(session.runner());
    }

    private void remember(String env, Impersonation who, String labelNow, List<InstrumentRow> found)
            throws IOException {
        Map<String, KnownInstrument> byId = new LinkedHashMap<>();
        found.forEach(r -> byId.put(r.known().id(), r.known()));
        memory.save(env, key(who), new WorkspaceMemory(labelNow, new ArrayList<>(byId.values())));
    }

    private KnownInstrument blank(Kind kind, String id, Source source) {
        return new KnownInstrument(kind, id, null, null, null, EnumSet.of(source), clock.millis());
    }

    private String environment() {
        var c = session.connection();
        return c == null ? "none" : IdentityMemory.environmentKey(c.isEmbedded(), c.rootUrl());
    }

    static String key(Impersonation who) {
        return who.identity().type() + "-" + who.identity().id();
    }

    // ---- accessors

    public ObservableList<InstrumentRow> rows() {
        return filtered;
    }

    public ObservableList<InstrumentRow> allRows() {
        return rows;
    }

    public ObservableList<Transfer> recentTransfers() {
        return recentTransfers;
    }

    /** The identity's bulk processes, as discovery last listed them (quick find searches their ids). */
    public ObservableList<BulkProcess> bulks() {
        return bulks;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty labelProperty() {
        return label;
    }

    /** What to type as the label: a company name for a corporate, the customer's name for a consumer. */
    public ReadOnlyStringProperty labelPromptProperty() {
        return labelPrompt.getReadOnlyProperty();
    }

    public StringProperty addIdProperty() {
        return addId;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ErrorReport> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
