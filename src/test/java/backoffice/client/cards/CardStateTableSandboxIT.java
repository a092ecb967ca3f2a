package backoffice.client.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backoffice.client.ApiResult;
import backoffice.client.BackOfficeClient;
import backoffice.client.error.ApiException;
import backoffice.client.error.ConflictException;
import backoffice.client.error.ForbiddenException;
import backoffice.client.error.NotFoundException;
import backoffice.client.error.UnauthorizedException;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.ManagedCard;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.Demo;
import backoffice.testsupport.SandboxTestBase;
import java.util.function.BiFunction;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every cell of the card state table (§5.3) over real HTTP: block, unblock and remove from each state, the status
 * or errorCode, and the state afterwards. Plus who may act on a card.
 */
class CardStateTableSandboxIT extends SandboxTestBase {

    @Demo(type = IdentityType.CORPORATE, index = 1)
    private Identity owner;
    private BackOfficeClient asOwner;

    @BeforeAll
    void tokenOfTheOwner() {
        asOwner = sandbox.client().impersonating(sandbox.token(IdentityType.CORPORATE, 1));
    }

    /** A fresh card in the named situation: ACTIVE, ACTIVE_FUNDED, USER, SYSTEM, LOST, REMOVED, STOLEN. */
    private String cardIn(String situation) {
        String type = situation.equals("LOST") || situation.equals("STOLEN") ? "PHYSICAL" : "VIRTUAL";
        String id = sandbox.newCard(owner, ManagedCard.PREPAID, type, situation.equals("ACTIVE_FUNDED") ? 5_000 : 0);
        switch (situation) {
            case "USER", "SYSTEM", "LOST", "SINGLE_SPEND" -> sandbox.setCardState(id, "BLOCKED", situation);
            case "NOT_ENABLED" -> sandbox.admin("/sandbox/managed_cards/" + id + "/state",
                    "{\"state\":\"NOT_ENABLED\"}", 204);
            case "REMOVED" -> sandbox.setCardState(id, "DESTROYED", "USER");
            case "STOLEN" -> sandbox.setCardState(id, "DESTROYED", "STOLEN");
            default -> { }
        }
        return id;
    }

    private BiFunction<ManagedCardsService, String, Object> action(String name) {
        return switch (name) {
            case "block" -> ManagedCardsService::block;
            case "unblock" -> ManagedCardsService::unblock;
            case "remove" -> ManagedCardsService::remove;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} card, {1} -> {2} ({3})")
    @CsvSource({
            // situation, action, expected errorCode or '-', state afterwards, reason afterwards
            "ACTIVE,        block,   -,                              BLOCKED,   USER",
            "ACTIVE,        unblock, INSTRUMENT_NOT_BLOCKED,         ACTIVE,    -",
            "ACTIVE,        remove,  -,                              DESTROYED, USER",
            "ACTIVE_FUNDED, block,   -,                              BLOCKED,   USER",
            "ACTIVE_FUNDED, unblock, INSTRUMENT_NOT_BLOCKED,         ACTIVE,    -",
            "ACTIVE_FUNDED, remove,  BALANCE_NOT_ZERO,               ACTIVE,    -",
            "USER,          block,   INSTRUMENT_ALREADY_BLOCKED,     BLOCKED,   USER",
            "USER,          unblock, -,                              ACTIVE,    -",
            "USER,          remove,  -,                              DESTROYED, USER",
            "SYSTEM,        block,   INSTRUMENT_ALREADY_BLOCKED,     BLOCKED,   SYSTEM",
            "SYSTEM,        unblock, 403 INSUFFICIENT_PERMISSIONS,   BLOCKED,   SYSTEM",
            "SINGLE_SPEND,  unblock, 403 INSUFFICIENT_PERMISSIONS,   BLOCKED,   SINGLE_SPEND",
            "NOT_ENABLED,   unblock, INSTRUMENT_NOT_BLOCKED,         NOT_ENABLED, -",
            "SYSTEM,        remove,  -,                              DESTROYED, USER",
            "LOST,          block,   INSTRUMENT_MARKED_LOST_STOLEN,  BLOCKED,   LOST",
            "LOST,          unblock, INSTRUMENT_MARKED_LOST_STOLEN,  BLOCKED,   LOST",
            "LOST,          remove,  -,                              DESTROYED, USER",
            "REMOVED,       block,   INSTRUMENT_DESTROYED,           DESTROYED, USER",
            "REMOVED,       unblock, INSTRUMENT_DESTROYED,           DESTROYED, USER",
            "REMOVED,       remove,  INSTRUMENT_ALREADY_REMOVED,     DESTROYED, USER",
            "STOLEN,        block,   INSTRUMENT_MARKED_LOST_STOLEN,  DESTROYED, STOLEN",
            "STOLEN,        unblock, INSTRUMENT_MARKED_LOST_STOLEN,  DESTROYED, STOLEN",
            "STOLEN,        remove,  INSTRUMENT_ALREADY_REMOVED,     DESTROYED, STOLEN"})
    void stateTable(String situation, String actionName, String errorCode, String stateAfter, String reasonAfter) {
        String id = cardIn(situation);
        var cards = asOwner.managedCards();
        if ("-".equals(errorCode)) {
            var result = (ApiResult<?>) action(actionName).apply(cards, id);
            assertThat(result.requestRef()).isNotBlank();
        } else {
            // "403 CODE" for a 403, a bare code for a 409 (the published unblock 409s have none for a system block)
            boolean forbidden = errorCode.startsWith("403 ");
            assertThatThrownBy(() -> action(actionName).apply(cards, id))
                    .isInstanceOf(forbidden ? ForbiddenException.class : ConflictException.class)
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo(forbidden ? errorCode.substring(4) : errorCode);
                        assertThat(e.requestRef()).isNotBlank();
                    });
        }
        InstrumentState after = cards.get(id).state();
        assertThat(after.state().name()).isEqualTo(stateAfter);
        String reason = after.blockedReason() != null ? after.blockedReason().name()
                : after.destroyedReason() != null ? after.destroyedReason().name() : "-";
        assertThat(reason).isEqualTo(reasonAfter);
    }

    @Test
    void debitCardsHaveNoOwnBalanceAndCanBeRemoved() {
        String id = sandbox.newCard(owner, ManagedCard.DEBIT, "VIRTUAL", 0);
        asOwner.managedCards().remove(id);
        assertThat(asOwner.managedCards().get(id).state().state()).isEqualTo(InstrumentState.State.DESTROYED);
    }

    @Test
    void anotherIdentitysCardIsNotFoundForActionsAndStaysUnchanged() {
        String theirs = sandbox.newCard(sandbox.identity(IdentityType.CONSUMER, 1), ManagedCard.PREPAID, "VIRTUAL", 0);
        assertThatThrownBy(() -> asOwner.managedCards().block(theirs)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asOwner.managedCards().remove(theirs)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asOwner.managedCards().get(theirs)).isInstanceOf(UnauthorizedException.class);
        assertThatThrownBy(() -> asOwner.managedCards().spendRules(theirs)).isInstanceOf(UnauthorizedException.class);
        assertThat(sandbox.server.state().card(theirs).orElseThrow().state().state())
                .isEqualTo(InstrumentState.State.ACTIVE);
    }

    @Test
    void unknownCardIsNotFound() {
        assertThatThrownBy(() -> asOwner.managedCards().unblock("123456789012345678"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherProgrammesKeyIsForbidden() {
        String other = sandbox.admin("/sandbox/programmes", "{\"name\":\"Rival\"}", 201).path("apiKey").asText();
        String id = cardIn("ACTIVE");
        String token = sandbox.token(IdentityType.CORPORATE, 1);
        assertThatThrownBy(() -> sandbox.client(other).impersonating(token).managedCards().block(id))
                .isInstanceOf(ForbiddenException.class);
    }

    /** Quirks of the real routing: an action on an empty card id is a 405, its spend rules a 400. */
    @ParameterizedTest
    @ValueSource(strings = {"block", "unblock", "remove"})
    void anActionOnAnEmptyCardIdIsA405(String path) throws Exception {
        String token = sandbox.token(IdentityType.CORPORATE, 1);
        try (var r = sandbox.raw().newCall(new Request.Builder()
                .url(sandbox.server.rootUrl() + "/multi/backoffice/managed_cards//" + path)
                .header("api-key", sandbox.server.apiKey()).header("Authorization", "Bearer " + token)
                .post(RequestBody.create(new byte[0], null)).build()).execute()) {
            assertThat(r.code()).isEqualTo(405);
        }
    }

    @Test
    void theSpendRulesOfAnEmptyCardIdAreA400() throws Exception {
        String token = sandbox.token(IdentityType.CORPORATE, 1);
        try (var r = sandbox.raw().newCall(new Request.Builder()
                .url(sandbox.server.rootUrl() + "/multi/backoffice/managed_cards//spend_rules")
                .header("api-key", sandbox.server.apiKey()).header("Authorization", "Bearer " + token)
                .build()).execute()) {
            assertThat(r.code()).isEqualTo(400);
        }
    }
}
