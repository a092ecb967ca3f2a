package backoffice.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Window;

/** AtlantaFX Primer as the user-agent stylesheet, light or dark, plus the console's own stylesheet. */
public final class Theme {

    private static final String DARK = "theme-dark";
    private static final String LIGHT = "theme-light";
    private static final String CONSOLE_CSS = Theme.class.getResource("/backoffice/app/console.css").toExternalForm();

    private Theme() {
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        // and every open window's root restyled from scratch: two agents' walk-throughs each saw, once, the window's
        // background and menu bar stay light after the first switch to dark while the text turned light (unreadable;
        // not reproduced since). A root's style class changing makes JavaFX reapply CSS to its whole tree.
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.getScene() != null && w.getScene().getRoot() != null) {
                ObservableList<String> classes = w.getScene().getRoot().getStyleClass();
                classes.removeAll(DARK, LIGHT);
                classes.add(dark ? DARK : LIGHT);
            }
        }
    }

    /**
     * The console's stylesheet on the scene, and the window painted in its root's background colour (Scene's default
     * fill is white): a window grown before its next layout, or a frame the window manager sized a few pixels larger
     * than the scene, showed a white strip in the dark theme (the detail window's bottom edge).
     */
    public static void install(Scene scene) {
        scene.getStylesheets().add(CONSOLE_CSS);
        fillFromRoot(scene);
        scene.rootProperty().addListener((o, a, root) -> fillFromRoot(scene));
    }

    private static void fillFromRoot(Scene scene) {
        Parent root = scene.getRoot();
        if (root instanceof Region region) {
            followBackground(scene, region.getBackground());
            region.backgroundProperty().addListener((o, a, now) -> {
                if (scene.getRoot() == region) {
                    followBackground(scene, now);
                }
            });
        }
    }

    private static void followBackground(Scene scene, Background background) {
        if (background != null && !background.getFills().isEmpty()
                && background.getFills().get(0).getFill() instanceof Color c && c.isOpaque()) {
            scene.setFill(c);
        }
    }
}
