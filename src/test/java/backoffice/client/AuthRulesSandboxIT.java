package backoffice.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backoffice.client.error.ApiException;
import backoffice.client.error.ForbiddenException;
import backoffice.client.error.NotFoundException;
import backoffice.client.error.UnauthorizedException;
import backoffice.client.error.ValidationException;
import backoffice.client.json.Json;
import backoffice.client.model.IdentityType;
import backoffice.sandbox.SandboxConfig;
import backoffice.testsupport.MovingClock;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SandboxTestBase;
import java.time.Duration;
import java.util.Map;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** §8.2's auth rows on the token-protected reads (card and account GET), over real loopback HTTP. */
class AuthRulesSandboxIT extends SandboxTestBase {

    private String corporateToken;
    private String cardOfCorporate;
    private String accountOfCorporate;
    private String cardOfConsumer;
    private String accountOfConsumer;

    @BeforeAll
    void tokens() {
        corporateToken = sandbox.token(IdentityType.CORPORATE, 0);
        var corp = sandbox.identity(IdentityType.CORPORATE, 0);
        var cons = sandbox.identity(IdentityType.CONSUMER, 0);
        cardOfCorporate = sandbox.server.state().cardsOf(corp.id()).get(0).id();
        accountOfCorporate = sandbox.server.state().accountsOf(corp.id()).get(0).id();
        cardOfConsumer = sandbox.server.state().cardsOf(cons.id()).get(0).id();
        accountOfConsumer = sandbox.server.state().accountsOf(cons.id()).get(0).id();
    }

    private BackOfficeClient asCorporate() {
        return sandbox.client().impersonating(corporateToken);
    }

    @Test
    void ownCardAndAccountAreServed() {
        assertThat(asCorporate().managedCards().get(cardOfCorporate).id()).isEqualTo(cardOfCorporate);
        assertThat(asCorporate().managedAccounts().get(accountOfCorporate).currency()).isEqualTo("EUR");
    }

    @Test
    void emptyApiKeyIsBadRequestNamingTheHeader() {
        assertThatThrownBy(() -> sandbox.client("").impersonating(corporateToken).managedCards().get(cardOfCorporate))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.validationErrors().get(0).fieldName()).isEqualTo("api-key"));
    }

    @Test
    void wrongApiKeyIsUnauthorized() {
        assertThatThrownBy(() -> sandbox.client("abc").impersonating(corporateToken).managedCards()
                .get(cardOfCorporate)).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void anotherProgrammesKeyWithAValidTokenIsForbiddenBeforeAnyLookup() throws Exception {
        String other = otherKey();
        assertThatThrownBy(() -> sandbox.client(other).impersonating(corporateToken).managedCards()
                .get(cardOfCorporate)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> sandbox.client(other).impersonating(corporateToken).managedCards()
                .get("999999999999999999")).isInstanceOf(ForbiddenException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"random-garbage-token", " "})
    void garbageOrEmptyTokenIsUnauthorized(String token) {
        assertThatThrownBy(() -> sandbox.client().impersonating(token).managedCards().get(cardOfCorporate))
                .isInstanceOf(UnauthorizedException.class)
                .satisfies(e -> assertThat(((ApiException) e).requestRef()).isNotBlank());
    }

    @Test
    void missingTokenIsUnauthorized() throws Exception {
        try (var r = sandbox.rawCall("GET", "/multi/backoffice/managed_cards/" + cardOfCorporate,
                sandbox.server.apiKey(), null)) {
            assertThat(r.code()).isEqualTo(401);
            assertThat(r.header("request-ref")).isNotBlank();
        }
    }

    @Test
    void cardOfAnotherIdentityIsUnauthorized() {
        assertThatThrownBy(() -> asCorporate().managedCards().get(cardOfConsumer))
                .isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void accountOfAnotherIdentityIsNotFound() {
        assertThatThrownBy(() -> asCorporate().managedAccounts().get(accountOfConsumer))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void unknownNumericIdsAreNotFound() {
        assertThatThrownBy(() -> asCorporate().managedCards().get("123456789012345678"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asCorporate().managedAccounts().get("123456789012345678"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void nonNumericIdIsARegexError() {
        assertThatThrownBy(() -> asCorporate().managedAccounts().get("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwx"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.validationErrors().get(0).fieldName()).isEqualTo("id");
                    assertThat(e.validationErrors().get(0).error()).isEqualTo("REGEX");
                });
    }

    @Test
    void emptyCardIdIsNotFound() throws Exception {
        try (var r = sandbox.raw().newCall(new Request.Builder()
                .url(sandbox.server.rootUrl() + "/multi/backoffice/managed_cards/")
                .header("api-key", sandbox.server.apiKey()).header("Authorization", "Bearer " + corporateToken)
                .build()).execute()) {
            assertThat(r.code()).isEqualTo(404);
        }
    }

    @Test
    void expiredTokenIsUnauthorized() throws Exception {
        MovingClock clock = MovingClock.startingNow();
        try (var shortLived = new SandboxFixture(SandboxConfig.ephemeral("demo").withTokenTtl(Duration.ofMillis(1))
                .withClock(clock))) {
            String token = shortLived.token(IdentityType.CORPORATE, 0);
            String card = shortLived.server.state().cardsOf(shortLived.identity(IdentityType.CORPORATE, 0).id())
                    .get(0).id();
            clock.advance(Duration.ofMillis(1));
            assertThatThrownBy(() -> shortLived.client().impersonating(token).managedCards().get(card))
                    .isInstanceOf(UnauthorizedException.class);
            assertThat(shortLived.contract.violations()).isEmpty();
        }
    }

    private String otherKey() throws Exception {
        try (var r = sandbox.rawCall("POST", "/sandbox/programmes", sandbox.server.apiKey(), "{\"name\":\"Rival\"}")) {
            return (String) Json.mapper().readValue(r.body().string(), Map.class).get("apiKey");
        }
    }

}
