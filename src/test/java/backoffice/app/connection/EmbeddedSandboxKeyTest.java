package backoffice.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.AppLogging;
import backoffice.credentials.CredentialStore;
import backoffice.credentials.CredentialStoreException;
import backoffice.sandbox.SandboxConfig;
import backoffice.sandbox.SandboxServer;
import backoffice.testsupport.SessionKit;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14.8: the console's embedded sandbox used the documented key "sandbox-api-key", so another local user who
 * found its loopback port could drive it. Each start now has a fresh random key, which the console uses in-process
 * and never prints, logs or writes to a file.
 */
class EmbeddedSandboxKeyTest {

    private static final Supplier<CredentialStore> NO_KEYCHAIN = () -> {
        throw new CredentialStoreException("none here", null);
    };

    @TempDir
    Path home;

    @Test
    void everyStartHasItsOwnRandomKeyAndTheDocumentedOneIsRefused() throws Exception {
        try (EmbeddedSandbox first = new EmbeddedSandbox(SandboxConfig.ephemeral("empty"));
             EmbeddedSandbox second = new EmbeddedSandbox(SandboxConfig.ephemeral("empty"))) {
            SandboxServer a = first.ensureStarted();
            SandboxServer b = second.ensureStarted();
            assertThat(a.apiKey()).isNotEqualTo(SandboxConfig.DEFAULT_API_KEY).isNotEqualTo(b.apiKey()).hasSize(43);
            assertThat(a.config().toString()).doesNotContain(a.apiKey());
            assertThat(accessTokenStatus(a, SandboxConfig.DEFAULT_API_KEY)).isEqualTo(401);
            assertThat(accessTokenStatus(a, b.apiKey())).isEqualTo(401);
        }
    }

    @Test
    void theKeyIsNeitherPrintedNorLoggedNorWrittenToAFile() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String key;
        AppLogging.configure(home.resolve("logs"));
        try (EmbeddedSandbox embedded = new EmbeddedSandbox(SandboxConfig.ephemeral("demo"));
             PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            SessionKit kit = new SessionKit(home);
            ConnectionViewModel vm = new ConnectionViewModel(kit.session, new Connector(embedded), NO_KEYCHAIN);
            vm.start();
            assertThat(kit.session.connection().isEmbedded()).isTrue();
            key = embedded.ensureStarted().apiKey();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain(key);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(home)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("the console wrote its settings and logs").isNotEmpty();
        for (Path f : files) {
            assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                    .doesNotContain(key);
        }
    }

    private static int accessTokenStatus(SandboxServer server, String apiKey) throws Exception {
        Request r = new Request.Builder().url(server.rootUrl() + "/multi/backoffice/access_token")
                .header("api-key", apiKey)
                .post(RequestBody.create("{\"identity\":{\"type\":\"CORPORATE\",\"id\":\"1\"}}",
                        MediaType.get("application/json"))).build();
        try (Response response = new OkHttpClient().newCall(r).execute()) {
            return response.code();
        }
    }
}
