package backoffice.app.settings;

import backoffice.client.json.Json;
import backoffice.export.AtomicFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One small JSON file the console keeps in its folders (the settings, the known users, what it remembers of an
 * identity): read whole, replaced whole, pretty-printed, written atomically (temp file, fsync, rename) into a folder
 * made on demand. No secrets are written by callers; no JavaFX: called off the FX thread.
 */
public final class JsonFile<T> {

    private final Path path;
    private final JavaType type;

    public JsonFile(Path path, Class<T> type) {
        this(path, Json.mapper().constructType(type));
    }

    public JsonFile(Path path, TypeReference<T> type) {
        this(path, Json.mapper().constructType(type));
    }

    private JsonFile(Path path, JavaType type) {
        this.path = path;
        this.type = type;
    }

    public Path path() {
        return path;
    }

    /** The value, or empty when there is no file (or it holds {@code null}); an unreadable file throws. */
    public Optional<T> read() throws IOException {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        return Optional.ofNullable(Json.mapper().readValue(path.toFile(), type));
    }

    /** The value, or empty when there is none or it is unreadable (then a warning names the file and the fault). */
    public Optional<T> readOrWarn() {
        try {
            return read();
        } catch (IOException unreadable) {
            System.getLogger("backoffice.app").log(System.Logger.Level.WARNING,
                    "Ignoring unreadable " + path + ": " + unreadable.getMessage());
            return Optional.empty();
        }
    }

    /** Replaces the file with the value's JSON, as {@link #text} writes it. */
    public void write(T value) throws IOException {
        byte[] json = text(value).getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(path.toAbsolutePath().getParent());
        AtomicFiles.write(path, out -> out.write(json));
    }

    /** The JSON a value is written as (pretty-printed, so a person can read the file). */
    public static String text(Object value) throws JsonProcessingException {
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
