package backoffice.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Logs go to {@code console-N.log} (rotating, 5 × 2 MB) in the OS log folder. Nothing secret reaches them: the HTTP
 * log line carries no headers or bodies, and the api-key and tokens never pass through a logger.
 */
public final class AppLogging {

    private AppLogging() {
    }

    public static void configure(Path logsDir) {
        try {
            Files.createDirectories(logsDir);
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            FileHandler file = new FileHandler(logsDir.resolve("console-%g.log").toString(), 2_000_000, 5, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            root.addHandler(file);
            root.setLevel(Level.INFO);
        } catch (IOException | SecurityException e) {
            System.err.println("Logging to " + logsDir + " is not possible: " + e.getMessage());
        }
    }
}
