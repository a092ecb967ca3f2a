package backoffice.app.workspace;

import backoffice.app.ConsoleSession;
import backoffice.app.task.BackgroundTask;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableMap;

/**
 * The labels the agent gave identities (e.g. a company name), read from each identity's remembered workspace, so the
 * recent list and quick find can show them next to the id. Keys are "TYPE:id", as in the recent list.
 */
public final class IdentityLabels {

    private IdentityLabels() {
    }

    /** The environment's key in the identity memory ("embedded", or the host of the connected URL). */
    public static String environment(ConsoleSession session) {
        var c = session.connection();
        return c == null ? "none" : IdentityMemory.environmentKey(c.isEmbedded(), c.rootUrl());
    }

    /** Reads the labels of these identities in one environment; blocking (disk): call it in the background. */
    public static Map<String, String> read(IdentityMemory<WorkspaceMemory> memory, String env, List<String> keys) {
        Map<String, String> found = new HashMap<>();
        for (String key : keys) {
            memory.load(env, key.replace(':', '-')).map(WorkspaceMemory::label).filter(l -> l != null && !l.isBlank())
                    .ifPresent(l -> found.put(key, l));
        }
        return found;
    }

    /**
     * Keeps {@code into} filled with the labels of the recent identities: read in the background at every connection,
     * and the impersonated identity's label as soon as the agent saves it.
     */
    public static void follow(ConsoleSession session, IdentityMemory<WorkspaceMemory> memory,
                              ObservableMap<String, String> into) {
        Runnable reload = () -> {
            List<String> recent = session.settings().recentIdentities();
            String env = environment(session);
            BackgroundTask.of(p -> read(memory, env, recent)).onSuccess(into::putAll).runWith(session.runner());
        };
        session.connectionProperty().addListener((o, a, now) -> {
            into.clear();
            reload.run();
        });
        session.identityNameProperty().addListener((o, a, now) -> {
            var who = session.impersonation();
            if (who != null && now != null && !now.isBlank()) {
                into.put(who.key(), now.trim());
            }
        });
        reload.run();
    }
}
