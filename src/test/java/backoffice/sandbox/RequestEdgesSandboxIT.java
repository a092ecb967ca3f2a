package backoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.RequestOptions;
import backoffice.client.json.Json;
import backoffice.client.model.BulkItem;
import backoffice.client.model.CreateTransfer;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.testsupport.Customer;
import backoffice.testsupport.SandboxTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14.9, input edges: garbage after a valid JSON body was ignored and the transfer executed; a huge
 * {@code offset} answered the JDK's "fromIndex(…) > toIndex(…)" text. Now the first is a 400 and nothing moves, the
 * second an empty page, on every paged route.
 */
class RequestEdgesSandboxIT extends SandboxTestBase {

    private Customer c;
    private String token;
    private String bulkId;

    @BeforeAll
    void customerWithATransferAndABulk() {
        sandbox.server.setBulkPace(0);
        c = new Customer(sandbox);
        token = sandbox.client().impersonation().accessToken(new IdentityId(IdentityType.CORPORATE, c.id)).bearer();
        CreateTransfer t = new CreateTransfer(c.profileId, null, c.a, c.b, new CurrencyAmount("EUR", 100), null, null);
        c.client.transfers().create(t, RequestOptions.idempotent(UUID.randomUUID().toString()));
        bulkId = c.client.bulks().submitTransfers(List.of(BulkItem.transfer(t)),
                RequestOptions.idempotent(UUID.randomUUID().toString())).value().bulkId();
    }

    private Response call(String method, String path, String body) throws Exception {
        Request.Builder r = new Request.Builder().url(sandbox.server.rootUrl() + "/multi/backoffice" + path)
                .header("api-key", sandbox.server.apiKey()).header("Authorization", "Bearer " + token);
        r.method(method, body == null ? null : RequestBody.create(body, MediaType.get("application/json")));
        return sandbox.raw().newCall(r.build()).execute();
    }

    private String validTransfer() {
        return "{\"profileId\":\"" + c.profileId + "\",\"source\":{\"type\":\"managed_accounts\",\"id\":\""
                + c.a.id() + "\"},\"destination\":{\"type\":\"managed_accounts\",\"id\":\"" + c.b.id()
                + "\"},\"destinationAmount\":{\"currency\":\"EUR\",\"amount\":500}}";
    }

    @ParameterizedTest(name = "body followed by {0}")
    @ValueSource(strings = {"garbage", "}", "{\"again\":1}", ",1"})
    void garbageAfterAValidJsonBodyIsA400AndTheTransferDoesNotExecute(String tail) throws Exception {
        long a = c.available(c.a);
        try (Response r = call("POST", "/transfers", validTransfer() + tail)) {
            assertThat(r.code()).isEqualTo(400);
            assertThat(r.body().string()).contains("INVALID_REQUEST");
        }
        assertThat(c.available(c.a)).isEqualTo(a);
    }

    @Test
    void trailingWhiteSpaceAfterAValidJsonBodyIsFine() throws Exception {
        try (Response r = call("POST", "/transfers", validTransfer() + " \n\t")) {
            assertThat(r.code()).isEqualTo(200);
        }
    }

    /** Each paged route with the field its page is in. */
    Stream<Arguments> pagedRoutes() {
        return Stream.of(
                Arguments.of("/transfers", "transfer"),
                Arguments.of("/bulks", "bulkProcesses"),
                Arguments.of("/bulks/" + bulkId + "/operations", "operations"),
                Arguments.of("/managed_accounts/" + c.a.id() + "/statement", "entry"),
                Arguments.of("/managed_cards/" + c.prepaid.id() + "/statement", "entry"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagedRoutes")
    void aHugeOffsetIsAnEmptyPageOnEveryPagedRoute(String route, String field) throws Exception {
        for (String offset : new String[] {"2147483600", String.valueOf(Integer.MAX_VALUE), "99999999999",
            "99999999999999999999999"}) {
            String path = route + "?offset=" + offset + "&limit=100";
            try (Response r = call("GET", path, null)) {
                String text = r.body().string();
                assertThat(r.code()).as(path + " -> " + text).isEqualTo(200);
                JsonNode body = Json.mapper().readTree(text);
                assertThat(body.path("responseCount").asInt()).as(path).isZero();
                assertThat(body.path(field).size()).as(path).isZero();
                assertThat(text).doesNotContain("fromIndex");
            }
        }
    }
}
