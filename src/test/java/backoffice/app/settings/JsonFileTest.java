package backoffice.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backoffice.app.users.KnownUser;
import backoffice.app.users.KnownUsersStore;
import backoffice.app.workspace.IdentityMemory;
import backoffice.client.json.Json;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one small-JSON-file type behind the settings, the known users and the identity memory: missing, unreadable,
 * replaced whole in a folder made on demand, with no temporary file left; the files keep the format the three stores
 * wrote before they shared it (Jackson's pretty printer), so files written by older versions read back unchanged.
 */
class JsonFileTest {

    private static final TypeReference<Map<String, List<KnownUser>>> USERS = new TypeReference<>() {
    };

    @TempDir
    Path dir;

    @Test
    void aMissingFileIsEmptyAndAnUnreadableOneThrowsOrIsIgnoredWithAWarning() throws IOException {
        JsonFile<Settings> file = new JsonFile<>(dir.resolve("none.json"), Settings.class);
        assertThat(file.read()).isEmpty();
        Files.writeString(file.path(), "{not json");
        assertThatThrownBy(file::read).isInstanceOf(IOException.class);
        assertThat(file.readOrWarn()).isEmpty();
        Files.writeString(file.path(), "null");
        assertThat(file.read()).isEmpty();
    }

    @Test
    void aValueIsWrittenWholeIntoAFolderMadeOnDemandAndReadBack() throws IOException {
        Path target = dir.resolve("a/b/known-users.json");
        JsonFile<Map<String, List<KnownUser>>> file = new JsonFile<>(target, USERS);
        var first = Map.of("k", List.of(new KnownUser("1", "Ana", "a@x.example", KnownUser.Status.CREATED, null)));
        file.write(first);
        file.write(Map.of());
        assertThat(file.read()).contains(Map.of());
        file.write(first);
        assertThat(file.read()).contains(first);
        try (var names = Files.list(target.getParent())) {
            assertThat(names).extracting(p -> p.getFileName().toString()).containsExactly("known-users.json");
        }
    }

    @Test
    void theFilesKeepTheFormatTheStoresWroteBefore() throws IOException {
        KnownUser ana = new KnownUser("1101", "Ana Zammit", "ana@acme.example", KnownUser.Status.INVITED, null);
        Path users = dir.resolve("known-users.json");
        new KnownUsersStore(users).remember("EMBEDDED http://127.0.0.1:1 CORPORATE:7", ana);
        assertThat(Files.readString(users)).isEqualTo(Json.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(Map.of("EMBEDDED http://127.0.0.1:1 CORPORATE:7", List.of(ana))));

        IdentityMemory<KnownUser> memory = new IdentityMemory<>(dir, "test", KnownUser.class);
        memory.save("embedded", "CORPORATE:7", ana);
        assertThat(Files.readString(memory.file("embedded", "CORPORATE:7")))
                .isEqualTo(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(ana));

        Settings settings = Settings.defaults();
        Path config = dir.resolve("config/settings.json");
        new SettingsStore(config).save(settings);
        assertThat(Files.readString(config))
                .isEqualTo(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(settings));
    }

    @Test
    void aFileAnOlderVersionWroteReadsBack() throws IOException {
        Path users = dir.resolve("known-users.json");
        Files.writeString(users, """
                {
                  "EMBEDDED http://127.0.0.1:8089 CORPORATE:1101" : [ {
                    "id" : "1101",
                    "name" : "Ana Zammit",
                    "email" : "ana@acme.example",
                    "status" : "INVITED",
                    "note" : null
                  } ]
                }""");
        assertThat(new KnownUsersStore(users).load("EMBEDDED http://127.0.0.1:8089 CORPORATE:1101"))
                .containsExactly(new KnownUser("1101", "Ana Zammit", "ana@acme.example", KnownUser.Status.INVITED,
                        null));
    }
}
