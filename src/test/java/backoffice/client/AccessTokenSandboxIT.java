package backoffice.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backoffice.client.error.ApiException;
import backoffice.client.error.NotFoundException;
import backoffice.client.error.UnauthorizedException;
import backoffice.client.error.ValidationException;
import backoffice.client.json.Json;
import backoffice.client.model.AccessToken;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.testsupport.SandboxTestBase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** §3.1: {@code POST /access_token} and the deprecated {@code /impersonate_identity_login}, every case. */
class AccessTokenSandboxIT extends SandboxTestBase {

    @ParameterizedTest
    @EnumSource(value = IdentityType.class, names = {"CORPORATE", "CONSUMER"})
    void accessTokenActsAsTheRootUserOfTheIdentity(IdentityType type) {
        IdentityId id = sandbox.identityId(type, 0);
        AccessToken token = sandbox.client().impersonation().accessToken(id);
        assertThat(token.bearer()).isNotBlank();
        assertThat(token.identity()).isEqualTo(id);
        assertThat(token.credentials().type()).isEqualTo("ROOT");
        assertThat(token.credentials().id()).isEqualTo(id.id());
        assertThat(token.toString()).doesNotContain(token.bearer());
    }

    @Test
    @SuppressWarnings("deprecation")
    void deprecatedImpersonateIdentityLoginHasTheSameContract() {
        IdentityId id = sandbox.identityId(IdentityType.CONSUMER, 1);
        AccessToken token = sandbox.client().impersonation().impersonateIdentityLogin(id);
        assertThat(token.identity()).isEqualTo(id);
        String card = sandbox.server.state().cardsOf(id.id()).get(0).id();
        assertThat(sandbox.client().impersonating(token.bearer()).managedCards().get(card).id()).isEqualTo(card);
    }

    @Test
    void aSecondTokenForTheSameIdentityLeavesTheFirstValid() {
        IdentityId id = sandbox.identityId(IdentityType.CORPORATE, 1);
        String first = sandbox.client().impersonation().accessToken(id).bearer();
        String second = sandbox.client().impersonation().accessToken(id).bearer();
        assertThat(first).isNotEqualTo(second);
        String account = sandbox.server.state().accountsOf(id.id()).get(0).id();
        assertThat(sandbox.client().impersonating(first).managedAccounts().get(account).id()).isEqualTo(account);
        assertThat(sandbox.client().impersonating(second).managedAccounts().get(account).id()).isEqualTo(account);
    }

    @Test
    void unknownIdentityIsNotFound() {
        assertThatThrownBy(() -> sandbox.client().impersonation()
                .accessToken(new IdentityId(IdentityType.CORPORATE, "999999999999999999")))
                .isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(((ApiException) e).requestRef()).isNotBlank());
    }

    @Test
    void typeMismatchIsNotFound() {
        IdentityId consumer = sandbox.identityId(IdentityType.CONSUMER, 0);
        assertThatThrownBy(() -> sandbox.client().impersonation()
                .accessToken(new IdentityId(IdentityType.CORPORATE, consumer.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void nonRootUserIdIsNotFound() {
        String userId = sandbox.identity(IdentityType.CORPORATE, 0).userIds().iterator().next();
        assertThatThrownBy(() -> sandbox.client().impersonation()
                .accessToken(new IdentityId(IdentityType.CORPORATE, userId)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherProgrammesApiKeyIsNotFoundRatherThanForbidden() throws Exception {
        String otherKey = otherProgrammeKey();
        assertThatThrownBy(() -> sandbox.client(otherKey).impersonation()
                .accessToken(sandbox.identityId(IdentityType.CORPORATE, 0)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void wrongApiKeyIsUnauthorized() {
        assertThatThrownBy(() -> sandbox.client("abc").impersonation()
                .accessToken(sandbox.identityId(IdentityType.CORPORATE, 0)))
                .isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void emptyApiKeyIsABadRequestOnTheApiKeyHeader() {
        assertThatThrownBy(() -> sandbox.client("").impersonation()
                .accessToken(sandbox.identityId(IdentityType.CORPORATE, 0)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.validationErrors()).hasSize(1);
                    assertThat(e.validationErrors().get(0).fieldName()).isEqualTo("api-key");
                    assertThat(e.validationErrors().get(0).error()).isEqualTo("REQUIRED");
                });
    }

    @Test
    void malformedIdentityIsReportedFieldByField() throws Exception {
        try (var r = sandbox.rawCall("POST", "/multi/backoffice/access_token", sandbox.server.apiKey(),
                "{\"identity\":{\"type\":\"PARTNER\",\"id\":\"12ab\"}}")) {
            assertThat(r.code()).isEqualTo(400);
            assertThat(r.body().string()).contains("\"fieldName\":\"identity\"", "INVALID_TYPE_OR_VALUE",
                    "\"fieldName\":\"identity.id\"", "REGEX");
        }
        try (var r = sandbox.rawCall("POST", "/multi/backoffice/access_token", sandbox.server.apiKey(), "{}")) {
            assertThat(r.code()).isEqualTo(400);
            assertThat(r.body().string()).contains("\"fieldName\":\"identity\"", "REQUIRED");
        }
    }

    private String otherProgrammeKey() throws Exception {
        try (var r = sandbox.rawCall("POST", "/sandbox/programmes", sandbox.server.apiKey(),
                "{\"name\":\"Other innovator\"}")) {
            assertThat(r.code()).isEqualTo(201);
            return (String) Json.mapper().readValue(r.body().string(), Map.class).get("apiKey");
        }
    }
}
