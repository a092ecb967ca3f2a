package backoffice.app.statements;

import backoffice.app.ConsoleSession;
import backoffice.app.Impersonation;
import backoffice.app.Messages;
import backoffice.app.task.BackgroundTask;
import backoffice.app.task.Scheduler;
import backoffice.app.task.TaskHandle;
import backoffice.app.task.TickFeed;
import backoffice.app.ui.ErrorPresenter;
import backoffice.app.ui.ErrorReport;
import backoffice.app.ui.Ids;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.StatementOrder;
import backoffice.client.statements.StatementFormat;
import backoffice.client.statements.StatementLoad;
import backoffice.client.statements.StatementQuery;
import backoffice.export.ExportFormat;
import backoffice.export.StatementLine;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * An account or card statement of the impersonated identity: range, order, types and fund-movements-only are sent
 * to the server; every page is loaded in the background (eight requests in flight), the first shown at once, the
 * rest added every {@value #DRAIN_MS} ms so the table stays smooth; the load can be cancelled and keeps
 * what it has. The loaded rows export to CSV, PDF or JSON (signed, with progress and cancel), or the server's own
 * CSV/PDF is saved as it is.
 */
public final class StatementsViewModel {

    public enum Kind { ACCOUNT, CARD }

    static final long DRAIN_MS = 100;
    /** Rows added to the table per FX tick at most, so no tick holds the FX thread long. */
    static final int ROWS_PER_TICK = 4_000;
    /** While rows wait, ticks come faster. */
    static final long CATCH_UP_MS = 16;
    /** The first rows come a few per tick: the table makes its cells for them (see {@link TickFeed}). */
    static final int FIRST_ROWS_PER_TICK = 8;
    static final int FIRST_ROWS = 48;

    private final ConsoleSession session;
    private final Scheduler scheduler;
    private final Clock clock;
    private final StatementRows rows = new StatementRows();
    private final StatementExportViewModel exports;

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
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ErrorReport> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper incomplete = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper footer = new ReadOnlyStringWrapper("");

    private final TickFeed<StatementLine> arrived = new TickFeed<>(FIRST_ROWS_PER_TICK, FIRST_ROWS, ROWS_PER_TICK);
    private final AtomicLong expected = new AtomicLong();
    private TaskHandle task;
    private Scheduler.Scheduled drain;
    private boolean fetched;
    private String fetchedMessage = "";
    private int ticks;
    /** Bumped by every load and identity change: callbacks of an older load are ignored. */
    private int generation;
    private Loaded loaded;
    private final javafx.beans.property.ReadOnlyObjectWrapper<java.util.List<
            backoffice.app.transactions.TransactionDetail.Field>> detail =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.BooleanProperty detailBusy = new javafx.beans.property.SimpleBooleanProperty();

    /** What the rows on screen are a statement of (for export names and manifests). */
    private record Loaded(InstrumentId instrument, StatementQuery query, Impersonation who,
                          Map<String, String> filters, String[] name) {
    }

    public StatementsViewModel(ConsoleSession session, Scheduler scheduler, ExportSigning signing, Clock clock) {
        this.session = session;
        this.scheduler = scheduler;
        this.clock = clock;
        this.exports = new StatementExportViewModel(session, signing, clock, this::shown, status::set);
        exports.runningProperty().addListener((o, was, now) -> {
            if (now) { // an export or download shares the pane's error line and progress bar
                error.set(null);
                progress.bind(exports.progressProperty());
            } else {
                progress.unbind();
                progress.set(-1);
            }
        });
        exports.errorProperty().addListener((o, was, now) -> {
            if (now != null) {
                error.set(now);
            }
        });
        instrumentId.addListener((o, a, now) -> idError.set(now == null || now.isBlank()
                || Ids.isId(now) ? null : Messages.get("statements.idDigits")));
        from.addListener((o, a, now) -> checkRange());
        to.addListener((o, a, now) -> checkRange());
        session.impersonationProperty().addListener((o, a, now) -> {
            cancel();
            generation++;
            if (drain != null) {
                drain.cancel();
            }
            arrived.clear();
            loading.set(false);
            rows.clear();
            loaded = null;
            status.set("");
            incomplete.set("");
            footer.set("");
        });
        session.currentCardIdProperty().addListener((o, a, now) -> proposeCard(now));
        proposeCard(session.currentCardIdProperty().get()); // the pane is made when first opened
        session.openRequestProperty().addListener((o, a, now) -> openRequested(now));
        openRequested(session.openRequestProperty().get());
    }

    /**
     * Reads the row's full entry (merchant, MCC, country, FX, decline reason) again: the table keeps compact lines,
     * so the one entry at that instant is fetched and shown in the detail.
     */
    public void openDetail(StatementLine line) {
        Loaded shown = loaded;
        if (line == null || shown == null) {
            return;
        }
        // the server refuses from == to: the loader sends the instant widened by 1 ms each side and keeps that instant
        new backoffice.app.IdentityCalls(session).run(Messages.get("detail.loading"), c -> {
            List<backoffice.client.model.StatementEntry> same = new ArrayList<>();
            c.statements().all(shown.instrument(), StatementQuery.ALL.withRange(line.time(), line.time()),
                    page -> same.addAll(page.items()), () -> false);
            return same.stream().filter(e -> e.transactionId() != null
                    && line.transactionId().equals(e.transactionId().id())
                    && line.type().equals(e.transactionId().type())
                    && java.util.Objects.equals(line.state(), e.entryState())).findFirst();
        }, detailBusy, found -> {
                            if (found.isEmpty()) {
                                status.set(Messages.get("detail.notFound"));
                            } else {
                                detail.set(backoffice.app.transactions.TransactionDetail.of(found.get()));
                            }
                        }, error::set);
    }

    /** The detail of the row the agent opened (a new list each time). */
    public javafx.beans.property.ReadOnlyObjectProperty<java.util.List<
            backoffice.app.transactions.TransactionDetail.Field>> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The card open in Cards is proposed while nothing is loaded here. */
    private void proposeCard(String cardId) {
        if (cardId != null && !loading.get() && loaded == null) {
            kind.set(Kind.CARD);
            instrumentId.set(cardId);
        }
    }

    /** An account asked for elsewhere (workspace, quick find) is loaded here. */
    private void openRequested(ConsoleSession.OpenRequest request) {
        if (request != null && !request.opensCards()) {
            kind.set(request.isCard() ? Kind.CARD : Kind.ACCOUNT);
            instrumentId.set(request.instrument().id());
            load();
        }
    }

    // ---- commands

    /** Loads the statement the fields describe, replacing what is shown. */
    public void load() {
        String id = Ids.normalise(instrumentId.get());
        error.set(null);
        if (!Ids.isId(id)) {
            idError.set(Messages.get("statements.idDigits"));
            return;
        }
        if (!checkRange()) {
            return;
        }
        Impersonation who = session.impersonation();
        if (who == null) {
            error.set(new ErrorReport(Messages.get("impersonation.required", Messages.get("statements.loadAction")),
                    null, null, null, null, ErrorReport.Kind.OTHER));
            return;
        }
        cancel();
        InstrumentId instrument = kind.get() == Kind.ACCOUNT ? InstrumentId.account(id) : InstrumentId.card(id);
        StatementQuery query = query();
        int gen = ++generation;
        rows.clear();
        arrived.clear();
        fetched = false;
        ticks = 0;
        expected.set(0);
        incomplete.set("");
        footer.set("");
        String[] name = {null};
        loaded = new Loaded(instrument, query, who, filters(query), name);
        loading.set(true);
        progress.unbind(); // a load whose pages all came before its progress was bound left it bound
        progress.set(-1);
        status.set(Messages.get("statements.loading"));
        scheduleDrain();
        long[] got = {0};
        task = BackgroundTask.of(p -> {
            name[0] = friendlyName(who, instrument);
            return who.client().statements().all(instrument, query, page -> {
            if (gen != generation) {
                throw new java.util.concurrent.CancellationException("superseded");
            }
            expected.set(page.count());
            List<StatementLine> lines = new ArrayList<>(page.items().size());
            page.items().forEach(e -> lines.add(StatementLine.of(e)));
            arrived.offer(lines);
            got[0] += lines.size();
            p.update(got[0], page.count() > 0 ? page.count() : -1);
        }, p::isCancelled);
        })
                .onSuccess(load -> {
                    if (gen == generation) {
                        fetched(completeness(load));
                    }
                })
                .onFailure(e -> {
                    if (gen == generation) {
                        fetched("");
                        error.set(ErrorPresenter.present(Messages.get("statements.loadAction"), e));
                    }
                })
                .onFinished(() -> {
                    if (gen == generation && !fetched) {
                        long have = rows.all().size() + arrived.pending();
                        incomplete.set(Messages.get("statements.stoppedShort", have));
                        fetched(Messages.get("statements.stopped", have, expected.get()));
                    }
                })
                .runWith(session.runner());
        if (loading.get() && !fetched) { // every page may be in already (fetched unbinds)
            progress.bind(task.progressProperty());
        }
    }

    /**
     * The status line of a finished load; when fewer entries came than the server counted, {@link #incompleteProperty}
     * says so (the pane offers a reload and exports are marked incomplete).
     */
    private String completeness(StatementLoad load) {
        footer.set(load.footer() == null ? "" : load.footer());
        if (load.missing() > 0) {
            incomplete.set(Messages.get("statements.incomplete", load.missing(), load.expected(), load.received()));
        } else if (load.cancelled()) {
            incomplete.set(Messages.get("statements.stoppedShort", load.delivered()));
        }
        return Messages.get(load.expected() == null ? "statements.loadedNoCount" : "statements.loaded",
                load.delivered());
    }

    /** Stops a running load (keeping the rows so far) or export. */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
        exports.cancel();
    }

    /** Exports the rows shown (search and type filter applied), signed: see {@link StatementExportViewModel}. */
    public void export(ExportFormat format) {
        exports.export(format);
    }

    /** Saves the server's own CSV or PDF of the same query, byte for byte. */
    public void saveServerDocument(StatementFormat format) {
        exports.saveServerDocument(format);
    }

    /** What an export takes of the statement shown, or null while nothing is loaded or a load runs. */
    private StatementExportViewModel.Shown shown() {
        Loaded what = loaded;
        if (what == null || loading.get()) {
            return null;
        }
        return new StatementExportViewModel.Shown(what.instrument(), what.query(), what.who(), instrumentName(what),
                withScreenFilters(what.filters()), footer.get().isEmpty() ? null : footer.get(), rows.snapshot());
    }

    // ---- helpers

    private StatementQuery query() {
        Long fromMs = from.get() == null ? null : from.get().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        Long toMs = to.get() == null ? null
                : to.get().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
        return new StatementQuery(oldestFirst.get() ? StatementOrder.ASC : StatementOrder.DESC, fromMs, toMs,
                kind.get() == Kind.ACCOUNT && fundMovementsOnly.get() ? Boolean.TRUE : null,
                singleEntry.get() ? Boolean.TRUE : null, List.copyOf(transactionTypes));
    }

    private Map<String, String> filters(StatementQuery q) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("from", from.get() == null ? "start" : from.get().toString());
        f.put("to", to.get() == null ? "now" : to.get().toString());
        f.put("order", q.ascending() ? "oldest first" : "newest first");
        f.put("types", q.transactionTypes().isEmpty() ? "all" : String.join(" ", q.transactionTypes()));
        if (q.fundMovementsOnly() != null) {
            f.put("fundMovementsOnly", "true");
        }
        if (q.singleEntryPerTransaction() != null) {
            f.put("singleEntryPerTransaction", "true");
        }
        return f;
    }

    private Map<String, String> withScreenFilters(Map<String, String> server) {
        Map<String, String> f = new LinkedHashMap<>(server);
        String search = rows.searchProperty().get();
        if (search != null && !search.isBlank()) {
            f.put("search", search.trim());
        }
        String t = rows.typeProperty().get();
        if (t != null && !t.isEmpty()) {
            f.put("shownType", t);
        }
        if (!incomplete.get().isEmpty()) {
            // the manifest is signed with its filters: an export of a short load says so where it cannot be lost
            f.put("incomplete", incomplete.get());
        }
        return f;
    }

    private static String instrumentName(Loaded what) {
        return what.name()[0] != null ? what.name()[0]
                : (what.instrument().isAccount() ? "Account " : "Card ") + what.instrument().id();
    }

    /** The instrument's own name for the export's header; the statement still loads if it cannot be read. */
    private static String friendlyName(Impersonation who, InstrumentId instrument) {
        try {
            return instrument.isAccount()
                    ? who.client().managedAccounts().get(instrument.id()).friendlyName()
                    : who.client().managedCards().get(instrument.id()).friendlyName();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private boolean checkRange() {
        boolean ok = from.get() == null || to.get() == null || !to.get().isBefore(from.get());
        rangeError.set(ok ? null : Messages.get("statements.rangeBackwards"));
        return ok;
    }

    private void scheduleDrain() {
        boolean behind = arrived.waiting();
        drain = scheduler.after(Duration.ofMillis(behind ? CATCH_UP_MS : DRAIN_MS), this::tick);
    }

    /** One FX tick of a load: shows up to {@link #ROWS_PER_TICK} more rows; ends the load once all are shown. */
    private void tick() {
        drainArrived();
        if (fetched && !arrived.waiting()) {
            finishLoad();
        } else if (loading.get()) {
            scheduleDrain();
        }
    }

    private void drainArrived() {
        rows.add(arrived.next());
        // the status line every tenth tick: a new text lays the pane out again
        if (++ticks % 10 == 1 && loading.get() && expected.get() > 0 && !fetched) {
            status.set(Messages.get("statements.progress", rows.all().size(), expected.get()));
        }
    }

    /** Every page is in (or the load stopped): the remaining rows are shown tick by tick, then the load ends. */
    private void fetched(String message) {
        fetched = true;
        fetchedMessage = message;
        progress.unbind();
        progress.set(-1);
        if (drain != null) {
            drain.cancel();
        }
        tick();
    }

    private void finishLoad() {
        rows.chartInBackground(session.runner());
        loading.set(false);
        if (!fetchedMessage.isEmpty()) {
            status.set(fetchedMessage);
        }
    }

    // ---- properties

    public StatementRows rows() {
        return rows;
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

    /** Empty when the rows shown are the whole statement; otherwise what is missing, in a sentence. */
    public ReadOnlyStringProperty incompleteProperty() {
        return incomplete.getReadOnlyProperty();
    }

    /** The statement's {@code footer} as the server gave it (the programme's text under a statement), or empty. */
    public ReadOnlyStringProperty footerProperty() {
        return footer.getReadOnlyProperty();
    }

    /** Server-side type filter; empty = every type. */
    public ObservableList<String> transactionTypes() {
        return transactionTypes;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exports.runningProperty();
    }

    /** Export and server download of the statement shown. */
    public StatementExportViewModel exports() {
        return exports;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ErrorReport> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The fingerprint of the key the last export was signed with. */
    public ReadOnlyStringProperty fingerprintProperty() {
        return exports.fingerprintProperty();
    }

    public boolean hasRows() {
        return loaded != null && !rows.all().isEmpty();
    }
}
