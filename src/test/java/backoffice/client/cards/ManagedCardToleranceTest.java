package backoffice.client.cards;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.json.Json;
import backoffice.client.model.CardReplacement;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.ManagedCard;
import backoffice.client.model.PhysicalCardDetails;
import org.junit.jupiter.api.Test;

/** What the live API may send that the sandbox does not: unknown enum values, missing fields, string timestamps. */
class ManagedCardToleranceTest {

    @Test
    void unknownEnumValuesReadAsUnknownAndTheRestOfTheCardSurvives() throws Exception {
        ManagedCard c = Json.mapper().readValue("""
                {"id":"1","cardBrand":"AMEX","renewalType":"AUTO_RENEW","renewalTimestamp":"1767225600000",
                 "authForwardingDefaultTimeoutDecision":"MAYBE","state":{"state":"FROZEN","blockedReason":"X"},
                 "replacement":{"id":"2","reason":"FROZEN"},"externalData":[{"name":"crm","value":"42"}],
                 "physicalCardDetails":{"manufacturingState":"LOST_IN_POST","deliveryMethod":"DRONE",
                   "replacement":{"replacementId":"0"}},
                 "digitalWallets":{"walletsEnabled":true,"artworkReference":null},"friendlyName":"Kept"}
                """, ManagedCard.class);
        assertThat(c.cardBrand()).isEqualTo(ManagedCard.CardBrand.UNKNOWN);
        assertThat(c.renewalType()).as("kept as sent").isEqualTo("AUTO_RENEW");
        assertThat(c.renewalTimestamp()).as("a digit string reads as epoch ms").isEqualTo(1_767_225_600_000L);
        assertThat(c.authForwardingDefaultTimeoutDecision()).isEqualTo(ManagedCard.TimeoutDecision.UNKNOWN);
        assertThat(c.state().state()).isEqualTo(InstrumentState.State.UNKNOWN);
        assertThat(c.replacement().reason()).isEqualTo(CardReplacement.Reason.UNKNOWN);
        assertThat(c.physicalCardDetails().manufacturingState())
                .isEqualTo(PhysicalCardDetails.ManufacturingState.UNKNOWN);
        assertThat(c.physicalCardDetails().deliveryMethod()).isEqualTo(PhysicalCardDetails.DeliveryMethod.UNKNOWN);
        assertThat(c.physicalCardDetails().replacement().replacementId()).isEqualTo("0");
        assertThat(c.externalData()).containsExactly(new ManagedCard.ExternalData("crm", "42"));
        assertThat(c.digitalWallets().walletsEnabled()).isTrue();
        assertThat(c.friendlyName()).isEqualTo("Kept");
    }

    @Test
    void missingOptionalFieldsAreNullNotErrors() throws Exception {
        ManagedCard c = Json.mapper().readValue("{\"id\":\"1\",\"renewalTimestamp\":{\"odd\":1}}", ManagedCard.class);
        assertThat(c.renewalTimestamp()).as("an unreadable timestamp reads as absent").isNull();
        assertThat(c.isSingleSpend()).isFalse();
        assertThat(c.digitalWallets()).isNull();
        assertThat(c.physicalCardDetails()).isNull();
        assertThat(c.replacement()).isNull();
    }
}
