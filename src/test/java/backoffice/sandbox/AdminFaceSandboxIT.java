package backoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.json.Json;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.ManagedAccount;
import backoffice.client.model.ManagedCard;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SandboxTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The {@code /sandbox/...} admin face: everything it creates is usable at once through the API. */
class AdminFaceSandboxIT extends SandboxTestBase {

    private JsonNode post(String path, String json, int expected) throws IOException {
        try (var r = sandbox.rawCall("POST", path, sandbox.server.apiKey(), json)) {
            String body = r.body().string();
            assertThat(r.code()).as(body).isEqualTo(expected);
            return body.isEmpty() ? null : Json.mapper().readTree(body);
        }
    }

    @Test
    void programmeListsKeyProfileCurrenciesAndFees() throws IOException {
        try (var r = sandbox.rawCall("GET", "/sandbox/programme", sandbox.server.apiKey(), null)) {
            JsonNode p = Json.mapper().readTree(r.body().string());
            assertThat(p.path("apiKey").asText()).isEqualTo(sandbox.server.apiKey());
            assertThat(p.path("currencies").toString()).contains("EUR", "GBP", "USD");
            assertThat(p.path("fees").path("deposit").path("EUR").asLong()).isEqualTo(110);
            assertThat(p.path("fees").path("custom").path("PRINTED_CARD_ACCOUNT_STATEMENT").path("EUR").asLong())
                    .isPositive();
        }
    }

    @Test
    void createdIdentityAccountAndCardsAreUsableThroughTheApi() throws IOException {
        JsonNode identity = post("/sandbox/identities",
                "{\"type\":\"CONSUMER\",\"name\":\"Test Person\",\"baseCurrency\":\"GBP\"}", 201);
        String id = identity.path("id").asText();
        JsonNode account = post("/sandbox/managed_accounts",
                "{\"identityId\":\"" + id + "\",\"currency\":\"GBP\",\"friendlyName\":\"Savings\"}", 201);
        String accountId = account.path("id").asText();
        JsonNode deposit = post("/sandbox/deposits", "{\"managedAccountId\":\"" + accountId + "\",\"amount\":10000}",
                201);
        assertThat(deposit.path("transactionAmount").path("amount").asLong()).isEqualTo(10000);
        assertThat(deposit.path("cardholderFee").path("amount").asLong()).isEqualTo(117);
        JsonNode debit = post("/sandbox/managed_cards", "{\"identityId\":\"" + id
                + "\",\"mode\":\"DEBIT_MODE\",\"parentManagedAccountId\":\"" + accountId
                + "\",\"friendlyName\":\"Debit\"}", 201);
        assertThat(debit.path("currency").asText()).isEqualTo("GBP");

        String token = sandbox.client().impersonation().accessToken(new IdentityId(IdentityType.CONSUMER, id)).bearer();
        var asConsumer = sandbox.client().impersonating(token);
        ManagedAccount read = asConsumer.managedAccounts().get(accountId);
        assertThat(read.balances().availableBalance()).isEqualTo(10000 - 117);
        ManagedCard card = asConsumer.managedCards().get(debit.path("id").asText());
        assertThat(card.mode()).isEqualTo(ManagedCard.DEBIT);
        assertThat(card.availableToSpend().get(0).value().amount()).isEqualTo(10000 - 117);

        JsonNode purchase = post("/sandbox/card_purchases", "{\"managedCardId\":\"" + card.id()
                + "\",\"amount\":2500,\"merchantName\":\"Tesco\",\"merchantCategoryCode\":\"5411\","
                + "\"merchantCountry\":\"GB\"}", 201);
        assertThat(purchase.path("approved").asBoolean()).isTrue();
        assertThat(asConsumer.managedAccounts().get(accountId).balances().availableBalance())
                .isEqualTo(10000 - 117 - 2500);
        JsonNode tooMuch = post("/sandbox/card_purchases", "{\"managedCardId\":\"" + card.id()
                + "\",\"amount\":99999999,\"merchantName\":\"Tesco\",\"merchantCategoryCode\":\"5411\","
                + "\"merchantCountry\":\"GB\"}", 201);
        assertThat(tooMuch.path("approved").asBoolean()).isFalse();
        assertThat(tooMuch.path("declineReason").asText()).isEqualTo("INSUFFICIENT_FUNDS");

        post("/sandbox/managed_cards/" + card.id() + "/state", "{\"state\":\"BLOCKED\",\"reason\":\"SYSTEM\"}", 204);
        InstrumentState state = asConsumer.managedCards().get(card.id()).state();
        assertThat(state.state()).isEqualTo(InstrumentState.State.BLOCKED);
        assertThat(state.blockedReason()).isEqualTo(InstrumentState.BlockedReason.SYSTEM);
    }

    @Test
    void prepaidCardNeedsACurrencyAndDebitCardItsParent() throws IOException {
        String id = sandbox.identity(IdentityType.CORPORATE, 1).id();
        JsonNode e1 = post("/sandbox/managed_cards",
                "{\"identityId\":\"" + id + "\",\"mode\":\"PREPAID_MODE\",\"friendlyName\":\"x\"}", 400);
        assertThat(e1.toString()).contains("\"fieldName\":\"currency\"", "REQUIRED");
        JsonNode e2 = post("/sandbox/managed_cards",
                "{\"identityId\":\"" + id + "\",\"mode\":\"DEBIT_MODE\",\"friendlyName\":\"x\"}", 400);
        assertThat(e2.toString()).contains("parentManagedAccountId");
    }

    @Test
    void createdUserIsNotAnIdentity() throws IOException {
        String id = sandbox.identity(IdentityType.CORPORATE, 2).id();
        JsonNode user = post("/sandbox/identities/" + id + "/users", "{\"name\":\"Clerk\"}", 201);
        assertThat(user.path("id").asText()).matches("[0-9]+");
        assertThat(sandbox.server.state().isUser(user.path("id").asText())).isTrue();
    }

    @Test
    void badAdminInputIsA400WithFieldNames() throws IOException {
        JsonNode e = post("/sandbox/identities", "{\"type\":\"ROBOT\",\"name\":\"\"}", 400);
        assertThat(e.toString()).contains("INVALID_TYPE_OR_VALUE", "\"fieldName\":\"name\"");
        JsonNode d = post("/sandbox/deposits", "{\"managedAccountId\":\"1\",\"amount\":12.5}", 400);
        assertThat(d.toString()).contains("\"fieldName\":\"amount\"", "INVALID_TYPE_OR_VALUE");
        JsonNode f = post("/sandbox/card_purchases", "{\"managedCardId\":\"1\",\"amount\":1,\"merchantName\":\"x\","
                + "\"merchantCategoryCode\":\"54\",\"merchantCountry\":\"mt\"}", 400);
        assertThat(f.toString()).contains("merchantCategoryCode", "merchantCountry");
    }

    @Test
    void anotherProgrammesKeyCannotUseTheAdminFace() throws IOException {
        String other = post("/sandbox/programmes", "{\"name\":\"Rival\"}", 201).path("apiKey").asText();
        try (var r = sandbox.rawCall("GET", "/sandbox/programme", other, null)) {
            assertThat(r.code()).isEqualTo(403);
        }
        try (var r = sandbox.rawCall("GET", "/sandbox/programme", "nope", null)) {
            assertThat(r.code()).isEqualTo(401);
        }
    }

    @Test
    void resetToEmptyAndBackToDemo() throws IOException {
        try (var fresh = SandboxFixture.demo()) {
            int before = fresh.server.state().identities().size();
            try (var r = fresh.rawCall("POST", "/sandbox/reset", fresh.server.apiKey(), "{\"seed\":\"empty\"}")) {
                assertThat(r.code()).isEqualTo(204);
            }
            assertThat(fresh.server.state().identities()).isEmpty();
            try (var r = fresh.rawCall("POST", "/sandbox/reset", fresh.server.apiKey(), "{\"seed\":\"demo\"}")) {
                assertThat(r.code()).isEqualTo(204);
            }
            assertThat(fresh.server.state().identities()).hasSize(before);
            try (var r = fresh.rawCall("POST", "/sandbox/reset", fresh.server.apiKey(), "{\"seed\":\"full\"}")) {
                assertThat(r.code()).isEqualTo(400);
            }
            assertThat(fresh.contract.violations()).isEmpty();
        }
    }
}
