package backoffice.sandbox.store;

import backoffice.client.model.BulkMode;
import backoffice.client.model.BulkOperationStatus;
import backoffice.client.model.BulkStatus;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs bulk processes in the background, one operation at a time at each bulk's pace, through the same code as
 * the single endpoints (an {@link OperationRunner}), so every operation's response is what the single call answers.
 * State machine: SUBMITTED → RUNNING ⇄ PAUSED → COMPLETED | PARTIALLY_COMPLETED | FAILED | CANCELLED.
 */
public final class BulkEngine implements AutoCloseable {

    /** Performs one operation as the bulk's identity and answers what the single endpoint would. */
    @FunctionalInterface
    public interface OperationRunner {
        Outcome run(BulkRecord bulk, BulkRecord.Op op);
    }

    /** What one operation's single call answered: whether it succeeded, and its body (null when empty). */
    public record Outcome(boolean ok, String payload) {
    }

    private final SandboxState state;
    private final OperationRunner runner;
    private final ScheduledExecutorService ticker;
    private final Map<String, Long> nextDue = new ConcurrentHashMap<>();

    public BulkEngine(SandboxState state, OperationRunner runner) {
        this.state = state;
        this.runner = runner;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sandbox-bulks");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(this::tick, 20, 20, TimeUnit.MILLISECONDS);
    }

    /** SUBMITTED → RUNNING with the given mode; false when the bulk is not SUBMITTED. */
    public boolean execute(BulkRecord bulk, BulkMode mode) {
        synchronized (state) {
            if (bulk.status() != BulkStatus.SUBMITTED) {
                return false;
            }
            state.bulks().setStatus(bulk, BulkStatus.RUNNING, mode, state.now(), null);
            return true;
        }
    }

    public boolean pause(BulkRecord bulk) {
        return transition(bulk, BulkStatus.RUNNING, BulkStatus.PAUSED);
    }

    public boolean resume(BulkRecord bulk) {
        return transition(bulk, BulkStatus.PAUSED, BulkStatus.RUNNING);
    }

    /** RUNNING or PAUSED → CANCELLED (a SUBMITTED bulk is not cancellable); operations not yet run become CANCELLED. */
    public boolean cancel(BulkRecord bulk) {
        synchronized (state) {
            BulkStatus s = bulk.status();
            if (s != BulkStatus.RUNNING && s != BulkStatus.PAUSED) {
                return false;
            }
            cancelRemaining(bulk);
            state.bulks().setStatus(bulk, BulkStatus.CANCELLED, null, null, state.now());
            return true;
        }
    }

    private boolean transition(BulkRecord bulk, BulkStatus from, BulkStatus to) {
        synchronized (state) {
            if (bulk.status() != from) {
                return false;
            }
            state.bulks().setStatus(bulk, to, null, null, null);
            return true;
        }
    }

    private void tick() {
        long now = state.now();
        for (BulkRecord bulk : state.bulks().all()) {
            if (bulk.status() != BulkStatus.RUNNING) {
                continue;
            }
            long due = nextDue.getOrDefault(bulk.id(), 0L);
            if (now < due) {
                continue;
            }
            try {
                step(bulk);
            } catch (RuntimeException e) {
                System.getLogger("backoffice.sandbox").log(System.Logger.Level.ERROR, "bulk " + bulk.id(), e);
            }
            nextDue.put(bulk.id(), now + bulk.paceMillis());
        }
    }

    /** Runs the next operation of a RUNNING bulk, or finishes it. Steps faster than the tick when pace is 0. */
    void step(BulkRecord bulk) {
        int budget = bulk.paceMillis() == 0 ? 200 : 1;
        for (int i = 0; i < budget; i++) {
            BulkRecord.Op op = nextOp(bulk);
            if (op == null) {
                finish(bulk);
                return;
            }
            Outcome outcome = runner.run(bulk, op);
            boolean ok = outcome.ok();
            String payload = outcome.payload();
            synchronized (state) {
                if (bulk.status() != BulkStatus.RUNNING) {
                    state.bulks().finishOp(bulk, op.sequence, ok ? BulkOperationStatus.COMPLETED : BulkOperationStatus.FAILED,
                            payload);
                    return;
                }
                state.bulks().finishOp(bulk, op.sequence, ok ? BulkOperationStatus.COMPLETED : BulkOperationStatus.FAILED,
                        payload);
                if (!ok && bulk.mode == BulkMode.ON_FAILURE_STOP) {
                    cancelRemaining(bulk);
                    finish(bulk);
                    return;
                }
            }
        }
    }

    private BulkRecord.Op nextOp(BulkRecord bulk) {
        synchronized (state) {
            for (BulkRecord.Op op : bulk.ops()) {
                if (op.status == BulkOperationStatus.SUBMITTED) {
                    return op;
                }
            }
            return null;
        }
    }

    private void cancelRemaining(BulkRecord bulk) {
        for (BulkRecord.Op op : bulk.ops()) {
            if (op.status == BulkOperationStatus.SUBMITTED) {
                state.bulks().finishOp(bulk, op.sequence, BulkOperationStatus.CANCELLED, null);
            }
        }
    }

    private void finish(BulkRecord bulk) {
        synchronized (state) {
            long ok = bulk.ops().stream().filter(o -> o.status == BulkOperationStatus.COMPLETED).count();
            long failed = bulk.ops().stream().filter(o -> o.status != BulkOperationStatus.COMPLETED).count();
            BulkStatus end = failed == 0 ? BulkStatus.COMPLETED
                    : ok == 0 ? BulkStatus.FAILED : BulkStatus.PARTIALLY_COMPLETED;
            state.bulks().setStatus(bulk, end, null, null, state.now());
        }
        nextDue.remove(bulk.id());
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
