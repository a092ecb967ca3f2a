package backoffice.testsupport;

import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Whether a window is painted in its theme to its edges, as rendered: its outer {@link #RING} pixels opaque and
 * dark in the dark theme, light in the light one. A pop-up whose drop shadow leaves a transparent margin fails (a
 * window manager without compositing paints that margin white), and so does a window whose own background (shown
 * wherever the content does not reach) is Scene's default white in the dark theme. Call on the FX thread.
 */
public final class WindowPixels {

    private static final int RING = 3;

    private WindowPixels() {
    }

    /** What is wrong with the window's edges for the theme, or empty when they are right. */
    public static Optional<String> unlike(Window window, boolean dark) {
        Scene scene = window.getScene();
        String what = window instanceof PopupWindow ? "pop-up " + scene.getRoot().getStyleClass()
                : "window \"" + (window instanceof Stage s ? s.getTitle() : "") + "\"";
        if (!(window instanceof PopupWindow) && !(scene.getFill() instanceof Color fill && fill.isOpaque()
                && dark == isDark(fill))) {
            return Optional.of(what + " has the background " + scene.getFill());
        }
        WritableImage image = scene.snapshot(null);
        PixelReader pixels = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                boolean edge = x < RING || y < RING || x >= w - RING || y >= h - RING;
                if (edge && (x + y) % 2 == 0) {
                    Color c = pixels.getColor(x, y);
                    if (c.getOpacity() < 0.99 || isDark(c) != dark) {
                        return Optional.of(what + " " + w + "x" + h + " shows " + c + " at " + x + "," + y
                                + " in the " + (dark ? "dark" : "light") + " theme");
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isDark(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue() < 0.5;
    }
}
