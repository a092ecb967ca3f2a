package backoffice.app;

import backoffice.app.settings.AppDirs;
import backoffice.sandbox.SandboxMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.application.Application;

/**
 * Plain entry point (the app is not modular): {@code --verify FILE...} checks exports without a display,
 * {@code --sandbox [flags]} runs the sandbox alone, anything else opens the console.
 */
public final class Launcher {

    private Launcher() {
    }

    /** Without parsing JSON (Jackson is still loading): does the saved settings file name another environment? */
    private static boolean savedEnvironmentIsEmbedded() {
        Path file = AppDirs.detect().settingsFile();
        try {
            String text = Files.readString(file);
            return !text.contains("\"WEAVR_SANDBOX\"") && !text.contains("\"CUSTOM\"");
        } catch (IOException | RuntimeException noSettings) {
            return true;
        }
    }

    public static void main(String[] args) throws Exception {
        int verify = Arrays.asList(args).indexOf("--verify");
        if (verify >= 0) {
            // no display needed: nothing below loads JavaFX; exit() also ends java-keyring's non-daemon threads
            System.exit(VerifyCommand.run(Arrays.asList(args).subList(verify + 1, args.length), System.out,
                    System.err));
        }
        if (Arrays.asList(args).contains("--sandbox")) {
            SandboxMain.main(args);
            return;
        }
        String missing = missingDesktop(System.getProperty("os.name"), System.getenv("DISPLAY"),
                System.getenv("WAYLAND_DISPLAY"), System.getProperty("glass.platform"));
        if (missing != null) {
            System.err.println(missing);
            System.exit(2);
        }
        Warmup.begin(savedEnvironmentIsEmbedded());
        try {
            Application.launch(ConsoleApp.class, args);
        } catch (RuntimeException | LinkageError noToolkit) {
            // e.g. "Unable to load glass GTK library": say what is missing, and do not let the warm-up's sandbox
            // threads keep the JVM alive
            System.err.println(Messages.get("startup.noToolkit", String.valueOf(noToolkit.getMessage())));
            Warmup.embedded().close();
            System.exit(2);
        }
    }

    /** The sentence to print when no desktop can show the window (Linux/BSD without a display), else null. */
    static String missingDesktop(String os, String display, String wayland, String glassPlatform) {
        boolean x11Family = os != null && !os.startsWith("Windows") && !os.startsWith("Mac");
        boolean headlessGlass = glassPlatform != null && glassPlatform.equalsIgnoreCase("Monocle");
        boolean none = (display == null || display.isBlank()) && (wayland == null || wayland.isBlank());
        return x11Family && !headlessGlass && none ? Messages.get("startup.noDisplay") : null;
    }
}
