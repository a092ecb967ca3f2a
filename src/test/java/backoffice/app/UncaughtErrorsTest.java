package backoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.task.BackgroundTask;
import backoffice.app.task.FxTaskRunner;
import backoffice.testsupport.RecordingDialogs;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A bug in a view model's callback reaches the handler, is logged once with its stack, and the console runs on. */
@ExtendWith(ApplicationExtension.class)
class UncaughtErrorsTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void anExceptionInACallbackIsLoggedWithItsStackShownWithDetailsAndTheAppKeepsRunning() throws Exception {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("backoffice.app").addHandler(capture);
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        RecordingDialogs dialogs = new RecordingDialogs();
        try (FxTaskRunner runner = new FxTaskRunner()) {
            WaitForAsyncUtils.asyncFx(() -> UncaughtErrors.install(dialogs)).get(5, TimeUnit.SECONDS);
            Platform.runLater(() -> BackgroundTask.of(p -> 42).onSuccess(v -> {
                throw new IllegalStateException("bug in a callback " + v);
            }).runWith(runner));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(dialogs.errors).singleElement().satisfies(r -> {
                assertThat(r.sentence()).contains("IllegalStateException");
                assertThat(r.details()).contains("bug in a callback 42").contains("UncaughtErrorsTest");
            });
            assertThat(logged).filteredOn(r -> r.getThrown() != null
                    && r.getThrown().getMessage().equals("bug in a callback 42")).hasSize(1);
            boolean stillRunning = WaitForAsyncUtils.asyncFx(() -> true).get(5, TimeUnit.SECONDS);
            assertThat(stillRunning).isTrue();
        } finally {
            Logger.getLogger("backoffice.app").removeHandler(capture);
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    @Test
    void withoutADisplayTheConsoleSaysWhatIsMissing() {
        assertThat(Launcher.missingDesktop("Linux", null, "", null)).contains("no display").contains("xvfb-run");
        assertThat(Launcher.missingDesktop("Linux", ":0", null, null)).isNull();
        assertThat(Launcher.missingDesktop("Linux", null, "wayland-0", null)).isNull();
        assertThat(Launcher.missingDesktop("Mac OS X", null, null, null)).isNull();
        assertThat(Launcher.missingDesktop("Windows 11", null, null, null)).isNull();
        assertThat(Launcher.missingDesktop("Linux", null, null, "Monocle")).isNull();
    }
}
