package backoffice.app.ui;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * A dialog or detail window never opens larger than the screen nor with its title bar above it: on a 1024x700 screen
 * a tall confirmation opened cut, without the bar to move or close it. Its content scrolls or wraps instead.
 */
public final class OnScreen {

    /** Room the window manager's title bar and frame take around a window. */
    private static final double FRAME = 40;

    private OnScreen() {
    }

    /**
     * Once shown the window is centred on the window it belongs to (a window manager put dialogs at the screen's top
     * left, over the customer banner, their title bar sometimes off screen); then, and again whenever it grows, it
     * is clamped to the visual bounds of its screen; when it closes, the window it was over is maximised again if it
     * was before.
     */
    public static void keep(Window window) {
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            centreOnOwner(window);
            clamp(window);
        });
        window.heightProperty().addListener((o, a, b) -> clamp(window));
        window.widthProperty().addListener((o, a, b) -> clamp(window));
        keepOwnerMaximised(window);
    }

    /**
     * On Linux JavaFX freezes a modal dialog's owner by fixing its size, and a window manager (openbox) then takes
     * its maximised state away: after a confirmation the console's window was 1026x706 on a 1024x700 screen, its
     * status bar below the screen's edge.
     */
    private static void keepOwnerMaximised(Window window) {
        boolean[] maximised = {false};
        window.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> maximised[0] = window instanceof Stage s
                && s.getOwner() instanceof Stage owner && owner.isMaximized());
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            if (maximised[0] && window instanceof Stage s && s.getOwner() instanceof Stage owner) {
                // after the owner is enabled again (it is not yet while the dialog hides): a frozen window stays so
                Platform.runLater(() -> {
                    if (!owner.isMaximized()) {
                        owner.setMaximized(true);
                    }
                });
            }
        });
    }

    static void centreOnOwner(Window window) {
        if (window instanceof Stage s && s.getOwner() != null && s.getOwner().isShowing()) {
            Window owner = s.getOwner();
            window.setX(owner.getX() + (owner.getWidth() - window.getWidth()) / 2);
            window.setY(owner.getY() + (owner.getHeight() - window.getHeight()) / 2);
        }
    }

    static void clamp(Window window) {
        if (!window.isShowing()) {
            return;
        }
        Rectangle2D screen = screenOf(window);
        double width = Math.min(window.getWidth(), screen.getWidth());
        double height = Math.min(window.getHeight(), screen.getHeight() - FRAME);
        if (width < window.getWidth()) {
            window.setWidth(width);
        }
        if (height < window.getHeight()) {
            window.setHeight(height);
        }
        double x = Math.max(screen.getMinX(), Math.min(window.getX(), screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(window.getY(), screen.getMaxY() - height));
        if (x != window.getX()) {
            window.setX(x);
        }
        if (y != window.getY()) {
            window.setY(y);
        }
    }

    private static Rectangle2D screenOf(Window window) {
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1, window.getWidth()),
                Math.max(1, window.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }
}
