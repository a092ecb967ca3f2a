package backoffice.app.command;

import backoffice.app.task.BackgroundTask;
import backoffice.app.task.TaskHandle;
import backoffice.app.ui.ErrorPresenter;
import backoffice.app.ui.ErrorReport;
import backoffice.client.ApiResult;
import backoffice.client.BackOfficeClient;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One run of a {@link Command}, described before it starts: what to call, which journal line it writes, how its
 * failure is worded, what happens after. {@link #execute()} starts it (or ignores it while the command runs).
 */
public final class Run<T> {

    private final Command command;
    private final String action;
    private final Function<BackOfficeClient, T> identityCall;
    private final BackgroundTask.Work<T> work;
    private Operation operation;
    private String target;
    private String detail;
    private Function<T, String> successTarget;
    private Function<T, String> successDetail;
    private Function<T, String> requestRef = Run::requestRefOf;
    private Function<Throwable, ErrorReport> presenter;
    private UnaryOperator<ErrorReport> explain = r -> r;
    private IdempotencyHold<?> hold;
    private Runnable holdAttempt;
    private boolean quiet;
    private Consumer<T> onSuccess = v -> { };
    private Consumer<ErrorReport> onFailure = r -> { };
    private Runnable onCancelled = () -> { };

    Run(Command command, String action, Function<BackOfficeClient, T> identityCall, BackgroundTask.Work<T> work) {
        this.command = command;
        this.action = action;
        this.identityCall = identityCall;
        this.work = work;
        this.presenter = e -> ErrorPresenter.present(action, e);
    }

    /** Journals the run as {@code operation} on {@code target}; {@code detail} says what was asked (may be null). */
    public Run<T> journal(Operation operation, String target, String detail) {
        this.operation = operation;
        this.target = target;
        this.detail = detail;
        return this;
    }

    /** The journal's target after success, from the answer (the new transfer's id, the user's id). */
    public Run<T> targetOnSuccess(Function<T, String> target) {
        this.successTarget = target;
        return this;
    }

    /** The journal's detail after success, from the answer (the file written, the coverage). */
    public Run<T> detailOnSuccess(Function<T, String> detail) {
        this.successDetail = detail;
        return this;
    }

    /** Where the request-ref is in the answer; by default an {@link ApiResult}'s own. */
    public Run<T> requestRef(Function<T, String> ref) {
        this.requestRef = ref;
        return this;
    }

    /** Words a background failure (by default {@link ErrorPresenter} with the action's name). */
    public Run<T> presentedBy(Function<Throwable, ErrorReport> presenter) {
        this.presenter = presenter;
        return this;
    }

    /** Rewords a failure before it is shown and journaled (a refusal that means something here). */
    public Run<T> explain(UnaryOperator<ErrorReport> explain) {
        this.explain = explain;
        return this;
    }

    /**
     * Sends {@code attempt} (its request and idempotency-ref) and keeps it in {@code hold} until the server answers
     * definitely: a lost answer or a server failure keeps it for a retry with the same ref, journaled UNKNOWN.
     */
    public <Q> Run<T> holding(IdempotencyHold<Q> hold, PendingAttempt<Q> attempt) {
        this.hold = hold;
        this.holdAttempt = () -> hold.holdAttempt(attempt);
        return this;
    }

    /**
     * A follow-up read that leaves the error and the outcome of the run before as they are (a refusal stays visible
     * while the card is read again).
     */
    public Run<T> quietly() {
        this.quiet = true;
        return this;
    }

    public Run<T> onSuccess(Consumer<T> then) {
        this.onSuccess = then;
        return this;
    }

    /** After the error is shown and journaled. */
    public Run<T> onFailure(Consumer<ErrorReport> then) {
        this.onFailure = then;
        return this;
    }

    public Run<T> onCancelled(Runnable then) {
        this.onCancelled = then;
        return this;
    }

    /** Starts the run; false (and nothing happens) while the command is still running. */
    public boolean execute() {
        if (command.isRunning()) {
            return false;
        }
        command.started(quiet);
        if (hold != null) {
            holdAttempt.run();
            if (operation != null) {
                command.session().audit().record(operation.attempt(), target, Outcome.SENT, null, detail);
            }
        }
        if (identityCall != null) {
            command.task(null);
            command.calls().run(action, identityCall, command.runningCell(), this::succeeded,
                    report -> failed(report));
            return true;
        }
        command.runningCell().set(true);
        TaskHandle[] mine = new TaskHandle[1];
        TaskHandle handle = BackgroundTask.of(work).onSuccess(value -> {
            command.runningCell().set(false);
            succeeded(value);
        }).onFailure(e -> {
            command.runningCell().set(false);
            failed(presenter.apply(e));
        }).onFinished(() -> {
            // the handle goes with the run: it holds the work and all the work captured (an export's 100,000 rows
            // stayed in memory after the agent had moved on to another customer); not a run started since
            if (command.task() == mine[0]) {
                command.task(null);
            }
            if (command.isRunning()) { // neither succeeded nor failed: cancelled
                command.runningCell().set(false);
                command.ended(Outcome.CANCELLED, null);
                onCancelled.run();
            }
        }).runWith(command.session().runner());
        if (command.isRunning()) { // unless a synchronous runner has finished it already
            mine[0] = handle;
            command.task(handle);
        }
        return true;
    }

    /** The journal line comes after {@code onSuccess}, so that it names the identity the run just chose. */
    private void succeeded(T value) {
        if (hold != null) {
            hold.release();
        }
        if (!quiet) {
            command.ended(Outcome.OK, null);
        }
        try {
            onSuccess.accept(value);
        } finally {
            if (operation != null) {
                command.session().audit().record(operation,
                        successTarget != null ? successTarget.apply(value) : target, Outcome.OK,
                        requestRef.apply(value), successDetail != null ? successDetail.apply(value) : detail);
            }
        }
    }

    private void failed(ErrorReport presented) {
        ErrorReport report = explain.apply(presented);
        Outcome outcome = hold != null && hold.settle(report) ? Outcome.UNKNOWN : Outcome.FAILED;
        if (operation != null) {
            command.session().audit().record(operation, target, outcome, report.requestRef(), failureDetail(report));
        }
        if (!quiet) {
            command.ended(outcome, report);
        }
        onFailure.accept(report);
    }

    /** The journal's detail of a failure: what was asked, then the errorCode (or the sentence). */
    private String failureDetail(ErrorReport report) {
        String why = report.errorCode() != null ? report.errorCode() : report.sentence();
        return detail == null || detail.isEmpty() ? why : detail + ": " + why;
    }

    private static String requestRefOf(Object value) {
        return value instanceof ApiResult<?> r ? r.requestRef() : null;
    }
}
