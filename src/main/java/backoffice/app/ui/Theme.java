package backoffice.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX Primer as the user-agent stylesheet, light or dark, plus the console's own stylesheet. */
public final class Theme {

    private static final String CONSOLE_CSS = Theme.class.getResource("/backoffice/app/console.css").toExternalForm();

    private Theme() {
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static void install(Scene scene) {
        scene.getStylesheets().add(CONSOLE_CSS);
    }
}
