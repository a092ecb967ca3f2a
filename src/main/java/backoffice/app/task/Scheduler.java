package backoffice.app.task;

import java.time.Duration;

/** Runs something on the FX thread after a delay; tests use a scheduler they advance by hand. */
public interface Scheduler {

    /** A scheduled run that can be called off. */
    interface Scheduled {
        void cancel();
    }

    Scheduled after(Duration delay, Runnable action);
}
