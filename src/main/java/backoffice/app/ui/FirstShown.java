package backoffice.app.ui;

import javafx.beans.value.ObservableBooleanValue;

/**
 * Whether a pane has been shown yet, for a view model that must not call the API before it is: a pane can be built
 * ahead while the agent is idle ({@code app.shell.PaneWarmup}), and an agent who never opens it should cause no call.
 */
public final class FirstShown {

    /** Held here: a binding's listeners are weak, and the view model's reference to it may be the only one. */
    private final ObservableBooleanValue shown;
    private boolean happened;

    /** @param shown whether the pane is shown now (the shell's selection) */
    public FirstShown(ObservableBooleanValue shown) {
        this.shown = shown;
    }

    /**
     * Runs {@code first} the first time the pane is shown: at once if it is now. Call it last in the view model's
     * constructor, once what {@code first} uses is set up.
     */
    public void then(Runnable first) {
        shown.addListener((o, was, now) -> {
            if (now) {
                happen(first);
            }
        });
        if (shown.get()) {
            happen(first);
        }
    }

    /** Whether the pane has been shown ({@link #then}'s action has run). */
    public boolean happened() {
        return happened;
    }

    private void happen(Runnable first) {
        if (!happened) {
            happened = true;
            first.run();
        }
    }
}
