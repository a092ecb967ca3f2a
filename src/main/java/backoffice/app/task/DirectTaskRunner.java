package backoffice.app.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;

/** Runs every task at once on the calling thread; for view-model tests (no toolkit needed). */
public final class DirectTaskRunner implements TaskRunner {

    @Override
    public <T> TaskHandle run(BackgroundTask<T> task) {
        SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
        SimpleStringProperty message = new SimpleStringProperty("");
        SimpleBooleanProperty running = new SimpleBooleanProperty(true);
        boolean[] cancelled = {false};
        T value;
        try {
            value = task.call(new Progress() {
                @Override
                public void update(long done, long total) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                }

                @Override
                public void message(String text) {
                    message.set(text);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            });
        } catch (Exception e) {
            running.set(false);
            task.failed(e);
            return handle(running, progress, message, cancelled);
        }
        running.set(false);
        task.succeeded(value);
        return handle(running, progress, message, cancelled);
    }

    private static TaskHandle handle(SimpleBooleanProperty running, SimpleDoubleProperty progress,
                                     SimpleStringProperty message, boolean[] cancelled) {
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancelled[0] = true;
            }

            @Override
            public ReadOnlyBooleanProperty runningProperty() {
                return running;
            }

            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return progress;
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return message;
            }
        };
    }
}
