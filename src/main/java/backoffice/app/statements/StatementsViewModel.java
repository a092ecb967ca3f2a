package backoffice.app.statements;

import backoffice.app.ConsoleSession;
import backoffice.app.Impersonation;
import backoffice.app.Messages;
import backoffice.app.task.Scheduler;
import backoffice.app.task.StreamingLoad;
import backoffice.app.transactions.TransactionDetail;
import backoffice.app.ui.ErrorPresenter;
import backoffice.app.ui.ErrorReport;
import backoffice.app.ui.Ids;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.StatementEntry;
import backoffice.client.model.StatementOrder;
import backoffice.client.statements.StatementFormat;
import backoffice.client.statements.StatementLoad;
import backoffice.client.statements.StatementQuery;
import backoffice.export.ExportFormat;
import backoffice.export.StatementLine;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
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
 * to the server; every page is loaded in the background (eight requests in flight) and reaches the table through a
 * {@link StreamingLoad}, a bounded batch per FX tick; the load can be cancelled and keeps what it has. The loaded rows export to CSV, PDF or JSON (signed, with progress and cancel), or the server's own
 * CSV/PDF is saved as it is.
 */
public final class StatementsViewModel {

    public enum Kind { ACCOUNT, CARD }

    private final ConsoleSession session;
    private final Clock clock;
    private final StatementRows rows = new StatementRows();
    private final StatementExportViewModel exports;
    private final StatementFields fields = new StatementFields();

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ErrorReport> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper incomplete = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper footer = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper fieldsChanged = new ReadOnlyBooleanWrapper(false);

    private final StreamingLoad<StatementLine> pump;
    private final ReadOnlyBooleanProperty loading;
    private Loaded loaded;
    private final StatementEntryDetail detail;

    /** What the rows on screen are a statement of (for export names and manifests). */
    private record Loaded(InstrumentId instrument, StatementQuery query, Impersonation who,
                          Map<String, String> filters, String period, String[] name) {
    }

    public StatementsViewModel(ConsoleSession session, Scheduler scheduler, ExportSigning signing, Clock clock) {
        this.session = session;
        this.pump = new StreamingLoad<>(scheduler, session.runner());
        this.loading = pump.runningProperty();
        this.clock = clock;
        this.detail = new StatementEntryDetail(session, () -> loaded == null ? null : loaded.instrument(), status::set,
                error::set);
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
        fields.onAnyChange(o -> compareFieldsWithLoaded());
        session.impersonationProperty().addListener((o, a, now) -> {
            cancel();
            pump.drop();
            rows.clear();
            loaded = null;
            compareFieldsWithLoaded();
            status.set("");
            incomplete.set("");
            footer.set("");
        });
        session.currentCardIdProperty().addListener((o, a, now) -> proposeCard(now));
        proposeCard(session.currentCardIdProperty().get()); // the pane is made when first opened
        session.openRequestProperty().addListener((o, a, now) -> openRequested(now));
        openRequested(session.openRequestProperty().get());
    }

    /** Whether the agent folded the balance chart away so the table gets the room (kept in the settings). */
    public boolean chartHidden() {
        return session.settings().statementChartHidden();
    }

    /** Folds the balance chart away (or shows it again) and remembers the choice for the next start. */
    public void setChartHidden(boolean hidden) {
        if (hidden != chartHidden()) {
            session.updateSettings(s -> s.withStatementChartHidden(hidden));
        }
    }

    /** Whether the agent unfolded the further filters (order, types, options); kept in the settings. */
    public boolean filtersShown() {
        return session.settings().statementFiltersShown();
    }

    public void setFiltersShown(boolean shown) {
        if (shown != filtersShown()) {
            session.updateSettings(s -> s.withStatementFiltersShown(shown));
        }
    }

    /**
     * The card open in Cards is proposed only while the agent has chosen nothing here (no id typed, nothing loaded):
     * the instrument the agent last chose for a statement wins over a card merely looked at, and "Open in Statements"
     * (an {@link #openRequested open request}) always sets and loads what it names.
     */
    private void proposeCard(String cardId) {
        if (cardId != null && !loading.get() && loaded == null && fields.noId()) {
            fields.set(InstrumentId.card(cardId));
        }
    }

    /** An account or card asked for elsewhere (Cards, workspace, quick find) is loaded here. */
    private void openRequested(ConsoleSession.OpenRequest request) {
        if (request != null && !request.opensCards()) {
            if (loaded == null || !loaded.instrument().equals(request.instrument())) {
                // another instrument: from its newest entries, nothing of the last one's range or search hiding them
                // (card 2362 opened with the account's "Last month" and "Lufthansa": "10 of 333 rows", 1 Dec unseen)
                fields.fromProperty().set(null);
                fields.toProperty().set(null);
                rows.clearFilter();
            }
            fields.set(request.instrument());
            load();
        }
    }

    // ---- commands

    /** Loads the statement the fields describe, replacing what is shown. */
    public void load() {
        error.set(null);
        InstrumentId instrument = fields.instrument();
        if (instrument == null || !fields.checkRange()) {
            return;
        }
        Impersonation who = session.impersonation();
        if (who == null) {
            error.set(new ErrorReport(Messages.get("impersonation.required", Messages.get("statements.loadAction")),
                    null, null, null, null, ErrorReport.Kind.OTHER));
            return;
        }
        cancel();
        StatementQuery query = fields.query();
        rows.clear();
        incomplete.set("");
        footer.set("");
        String[] name = {null};
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        loaded = new Loaded(instrument, query, who, StatementFilters.of(fields.fromProperty().get(),
                fields.toProperty().get(), today, query), StatementFilters.period(fields.fromProperty().get(),
                fields.toProperty().get(), today), name);
        compareFieldsWithLoaded();
        progress.unbind();
        progress.bind(pump.progressProperty());
        status.set(Messages.get("statements.loading"));
        StatementFetch fetch = new StatementFetch(who, instrument, query, n -> name[0] = n);
        pump.start(fetch, new StreamingLoad.Listener<>() {
            /** The rows the status line last counted. */
            private int said;

            @Override
            public void batch(List<StatementLine> lines, int tick) {
                rows.add(lines);
                // the status line every tenth tick, and whenever the rows have doubled past the first thousand (a
                // 10,000-row load is over in fewer than ten ticks: it said "8 of 10,464" beside "4,048 rows" below);
                // not more often: a new text lays the pane out again
                int n = rows.all().size();
                if (fetch.expected() > 0 && (tick % 10 == 1 || n > 1_000 && n >= 2 * said)) {
                    status.set(Messages.get("statements.progress", n, fetch.expected()));
                    said = n;
                }
            }

            @Override
            public void completed(StatementLoad load) {
                rows.loadEnded();
                loadEnded(completeness(load));
            }

            @Override
            public void failed(Throwable e) {
                error.set(ErrorPresenter.present(Messages.get("statements.loadAction"), e));
                status.set(""); // it said "Loading the first page..." under the error (seen at 1366x768)
                loadEnded("");
            }

            @Override
            public void stopped() {
                incomplete.set(Messages.get("statements.stoppedShort", rows.all().size()));
                loadEnded(Messages.get("statements.stopped", rows.all().size(), fetch.expected()));
            }
        });
    }

    /**
     * The status line of a finished load; when fewer entries came than the server counted, or two pages did not
     * follow on from each other, {@link #incompleteProperty} says so (the pane offers a reload and exports are marked
     * incomplete).
     */
    private String completeness(StatementLoad load) {
        footer.set(load.footer() == null ? "" : load.footer());
        if (load.missing() > 0) {
            incomplete.set(Messages.get("statements.incomplete", load.missing(), load.expected(), load.received()));
        } else if (load.gaps() > 0) {
            incomplete.set(Messages.get("statements.gaps", load.gaps()));
        } else if (load.cancelled()) {
            incomplete.set(Messages.get("statements.stoppedShort", load.delivered()));
        }
        return Messages.get(load.expected() == null ? "statements.loadedNoCount" : "statements.loaded",
                load.delivered());
    }

    /** Stops a running load (keeping the rows so far) or export. */
    public void cancel() {
        pump.cancel();
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
                StatementFilters.withScreen(what.filters(), rows.searchProperty().get(),
                        rows.typeProperty().get(), incomplete.get()), what.period(),
                footer.get().isEmpty() ? null : footer.get(), rows.snapshot());
    }

    // ---- helpers

    /**
     * Whether the fields now ask for something other than the rows loaded (Range changed without Load): the rows,
     * their export's name and manifest stay the loaded query's; the pane says so next to Load.
     */
    private void compareFieldsWithLoaded() {
        Loaded what = loaded;
        fieldsChanged.set(what != null && !(fields.name(what.instrument()) && what.query().equals(fields.query())));
    }

    private static String instrumentName(Loaded what) {
        return what.name()[0] != null ? what.name()[0]
                : (what.instrument().isAccount() ? "Account " : "Card ") + what.instrument().id();
    }

    /** Every row is shown (or the load stopped): the chart is drawn off the FX thread and the status says how it went. */
    private void loadEnded(String message) {
        progress.unbind();
        progress.set(-1);
        rows.chartInBackground(session.runner());
        if (!message.isEmpty()) {
            status.set(message);
        }
    }

    // ---- properties

    public StatementRows rows() {
        return rows;
    }

    /** Which account or card, the range and the filters: what Load asks for. */
    public StatementFields fields() {
        return fields;
    }

    /** True while the fields differ from the statement loaded: Load applies them (nothing else does). */
    public ReadOnlyBooleanProperty fieldsChangedProperty() {
        return fieldsChanged.getReadOnlyProperty();
    }

    /** Empty when the rows shown are the whole statement; otherwise what is missing, in a sentence. */
    public ReadOnlyStringProperty incompleteProperty() {
        return incomplete.getReadOnlyProperty();
    }

    /** The statement's {@code footer} as the server gave it (the programme's text under a statement), or empty. */
    public ReadOnlyStringProperty footerProperty() {
        return footer.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exports.runningProperty();
    }

    /** The detail of a row the agent opens. */
    public StatementEntryDetail detail() {
        return detail;
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
