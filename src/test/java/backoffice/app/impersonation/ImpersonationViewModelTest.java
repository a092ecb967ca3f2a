package backoffice.app.impersonation;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.ui.ErrorReport;
import backoffice.client.model.IdentityType;
import backoffice.journal.JournalEntry;
import backoffice.sandbox.SandboxConfig;
import backoffice.sandbox.http.Faults;
import backoffice.testsupport.MovingClock;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The impersonation view model against a real sandbox, with the direct task runner. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImpersonationViewModelTest {

    /** The sandbox's clock: tokens expire when the test moves it (their life is 300 ms), not by sleeping. */
    private final MovingClock clock = MovingClock.startingNow();
    private SandboxFixture sandbox;
    private SessionKit kit;
    private ImpersonationViewModel vm;

    @TempDir
    Path home;

    @BeforeAll
    void sandbox() {
        sandbox = new SandboxFixture(SandboxConfig.ephemeral("demo").withTokenTtl(Duration.ofMillis(300))
                .withClock(clock));
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    @BeforeEach
    void viewModel() {
        kit = new SessionKit(home).connectedTo(sandbox);
        vm = new ImpersonationViewModel(kit.session);
    }

    private String corporateId() {
        return sandbox.identity(IdentityType.CORPORATE, 0).id();
    }

    @Test
    void idIsValidatedAsTypedAndInvalidInputIsNeverSent() {
        int sentBefore = sandbox.contract.exchanges();
        vm.identityIdProperty().set("12ab");
        assertThat(vm.idErrorProperty().get()).contains("Digits only");
        assertThat(vm.canImpersonateProperty().get()).isFalse();
        vm.impersonate();
        assertThat(kit.session.impersonation()).isNull();
        assertThat(sandbox.contract.exchanges()).isEqualTo(sentBefore);
        vm.identityIdProperty().set("");
        assertThat(vm.idErrorProperty().get()).isNull();
        assertThat(vm.canImpersonateProperty().get()).isFalse();
        vm.identityIdProperty().set(corporateId());
        assertThat(vm.canImpersonateProperty().get()).isTrue();
    }

    @Test
    void aSecondRequestWhileTheFirstIsOnItsWayIsIgnored() throws InterruptedException {
        int sentBefore = sandbox.contract.exchanges();
        vm.identityIdProperty().set(corporateId());
        sandbox.server.setFaults(new Faults(400, 0, 0, 0));
        try {
            Thread first = new Thread(vm::impersonate); // the first Enter's request is on its way (slow server)
            first.start();
            long until = System.nanoTime() + 5_000_000_000L;
            while (!vm.busyProperty().get() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            assertThat(vm.canImpersonateProperty().get()).as("not executable while on its way").isFalse();
            vm.impersonate();
            first.join();
        } finally {
            sandbox.server.setFaults(Faults.NONE);
        }
        assertThat(sandbox.contract.exchanges()).as("one request").isEqualTo(sentBefore + 1);
        assertThat(kit.session.audit().journal().read().entries()).hasSize(1);
        vm.identityIdProperty().set("110-" + corporateId().substring(3));
        vm.impersonate();
        assertThat(kit.session.impersonation().identity().id()).as("a dashed id is normalised").isEqualTo(corporateId());
        assertThat(kit.session.audit().journal().read().entries()).hasSize(2);
    }

    @Test
    void impersonatingSetsTheSessionRemembersTheIdAndJournalsIt() {
        vm.identityIdProperty().set(corporateId());
        vm.impersonate();
        assertThat(kit.session.impersonation().identity().id()).isEqualTo(corporateId());
        assertThat(vm.currentProperty().get()).contains("CORPORATE", corporateId());
        assertThat(vm.recent()).first().isEqualTo("CORPORATE:" + corporateId());
        assertThat(kit.session.settings().recentIdentities()).first().isEqualTo("CORPORATE:" + corporateId());
        JournalEntry line = kit.session.audit().journal().read().entries().get(0);
        assertThat(line.operation()).isEqualTo("IMPERSONATE");
        assertThat(line.targetId()).isEqualTo(corporateId());
        assertThat(line.outcome()).isEqualTo("OK");
        assertThat(line.requestRef()).isNotBlank();
        assertThat(line.osUser()).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void recentListKeepsIdsOnlyAndNeverATokenOnDisk() throws Exception {
        vm.identityIdProperty().set(corporateId());
        vm.impersonate();
        String settings = Files.readString(kit.dirs.settingsFile());
        assertThat(settings).contains(corporateId());
        assertThat(settings).doesNotContain("token", sandbox.server.apiKey());
    }

    @Test
    void unknownIdentityShowsAnActionableSentenceWithRequestRefAndJournalsTheFailure() {
        vm.identityIdProperty().set("999999999999999999");
        vm.impersonate();
        ErrorReport report = vm.errorProperty().get();
        assertThat(report.sentence()).isEqualTo("No CORPORATE identity has the id 999999999999999999. Check the id "
                + "and whether it is a corporate or a consumer.").doesNotContain("impersonated identity");
        assertThat(report.requestRef()).isNotBlank();
        assertThat(kit.session.impersonation()).isNull();
        assertThat(kit.session.audit().journal().read().entries()).extracting(JournalEntry::outcome)
                .containsExactly("FAILED");
        vm.identityIdProperty().set("99999999999999999"); // correcting the id clears the refusal of the old one
        assertThat(vm.errorProperty().get()).isNull();
    }

    @Test
    void typeMismatchIsReportedNotSilentlyAccepted() {
        vm.identityTypeProperty().set(IdentityType.CONSUMER);
        vm.identityIdProperty().set(corporateId());
        vm.impersonate();
        assertThat(vm.errorProperty().get()).isNotNull();
    }

    @Test
    void switchingFromTheRecentListAndClearing() {
        String consumer = sandbox.identity(IdentityType.CONSUMER, 0).id();
        vm.impersonateRecent("CONSUMER:" + consumer);
        assertThat(kit.session.impersonation().identity().type()).isEqualTo(IdentityType.CONSUMER);
        assertThat(vm.identityIdProperty().get()).isEqualTo(consumer);
        vm.clear();
        assertThat(kit.session.impersonation()).isNull();
        assertThat(vm.currentProperty().get()).isEqualTo("Not impersonating anyone.");
        vm.forgetRecent();
        assertThat(vm.recent()).isEmpty();
        assertThat(kit.session.settings().recentIdentities()).isEmpty();
    }

    @Test
    void lookupShowsACardWithItsMaskedNumberOnly() {
        vm.identityIdProperty().set(corporateId());
        vm.impersonate();
        var card = sandbox.server.state().cardsOf(corporateId()).get(0);
        vm.lookupIdProperty().set(card.id());
        vm.lookup();
        assertThat(vm.lookupResultProperty().get()).contains(card.friendlyName(),
                card.spec().firstSix() + " •••• " + card.spec().lastFour());
    }

    @Test
    void expiredTokenPromptsToReimpersonateKeepsTheTypedIdAndRetries() throws Exception {
        vm.identityIdProperty().set(corporateId());
        vm.impersonate();
        var account = sandbox.server.state().accountsOf(corporateId()).get(0);
        vm.lookupKindProperty().set(ImpersonationViewModel.LookupKind.ACCOUNT);
        vm.lookupIdProperty().set(account.id());
        clock.advance(Duration.ofMillis(300));
        vm.lookup();
        assertThat(kit.dialogs.questions).hasSize(1);
        assertThat(kit.dialogs.questions.get(0)).contains("CORPORATE", corporateId(), "What you typed is kept");
        assertThat(vm.lookupIdProperty().get()).isEqualTo(account.id());
        assertThat(vm.lookupResultProperty().get()).contains(account.friendlyName());
        assertThat(vm.errorProperty().get()).isNull();
    }

    @Test
    void declinedReimpersonationLeavesAnExplanation() throws Exception {
        vm.identityIdProperty().set(corporateId());
        vm.impersonate();
        kit.dialogs.answer = false;
        vm.lookupIdProperty().set(sandbox.server.state().cardsOf(corporateId()).get(0).id());
        clock.advance(Duration.ofMillis(300));
        vm.lookup();
        assertThat(vm.errorProperty().get().kind()).isEqualTo(ErrorReport.Kind.REIMPERSONATE);
        assertThat(vm.lookupBusyProperty().get()).isFalse();
    }

    @Test
    void withoutAConnectionImpersonationIsExplained() {
        kit.session.connectionProperty().set(null);
        vm.identityIdProperty().set("1");
        assertThat(vm.canImpersonateProperty().get()).isFalse();
        vm.impersonate();
        assertThat(vm.errorProperty().get().sentence()).contains("Connect to an environment first");
    }
}
