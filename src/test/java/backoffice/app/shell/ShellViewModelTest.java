package backoffice.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.Connection;
import backoffice.app.Impersonation;
import backoffice.app.settings.EnvironmentKind;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {

    @TempDir
    Path home;

    @Test
    void bannerNamesTheBackendAndIsLoudOutsideTheEmbeddedSandbox() {
        SessionKit kit = new SessionKit(home);
        ShellViewModel vm = new ShellViewModel(kit.session);
        assertThat(vm.bannerKindProperty().get()).isEqualTo(ShellViewModel.BannerKind.NONE);
        kit.session.connectionProperty().set(new Connection(EnvironmentKind.EMBEDDED, "http://127.0.0.1:1", "E", null));
        assertThat(vm.bannerKindProperty().get()).isEqualTo(ShellViewModel.BannerKind.EMBEDDED);
        assertThat(vm.bannerTextProperty().get()).contains("EMBEDDED SANDBOX");
        kit.session.connectionProperty().set(new Connection(EnvironmentKind.CUSTOM, "https://live.example", "C", null));
        assertThat(vm.bannerKindProperty().get()).isEqualTo(ShellViewModel.BannerKind.CUSTOM);
        assertThat(vm.bannerTextProperty().get()).contains("CUSTOM BACKEND", "https://live.example", "may be real");
        kit.session.connectionProperty().set(new Connection(EnvironmentKind.WEAVR_SANDBOX,
                "https://sandbox.weavr.io", "W", null));
        assertThat(vm.bannerTextProperty().get()).contains("WEAVR SANDBOX");
    }

    @Test
    void bannerShowsTheImpersonatedIdentityAndAConnectionChangeDropsIt() {
        SessionKit kit = new SessionKit(home);
        ShellViewModel vm = new ShellViewModel(kit.session);
        kit.session.connectionProperty().set(new Connection(EnvironmentKind.EMBEDDED, "u", "E", null));
        kit.session.impersonationProperty().set(new Impersonation(new IdentityId(IdentityType.CONSUMER, "42"), null));
        assertThat(vm.identityTextProperty().get()).isEqualTo("Acting as CONSUMER 42");
        kit.session.connectionProperty().set(new Connection(EnvironmentKind.CUSTOM, "u2", "C", null));
        assertThat(kit.session.impersonation()).isNull();
        assertThat(vm.identityTextProperty().get()).isEqualTo("No identity impersonated");
    }

    @Test
    void selectedPaneAndThemeAreRemembered() {
        SessionKit kit = new SessionKit(home);
        ShellViewModel vm = new ShellViewModel(kit.session);
        vm.select(PaneId.JOURNAL);
        vm.toggleTheme();
        assertThat(kit.session.settings().lastPane()).isEqualTo("JOURNAL");
        assertThat(kit.session.settings().darkTheme()).isTrue();
        assertThat(new ShellViewModel(kit.session).selectedProperty().get()).isEqualTo(PaneId.JOURNAL);
    }
}
