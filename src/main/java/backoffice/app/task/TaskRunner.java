package backoffice.app.task;

/**
 * The one way the console runs network and disk work: off the FX thread, with callbacks on the FX thread.
 * {@link FxTaskRunner} in the app, {@link DirectTaskRunner} in view-model tests.
 */
public interface TaskRunner {

    <T> TaskHandle run(BackgroundTask<T> task);
}
