package backoffice.app.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;

/** Runs each task as a {@link javafx.concurrent.Task} on a pool of daemon threads. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService pool;
    /** Tasks started and not yet ended (their end is handled on the FX thread). */
    private final AtomicInteger active = new AtomicInteger();

    public FxTaskRunner() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "console-io-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> TaskHandle run(BackgroundTask<T> task) {
        Task<T> fx = new Task<>() {
            @Override
            protected T call() throws Exception {
                return task.call(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public void message(String text) {
                        updateMessage(text);
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelled0();
                    }
                });
            }

            private boolean isCancelled0() {
                return isCancelled();
            }
        };
        // a cancel just as the task succeeds fires onCancelled after onSucceeded: the task has ended once
        AtomicBoolean ended = new AtomicBoolean();
        Runnable end = () -> {
            if (ended.compareAndSet(false, true)) {
                active.decrementAndGet();
            }
        };
        fx.setOnSucceeded(e -> {
            end.run();
            task.succeeded(fx.getValue());
        });
        fx.setOnFailed(e -> {
            end.run();
            task.failed(fx.getException());
        });
        fx.setOnCancelled(e -> {
            end.run();
            task.cancelled();
        });
        active.incrementAndGet();
        try {
            pool.execute(fx);
        } catch (RejectedExecutionException closed) {
            // the console is closing: a poll timer that fires now starts nothing and ends as cancelled
            fx.cancel();
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
                fx.cancel(true);
            }

            @Override
            public ReadOnlyBooleanProperty runningProperty() {
                return fx.runningProperty();
            }

            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return fx.progressProperty();
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return fx.messageProperty();
            }
        };
    }

    /** Whether any task started here has not ended yet (a request in flight, a load, an export). */
    public boolean busy() {
        return active.get() > 0;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
