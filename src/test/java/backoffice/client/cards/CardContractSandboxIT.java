package backoffice.client.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backoffice.client.BackOfficeClient;
import backoffice.client.error.ConflictException;
import backoffice.client.error.ForbiddenException;
import backoffice.client.model.CardReplacement;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.ManagedCard;
import backoffice.client.model.PhysicalCardDetails;
import backoffice.client.model.StatementEntry;
import backoffice.client.statements.StatementQuery;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.Demo;
import backoffice.testsupport.SandboxTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cards as published-contract.md §2 has them, over real HTTP and contract-checked: every required field, the
 * optional facts an agent is asked about, every state/reason pair, replacement, single use, FX purchases and the
 * absence of PUT on spend rules.
 */
class CardContractSandboxIT extends SandboxTestBase {

    @Demo(type = IdentityType.CORPORATE, index = 1)
    private Identity owner;
    private BackOfficeClient asOwner;
    private String accountId;

    @BeforeAll
    void tokenOfTheOwner() {
        asOwner = sandbox.client().impersonating(sandbox.token(IdentityType.CORPORATE, 1));
        accountId = sandbox.server.state().accountsOf(owner.id()).get(0).id();
    }

    private String issue(String extra) {
        return sandbox.admin("/sandbox/managed_cards", "{\"identityId\":\"" + owner.id()
                + "\",\"mode\":\"DEBIT_MODE\",\"parentManagedAccountId\":\"" + accountId
                + "\",\"friendlyName\":\"Contract card\"" + extra + "}", 201).path("id").asText();
    }

    @Test
    void everyRequiredFieldIsThereAndTheBrandDefaultsToMastercard() {
        ManagedCard c = asOwner.managedCards().get(issue(""));
        assertThat(c.externalHandle()).isNotBlank();
        assertThat(c.cardBrand()).isEqualTo(ManagedCard.CardBrand.MASTERCARD);
        assertThat(c.cardNumberFirstSix()).startsWith("5");
        assertThat(c.renewalType()).isEqualTo(ManagedCard.RENEW);
        assertThat(c.renewalTimestamp()).as("never changed").isNull();
        assertThat(c.digitalWallets()).isNotNull();
        assertThat(c.digitalWallets().walletsEnabled()).isFalse();
        assertThat(c.cardLevelClassification()).isEqualTo("CORPORATE");
        assertThat(c.expiryPeriodMonths()).isEqualTo(36);
        assertThat(c.billingAddress()).isNotNull();
        assertThat(c.isSingleSpend()).isFalse();
        assertThat(c.replacement()).isNull();
        assertThat(c.userId()).isNull();
    }

    @Test
    void theOptionalFactsAnAgentIsAskedAboutRoundTrip() {
        String user = sandbox.admin("/sandbox/identities/" + owner.id() + "/users", "{\"name\":\"Ann\"}", 201)
                .path("id").asText();
        String id = issue(",\"type\":\"PHYSICAL\",\"cardBrand\":\"VISA\",\"renewalType\":\"NO_RENEW\","
                + "\"singleSpend\":true,\"userId\":\"" + user + "\",\"physicalCardDetails\":{"
                + "\"manufacturingState\":\"DISPATCHED\",\"deliveryMethod\":\"COURIER\","
                + "\"deliveryTrackingCode\":\"JD0146\",\"deliveryTrackingMethod\":\"DHL Express\","
                + "\"deliveryTrackingUrl\":\"https://dhl.example/track/JD0146\",\"pinBlocked\":true}");
        ManagedCard c = asOwner.managedCards().get(id);
        assertThat(c.cardBrand()).isEqualTo(ManagedCard.CardBrand.VISA);
        assertThat(c.renewalType()).isEqualTo(ManagedCard.NO_RENEW);
        assertThat(c.renewalTimestamp()).as("when it changed").isGreaterThanOrEqualTo(c.creationTimestamp());
        assertThat(c.isSingleSpend()).isTrue();
        assertThat(c.userId()).isEqualTo(user);
        PhysicalCardDetails p = c.physicalCardDetails();
        assertThat(p.manufacturingState()).isEqualTo(PhysicalCardDetails.ManufacturingState.DISPATCHED);
        assertThat(p.deliveryMethod()).isEqualTo(PhysicalCardDetails.DeliveryMethod.COURIER);
        assertThat(p.deliveryTrackingCode()).isEqualTo("JD0146");
        assertThat(p.deliveryTrackingMethod()).isEqualTo("DHL Express");
        assertThat(p.deliveryTrackingUrl()).isEqualTo("https://dhl.example/track/JD0146");
        assertThat(p.isPinBlocked()).isTrue();
        assertThat(p.pendingActivation()).as("not delivered yet").isTrue();
    }

    static List<String> badOptionalFacts() {
        return List.of(",\"cardBrand\":\"AMEX\"", ",\"physicalCardDetails\":{}",
                ",\"type\":\"PHYSICAL\",\"physicalCardDetails\":{\"deliveryTrackingUrl\":\"javascript:alert(1)\"}",
                ",\"userId\":\"123\"", ",\"nameOnCard\":\"" + "x".repeat(28) + "\"");
    }

    @ParameterizedTest
    @MethodSource("badOptionalFacts")
    void badOptionalFactsAreRefusedAndNothingIsIssued(String extra) throws IOException {
        int before = sandbox.server.state().cardsOf(owner.id()).size();
        try (var r = sandbox.rawCall("POST", "/sandbox/managed_cards", sandbox.server.apiKey(),
                "{\"identityId\":\"" + owner.id() + "\",\"mode\":\"DEBIT_MODE\",\"parentManagedAccountId\":\""
                        + accountId + "\",\"friendlyName\":\"Bad\"" + extra + "}")) {
            assertThat(r.code()).isEqualTo(400);
            assertThat(r.body().string()).contains("validationErrors").doesNotContain("SIZE");
        }
        assertThat(sandbox.server.state().cardsOf(owner.id())).hasSize(before);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"BLOCKED, USER", "BLOCKED, SYSTEM", "BLOCKED, LOST", "BLOCKED, SINGLE_SPEND",
            "DESTROYED, SYSTEM", "DESTROYED, USER", "DESTROYED, LOST", "DESTROYED, STOLEN", "DESTROYED, EXPIRED",
            "DESTROYED, COMPROMISED", "DESTROYED, SINGLE_SPEND", "NOT_ENABLED, -"})
    void everyPublishedStateReasonPairCanBeSetAndReadBack(String state, String reason) {
        String id = issue("");
        sandbox.admin("/sandbox/managed_cards/" + id + "/state", "-".equals(reason)
                ? "{\"state\":\"" + state + "\"}" : "{\"state\":\"" + state + "\",\"reason\":\"" + reason + "\"}", 204);
        InstrumentState s = asOwner.managedCards().get(id).state();
        assertThat(s.state().name()).isEqualTo(state);
        String read = s.blockedReason() != null ? s.blockedReason().name()
                : s.destroyedReason() != null ? s.destroyedReason().name() : "-";
        assertThat(read).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{\"state\":\"BLOCKED\",\"reason\":\"STOLEN\"}",
            "{\"state\":\"BLOCKED\",\"reason\":\"EXPIRED\"}", "{\"state\":\"NOT_ENABLED\",\"reason\":\"USER\"}",
            "{\"state\":\"ACTIVE\"}", "{\"state\":\"BLOCKED\"}"})
    void pairsThePublishedContractDoesNotHaveAreRefused(String body) throws IOException {
        String id = issue("");
        try (var r = sandbox.rawCall("POST", "/sandbox/managed_cards/" + id + "/state", sandbox.server.apiKey(),
                body)) {
            assertThat(r.code()).isEqualTo(400);
        }
        assertThat(asOwner.managedCards().get(id).state().state()).isEqualTo(InstrumentState.State.ACTIVE);
    }

    @Test
    void aReplacedCardIsDestroyedAndNamesItsReplacementOnce() throws IOException {
        String old = issue(",\"type\":\"PHYSICAL\",\"renewalType\":\"NO_RENEW\"");
        JsonNode fresh = sandbox.admin("/sandbox/managed_cards/" + old + "/replace", "{\"reason\":\"LOST_STOLEN\"}",
                201);
        ManagedCard was = asOwner.managedCards().get(old);
        ManagedCard now = asOwner.managedCards().get(fresh.path("id").asText());
        assertThat(was.state().state()).isEqualTo(InstrumentState.State.DESTROYED);
        assertThat(was.state().destroyedReason()).isEqualTo(InstrumentState.DestroyedReason.LOST);
        assertThat(was.replacement()).isEqualTo(new CardReplacement(now.id(), CardReplacement.Reason.LOST_STOLEN));
        assertThat(now.state().state()).isEqualTo(InstrumentState.State.ACTIVE);
        assertThat(now.cardNumberLastFour()).isNotNull();
        assertThat(now.renewalType()).as("kept from the old card").isEqualTo(ManagedCard.NO_RENEW);
        assertThat(now.physicalCardDetails().manufacturingState())
                .isEqualTo(PhysicalCardDetails.ManufacturingState.REQUESTED);
        assertThat(now.physicalCardDetails().pendingActivation()).isTrue();
        try (var r = sandbox.rawCall("POST", "/sandbox/managed_cards/" + old + "/replace", sandbox.server.apiKey(),
                "{\"reason\":\"DAMAGED\"}")) {
            assertThat(r.code()).isEqualTo(409);
        }
    }

    @Test
    void aSingleSpendCardIsDestroyedByItsFirstPurchase() {
        String id = issue(",\"singleSpend\":true");
        JsonNode first = sandbox.admin("/sandbox/card_purchases", purchase(id, 1_500, null), 201);
        assertThat(first.path("approved").asBoolean()).isTrue();
        InstrumentState s = asOwner.managedCards().get(id).state();
        assertThat(s.destroyedReason()).isEqualTo(InstrumentState.DestroyedReason.SINGLE_SPEND);
        assertThat(sandbox.admin("/sandbox/card_purchases", purchase(id, 100, null), 201).path("approved")
                .asBoolean()).isFalse();
    }

    @Test
    void aPurchaseInAnotherCurrencyIsConvertedAndItsEntriesCarryTheForexFields() {
        String id = issue("");
        sandbox.admin("/sandbox/card_purchases", purchase(id, 10_000, "USD"), 201);
        List<StatementEntry> entries = asOwner.statements().page(InstrumentId.card(id), StatementQuery.ALL, 0, 10)
                .entry();
        StatementEntry settlement = entries.stream().filter(e -> e.transactionId().type().equals("SETTLEMENT"))
                .findFirst().orElseThrow();
        // 1 USD = 1/1.085 EUR = 0.9217 EUR (four decimals)
        assertThat(settlement.forexRate().value()).isEqualTo(9217);
        assertThat(settlement.forexRate().scale()).isEqualTo(4);
        assertThat(settlement.originalAmount().currency()).isEqualTo("USD");
        assertThat(settlement.originalAmount().amount()).isEqualTo(10_000);
        assertThat(settlement.sourceAmount().currency()).isEqualTo("EUR");
        assertThat(settlement.sourceAmount().amount()).isEqualTo(9_217);
        assertThat(settlement.transactionAmount().amount()).isEqualTo(-9_217);
    }

    @Test
    void thereIsNoPutOnSpendRules() throws IOException {
        String id = issue("");
        try (var r = sandbox.rawCall("PUT", "/multi/backoffice/managed_cards/" + id + "/spend_rules",
                sandbox.server.apiKey(), sandbox.token(IdentityType.CORPORATE, 1), "{\"allowAtm\":true}")) {
            assertThat(r.code()).isEqualTo(405);
        }
        assertThat(asOwner.managedCards().spendRules(id).cardLevelSpendRules().allowAtm()).as("nothing stored")
                .isNull();
    }

    @Test
    void unblockingASystemBlockIs403InsufficientPermissionsAndChangesNothing() {
        String id = issue("");
        sandbox.setCardState(id, "BLOCKED", "SYSTEM");
        assertThatThrownBy(() -> asOwner.managedCards().unblock(id))
                .isInstanceOfSatisfying(ForbiddenException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("INSUFFICIENT_PERMISSIONS"))
                .isNotInstanceOf(ConflictException.class);
        assertThat(asOwner.managedCards().get(id).state().blockedReason())
                .isEqualTo(InstrumentState.BlockedReason.SYSTEM);
    }

    private static String purchase(String cardId, long amount, String currency) {
        return "{\"managedCardId\":\"" + cardId + "\",\"amount\":" + amount
                + (currency == null ? "" : ",\"currency\":\"" + currency + "\"")
                + ",\"merchantName\":\"Contract Shop\",\"merchantCategoryCode\":\"5411\",\"merchantCountry\":\"US\"}";
    }
}
