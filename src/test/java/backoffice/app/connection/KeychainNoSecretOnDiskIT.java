package backoffice.app.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import backoffice.app.AppLogging;
import backoffice.app.impersonation.ImpersonationViewModel;
import backoffice.app.settings.EnvironmentKind;
import backoffice.client.model.IdentityType;
import backoffice.credentials.CredentialStore;
import backoffice.credentials.CredentialStoreException;
import backoffice.credentials.KeyringCredentialStore;
import backoffice.sandbox.SandboxConfig;
import backoffice.sandbox.http.Faults;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The api-key of a remote environment goes to the real OS keychain and comes back after a restart; afterwards
 * neither the key nor the impersonation token is anywhere in the config, data (journal) or log folders.
 */
class KeychainNoSecretOnDiskIT {

    private static final String SERVICE = KeyringCredentialStore.SERVICE + "-test";

    @TempDir
    Path home;

    private static Supplier<CredentialStore> keychainOrSkip() {
        try {
            KeyringCredentialStore.open(SERVICE).read("probe");
        } catch (CredentialStoreException e) {
            if (Boolean.getBoolean("keychain.required")) {
                throw new AssertionError("keychain.required is set but no keychain works: " + e.getMessage(), e);
            }
            assumeTrue(false, "no OS keychain here: " + e.getMessage());
        }
        return () -> KeyringCredentialStore.open(SERVICE);
    }

    @Test
    void apiKeyRoundTripsThroughTheKeychainAndNoSecretTouchesAFile() throws Exception {
        Supplier<CredentialStore> keychain = keychainOrSkip();
        String apiKey = "key-" + UUID.randomUUID();
        AppLogging.configure(home.resolve("logs"));
        SandboxConfig config = new SandboxConfig("127.0.0.1", 0, apiKey, "demo", Duration.ofHours(1), Faults.NONE);
        try (SandboxFixture remote = new SandboxFixture(config);
             EmbeddedSandbox embedded = new EmbeddedSandbox(SandboxConfig.ephemeral("empty"))) {
            SessionKit first = new SessionKit(home);
            ConnectionViewModel vm = new ConnectionViewModel(first.session, new Connector(embedded), keychain);
            vm.start();
            vm.kindProperty().set(EnvironmentKind.CUSTOM);
            assertThat(vm.keychainAvailableProperty().get()).isTrue();
            vm.customUrlProperty().set(remote.server.rootUrl());
            vm.apiKeyProperty().set(apiKey);
            vm.connect();
            assertThat(vm.errorProperty().get()).isNull();
            ImpersonationViewModel who = new ImpersonationViewModel(first.session);
            who.identityIdProperty().set(remote.identity(IdentityType.CORPORATE, 0).id());
            who.impersonate();
            List<String> tokens = remote.server.state().tokens().liveTokens(remote.identity(IdentityType.CORPORATE, 0).id());
            assertThat(tokens).hasSize(1);

            SessionKit restarted = new SessionKit(home);
            ConnectionViewModel again = new ConnectionViewModel(restarted.session, new Connector(embedded), keychain);
            again.start();
            assertThat(restarted.session.connection()).as("reconnected from the keychain").isNotNull();
            assertThat(restarted.session.connection().rootUrl()).isEqualTo(remote.server.rootUrl());

            List<Path> files = allFiles(home);
            assertThat(files).extracting(p -> p.getFileName().toString())
                    .contains("settings.json", "journal.jsonl");
            for (Path f : files) {
                String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(content).as(f.toString()).doesNotContain(apiKey).doesNotContain(tokens.get(0));
            }
            again.forgetKey();
            assertThat(KeyringCredentialStore.open(SERVICE).read(Connector.keyAccount(remote.server.rootUrl())))
                    .isEmpty();
        }
    }

    private static List<Path> allFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
