package backoffice.app.ui;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Gives a control the focus back when it comes back on after being turned off while it had it. A button is off while
 * its work runs (Load, Export, Save, Block, Submit…); JavaFX then moves the focus to the next control and a keyboard
 * user lost their place (an agent's walk-through: after a load the focus sat on Export, after an export on More
 * filters, after opening a file in Review on "Trust a colleague's key…", where the next Enter opened that dialog).
 * Only when the focus is still where JavaFX moved it: a field the agent went to meanwhile keeps it.
 *
 * <p>One per scene, for every control in it: the shell installs it when it is put in a scene.
 */
public final class FocusReturn {

    private static final Object INSTALLED = FocusReturn.class;

    private final Scene scene;
    private Node off;
    private Node movedTo;
    private ChangeListener<Boolean> whenBackOn;

    private FocusReturn(Scene scene) {
        this.scene = scene;
    }

    /** Installs the return on every control of {@code scene}; a second call does nothing. */
    public static void across(Scene scene) {
        if (scene.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) == null) {
            FocusReturn r = new FocusReturn(scene);
            scene.focusOwnerProperty().addListener((o, was, now) -> r.moved(was, now));
            // a key or a click after the move is the agent at work where the focus went: it stays (a reviewer: a
            // field JavaFX moved it to, typed in, lost it mid-word when the button came back on)
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> r.forget());
            scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> r.forget());
        }
    }

    private void moved(Node was, Node now) {
        // JavaFX takes the focus from a control that goes off (to nobody) and then gives it to the next one; where
        // it put it may go off too and the focus moves on again: the first control is still the one waiting
        if (off != null && was == movedTo && (was == null || was.isDisabled())) {
            movedTo = now;
            return;
        }
        if (was == null || !was.isDisabled() || was.getScene() != scene) {
            return; // the agent moved it, or the control left the window
        }
        forget();
        off = was;
        movedTo = now;
        whenBackOn = (o, wasOff, isOff) -> {
            if (!isOff) {
                backOn();
            }
        };
        was.disabledProperty().addListener(whenBackOn);
    }

    private void backOn() {
        Node control = off;
        Node owner = scene.getFocusOwner();
        boolean untouched = owner == movedTo || owner == null;
        forget();
        if (untouched && control.getScene() == scene && NodeTree.shown(control)) {
            control.requestFocus();
        }
    }

    private void forget() {
        if (off != null) {
            off.disabledProperty().removeListener(whenBackOn);
        }
        off = null;
        movedTo = null;
        whenBackOn = null;
    }
}
