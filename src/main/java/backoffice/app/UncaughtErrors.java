package backoffice.app;

import backoffice.app.ui.DialogService;
import backoffice.app.ui.ErrorPresenter;
import backoffice.app.ui.ErrorReport;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The last door for a failure nobody handled (a bug): logged once with its stack trace, then shown to the agent with
 * the stack behind "details"; the console keeps running. A failure while that dialog is open is only logged, so a
 * failing paint or layout cannot stack dialogs without end.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {

    private static final System.Logger LOG = System.getLogger("backoffice.app");

    private final Consumer<ErrorReport> show;
    private boolean showing;

    private UncaughtErrors(Consumer<ErrorReport> show) {
        this.show = show;
    }

    /** Installs the handler for every thread (the FX thread included) and returns it. */
    public static UncaughtErrors install(DialogService dialogs) {
        UncaughtErrors handler = new UncaughtErrors(report -> dialogs.showError(
                Messages.get("error.unexpectedTitle"), report));
        Thread.setDefaultUncaughtExceptionHandler(handler);
        return handler;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.log(System.Logger.Level.ERROR, "Uncaught on thread " + thread.getName(), failure);
        ErrorReport described = ErrorPresenter.describe(Messages.get("app.action"), failure);
        ErrorReport report = new ErrorReport(described.sentence(), described.errorCode(), described.requestRef(),
                described.fieldErrors(), ErrorPresenter.stackTrace(failure), described.kind());
        if (Platform.isFxApplicationThread()) {
            showOnce(report);
        } else {
            Platform.runLater(() -> showOnce(report));
        }
    }

    private void showOnce(ErrorReport report) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            show.accept(report);
        } finally {
            showing = false;
        }
    }
}
