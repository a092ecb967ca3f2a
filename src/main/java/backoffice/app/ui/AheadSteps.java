package backoffice.app.ui;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;

/**
 * Work a pane offers to do before it is first shown, one step at a time: the shell's warm-up runs each step while the
 * agent is idle, with the pane in the window's scene but not shown (issue 18). A step returns whether steps are left.
 */
public final class AheadSteps {

    private static final Object KEY = AheadSteps.class;

    private AheadSteps() {
    }

    /** Offers {@code steps} for {@code pane}, the node a pane's factory returns. */
    public static void offer(Node pane, BooleanSupplier steps) {
        pane.getProperties().put(KEY, steps);
    }

    /** What {@code pane} offers, or null. */
    public static BooleanSupplier of(Node pane) {
        return pane == null ? null : (BooleanSupplier) pane.getProperties().get(KEY);
    }
}
