package backoffice.app.command;

import backoffice.app.ConsoleSession;
import backoffice.app.IdentityCalls;
import backoffice.app.task.BackgroundTask;
import backoffice.app.task.TaskHandle;
import backoffice.app.ui.ErrorReport;
import backoffice.client.BackOfficeClient;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * One action a pane offers (like JabRef's {@code SimpleCommand} or mvvmFX's {@code DelegateCommand}, plus our journal
 * and idempotency). A run goes to the one TaskRunner, never the FX thread; while it runs the command is not
 * executable and a second execute is ignored. It ends in a journal line with the request-ref (when the run names an
 * {@link Operation}), in {@link #lastOutcomeProperty()}, and on failure in {@link #errorProperty()}, the error as the
 * agent sees it (errorCode and request-ref copyable), cleared when the next run starts. A run may hold an
 * idempotency-ref across retries ({@link Run#holding}).
 */
public final class Command {

    // ---- dependencies
    private final ConsoleSession session;
    private final IdentityCalls calls;

    // ---- properties
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper executable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ErrorReport> error;
    private final ReadOnlyObjectWrapper<Outcome> lastOutcome = new ReadOnlyObjectWrapper<>();
    private TaskHandle task;

    /** A command that may run whenever it is not running. */
    public Command(ConsoleSession session) {
        this(session, new ReadOnlyObjectWrapper<>());
    }

    private Command(ConsoleSession session, ReadOnlyObjectWrapper<ErrorReport> error) {
        this.session = session;
        this.calls = new IdentityCalls(session);
        this.error = error;
        executable.bind(running.not());
    }

    /** Another action of the same pane: its own running and executable, the same error (the pane has one box). */
    public Command sibling() {
        return new Command(session, error);
    }

    // ---- commands

    /** A run of {@code call} as the impersonated identity (a refused token is offered a fresh one: IdentityCalls). */
    public <T> Run<T> asIdentity(String action, Function<BackOfficeClient, T> call) {
        return new Run<>(this, action, call, null);
    }

    /** A run of {@code work} in the background (disk work, or a call that is not made as an identity). */
    public <T> Run<T> inBackground(String action, BackgroundTask.Work<T> work) {
        return new Run<>(this, action, null, work);
    }

    /** Shows an error found before anything was sent (bad input, nothing to act on). */
    public void fail(ErrorReport report) {
        error.set(report);
    }

    public void clearError() {
        error.set(null);
    }

    /** Stops a background run (keeping what it did so far); identity calls are short and run to their end. */
    public void cancel() {
        if (task != null && running.get()) {
            task.cancel();
        }
    }

    /** True when this command may run and {@code condition} holds: what a button's {@code disable} binds to. */
    public BooleanBinding executableWhen(ObservableBooleanValue condition) {
        return Bindings.createBooleanBinding(() -> !running.get() && condition.get(), running, condition);
    }

    // ---- for Run

    boolean isRunning() {
        return running.get();
    }

    ConsoleSession session() {
        return session;
    }

    IdentityCalls calls() {
        return calls;
    }

    ReadOnlyBooleanWrapper runningCell() {
        return running;
    }

    void started(boolean keepError) {
        if (!keepError) {
            error.set(null);
        }
    }

    void task(TaskHandle handle) {
        this.task = handle;
    }

    void ended(Outcome outcome, ErrorReport report) {
        lastOutcome.set(outcome);
        if (report != null) {
            error.set(report);
        }
    }

    // ---- accessors

    public ReadOnlyBooleanProperty executableProperty() {
        return executable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ErrorReport> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** How the last run ended (null before the first). */
    public ReadOnlyObjectProperty<Outcome> lastOutcomeProperty() {
        return lastOutcome.getReadOnlyProperty();
    }

    /** The background run in progress (progress, message), or null; identity calls have none. */
    public TaskHandle task() {
        return task;
    }
}
