package backoffice.app.settings;

import backoffice.client.json.Json;
import backoffice.export.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes {@link Settings} as JSON in the config dir; written atomically ({@link JsonFile}). */
public final class SettingsStore {

    private final JsonFile<Settings> file;

    public SettingsStore(Path file) {
        this.file = new JsonFile<>(file, Settings.class);
    }

    /** The saved settings, or the defaults when there are none or they cannot be read (a warning says so). */
    public Settings load() {
        return file.readOrWarn().orElseGet(Settings::defaults);
    }

    public void save(Settings settings) throws IOException {
        file.write(settings);
    }
}
