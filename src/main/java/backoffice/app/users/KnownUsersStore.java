package backoffice.app.users;

import backoffice.app.settings.JsonFile;
import backoffice.client.json.Json;
import backoffice.export.AtomicFiles;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The users the console remembers, per environment + identity, in {@code known-users.json} in the data folder
 * (ids, names, e-mails, last status: no secrets). Written atomically; called off the FX thread.
 */
public final class KnownUsersStore {

    private static final TypeReference<Map<String, List<KnownUser>>> TYPE = new TypeReference<>() {
    };

    private final JsonFile<Map<String, List<KnownUser>>> file;

    public KnownUsersStore(Path file) {
        this.file = new JsonFile<>(file, TYPE);
    }

    /** "EMBEDDED http://127.0.0.1:8089 CORPORATE:1101…": the key one list is kept under. */
    public static String key(String environmentKind, String rootUrl, String identityKey) {
        return environmentKind + " " + rootUrl + " " + identityKey;
    }

    public synchronized List<KnownUser> load(String key) throws IOException {
        return new ArrayList<>(readAll().getOrDefault(key, List.of()));
    }

    /** Remembers a user (replacing what was known of the same id), newest first; returns the list now kept. */
    public synchronized List<KnownUser> remember(String key, KnownUser user) throws IOException {
        Map<String, List<KnownUser>> all = readAll();
        List<KnownUser> list = new ArrayList<>(all.getOrDefault(key, List.of()));
        list.removeIf(u -> u.id().equals(user.id()));
        list.add(0, user);
        all.put(key, list);
        write(all);
        return list;
    }

    /** Forgets a user of this list only (nothing changes at Weavr); returns the list now kept. */
    public synchronized List<KnownUser> forget(String key, String id) throws IOException {
        Map<String, List<KnownUser>> all = readAll();
        List<KnownUser> list = new ArrayList<>(all.getOrDefault(key, List.of()));
        list.removeIf(u -> u.id().equals(id));
        all.put(key, list);
        write(all);
        return list;
    }

    private Map<String, List<KnownUser>> readAll() throws IOException {
        return new LinkedHashMap<>(file.read().orElse(Map.of()));
    }

    private void write(Map<String, List<KnownUser>> all) throws IOException {
        file.write(all);
    }
}
