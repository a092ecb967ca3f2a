package backoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.cards.CardsViewModel;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.Demo;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 401 on a by-id read: the sandbox (like the API) answers 401 for another identity's card with a valid token; only
 * a token that is really refused is worth impersonating again for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoSandboxExtension.class)
class IdentityCallsTest {

    @Demo
    private SandboxFixture sandbox;
    @Demo(type = IdentityType.CORPORATE, index = 0)
    private Identity northwind;
    private String othersCard;

    @TempDir
    Path home;

    @BeforeAll
    void start() {
        othersCard = sandbox.server.state().cardsOf(sandbox.identity(IdentityType.CONSUMER, 0).id()).get(0).id();
    }

    @Test
    void anotherIdentitysCardIsNotOfferedAsAnExpiredToken() {
        SessionKit kit = new SessionKit(home.resolve("other")).impersonating(sandbox, northwind);
        Impersonation before = kit.session.impersonation();
        CardsViewModel cards = new CardsViewModel(kit.session);
        cards.open(othersCard);
        assertThat(kit.dialogs.questions).as("no re-impersonation offered").isEmpty();
        assertThat(kit.session.impersonation()).isSameAs(before);
        assertThat(cards.errorProperty().get().sentence())
                .contains("nothing with that id belongs to the impersonated identity");
        assertThat(cards.errorProperty().get().requestRef()).isNotBlank();
        assertThat(cards.busyProperty().get()).isFalse();
    }

    @Test
    void aRefusedTokenStillOffersToImpersonateAgain() {
        SessionKit kit = new SessionKit(home.resolve("expired")).impersonating(sandbox, northwind);
        kit.session.impersonationProperty().set(new Impersonation(new IdentityId(IdentityType.CORPORATE,
                northwind.id()), sandbox.client().impersonating("not-a-token")));
        String own = sandbox.server.state().cardsOf(northwind.id()).get(0).id();
        CardsViewModel cards = new CardsViewModel(kit.session);
        kit.dialogs.answer = true;
        cards.open(own);
        assertThat(kit.dialogs.questions).hasSize(1).allMatch(q -> q.contains("may have expired"));
        assertThat(cards.errorProperty().get()).isNull();
        assertThat(cards.cardProperty().get().id()).isEqualTo(own);
    }
}
