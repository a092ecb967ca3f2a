package backoffice.client.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backoffice.client.RequestOptions;
import backoffice.client.error.ConflictException;
import backoffice.client.error.ForbiddenException;
import backoffice.client.error.NotFoundException;
import backoffice.client.error.UnauthorizedException;
import backoffice.client.error.ValidationException;
import backoffice.client.model.IdentityType;
import backoffice.client.model.ManagedCard;
import backoffice.testsupport.Customer;
import backoffice.testsupport.SandboxTestBase;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code PATCH /managed_cards/{id}/renewal} over real HTTP: every status and code, and the features switch. */
class CardRenewalSandboxIT extends SandboxTestBase {

    private Customer customer;
    private ManagedCardsService cards;

    @BeforeEach
    void customer() {
        customer = new Customer(sandbox);
        cards = customer.client.managedCards();
    }

    @AfterEach
    void featuresBackOn() throws Exception {
        try (Response r = sandbox.rawCall("PUT", "/sandbox/programme/features", sandbox.server.apiKey(),
                "{\"cardRenewal\":true,\"authorisedUsers\":true}")) {
            assertThat(r.code()).isEqualTo(204);
        }
    }

    @Test
    void stopAndRestartRenewingChangesTypeAndTimestamp() {
        String id = customer.prepaid.id();
        ManagedCard before = cards.get(id);
        assertThat(before.renewalType()).isEqualTo(ManagedCard.RENEW);
        assertThat(before.renewalTimestamp()).isNull();
        var result = cards.setRenewal(id, ManagedCard.NO_RENEW, RequestOptions.idempotent("r-1"));
        assertThat(result.requestRef()).isNotBlank();
        ManagedCard stopped = cards.get(id);
        assertThat(stopped.renewalType()).isEqualTo(ManagedCard.NO_RENEW);
        assertThat(stopped.renewalTimestamp()).isNotNull().isLessThanOrEqualTo(System.currentTimeMillis());
        cards.setRenewal(id, ManagedCard.NO_RENEW, RequestOptions.NONE);
        assertThat(cards.get(id).renewalTimestamp()).as("the same type again changes nothing")
                .isEqualTo(stopped.renewalTimestamp());
        cards.setRenewal(id, ManagedCard.RENEW, RequestOptions.NONE);
        assertThat(cards.get(id).renewalType()).isEqualTo(ManagedCard.RENEW);
    }

    @Test
    void aDestroyedCardIs409InstrumentDestroyed() {
        sandbox.setCardState(customer.debit.id(), "DESTROYED", "USER");
        assertThatThrownBy(() -> cards.setRenewal(customer.debit.id(), ManagedCard.NO_RENEW, RequestOptions.NONE))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("INSTRUMENT_DESTROYED"));
        assertThat(cards.get(customer.debit.id()).renewalType()).isEqualTo(ManagedCard.RENEW);
    }

    @Test
    void anUnknownTypeIs400AndUnknownOrForeignCardsAreRefused() {
        assertThatThrownBy(() -> cards.setRenewal(customer.prepaid.id(), "AUTO_RENEW", RequestOptions.NONE))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.validationErrors().get(0).fieldName()).isEqualTo("renewalType"));
        assertThatThrownBy(() -> cards.setRenewal("123", ManagedCard.NO_RENEW, RequestOptions.NONE))
                .isInstanceOf(NotFoundException.class);
        String demoCard = sandbox.server.state().cardsOf(sandbox.identity(
                IdentityType.CORPORATE, 0).id()).get(0).id();
        assertThatThrownBy(() -> cards.setRenewal(demoCard, ManagedCard.NO_RENEW, RequestOptions.NONE))
                .isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void withTheFeatureOffItIs403InsufficientPermissionsAndNothingChanges() throws Exception {
        try (Response r = sandbox.rawCall("PUT", "/sandbox/programme/features", sandbox.server.apiKey(),
                "{\"cardRenewal\":false}")) {
            assertThat(r.code()).isEqualTo(204);
        }
        assertThatThrownBy(() -> cards.setRenewal(customer.prepaid.id(), ManagedCard.NO_RENEW, RequestOptions.NONE))
                .isInstanceOfSatisfying(ForbiddenException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("INSUFFICIENT_PERMISSIONS"));
        assertThat(cards.get(customer.prepaid.id()).renewalType()).isEqualTo(ManagedCard.RENEW);
        assertThatThrownBy(() -> customer.client.users().invite("1")).as("the other feature is still on")
                .isInstanceOf(NotFoundException.class);
    }
}
