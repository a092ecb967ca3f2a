package backoffice.app;

import backoffice.app.command.Operation;
import backoffice.app.command.Outcome;
import backoffice.app.task.BackgroundTask;
import backoffice.app.task.TaskRunner;
import backoffice.journal.Journal;
import backoffice.journal.JournalEntry;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Records each agent action in the journal (off the FX thread), stamped with the time, OS user, environment and
 * impersonated identity, and tells listeners (the Journal pane) once it is on disk.
 */
public final class AuditLog {

    private final Journal journal;
    private final TaskRunner runner;
    private final Clock clock;
    private final Supplier<String> environment;
    private final Supplier<String> identity;
    private final List<Consumer<JournalEntry>> listeners = new CopyOnWriteArrayList<>();
    private volatile String callId;

    public AuditLog(Journal journal, TaskRunner runner, Clock clock, Supplier<String> environment,
                    Supplier<String> identity) {
        this.journal = journal;
        this.runner = runner;
        this.clock = clock;
        this.environment = environment;
        this.identity = identity;
    }

    public Journal journal() {
        return journal;
    }

    /** Records one action with its typed operation and outcome. */
    public void record(Operation operation, String targetId, Outcome outcome, String requestRef, String detail) {
        record(operation.name(), targetId, outcome.name(), requestRef, detail);
    }

    public void record(String operation, String targetId, String outcome, String requestRef, String detail) {
        JournalEntry entry = new JournalEntry(clock.instant(), System.getProperty("user.name"), environment.get(),
                identity.get(), operation, targetId, outcome, requestRef, detail, callId);
        BackgroundTask.of(p -> {
            journal.append(entry);
            return entry;
        }).onSuccess(e -> listeners.forEach(l -> l.accept(e)))
                .onFailure(e -> System.getLogger("backoffice.app").log(System.Logger.Level.ERROR,
                        "Journal append failed", e))
                .runWith(runner);
    }

    /** Entries recorded from now on belong to this call (null: to none). */
    public void setCallId(String id) {
        this.callId = id;
    }

    public String callId() {
        return callId;
    }

    public void addListener(Consumer<JournalEntry> listener) {
        listeners.add(listener);
    }
}
