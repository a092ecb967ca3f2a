package backoffice.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.settings.SettingsStore;
import backoffice.credentials.InMemoryCredentialStore;
import backoffice.testsupport.ManualScheduler;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent folds the Statements balance chart away; the choice is in the settings file and holds next start. */
class StatementChartChoiceTest {

    @TempDir
    Path home;

    private static StatementsViewModel statements(SessionKit kit) {
        InMemoryCredentialStore keys = new InMemoryCredentialStore();
        return new StatementsViewModel(kit.session, new ManualScheduler(), new ExportSigning(() -> keys),
                Clock.systemUTC());
    }

    @Test
    void foldingTheChartIsRememberedInTheSettingsAcrossStarts() {
        SessionKit kit = new SessionKit(home);
        StatementsViewModel vm = statements(kit);
        assertThat(vm.chartHidden()).isFalse();

        vm.setChartHidden(true);
        assertThat(vm.chartHidden()).isTrue();
        assertThat(new SettingsStore(kit.dirs.settingsFile()).load().statementChartHidden()).isTrue();
        assertThat(statements(new SessionKit(home)).chartHidden()).isTrue(); // the next start

        vm.setChartHidden(false);
        assertThat(new SettingsStore(kit.dirs.settingsFile()).load().statementChartHidden()).isFalse();
        assertThat(kit.session.settings().recentIdentities()).isEmpty(); // nothing else changed
    }
}
