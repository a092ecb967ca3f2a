package backoffice.app.ui;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Scrolls the focused control into view. A JavaFX scroll pane does not follow the keyboard: at 1024x700 a pane's
 * shortcut focused its first field while the form was still scrolled down after a transfer, and Tab went on into
 * fields below the window's edge (agents' walk-throughs). One per scene, for every scroll pane in it; the shell
 * installs it with {@link FocusReturn}. Focus given by a click is left alone (the control is where the pointer is),
 * and so is a control taller than the view that shows in part (a table).
 */
public final class FocusScroll {

    private static final Object INSTALLED = FocusScroll.class;
    /** Room kept above and below the control, so its label or caption shows with it. */
    private static final double MARGIN = 24;

    private FocusScroll() {
    }

    /** Installs it on {@code scene}; a second call does nothing. */
    public static void across(Scene scene) {
        if (scene.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) == null) {
            // only for the keyboard: a click's focus scrolled a half-shown table between the two clicks of a
            // double-click, which then opened another row (a reviewer)
            boolean[] mouse = {false};
            scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> mouse[0] = true);
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> mouse[0] = false);
            scene.focusOwnerProperty().addListener((o, was, now) -> {
                if (now != null && !mouse[0]) {
                    Platform.runLater(() -> { // after the layout that showed it (a pane just put in place)
                        if (now.isFocused()) {
                            reveal(now);
                        }
                    });
                }
            });
        }
    }

    /** Scrolls every scroll pane around {@code node} so that it shows whole, if it can. */
    public static void reveal(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroller && scroller.getContent() != null) {
                revealIn(scroller, node);
            }
        }
    }

    private static void revealIn(ScrollPane scroller, Node node) {
        Node content = scroller.getContent();
        Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double view = scroller.getViewportBounds().getHeight();
        double extra = content.getLayoutBounds().getHeight() - view;
        double range = scroller.getVmax() - scroller.getVmin();
        if (b == null || extra <= 0 || range <= 0 || view <= 0) {
            return;
        }
        double top = (scroller.getVvalue() - scroller.getVmin()) / range * extra;
        boolean partlyShown = b.getMaxY() > top && b.getMinY() < top + view;
        if (b.getHeight() + 2 * MARGIN > view && partlyShown) {
            return;
        }
        double to = top;
        if (b.getMinY() - MARGIN < top) {
            to = b.getMinY() - MARGIN;
        } else if (b.getMaxY() + MARGIN > top + view) {
            to = Math.min(b.getMinY() - MARGIN, b.getMaxY() + MARGIN - view);
        }
        if (to != top) {
            scroller.setVvalue(scroller.getVmin() + Math.max(0, Math.min(extra, to)) / extra * range);
        }
    }
}
