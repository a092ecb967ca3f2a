package backoffice.app;

import backoffice.client.BackOfficeClient;
import backoffice.client.http.Json;
import backoffice.sandbox.SandboxConfig;
import backoffice.sandbox.SandboxServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * {@code --cds-training}: loads (without initialising, so no display is needed) the classes the console loads at
 * start-up, as recorded in {@code cds-classlist.txt}, and runs the embedded sandbox's start and seed once. Run by
 * the installer with {@code -XX:ArchiveClassesAtExit}, it leaves an AppCDS archive that shortens every start.
 */
final class CdsTraining {

    private CdsTraining() {
    }

    static int run() throws IOException {
        int loaded = 0;
        ClassLoader loader = CdsTraining.class.getClassLoader();
        try (InputStream in = CdsTraining.class.getResourceAsStream("/backoffice/app/cds-classlist.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String name;
            while ((name = r.readLine()) != null) {
                try {
                    Class.forName(name.trim(), false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError skipped) {
                    // generated or optional classes: the archive simply does without them
                }
            }
        }
        Json.mapper();
        try (SandboxServer server = SandboxServer.start(SandboxConfig.ephemeral("demo"))) {
            BackOfficeClient.builder().rootUrl(server.rootUrl()).apiKey(server.apiKey()).build()
                    .impersonation();
        }
        return loaded;
    }
}
