package backoffice.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The real runner: work off the FX thread, every callback on it, progress reported, cancel honoured. */
class FxTaskRunnerTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void workRunsInTheBackgroundAndCallbacksOnTheFxThread() throws Exception {
        try (FxTaskRunner runner = new FxTaskRunner()) {
            AtomicBoolean workOnFx = new AtomicBoolean(true);
            AtomicBoolean successOnFx = new AtomicBoolean(false);
            AtomicBoolean finishedOnFx = new AtomicBoolean(false);
            AtomicReference<String> value = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> BackgroundTask.of(p -> {
                workOnFx.set(Platform.isFxApplicationThread());
                p.update(1, 2);
                return "ok";
            }).onSuccess(v -> {
                successOnFx.set(Platform.isFxApplicationThread());
                value.set(v);
            }).onFinished(() -> {
                finishedOnFx.set(Platform.isFxApplicationThread());
                done.countDown();
            }).runWith(runner));
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(runner.busy()).as("it ended").isFalse();
            assertThat(workOnFx).isFalse();
            assertThat(successOnFx).isTrue();
            assertThat(finishedOnFx).isTrue();
            assertThat(value.get()).isEqualTo("ok");
        }
    }

    @Test
    void failuresArriveOnTheFxThread() throws Exception {
        try (FxTaskRunner runner = new FxTaskRunner()) {
            AtomicReference<Throwable> error = new AtomicReference<>();
            AtomicBoolean onFx = new AtomicBoolean();
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> BackgroundTask.of(p -> {
                throw new IllegalStateException("boom");
            }).onFailure(e -> {
                onFx.set(Platform.isFxApplicationThread());
                error.set(e);
            }).onFinished(done::countDown).runWith(runner));
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(runner.busy()).as("it ended, failed").isFalse();
            assertThat(onFx).isTrue();
            assertThat(error.get()).hasMessage("boom");
        }
    }

    @Test
    void cancelStopsLongWorkAndStillFinishes() throws Exception {
        try (FxTaskRunner runner = new FxTaskRunner()) {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch finished = new CountDownLatch(1);
            AtomicBoolean succeeded = new AtomicBoolean();
            AtomicReference<TaskHandle> handle = new AtomicReference<>();
            Platform.runLater(() -> handle.set(BackgroundTask.of(p -> {
                started.countDown();
                while (!p.isCancelled()) {
                    Thread.onSpinWait();
                }
                return "cancelled";
            }).onSuccess(v -> succeeded.set(true)).onFinished(finished::countDown).runWith(runner)));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(runner.busy()).as("a task runs").isTrue();
            Platform.runLater(() -> handle.get().cancel());
            assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(succeeded).isFalse();
            assertThat(runner.busy()).as("it ended, cancelled").isFalse();
        }
    }

    @Test
    void aTaskStartedAfterCloseEndsCancelledWithoutThrowing() throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        runner.close();
        AtomicBoolean ran = new AtomicBoolean();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        CountDownLatch finished = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                BackgroundTask.of(p -> {
                    ran.set(true);
                    return "late";
                }).onFinished(finished::countDown).runWith(runner);
            } catch (RuntimeException e) {
                thrown.set(e);
                finished.countDown();
            }
        });
        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(thrown.get()).isNull();
        assertThat(ran).isFalse();
    }
}
