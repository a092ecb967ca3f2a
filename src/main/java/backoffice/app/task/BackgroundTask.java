package backoffice.app.task;

import java.util.function.Consumer;

/**
 * Work for the {@link TaskRunner}: a callable that may report progress, plus callbacks that the runner always calls
 * on the FX thread (success, failure, and finished after either or after cancel).
 */
public final class BackgroundTask<T> {

    /** The work itself; runs off the FX thread. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    private final Work<T> work;
    private Consumer<T> onSuccess = v -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = work;
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        this.onSuccess = callback;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        this.onFailure = callback;
        return this;
    }

    public BackgroundTask<T> onFinished(Runnable callback) {
        this.onFinished = callback;
        return this;
    }

    public TaskHandle runWith(TaskRunner runner) {
        return runner.run(this);
    }

    T call(Progress progress) throws Exception {
        return work.call(progress);
    }

    void succeeded(T value) {
        try {
            onSuccess.accept(value);
        } finally {
            onFinished.run();
        }
    }

    void failed(Throwable error) {
        try {
            onFailure.accept(error);
        } finally {
            onFinished.run();
        }
    }

    void cancelled() {
        onFinished.run();
    }
}
