package backoffice.client.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backoffice.client.BackOfficeClient;
import backoffice.client.RequestOptions;
import backoffice.client.error.ApiException;
import backoffice.client.error.ConflictException;
import backoffice.client.error.ForbiddenException;
import backoffice.client.error.NotFoundException;
import backoffice.client.error.ValidationException;
import backoffice.client.model.CreateUser;
import backoffice.client.model.DateOfBirth;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.client.model.Mobile;
import backoffice.client.model.User;
import backoffice.testsupport.Customer;
import backoffice.testsupport.SandboxTestBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Authorised users over real HTTP: create, invite, deactivate, every status and code, and the features switch. */
class UsersSandboxIT extends SandboxTestBase {

    private Customer customer;
    private UsersService users;

    @BeforeEach
    void customer() {
        customer = new Customer(sandbox);
        users = customer.client.users();
    }

    @AfterEach
    void featuresBackOn() {
        features("{\"cardRenewal\":true,\"authorisedUsers\":true}");
    }

    private void features(String json) {
        try (Response r = sandbox.rawCall("PUT", "/sandbox/programme/features", sandbox.server.apiKey(), json)) {
            assertThat(r.code()).isEqualTo(204);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String uniqueEmail() {
        return "u" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private User create(String email) {
        return users.create(new CreateUser("Ana", "Zammit", email, new Mobile("+356", "79123456"),
                new DateOfBirth(1990, 2, 28), "ops"), RequestOptions.NONE).value();
    }

    private String userToken(String userId) {
        return sandbox.admin("/sandbox/login_tokens", "{\"userId\":\"" + userId + "\"}", 201).path("token").asText();
    }

    @Test
    void createAnswersTheUserActiveAndOfTheImpersonatedIdentity() {
        var result = users.create(new CreateUser("Ana", "Zammit", uniqueEmail(), new Mobile("+356", "79123456"),
                new DateOfBirth(1990, 2, 28), null), RequestOptions.NONE);
        assertThat(result.requestRef()).isNotBlank();
        assertThat(result.value().id()).matches("^[0-9]+$");
        assertThat(result.value().identity().id()).isEqualTo(customer.id);
        assertThat(result.value().active()).isTrue();
        assertThat(result.value().mobile()).isEqualTo(new Mobile("+356", "79123456"));
        assertThat(sandbox.server.state().users().of(customer.id)).extracting(u -> u.id())
                .containsExactly(result.value().id());
    }

    @Test
    void theSameIdempotencyRefCreatesOneUser() {
        String ref = UUID.randomUUID().toString();
        CreateUser body = new CreateUser("Ana", "Zammit", uniqueEmail(), null, null, null);
        User first = users.create(body, RequestOptions.idempotent(ref)).value();
        User again = users.create(body, RequestOptions.idempotent(ref)).value();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(sandbox.server.state().users().of(customer.id)).hasSize(1);
    }

    @Test
    void badInputIs400InTheSyntaxErrorsShapeAndCreatesNothing() {
        assertThatThrownBy(() -> users.create(new CreateUser(" ", null, "not-an-email", new Mobile("+35a", "12"),
                new DateOfBirth(2990, 1, 1), "bad tag"), RequestOptions.NONE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.validationErrors())
                        .extracting(v -> v.fieldName() + " " + v.error())
                        .contains("name HAS_TEXT", "surname REQUIRED", "email REGEX", "mobile.countryCode REGEX",
                                "dateOfBirth PAST", "tag REGEX"));
        assertThat(sandbox.server.state().users().of(customer.id)).isEmpty();
    }

    @Test
    void theSyntaxErrorsBodyIsTheGenericShape() throws Exception {
        try (Response r = sandbox.raw().newCall(new Request.Builder()
                .url(sandbox.server.rootUrl() + "/multi/backoffice/users")
                .header("api-key", sandbox.server.apiKey())
                .header("Authorization", "Bearer " + sandbox.client().impersonation()
                        .accessToken(new IdentityId(IdentityType.CORPORATE, customer.id))
                        .bearer())
                .post(RequestBody.create("{}", MediaType.get("application/json"))).build())
                .execute()) {
            assertThat(r.code()).isEqualTo(400);
            assertThat(r.body().string()).contains("\"syntaxErrors\"").contains("\"invalidFields\"")
                    .doesNotContain("validationErrors");
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "taken,           EMAIL_NOT_UNIQUE",
            "domain,          EMAIL_DOMAIN_NOT_ALLOWED",
            "countryCode,     MOBILE_OR_COUNTRY_CODE_INVALID",
            "shortNumber,     MOBILE_OR_COUNTRY_CODE_INVALID"})
    void refusalsAre409WithTheirCode(String situation, String code) {
        String taken = uniqueEmail();
        create(taken);
        CreateUser body = switch (situation) {
            case "taken" -> new CreateUser("B", "C", taken.toUpperCase(), null, null, null);
            case "domain" -> new CreateUser("B", "C", "b@mail.invalid", null, null, null);
            case "countryCode" -> new CreateUser("B", "C", uniqueEmail(), new Mobile("+0044", "79123456"), null, null);
            default -> new CreateUser("B", "C", uniqueEmail(), new Mobile("+356", "123"), null, null);
        };
        assertThatThrownBy(() -> users.create(body, RequestOptions.NONE))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(code);
                    assertThat(e.requestRef()).isNotBlank();
                });
        assertThat(sandbox.server.state().users().of(customer.id)).hasSize(1);
    }

    @Test
    void inviteIs204AndResendTooUntilTheInvitationIsConsumed() {
        User u = create(uniqueEmail());
        assertThat(users.invite(u.id()).requestRef()).isNotBlank();
        assertThat(users.invite(u.id()).requestRef()).isNotBlank(); // resend
        sandbox.admin("/sandbox/users/" + u.id() + "/accept_invite", "{}", 204);
        assertThatThrownBy(() -> users.invite(u.id())).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.errorCode()).isEqualTo("INVITE_ALREADY_CONSUMED"));
    }

    @Test
    void anotherIdentitysOrAnUnknownUserIs404() {
        String demoUser = sandbox.server.state().users().of(sandbox.identity(IdentityType.CORPORATE, 0).id())
                .get(0).id();
        assertThatThrownBy(() -> users.invite(demoUser)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.deactivate("999")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.deactivate("abc")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.validationErrors().get(0).fieldName()).isEqualTo("user_id"));
    }

    @Test
    void deactivationStopsTheUsersLoginToken() throws Exception {
        User u = create(uniqueEmail());
        String token = userToken(u.id());
        assertThat(cardStatusWith(token)).isEqualTo(403); // a login token is never valid on the back-office API
        users.deactivate(u.id());
        assertThat(cardStatusWith(token)).isEqualTo(401); // and now it is no token at all
        assertThat(sandbox.server.state().users().user(u.id()).orElseThrow().active()).isFalse();
        try (Response r = sandbox.rawCall("POST", "/sandbox/login_tokens", sandbox.server.apiKey(),
                "{\"userId\":\"" + u.id() + "\"}")) {
            assertThat(r.code()).isEqualTo(409);
        }
    }

    private int cardStatusWith(String token) throws IOException {
        BackOfficeClient asUser = sandbox.client().impersonating(token);
        try {
            asUser.managedCards().get(customer.prepaid.id());
            return 200;
        } catch (ApiException e) {
            return e.status();
        }
    }

    @Test
    void aUserWhoseCardHoldsMoneyCannotBeDeactivated() {
        User u = create(uniqueEmail());
        String cardId = sandbox.admin("/sandbox/managed_cards", "{\"identityId\":\"" + customer.id
                + "\",\"mode\":\"PREPAID_MODE\",\"currency\":\"EUR\",\"friendlyName\":\"Ana's card\",\"userId\":\""
                + u.id() + "\"}", 201).path("id").asText();
        assertThat(customer.client.managedCards().get(cardId).userId()).isEqualTo(u.id());
        var state = sandbox.server.state();
        state.transfer("1", state.account(customer.a.id()).orElseThrow(), state.card(cardId).orElseThrow(), 500, 0,
                null, "fund", state.now());
        assertThatThrownBy(() -> users.deactivate(u.id())).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.errorCode()).isEqualTo("CARD_HAS_REMAINING_BALANCE"));
        assertThat(state.users().user(u.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void withTheFeatureOffEveryUserRouteIs403InsufficientPermissions() {
        User u = create(uniqueEmail());
        features("{\"authorisedUsers\":false}");
        for (Runnable call : new Runnable[] {
                () -> users.create(new CreateUser("A", "B", uniqueEmail(), null, null, null), RequestOptions.NONE),
                () -> users.invite(u.id()), () -> users.deactivate(u.id())}) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(ForbiddenException.class,
                    e -> assertThat(e.errorCode()).isEqualTo("INSUFFICIENT_PERMISSIONS"));
        }
        assertThat(sandbox.server.state().users().of(customer.id)).hasSize(1);
        assertThat(customer.client.managedCards().get(customer.prepaid.id()).id()).isNotNull(); // renewal's switch
    }

    /** Tokens that are not back-office tokens: the customer's login token and a portal token. */
    Stream<Named<String>> otherTokens() {
        return Stream.of(Named.of("login token", sandbox.admin("/sandbox/login_tokens", "{\"identityId\":\""
                        + customer.id + "\"}", 201).path("token").asText()),
                Named.of("portal token", sandbox.admin("/sandbox/portal_token", "{}", 201).path("token").asText()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherTokens")
    void loginAndPortalTokensAre403OnTheBackOfficeApi(String token) {
        BackOfficeClient as = sandbox.client().impersonating(token);
        assertThatThrownBy(() -> as.managedCards().get(customer.prepaid.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as.users().invite("1")).isInstanceOf(ForbiddenException.class);
    }

    private String backOfficeBearer() {
        return sandbox.client().impersonation().accessToken(new IdentityId(IdentityType.CORPORATE, customer.id))
                .bearer();
    }

    /** Paths of the rest of the Multi API, outside the back-office API. */
    Stream<String> restOfTheMultiApi() {
        return Stream.of("/multi/managed_accounts/" + customer.a.id() + "/statement",
                "/multi/managed_cards/" + customer.prepaid.id() + "/block");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("restOfTheMultiApi")
    void aBackOfficeTokenIs403OnTheRestOfTheMultiApi(String path) throws Exception {
        OkHttpClient plain = new OkHttpClient(); // these paths are not in the document: no contract check
        var b = new Request.Builder().url(sandbox.server.rootUrl() + path)
                .header("api-key", sandbox.server.apiKey()).header("Authorization", "Bearer " + backOfficeBearer());
        b = path.endsWith("block") ? b.post(RequestBody.create(new byte[0])) : b.get();
        try (Response r = plain.newCall(b.build()).execute()) {
            assertThat(r.code()).isEqualTo(403);
            assertThat(r.header("request-ref")).isNotBlank();
        }
    }

    @Test
    void anUnknownPathInsideTheBackOfficeApiStays404ForABackOfficeToken() throws Exception {
        OkHttpClient plain = new OkHttpClient(); // not in the document: no contract check
        try (Response r = plain.newCall(new Request.Builder().url(sandbox.server.rootUrl()
                + "/multi/backoffice/nothing_here").header("Authorization", "Bearer " + backOfficeBearer()).build())
                .execute()) {
            assertThat(r.code()).isEqualTo(404);
        }
    }
}
