package backoffice.app.workspace;

import backoffice.app.settings.JsonFile;
import backoffice.client.Redactor;
import backoffice.client.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the console remembers about one identity in one environment, as a JSON file in the data directory:
 * {@code <data>/<kind>/<environment>/<identity>.json}, a {@link JsonFile} (written atomically). Reusable for any
 * record type ({@code kind} keeps the stores apart: "workspace", "users", ...). No JavaFX: callers run it off the FX
 * thread.
 *
 * <p>The "no secret" rule is enforced here, not only by the record types: a value whose JSON holds a card-number-like
 * digit run, a CVV, a token, an api-key, a password or a balance field is refused with an exception, and nothing is
 * written.
 */
public final class IdentityMemory<T> {

    private static final Pattern FORBIDDEN_FIELD = Pattern.compile(
            "\"[A-Za-z]*(?:balance|Balance|cvv|Cvv|CVV|token|Token|apiKey|api-key|password|Password|cardNumber)"
                    + "[A-Za-z]*\"\\s*:");

    private final Path root;
    private final Class<T> type;

    public IdentityMemory(Path dataDir, String kind, Class<T> type) {
        this.root = dataDir.resolve(kind);
        this.type = type;
    }

    /** The environment's key: "embedded" for the console's own sandbox (its port changes), else the root URL. */
    public static String environmentKey(boolean embedded, String rootUrl) {
        return embedded ? "embedded" : rootUrl;
    }

    /** What was saved for the identity, or empty when nothing was (or the file is unreadable: it is then ignored). */
    public Optional<T> load(String environment, String identity) {
        return new JsonFile<>(file(environment, identity), type).readOrWarn();
    }

    /** Replaces what is saved for the identity; refuses (IllegalArgumentException) a value that holds a secret. */
    public void save(String environment, String identity, T value) throws IOException {
        requireNoSecret(JsonFile.text(value));
        new JsonFile<>(file(environment, identity), type).write(value);
    }

    /** Where the identity's record lives; both keys become safe file names. */
    public Path file(String environment, String identity) {
        return root.resolve(safe(environment)).resolve(safe(identity) + ".json");
    }

    static void requireNoSecret(String json) throws IOException {
        if (FORBIDDEN_FIELD.matcher(json).find() || holdsCardNumber(Json.mapper().readTree(json))) {
            throw new IllegalArgumentException("Refusing to remember a secret or a balance");
        }
    }

    /** Whether a text value looks like a card number (numbers such as timestamps are not text). */
    private static boolean holdsCardNumber(JsonNode node) {
        if (node.isTextual()) {
            return !Redactor.text(node.asText()).equals(node.asText());
        }
        for (var child : node) {
            if (holdsCardNumber(child)) {
                return true;
            }
        }
        return false;
    }

    /** Readable prefix plus a short hash, so two URLs never share a folder and no name is unsafe. */
    private static String safe(String key) {
        String readable = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (readable.length() > 40) {
            readable = readable.substring(0, 40);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return readable + "-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
