package backoffice.app.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs something once, right after a scene's next CSS and layout passes and before that pulse renders. */
public final class NextLayout {

    private NextLayout() {
    }

    /** Runs {@code then} once, after the next pulse's CSS and layout of {@code scene} (a pulse is asked for). */
    public static void then(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
