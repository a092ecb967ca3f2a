package backoffice.app.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A scroll pane whose content repaints only where it changed. JavaFX's scroll pane skin caches its viewport as a
 * bitmap ({@code setCache(true)}): any change inside - a progress bar's step, a status line, a text field's caret -
 * invalidates that bitmap, and the renderer repaints the <em>whole</em> content into it, then copies it to the screen.
 * For a pane with a 20-row table that is ~400 nodes per frame for a change a few pixels high, and on the software
 * pipeline (no GPU: Xvfb, many remote desktops) it kept the renderer busy 0.6-0.9 s per statement load while the FX
 * thread waited for it. Uncached, the renderer's dirty regions apply inside the viewport as anywhere else.
 */
public final class UncachedViewport {

    private UncachedViewport() {
    }

    /** Turns the viewport's cache off now if the skin exists, else as soon as it is made (and if it is replaced). */
    public static <T extends ScrollPane> T install(T scroller) {
        uncache(scroller);
        scroller.skinProperty().addListener((o, was, now) -> uncache(scroller));
        return scroller;
    }

    /** Whether the scroller's viewport (once skinned) is drawn without a cache. */
    public static boolean isUncached(ScrollPane scroller) {
        Node viewport = viewport(scroller);
        return viewport != null && !viewport.isCache();
    }

    private static void uncache(ScrollPane scroller) {
        Node viewport = viewport(scroller);
        if (viewport != null) {
            viewport.setCache(false);
        }
    }

    private static Node viewport(ScrollPane scroller) {
        // the skin's own child, not a viewport of a scroll pane inside the content
        for (Node child : scroller.getChildrenUnmodifiable()) {
            if (child.getStyleClass().contains("viewport")) {
                return child;
            }
        }
        return null;
    }
}
