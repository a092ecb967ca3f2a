package backoffice.testsupport;

import backoffice.client.BackOfficeClient;
import backoffice.client.http.RetryPolicy;
import backoffice.client.json.Json;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.client.model.ManagedCard;
import backoffice.sandbox.SandboxConfig;
import backoffice.sandbox.SandboxServer;
import backoffice.sandbox.store.Account;
import backoffice.sandbox.store.Identity;
import backoffice.sandbox.store.SandboxState;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A real sandbox on a free loopback port plus clients whose every exchange is checked against the OpenAPI
 * document. Retries never sleep: the sleeper records the pauses it was asked for.
 */
public final class SandboxFixture implements AutoCloseable {

    public final SandboxServer server;
    public final ContractValidator contract = new ContractValidator();
    public final List<Duration> pauses = new ArrayList<>();

    public SandboxFixture(SandboxConfig config) {
        this.server = SandboxServer.start(config);
    }

    public static SandboxFixture demo() {
        return new SandboxFixture(SandboxConfig.ephemeral("demo"));
    }

    public BackOfficeClient client() {
        return client(server.apiKey());
    }

    public BackOfficeClient client(String apiKey) {
        return clientBuilder(apiKey).build();
    }

    public BackOfficeClient.Builder clientBuilder(String apiKey) {
        return BackOfficeClient.builder().rootUrl(server.rootUrl()).apiKey(apiKey)
                .retryPolicy(RetryPolicy.defaults().withSleeper(pauses::add))
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10))
                .customize(b -> b.addInterceptor(contract));
    }

    /** A raw HTTP client for requests our client would never send; still contract-checked. */
    public OkHttpClient raw() {
        if (raw == null) {
            raw = new OkHttpClient.Builder().addInterceptor(contract).retryOnConnectionFailure(false).build();
        }
        return raw;
    }

    private OkHttpClient raw;

    public Response rawCall(String method, String path, String apiKey, String json) throws IOException {
        return rawCall(method, path, apiKey, null, json);
    }

    /** The same with an impersonation token ({@code bearer} may be null). */
    public Response rawCall(String method, String path, String apiKey, String bearer, String json)
            throws IOException {
        RequestBody body = json == null ? (method.equals("GET") ? null : RequestBody.create(new byte[0], null))
                : RequestBody.create(json, MediaType.get("application/json"));
        Request.Builder b = new Request.Builder().url(server.rootUrl() + path).method(method, body);
        if (apiKey != null) {
            b.header("api-key", apiKey);
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return raw().newCall(b.build()).execute();
    }

    public Identity identity(IdentityType type, int index) {
        return identity(server.state(), type, index);
    }

    /** The n-th (from 0) corporate or consumer of a sandbox's state, in seed order. */
    public static Identity identity(SandboxState state, IdentityType type, int index) {
        return state.identities().stream().filter(i -> i.type() == type).skip(index).findFirst().orElseThrow();
    }

    /** The demo account with the most statement entries (over 10,000, spread over two years). */
    public static Account biggestAccount(SandboxState state) {
        return state.identities().stream().flatMap(i -> state.accountsOf(i.id()).stream())
                .max(Comparator.comparingInt(a -> state.entries(a).size())).orElseThrow();
    }

    public IdentityId identityId(IdentityType type, int index) {
        Identity i = identity(type, index);
        return new IdentityId(i.type(), i.id());
    }

    /** A token for the n-th corporate/consumer of the demo seed. */
    public String token(IdentityType type, int index) {
        return client().impersonation().accessToken(identityId(type, index)).bearer();
    }

    /** POSTs to the admin face and returns the JSON answer (fails the test on an unexpected status). */
    public JsonNode admin(String path, String json, int expected) {
        try (Response r = rawCall("POST", path, server.apiKey(), json)) {
            String body = r.body() == null ? "" : r.body().string();
            if (r.code() != expected) {
                throw new AssertionError(path + " answered " + r.code() + ": " + body);
            }
            return body.isEmpty() ? null : Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new card of the identity, through the admin face; a prepaid one gets {@code balance} minor units. */
    public String newCard(Identity owner, String mode, String type, long balance) {
        var account = server.state().accountsOf(owner.id()).get(0);
        String body = ManagedCard.DEBIT.equals(mode)
                ? "{\"identityId\":\"" + owner.id() + "\",\"mode\":\"DEBIT_MODE\",\"type\":\"" + type
                + "\",\"parentManagedAccountId\":\"" + account.id() + "\",\"friendlyName\":\"Test debit\"}"
                : "{\"identityId\":\"" + owner.id() + "\",\"mode\":\"PREPAID_MODE\",\"type\":\"" + type
                + "\",\"currency\":\"" + account.currency() + "\",\"friendlyName\":\"Test prepaid\"}";
        String id = admin("/sandbox/managed_cards", body, 201).path("id").asText();
        if (balance > 0) {
            var card = server.state().card(id).orElseThrow();
            server.state().transfer(server.state().programmeByKey(server.apiKey()).orElseThrow().transferProfileId(),
                    account, card, balance, 0, null, "test funding", server.state().now());
        }
        return id;
    }

    /** Puts a card in a state as a processor or admin would ({@code POST /sandbox/managed_cards/{id}/state}). */
    public void setCardState(String cardId, String state, String reason) {
        admin("/sandbox/managed_cards/" + cardId + "/state", "{\"state\":\"" + state + "\",\"reason\":\""
                + reason + "\"}", 204);
    }

    @Override
    public void close() {
        server.close();
    }
}
