package backoffice.sandbox.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Transfers with a {@code scheduledTimestamp}: SCHEDULED until their time on the sandbox's clock, then run (or
 * CANCELLED with the refusal's code as {@code cancellationReason} when they can no longer run, e.g. the source has
 * too little money by then). Due ones run before any API request is served, so what a client reads is never
 * behind the clock.
 */
public final class ScheduledTransfers {

    /** One transfer waiting: who asked, under which programme, and what. */
    record Waiting(String transferId, long dueAt, Identity identity, Programme programme, Transfers.Order order) {
    }

    private final SandboxState state;
    private final PriorityQueue<Waiting> queue = new PriorityQueue<>(Comparator.comparingLong(Waiting::dueAt));
    private volatile long nextDue = Long.MAX_VALUE;

    ScheduledTransfers(SandboxState state) {
        this.state = state;
    }

    void add(Waiting w) {
        synchronized (state) {
            queue.add(w);
            nextDue = queue.peek().dueAt();
        }
    }

    /** Forgets a waiting transfer (it was rejected or failed by the admin face); false when none waits. */
    boolean remove(String transferId) {
        synchronized (state) {
            boolean removed = queue.removeIf(w -> w.transferId().equals(transferId));
            nextDue = queue.isEmpty() ? Long.MAX_VALUE : queue.peek().dueAt();
            return removed;
        }
    }

    /** Runs every transfer whose time has come; cheap when none is due. */
    public void runDue() {
        long now = state.now();
        if (now < nextDue) {
            return;
        }
        List<Waiting> due = new ArrayList<>();
        synchronized (state) {
            while (!queue.isEmpty() && queue.peek().dueAt() <= now) {
                due.add(queue.poll());
            }
            nextDue = queue.isEmpty() ? Long.MAX_VALUE : queue.peek().dueAt();
            Transfers transfers = new Transfers(state);
            for (Waiting w : due) {
                transfers.execute(w, now);
            }
        }
    }

    void clear() {
        synchronized (state) {
            queue.clear();
            nextDue = Long.MAX_VALUE;
        }
    }
}
