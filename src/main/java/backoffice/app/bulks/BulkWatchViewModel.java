package backoffice.app.bulks;

import backoffice.app.ConsoleSession;
import backoffice.app.Impersonation;
import backoffice.app.Messages;
import backoffice.app.command.Command;
import backoffice.app.command.CommandBacked;
import backoffice.app.command.Operation;
import backoffice.app.task.Scheduler;
import backoffice.client.ApiResult;
import backoffice.client.BackOfficeClient;
import backoffice.client.model.BulkMode;
import backoffice.client.model.BulkOperation;
import backoffice.client.model.BulkOperationStatus;
import backoffice.client.model.BulkProcess;
import backoffice.client.model.BulkStatus;
import backoffice.client.page.Page;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One bulk watched live: its progress, counts, elapsed time and ETA, progress over time, a page of its operations
 * (filter by status), and the actions its state allows — execute (with a mode), pause, resume, cancel.
 */
public final class BulkWatchViewModel implements CommandBacked {

    public static final String ANY = "ANY";
    public static final List<String> OPERATION_STATES = Stream.concat(Stream.of(ANY),
            Stream.of(BulkOperationStatus.SUBMITTED, BulkOperationStatus.RUNNING, BulkOperationStatus.COMPLETED,
                    BulkOperationStatus.FAILED, BulkOperationStatus.CANCELLED).map(Enum::name)).toList();
    static final int PAGE = 100;
    static final int MAX_POINTS = 240;

    /** The progress at a moment: seconds since execution began and operations finished. */
    public record Point(double seconds, int finished) {
    }

    // ---- dependencies
    private final ConsoleSession session;
    private final Command command;
    private final Scheduler scheduler;
    private final Clock clock;

    // ---- state
    private final ObjectProperty<BulkProcess> bulk = new SimpleObjectProperty<>();
    private final ObjectProperty<BulkMode> mode = new SimpleObjectProperty<>(BulkMode.ON_FAILURE_CONTINUE);
    private final StringProperty operationState = new SimpleStringProperty(ANY);
    private final IntegerProperty offset = new SimpleIntegerProperty();
    private final LongProperty operationCount = new SimpleLongProperty();
    private final ObservableList<BulkOperationRow> operations = FXCollections.observableArrayList();
    private final ObservableList<Point> history = FXCollections.observableArrayList();
    private final ObjectProperty<BulkOperationRow> selectedOperation = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<BulkFigures> figures = new ReadOnlyObjectWrapper<>();
    private final AtomicBoolean operationsStale = new AtomicBoolean(true);
    private volatile BulkOperationStatus queryState;
    private volatile int queryOffset;
    private volatile boolean shownPageSettled;
    private final BooleanBinding canExecute;
    private final BooleanBinding canPause;
    private final BooleanBinding canResume;
    private final BooleanBinding canCancel;
    private final StringBinding payload;
    private BulkMonitor monitor;
    private BulkFigures.Seen firstSeen;

    public BulkWatchViewModel(ConsoleSession session, Scheduler scheduler, Clock clock) {
        this.session = session;
        this.command = new Command(session);
        this.scheduler = scheduler;
        this.clock = clock;
        canExecute = allowedIn(Set.of(BulkStatus.SUBMITTED));
        canPause = allowedIn(Set.of(BulkStatus.RUNNING));
        canResume = allowedIn(Set.of(BulkStatus.PAUSED));
        canCancel = allowedIn(Set.of(BulkStatus.RUNNING, BulkStatus.PAUSED));
        payload = Bindings.createStringBinding(() -> payloadOf(selectedOperation.get()), selectedOperation);
        offset.addListener((o, a, now) -> queryOffset = now.intValue());
        operationState.addListener((o, a, now) -> queryState = ANY.equals(now) ? null
                : BulkOperationStatus.of(now));
        operationState.addListener((o, a, now) -> reloadOperations(0));
        session.impersonationProperty().addListener((o, a, now) -> close());
        session.bulkRequestProperty().addListener((o, a, now) -> {
            if (now != null) {
                watch(now);
            }
        });
        if (session.bulkRequestProperty().get() != null) { // the pane is made when first opened
            watch(session.bulkRequestProperty().get());
        }
    }

    // ---- commands

    /** Starts watching a bulk (stops watching the one before). */
    public void watch(String bulkId) {
        close();
        if (bulkId == null) {
            return;
        }
        Impersonation who = session.impersonation();
        if (who == null) {
            return;
        }
        history.clear();
        firstSeen = null;
        bulk.set(null);
        figures.set(null);
        operations.clear();
        offset.set(0);
        shownPageSettled = false;
        operationsStale.set(true);
        command.clearError();
        BackOfficeClient client = who.client();
        monitor = new BulkMonitor(session.runner(), scheduler, previous -> read(client, bulkId, previous),
                this::show, command::fail);
        monitor.start();
    }

    /** Stops polling (the pane closed, the identity changed); {@link #resumeWatching()} picks it up again. */
    public void close() {
        if (monitor != null) {
            monitor.stop();
        }
    }

    public void resumeWatching() {
        if (monitor != null && bulk.get() != null && !bulk.get().status().isFinal()) {
            monitor.nudge();
        }
    }

    public void nextOperations() {
        reloadOperations(offset.get() + PAGE);
    }

    public void previousOperations() {
        reloadOperations(Math.max(0, offset.get() - PAGE));
    }

    public void execute() {
        BulkProcess b = bulk.get();
        if (b != null && session.dialogs().confirm(Messages.get("bulks.execute.title"),
                Messages.get("bulks.execute.question", b.bulkId(), b.submittedItemsCount(), mode.get()),
                Messages.get("bulks.execute.confirm"))) {
            BulkMode m = mode.get();
            act(Operation.BULK_EXECUTE, "bulks.execute.action", c -> c.bulks().execute(b.bulkId(), m), m.name());
        }
    }

    public void pause() {
        act(Operation.BULK_PAUSE, "bulks.pause.action", c -> c.bulks().pause(bulk.get().bulkId()), "");
    }

    public void resume() {
        act(Operation.BULK_RESUME, "bulks.resume.action", c -> c.bulks().resume(bulk.get().bulkId()), "");
    }

    public void cancel() {
        BulkProcess b = bulk.get();
        if (b != null && session.dialogs().confirm(Messages.get("bulks.cancel.title"),
                Messages.get("bulks.cancel.question", b.bulkId()), Messages.get("bulks.cancel.confirm"))) {
            act(Operation.BULK_CANCEL, "bulks.cancel.action", c -> c.bulks().cancel(b.bulkId()), "");
        }
    }

    // ---- helpers

    private void act(Operation operation, String actionKey, Function<BackOfficeClient, ApiResult<Void>> call,
                     String detail) {
        command.asIdentity(Messages.get(actionKey), call).journal(operation, bulk.get().bulkId(), detail)
                .onSuccess(done -> {
                    operationsStale.set(true);
                    monitor.nudge();
                })
                .onFailure(report -> monitor.nudge())
                .execute();
    }

    private void reloadOperations(int start) {
        offset.set(start);
        operationsStale.set(true);
        if (monitor != null) {
            monitor.nudge();
        }
    }

    /**
     * In the background: the bulk, then its operations page only when that page can have changed — the filter or
     * page changed, or the counts moved while the page is not yet full of finished operations (a full page of
     * finished operations never changes: new matches land on later pages).
     */
    private BulkSnapshot read(BackOfficeClient client, String bulkId, BulkSnapshot previous) {
        BulkProcess now = client.bulks().get(bulkId);
        boolean moved = previous == null || !now.equals(previous.bulk());
        boolean settled = shownPageSettled;
        if (!operationsStale.get() && (!moved || settled)) {
            return new BulkSnapshot(now, null);
        }
        operationsStale.set(false);
        BulkOperationStatus state = queryState;
        return new BulkSnapshot(now, client.bulks().operations(bulkId, state, queryOffset, PAGE));
    }

    private void show(BulkSnapshot snap) {
        BulkProcess b = snap.bulk();
        bulk.set(b);
        if (firstSeen == null) {
            int finished = BulkFigures.of(b, clock.millis(), null).finished();
            firstSeen = new BulkFigures.Seen(clock.millis(), finished);
        }
        BulkFigures f = BulkFigures.of(b, clock.millis(), firstSeen);
        figures.set(f);
        if (f.elapsed() != null && (history.isEmpty() || history.get(history.size() - 1).finished() != f.finished()
                || b.status().isFinal())) {
            addPoint(new Point(f.elapsed().toMillis() / 1000.0, f.finished()));
        }
        Page<BulkOperation> page = snap.operations();
        if (page == null) {
            BulkOperationStatus state = queryState;
            operationCount.set(state == null ? f.total() : f.counts().getOrDefault(state, 0));
        } else {
            operationCount.set(page.count());
            shownPageSettled = page.items().size() == PAGE
                    && page.items().stream().allMatch(op -> op.status().isFinal());
            BulkOperationRow selected = selectedOperation.get();
            operations.setAll(page.items().stream().map(BulkOperationRow::new).toList());
            if (selected != null) {
                operations.stream().filter(op -> op.operationId().equals(selected.operationId())).findFirst()
                        .ifPresent(selectedOperation::set);
            }
        }
    }

    /** Keeps the chart cheap on long runs: past {@link #MAX_POINTS} every other point goes (first and last stay). */
    private void addPoint(Point p) {
        if (history.size() >= MAX_POINTS) {
            List<Point> kept = new ArrayList<>();
            for (int i = 0; i < history.size(); i += 2) {
                kept.add(history.get(i));
            }
            history.setAll(kept);
        }
        history.add(p);
    }

    private BooleanBinding allowedIn(Set<BulkStatus> states) {
        return command.executableWhen(Bindings.createBooleanBinding(() -> bulk.get() != null
                && states.contains(bulk.get().status()), bulk));
    }

    private static String payloadOf(BulkOperationRow op) {
        if (op == null) {
            return "";
        }
        return Messages.get("bulks.payload", op.sequence(), op.method(), op.path(), op.statusText(),
                op.requestPayload() == null ? "–" : op.requestPayload(),
                op.responsePayload() == null ? "–" : op.responsePayload());
    }

    String countsText() {
        BulkFigures f = figures.get();
        return f == null ? "" : f.counts().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(" · "));
    }

    BulkMonitor monitor() {
        return monitor;
    }

    // ---- accessors

    public ReadOnlyObjectProperty<BulkProcess> bulkProperty() {
        return bulk;
    }

    public ReadOnlyObjectProperty<BulkFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ObjectProperty<BulkMode> modeProperty() {
        return mode;
    }

    public StringProperty operationStateProperty() {
        return operationState;
    }

    public IntegerProperty offsetProperty() {
        return offset;
    }

    public LongProperty operationCountProperty() {
        return operationCount;
    }

    public ObservableList<BulkOperationRow> operations() {
        return operations;
    }

    public ObservableList<Point> history() {
        return history;
    }

    public ObjectProperty<BulkOperationRow> selectedOperationProperty() {
        return selectedOperation;
    }

    public StringBinding payloadProperty() {
        return payload;
    }

    @Override
    public Command command() {
        return command;
    }

    public BooleanBinding canExecuteProperty() {
        return canExecute;
    }

    public BooleanBinding canPauseProperty() {
        return canPause;
    }

    public BooleanBinding canResumeProperty() {
        return canResume;
    }

    public BooleanBinding canCancelProperty() {
        return canCancel;
    }
}
