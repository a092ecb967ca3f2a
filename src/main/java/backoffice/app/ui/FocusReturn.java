package backoffice.app.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Gives a control the focus back when it comes back on after being turned off while it had it: a Load or Export
 * button is off while its work runs, JavaFX then moves the focus to the next control (an agent's walk-through: after a
 * load the focus sat on Export, after an export on More filters) and a keyboard user lost their place. Only when the
 * focus is still where JavaFX moved it: a field the agent went to meanwhile keeps it.
 */
public final class FocusReturn {

    private FocusReturn() {
    }

    /** Installs the return on {@code control}. */
    public static void to(Node control) {
        Node[] movedTo = {null};
        boolean[] had = {false};
        control.focusedProperty().addListener((o, was, now) -> {
            if (!now && control.isDisabled() && control.getScene() != null) {
                // JavaFX moved the focus on because the control went off: where to, is settled a moment later
                had[0] = true;
                Scene scene = control.getScene();
                Platform.runLater(() -> movedTo[0] = scene.getFocusOwner());
            }
        });
        control.disabledProperty().addListener((o, was, off) -> {
            Scene scene = control.getScene();
            if (!off && had[0] && scene != null) { // back on after it lost the focus by going off
                had[0] = false;
                Node owner = scene.getFocusOwner();
                if (owner == movedTo[0] || owner == null) {
                    control.requestFocus();
                }
            }
        });
    }
}
