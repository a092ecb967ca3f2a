package backoffice.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.Connection;
import backoffice.app.settings.EnvironmentKind;
import backoffice.app.shell.ShellViewModel;
import backoffice.credentials.CredentialStore;
import backoffice.credentials.CredentialStoreException;
import backoffice.sandbox.SandboxConfig;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An api-key never leaves the machine in clear unless the agent explicitly says so, and the banner then says it. */
class CleartextKeyTest {

    private static final Supplier<CredentialStore> NO_KEYCHAIN = () -> {
        throw new CredentialStoreException("none here", null);
    };

    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "http://localhost:9000/", "http://[::1]:8080",
        "http://127.1.2.3", "https://api.example.com", "HTTPS://10.0.0.5", "http://LOCALHOST"})
    void httpsAndLoopbackAreFine(String url) {
        assertThat(CleartextGuard.sendsKeyInClear(url)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.example.com", "http://10.0.0.5:8080", "HTTP://192.0.2.10/v1",
        "http://127.0.0.1.evil.example", "http://localhost.example.com", "http://[2001:db8::1]:80"})
    void httpToAnotherMachineSendsTheKeyInClear(String url) {
        assertThat(CleartextGuard.sendsKeyInClear(url)).isTrue();
    }

    @Test
    void aCustomHttpUrlToAnotherMachineIsRefusedUnlessTheAgentOverrides() {
        SessionKit kit = new SessionKit(home);
        try (EmbeddedSandbox embedded = new EmbeddedSandbox(SandboxConfig.ephemeral("empty"))) {
            ConnectionViewModel vm = new ConnectionViewModel(kit.session, new Connector(embedded), NO_KEYCHAIN);
            vm.kindProperty().set(EnvironmentKind.CUSTOM);
            vm.customUrlProperty().set("http://192.0.2.10:8080");
            vm.apiKeyProperty().set("a-real-key");
            assertThat(vm.urlErrorProperty().get()).as("the URL itself is valid").isNull();
            assertThat(vm.cleartextProperty().get()).isTrue();
            assertThat(vm.canConnectProperty().get()).isFalse();
            vm.connect();
            assertThat(vm.errorProperty().get().sentence()).contains("unencrypted", "https://");
            assertThat(kit.session.connection()).as("nothing was sent").isNull();

            vm.allowCleartextProperty().set(true);
            assertThat(vm.cleartextRefusal()).isNull();
            assertThat(vm.canConnectProperty().get()).isTrue();

            vm.allowCleartextProperty().set(false);
            vm.customUrlProperty().set("http://127.0.0.1:8080");
            assertThat(vm.cleartextProperty().get()).isFalse();
            assertThat(vm.canConnectProperty().get()).as("loopback needs no override").isTrue();
        }
    }

    @Test
    void theBannerSaysTheKeyTravelsInClear() {
        SessionKit kit = new SessionKit(home);
        ShellViewModel shell = new ShellViewModel(kit.session);
        kit.session.connectionProperty().set(new Connection(EnvironmentKind.CUSTOM, "http://192.0.2.10:8080", "C",
                null));
        assertThat(shell.bannerKindProperty().get()).as("the red banner").isEqualTo(ShellViewModel.BannerKind.CUSTOM);
        assertThat(shell.bannerTextProperty().get()).contains("http://192.0.2.10:8080", "UNENCRYPTED",
                "travel in clear");
        kit.session.connectionProperty().set(new Connection(EnvironmentKind.CUSTOM, "http://127.0.0.1:8080", "C",
                null));
        assertThat(shell.bannerTextProperty().get()).doesNotContain("UNENCRYPTED");
    }
}
