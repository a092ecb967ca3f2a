package backoffice.app.settings;

import backoffice.client.json.Json;
import backoffice.export.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes {@link Settings} as JSON in the config dir; written atomically (temp file + rename). */
public final class SettingsStore {

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The saved settings, or the defaults when there are none or they cannot be read. */
    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        try {
            Settings s = Json.mapper().readValue(file.toFile(), Settings.class);
            return s == null ? Settings.defaults() : s;
        } catch (IOException unreadable) {
            System.getLogger("backoffice.app").log(System.Logger.Level.WARNING,
                    "Settings at " + file + " are unreadable; using defaults (" + unreadable.getMessage() + ")");
            return Settings.defaults();
        }
    }

    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] json = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(settings);
        AtomicFiles.write(file, out -> out.write(json));
    }
}
