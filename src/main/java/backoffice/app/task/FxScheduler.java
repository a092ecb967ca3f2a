package backoffice.app.task;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** {@link Scheduler} on the FX thread's own timeline: the action runs on the FX thread, nothing waits. */
public final class FxScheduler implements Scheduler {

    @Override
    public Scheduled after(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
