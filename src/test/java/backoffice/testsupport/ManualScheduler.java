package backoffice.testsupport;

import backoffice.app.task.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A scheduler a test advances by hand: it records what was scheduled, with which delay, and runs it when told. */
public final class ManualScheduler implements Scheduler {

    private final List<Entry> pending = new ArrayList<>();
    public final List<Duration> delays = new ArrayList<>();
    public int mostPending;

    private final class Entry implements Scheduled {
        final Runnable action;

        Entry(Runnable action) {
            this.action = action;
        }

        @Override
        public void cancel() {
            pending.remove(this);
        }
    }

    @Override
    public Scheduled after(Duration delay, Runnable action) {
        Entry e = new Entry(action);
        pending.add(e);
        delays.add(delay);
        mostPending = Math.max(mostPending, pending.size());
        return e;
    }

    public int pending() {
        return pending.size();
    }

    /** Runs the earliest scheduled action; false when nothing is scheduled. */
    public boolean runNext() {
        if (pending.isEmpty()) {
            return false;
        }
        pending.remove(0).action.run();
        return true;
    }
}
