package backoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the code names exists, and every key in messages.properties is used. Keys built at run time
 * are named by their literal prefix ({@code "error.code." + code}); such prefixes cover all keys under them.
 */
class MessagesTest {

    private static final Pattern LITERAL = Pattern.compile(
            "\"([a-z][A-Za-z]*\\.(?:[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*\\.?)?)\"");

    /** Properties keep the last of two equal keys silently: a merge that adds a key twice must fail here. */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/backoffice/app/messages.properties"))) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("#") && !seen.add(line.substring(0, eq).trim())) {
                twice.add(line.substring(0, eq).trim());
            }
        }
        assertThat(twice).as("keys defined more than once in messages.properties").isEmpty();
    }

    @Test
    void keysUsedExistAndKeysDefinedAreUsed() throws IOException {
        Properties props = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/backoffice/app/messages.properties")) {
            props.load(in);
        }
        Set<String> defined = new TreeSet<>(props.stringPropertyNames());
        Set<String> literals = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/backoffice/app"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        Set<String> prefixes = new HashSet<>();
        literals.stream().filter(l -> l.endsWith(".")).forEach(prefixes::add);
        Set<String> missing = new TreeSet<>();
        for (String l : literals) {
            if (!l.endsWith(".") && looksLikeKey(l, defined) && !defined.contains(l)) {
                missing.add(l);
            }
        }
        Set<String> unused = new TreeSet<>();
        for (String key : defined) {
            if (!literals.contains(key) && prefixes.stream().noneMatch(key::startsWith)) {
                unused.add(key);
            }
        }
        assertThat(missing).as("keys used in code but missing from messages.properties").isEmpty();
        assertThat(unused).as("keys in messages.properties that no code uses").isEmpty();
    }

    /** A dotted literal whose first segment is a message-key family (not a package or file name). */
    private static boolean looksLikeKey(String literal, Set<String> defined) {
        if (literal.matches(".*\\.(json|jsonl|css|png|properties|log|txt|yaml)$")) {
            return false;
        }
        String family = literal.substring(0, literal.indexOf('.') + 1);
        return defined.stream().anyMatch(k -> k.startsWith(family));
    }

    @Test
    void patternsFormatWithQuotesIntact() {
        assertThat(Messages.get("connection.hint")).contains("Weavr's sandbox");
        assertThat(Messages.get("impersonation.current", "CORPORATE 42")).isEqualTo("Acting as CORPORATE 42.");
        assertThat(Messages.get("workspace.labelPromptConsumer")).isEqualTo("e.g. the customer's name");
        assertThat(Messages.find("error.code.NO_SUCH_CODE")).isNull();
        assertThat(Messages.get("statements.loaded", 1)).isEqualTo("Loaded 1 row.");
        assertThat(Messages.get("statements.loaded", 12_345)).isEqualTo("Loaded 12,345 rows.");
        assertThat(Messages.get("statements.loadedNoCount", 0)).startsWith("Loaded 0 rows (");
    }
}
