package backoffice.app.ui;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * The control a pane's shortcut focuses instead of its first field, while that field is no use yet: Review with no
 * export open put the caret in the search of an empty table, where "Open export…" is what the agent came for.
 */
public final class FirstFocus {

    private static final Object KEY = FirstFocus.class;

    private record Choice(Node control, BooleanSupplier when) {
    }

    private FirstFocus() {
    }

    /** Makes {@code control} the first focus of {@code pane} whenever {@code when} holds. */
    public static void set(Node pane, Node control, BooleanSupplier when) {
        pane.getProperties().put(KEY, new Choice(control, when));
    }

    /**
     * The control {@code pane} (or the pane a scroller holds) names as its first focus now (shown and on), or null:
     * then its first field.
     */
    public static Node of(Node pane) {
        if (pane instanceof ScrollPane scroller) {
            return of(scroller.getContent());
        }
        if (pane != null && pane.getProperties().get(KEY) instanceof Choice c && c.when().getAsBoolean()
                && c.control().isVisible() && !c.control().isDisabled()) {
            return c.control();
        }
        return null;
    }
}
