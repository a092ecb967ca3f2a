package backoffice.app.bulks;

import backoffice.app.Messages;
import backoffice.app.task.BackgroundTask;
import backoffice.app.task.Scheduler;
import backoffice.app.task.TaskRunner;
import backoffice.app.ui.ErrorPresenter;
import backoffice.app.ui.ErrorReport;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Watches one bulk: reads it, then schedules the next read only after the answer arrived (never more than one
 * request in flight), every second while it changes, backing off ×1.5 up to 5 s while it does not, and stops by
 * itself when the bulk is final — or when {@link #stop()} is called (the pane closed, another bulk chosen).
 */
final class BulkMonitor {

    static final Duration FASTEST = Duration.ofSeconds(1);
    static final Duration SLOWEST = Duration.ofSeconds(5);

    /** One read, done in the background: given the previous snapshot (null at first), the next one. */
    interface Fetch extends UnaryOperator<BulkSnapshot> {
    }

    private final TaskRunner runner;
    private final Scheduler scheduler;
    private final Fetch fetch;
    private final Consumer<BulkSnapshot> onUpdate;
    private final Consumer<ErrorReport> onError;
    private Duration delay = FASTEST;
    private BulkSnapshot last;
    private boolean stopped;
    private boolean inFlight;
    private Scheduler.Scheduled next;
    private int requests;

    BulkMonitor(TaskRunner runner, Scheduler scheduler, Fetch fetch, Consumer<BulkSnapshot> onUpdate,
                Consumer<ErrorReport> onError) {
        this.runner = runner;
        this.scheduler = scheduler;
        this.fetch = fetch;
        this.onUpdate = onUpdate;
        this.onError = onError;
    }

    void start() {
        poll();
    }

    /** Reads soon (after an action or a filter change), unless a read is already on its way. */
    void nudge() {
        if (stopped) {
            stopped = false;
        }
        delay = FASTEST;
        if (!inFlight) {
            if (next != null) {
                next.cancel();
            }
            poll();
        }
    }

    void stop() {
        stopped = true;
        if (next != null) {
            next.cancel();
        }
    }

    boolean isStopped() {
        return stopped;
    }

    int requests() {
        return requests;
    }

    Duration currentDelay() {
        return delay;
    }

    private void poll() {
        if (stopped || inFlight) {
            return;
        }
        inFlight = true;
        requests++;
        BulkSnapshot previous = last;
        BackgroundTask.of(p -> fetch.apply(previous)).onSuccess(snap -> {
            inFlight = false;
            if (stopped) {
                return;
            }
            boolean same = previous != null && snap.bulk().equals(previous.bulk());
            delay = same ? min(SLOWEST, Duration.ofMillis((long) (delay.toMillis() * 1.5))) : FASTEST;
            last = snap;
            onUpdate.accept(snap);
            if (snap.bulk().status().isFinal()) {
                stopped = true;
                return;
            }
            next = scheduler.after(delay, this::poll);
        }).onFailure(e -> {
            inFlight = false;
            if (stopped) {
                return;
            }
            onError.accept(ErrorPresenter.present(Messages.get("bulks.watch.action"), e));
            delay = SLOWEST;
            next = scheduler.after(delay, this::poll);
        }).runWith(runner);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
