package backoffice.app.cards;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.model.IdentityType;
import backoffice.client.model.ManagedCard;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.Demo;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** "Stop renewing" / "Renew" on the card desk, on a real sandbox. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoSandboxExtension.class)
class CardRenewalViewModelTest {

    @Demo
    private SandboxFixture sandbox;
    @Demo(type = IdentityType.CONSUMER, index = 2)
    private Identity owner;

    @TempDir
    Path home;

    private CardsViewModel open(SessionKit kit, String id) {
        CardsViewModel vm = new CardsViewModel(kit.session);
        vm.open(id);
        return vm;
    }

    @Test
    void stopRenewingAsksThenChangesAndShowsTheDate() throws Exception {
        SessionKit kit = new SessionKit(home.resolve("a")).impersonating(sandbox, owner);
        String id = sandbox.newCard(owner, ManagedCard.PREPAID, "VIRTUAL", 0);
        CardsViewModel vm = open(kit, id);
        assertThat(vm.renewalAllowedProperty().get()).isTrue();
        assertThat(vm.stopRenewingProperty().get()).isTrue();
        kit.dialogs.answer = false;
        vm.toggleRenewal();
        assertThat(sandbox.server.state().card(id).orElseThrow().renewalType()).isEqualTo("RENEW");
        kit.dialogs.answer = true;
        vm.toggleRenewal();
        assertThat(kit.dialogs.questions).anyMatch(q -> q.startsWith("Stop renewing"));
        assertThat(sandbox.server.state().card(id).orElseThrow().renewalType()).isEqualTo("NO_RENEW");
        assertThat(vm.stopRenewingProperty().get()).isFalse();
        assertThat(vm.details()).anyMatch(d -> d.label().equals("Renewal") && d.value().contains("Does not renew")
                && d.value().contains("since"));
        var entries = kit.session.audit().journal().read().entries();
        assertThat(entries.get(entries.size() - 1).operation()).isEqualTo("CARD_RENEWAL");
        assertThat(entries.get(entries.size() - 1).requestRef()).isNotBlank();
        vm.toggleRenewal();
        assertThat(sandbox.server.state().card(id).orElseThrow().renewalType()).isEqualTo("RENEW");
    }

    @Test
    void theJournalSaysWhetherRenewalWasStoppedOrResumedAndTheButtonHasNoEllipsis() throws Exception {
        SessionKit kit = new SessionKit(home.resolve("d")).impersonating(sandbox, owner);
        String id = sandbox.newCard(owner, ManagedCard.PREPAID, "VIRTUAL", 0);
        CardsViewModel vm = open(kit, id);
        vm.toggleRenewal();
        vm.toggleRenewal();
        var entries = kit.session.audit().journal().read().entries();
        var stopped = entries.get(entries.size() - 2);
        var resumed = entries.get(entries.size() - 1);
        assertThat(stopped.operation()).isEqualTo("CARD_RENEWAL");
        assertThat(stopped.detail()).endsWith("NO_RENEW");
        assertThat(resumed.detail()).endsWith(" RENEW").isNotEqualTo(stopped.detail());
        assertThat(kit.dialogs.labels).containsExactly("Stop renewing", "Renew at expiry");
    }

    @Test
    void hiddenForADestroyedCard() {
        SessionKit kit = new SessionKit(home.resolve("b")).impersonating(sandbox, owner);
        String id = sandbox.newCard(owner, ManagedCard.PREPAID, "VIRTUAL", 0);
        sandbox.setCardState(id, "DESTROYED", "USER");
        assertThat(open(kit, id).renewalAllowedProperty().get()).isFalse();
    }

    @Test
    void aProgrammeWithoutTheFeatureIsToldToAskWeavr() throws Exception {
        SessionKit kit = new SessionKit(home.resolve("c")).impersonating(sandbox, owner);
        String id = sandbox.newCard(owner, ManagedCard.PREPAID, "VIRTUAL", 0);
        CardsViewModel vm = open(kit, id);
        try (Response r = sandbox.rawCall("PUT", "/sandbox/programme/features", sandbox.server.apiKey(),
                "{\"cardRenewal\":false}")) {
            assertThat(r.code()).isEqualTo(204);
        }
        try {
            vm.toggleRenewal();
            assertThat(vm.errorProperty().get().sentence()).contains("not enabled for your programme: ask Weavr");
            assertThat(vm.errorProperty().get().requestRef()).isNotBlank();
            assertThat(sandbox.server.state().card(id).orElseThrow().renewalType()).isEqualTo("RENEW");
        } finally {
            try (Response r = sandbox.rawCall("PUT", "/sandbox/programme/features", sandbox.server.apiKey(),
                    "{\"cardRenewal\":true}")) {
                assertThat(r.code()).isEqualTo(204);
            }
        }
    }
}
