package backoffice.app.task;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * A load whose items stream from a background fetch to the FX thread without ever holding it long: the fetch offers
 * items as they arrive (any thread, lists of any size); each FX tick hands the listener one bounded batch (a
 * {@link TickFeed}: a few items per tick while a table makes its first cells, then {@value #BATCH}), every
 * {@value #CATCH_UP_MS} ms while items wait or none has been shown yet (the first page is shown the frame after it
 * arrives) and every {@value #IDLE_MS} ms otherwise. When the fetch has ended and
 * every item it offered has been handed over, the listener hears the outcome, once. Starting another load or
 * {@link #drop() dropping} this one silences every callback of the older one.
 */
public final class StreamingLoad<T> {

    /** Between ticks while nothing waits. */
    public static final long IDLE_MS = 100;
    /** Between ticks while items wait or none has been shown yet (about one frame). */
    public static final long CATCH_UP_MS = 16;
    /** Items per tick at first, until {@link #RAMP} items have been handed over (a table's first cells are cold). */
    public static final int FIRST_BATCH = 8;
    public static final int RAMP = 48;
    /** Items per tick after the ramp. */
    public static final int BATCH = 4_000;

    /** The background part of a load: offers items as they arrive and returns what the load came to. */
    @FunctionalInterface
    public interface Fetch<T, R> {
        R fetch(Consumer<List<T>> offer, Progress progress) throws Exception;
    }

    /** What the FX thread hears of a load; after one of the three outcomes nothing more. */
    public interface Listener<T, R> {
        /** One tick's batch (empty when nothing waited); {@code tick} counts from 1. */
        void batch(List<T> items, int tick);

        /** The fetch returned {@code result} and every item has been handed over. */
        void completed(R result);

        /** The fetch failed and every item it offered has been handed over. */
        void failed(Throwable error);

        /** The load was cancelled; every item offered before has been handed over. */
        void stopped();
    }

    private final Scheduler scheduler;
    private final TaskRunner runner;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    /** Loads running, whose rows still reach the FX thread tick by tick. */
    private static final AtomicInteger RUNNING_LOADS = new AtomicInteger();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    /** Bumped by every start and drop: callbacks of an older load find it changed and do nothing. */
    private volatile int generation;
    /** The current load's feed: each load has its own, so a page an older fetch offers late reaches no newer load. */
    private TickFeed<T> feed = new TickFeed<>(FIRST_BATCH, RAMP, BATCH);
    private TaskHandle task;
    private Scheduler.Scheduled next;

    public StreamingLoad(Scheduler scheduler, TaskRunner runner) {
        this.scheduler = scheduler;
        this.runner = runner;
    }

    /** Drops any load still running and starts this one (call on the FX thread). */
    public <R> void start(Fetch<T, R> fetch, Listener<T, R> listener) {
        drop();
        feed = new TickFeed<>(FIRST_BATCH, RAMP, BATCH);
        new Pump<>(generation, feed, listener).start(fetch);
    }

    /** Cancels the fetch; the items it offered are still handed over, then {@link Listener#stopped()}. */
    public void cancel() {
        if (task != null && running.get()) {
            task.cancel();
        }
    }

    /** Forgets the current load at once: no more batches and no outcome (the items shown are the caller's). */
    public void drop() {
        generation++;
        if (task != null) {
            task.cancel();
        }
        if (next != null) {
            next.cancel();
        }
        feed.clear();
        progress.unbind();
        progress.set(-1);
        setRunning(false);
    }

    /** Whether any load is running: its rows still reach the FX thread tick by tick. */
    public static boolean anyRunning() {
        return runningLoads() > 0;
    }

    static int runningLoads() {
        return RUNNING_LOADS.get();
    }

    private void setRunning(boolean now) {
        if (running.get() != now) {
            RUNNING_LOADS.addAndGet(now ? 1 : -1);
            running.set(now);
        }
    }

    /** True from {@link #start} until the outcome has been told (or the load was dropped). */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The fetch's progress, 0..1, or -1 when unknown or once the fetch has ended. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** One load: its fetch, its ticks and its outcome. */
    private final class Pump<R> {
        private final int gen;
        private final TickFeed<T> feed;
        private final Listener<T, R> listener;
        private boolean fetched;
        private Runnable outcome;
        private int ticks;
        private long handed;

        Pump(int gen, TickFeed<T> feed, Listener<T, R> listener) {
            this.gen = gen;
            this.feed = feed;
            this.listener = listener;
        }

        void start(Fetch<T, R> fetch) {
            setRunning(true);
            schedule();
            task = BackgroundTask.of(p -> fetch.fetch(items -> {
                if (gen != generation) {
                    throw new CancellationException("superseded");
                }
                // a newer load may start between the check and the offer: its feed is another one
                feed.offer(items);
            }, p))
                    .onSuccess(result -> fetched(() -> listener.completed(result)))
                    .onFailure(error -> fetched(() -> listener.failed(error)))
                    .onFinished(() -> fetched(listener::stopped)) // after an outcome above this does nothing
                    .runWith(runner);
            if (gen == generation && !fetched) { // a direct runner may have fetched everything already
                progress.bind(task.progressProperty());
            }
        }

        /** The fetch has ended: what waits is handed over tick by tick, then the outcome. */
        private void fetched(Runnable then) {
            if (gen != generation || fetched) {
                return;
            }
            fetched = true;
            outcome = then;
            progress.unbind();
            progress.set(-1);
            if (next != null) {
                next.cancel();
            }
            tick();
        }

        /** A frame away while items wait or none has been shown yet (the first page shows the frame it arrives). */
        private void schedule() {
            boolean soon = feed.waiting() || handed == 0;
            next = scheduler.after(Duration.ofMillis(soon ? CATCH_UP_MS : IDLE_MS), this::tick);
        }

        private void tick() {
            if (gen != generation) {
                return;
            }
            List<T> batch = feed.next();
            handed += batch.size();
            listener.batch(batch, ++ticks);
            if (fetched && !feed.waiting()) {
                outcome.run();
                if (gen == generation) { // the outcome may have started another load
                    setRunning(false);
                }
            } else if (gen == generation) {
                schedule();
            }
        }
    }
}
