package backoffice.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.settings.EnvironmentKind;
import backoffice.app.ui.ErrorReport;
import backoffice.credentials.CredentialStore;
import backoffice.credentials.CredentialStoreException;
import backoffice.credentials.InMemoryCredentialStore;
import backoffice.sandbox.SandboxConfig;
import backoffice.testsupport.Demo;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Choosing and proving an environment, with the key kept only in a credential store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoSandboxExtension.class)
class ConnectionViewModelTest {

    @Demo
    private SandboxFixture remote;
    private final EmbeddedSandbox embedded = new EmbeddedSandbox(SandboxConfig.ephemeral("empty"));

    @TempDir
    Path home;

    @AfterAll
    void stop() {
        embedded.close();
    }

    private static final Supplier<CredentialStore> NO_KEYCHAIN = () -> {
        throw new CredentialStoreException("none here", null);
    };

    private ConnectionViewModel vm(SessionKit kit, Supplier<CredentialStore> keychain) {
        return new ConnectionViewModel(kit.session, new Connector(embedded), keychain);
    }

    @Test
    void startsOnTheEmbeddedSandboxWithoutCredentials() {
        SessionKit kit = new SessionKit(home.resolve("a"));
        ConnectionViewModel vm = vm(kit, NO_KEYCHAIN);
        vm.start();
        assertThat(kit.session.connection().isEmbedded()).isTrue();
        assertThat(vm.needsKeyProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).contains("Embedded sandbox");
    }

    @Test
    void withoutAKeychainTheAgentIsToldAndTheKeyIsSessionOnly() {
        SessionKit kit = new SessionKit(home.resolve("b"));
        ConnectionViewModel vm = vm(kit, NO_KEYCHAIN);
        vm.start();
        assertThat(kit.session.credentialsProperty().get()).as("not needed for the embedded sandbox").isNull();
        vm.kindProperty().set(EnvironmentKind.WEAVR_SANDBOX);
        assertThat(vm.keychainAvailableProperty().get()).isFalse();
        assertThat(vm.keychainStatusProperty().get()).contains("session only", "never written to a file");
        assertThat(vm.rememberKeyProperty().get()).isFalse();
        assertThat(kit.session.credentialsProperty().get().isPersistent()).isFalse();
    }

    @Test
    void customUrlIsValidatedBeforeConnecting() {
        SessionKit kit = new SessionKit(home.resolve("c"));
        ConnectionViewModel vm = vm(kit, NO_KEYCHAIN);
        vm.kindProperty().set(EnvironmentKind.CUSTOM);
        vm.customUrlProperty().set("ftp://x");
        assertThat(vm.urlErrorProperty().get()).contains("http://");
        vm.apiKeyProperty().set("k");
        assertThat(vm.canConnectProperty().get()).isFalse();
        vm.customUrlProperty().set(remote.server.rootUrl());
        assertThat(vm.urlErrorProperty().get()).isNull();
        assertThat(vm.canConnectProperty().get()).isTrue();
    }

    @Test
    void wrongKeyIsRefusedAndNotKept() {
        SessionKit kit = new SessionKit(home.resolve("d"));
        InMemoryCredentialStore store = new InMemoryCredentialStore();
        ConnectionViewModel vm = vm(kit, () -> store);
        vm.start();
        vm.kindProperty().set(EnvironmentKind.CUSTOM);
        vm.customUrlProperty().set(remote.server.rootUrl());
        vm.apiKeyProperty().set("wrong-key");
        vm.connect();
        ErrorReport report = vm.errorProperty().get();
        assertThat(report.sentence()).contains("refused this api-key", "Weavr portal").doesNotContain("Impersonate");
        assertThat(report.requestRef()).isNotBlank();
        assertThat(store.read(Connector.keyAccount(remote.server.rootUrl()))).isEmpty();
        assertThat(kit.session.connection().isEmbedded()).isTrue();
    }

    @Test
    void rightKeyConnectsKeepsTheKeyInTheStoreAndTheUrlInSettings() {
        SessionKit kit = new SessionKit(home.resolve("e"));
        InMemoryCredentialStore store = new InMemoryCredentialStore() ;
        ConnectionViewModel vm = vm(kit, () -> store);
        vm.start();
        vm.kindProperty().set(EnvironmentKind.CUSTOM);
        vm.customUrlProperty().set(remote.server.rootUrl());
        vm.apiKeyProperty().set(remote.server.apiKey());
        vm.connect();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(kit.session.connection().kind()).isEqualTo(EnvironmentKind.CUSTOM);
        assertThat(kit.session.settings().environment()).isEqualTo(EnvironmentKind.CUSTOM);
        assertThat(kit.session.settings().customUrl()).isEqualTo(remote.server.rootUrl());
        assertThat(store.read(Connector.keyAccount(remote.server.rootUrl()))).contains(remote.server.apiKey());
        assertThat(kit.session.audit().journal().read().entries()).extracting(e -> e.operation())
                .contains("CONNECT");

        SessionKit restarted = new SessionKit(home.resolve("e"));
        restarted.session.updateSettings(s -> kit.session.settings());
        ConnectionViewModel again = vm(restarted, () -> store);
        again.start();
        assertThat(restarted.session.connection().rootUrl()).isEqualTo(remote.server.rootUrl());
    }

    @Test
    void remoteEnvironmentWithoutASavedKeyAsksForIt() {
        SessionKit kit = new SessionKit(home.resolve("f"));
        kit.session.updateSettings(s -> s.withEnvironment(EnvironmentKind.CUSTOM, remote.server.rootUrl()));
        ConnectionViewModel vm = vm(kit, InMemoryCredentialStore::new);
        vm.start();
        assertThat(kit.session.connection()).isNull();
        assertThat(vm.errorProperty().get().sentence()).contains("Enter the api-key");
    }

    @Test
    void theApiBasePastedWithSlashesAndBlanksIsTakenAsTheRoot() {
        SessionKit kit = new SessionKit(home.resolve("h"));
        InMemoryCredentialStore store = new InMemoryCredentialStore();
        ConnectionViewModel vm = vm(kit, () -> store);
        vm.start();
        vm.kindProperty().set(EnvironmentKind.CUSTOM);
        vm.customUrlProperty().set("  " + remote.server.rootUrl() + "/multi/backoffice/ \n");
        vm.apiKeyProperty().set(remote.server.apiKey());
        vm.connect();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(kit.session.connection().rootUrl()).isEqualTo(remote.server.rootUrl());
        assertThat(store.read(Connector.keyAccount(remote.server.rootUrl()))).contains(remote.server.apiKey());
    }

    @Test
    void aServerThatIsNotTheBackOfficeApiIsNotTakenForAValidKey() throws Exception {
        // any web server's plain 404 (no JSON error, no request-ref) used to pass the key check
        var other = HttpServer.create(new InetSocketAddress(
                InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", ex -> {
            byte[] page = "<html>Not Found</html>".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(404, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        other.start();
        try {
            SessionKit kit = new SessionKit(home.resolve("i"));
            InMemoryCredentialStore store = new InMemoryCredentialStore();
            ConnectionViewModel vm = vm(kit, () -> store);
            vm.start();
            String url = "http://127.0.0.1:" + other.getAddress().getPort();
            vm.kindProperty().set(EnvironmentKind.CUSTOM);
            vm.customUrlProperty().set(url);
            vm.apiKeyProperty().set("any-key");
            vm.connect();
            assertThat(vm.errorProperty().get().sentence()).contains("not as Weavr's Back-Office API");
            assertThat(store.read(Connector.keyAccount(url))).isEmpty();
            assertThat(kit.session.connection().isEmbedded()).isTrue();
        } finally {
            other.stop(0);
        }
    }

    @Test
    void unreachableUrlSaysSo() throws Exception {
        int port;
        try (var s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        SessionKit kit = new SessionKit(home.resolve("g"));
        ConnectionViewModel vm = vm(kit, NO_KEYCHAIN);
        vm.kindProperty().set(EnvironmentKind.CUSTOM);
        vm.customUrlProperty().set("http://127.0.0.1:" + port);
        vm.apiKeyProperty().set("k");
        vm.connect();
        assertThat(vm.errorProperty().get().sentence()).contains("could not be reached");
    }
}
