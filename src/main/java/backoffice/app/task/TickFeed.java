package backoffice.app.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Items fetched on a background thread (in lists, any size) handed to the FX thread in bounded batches, one batch per
 * tick, so no tick holds the FX thread long. The first batches are small ({@code firstBatch} items until
 * {@code rampItems} have been handed out): the first rows a table shows make its cells, cold code the first time,
 * and that work is spread over a few pulses instead of one.
 */
public final class TickFeed<T> {

    private final ConcurrentLinkedQueue<List<T>> arrived = new ConcurrentLinkedQueue<>();
    private final int firstBatch;
    private final int rampItems;
    private final int batch;
    private List<T> partial = List.of();
    private long handedOut;

    public TickFeed(int firstBatch, int rampItems, int batch) {
        this.firstBatch = firstBatch;
        this.rampItems = rampItems;
        this.batch = batch;
    }

    /** From any thread: items that arrived (the list is not copied and must not change afterwards). */
    public void offer(List<T> items) {
        if (!items.isEmpty()) {
            arrived.add(items);
        }
    }

    /** On the FX thread: the next batch (empty when nothing waits). */
    public List<T> next() {
        int budget = handedOut < rampItems ? firstBatch : batch;
        List<T> out = new ArrayList<>(Math.min(budget, 1_024));
        while (out.size() < budget) {
            if (partial.isEmpty()) {
                List<T> page = arrived.poll();
                if (page == null) {
                    break;
                }
                partial = page;
            }
            int take = Math.min(partial.size(), budget - out.size());
            out.addAll(partial.subList(0, take));
            partial = partial.subList(take, partial.size());
        }
        handedOut += out.size();
        return out;
    }

    /** Whether items wait to be handed out. */
    public boolean waiting() {
        return !partial.isEmpty() || !arrived.isEmpty();
    }

    /** How many items wait to be handed out. */
    public long pending() {
        return partial.size() + arrived.stream().mapToLong(List::size).sum();
    }

    /** Drops what waits and starts the ramp again (a new load). */
    public void clear() {
        arrived.clear();
        partial = List.of();
        handedOut = 0;
    }
}
