package backoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.error.UnauthorizedException;
import backoffice.client.http.RetryPolicy;
import backoffice.client.json.Json;
import backoffice.sandbox.http.Dispatcher;
import backoffice.testsupport.SandboxTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Arrays;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Bad input of every kind gets a 4xx with a JSON body and a request-ref; never a 5xx or a stack trace. */
class SandboxRobustnessIT extends SandboxTestBase {

    private static final String TOKEN_PATH = "/multi/backoffice/access_token";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON | {\"identity\": | 400",
            "JSON array instead of object | [1,2] | 400",
            "not JSON at all | hello | 400",
            "identity is a string | {\"identity\":\"CORPORATE\"} | 400",
            "id is a number | {\"identity\":{\"type\":\"CORPORATE\",\"id\":123}} | 400",
            "type is a number | {\"identity\":{\"type\":7,\"id\":\"123\"}} | 400",
            "empty object | {} | 400"})
    void badBodiesAreRefusedWithAJsonBody(String name, String body, int status) throws IOException {
        try (var r = sandbox.rawCall("POST", TOKEN_PATH, sandbox.server.apiKey(), body)) {
            assertThat(r.code()).isEqualTo(status);
            assertThat(r.header("request-ref")).isNotBlank();
            JsonNode json = Json.mapper().readTree(r.body().string());
            assertThat(json.path("validationErrors").isArray()).isTrue();
            assertThat(json.toString()).doesNotContain("Exception", "at backoffice.");
        }
    }

    @Test
    void keepAliveStillWorksWhenManyClientsLeaveConnectionsIdle() throws IOException {
        for (int i = 0; i < 250; i++) {
            var idle = new OkHttpClient.Builder().build();
            try (var r = idle.newCall(new Request.Builder().url(sandbox.server.rootUrl() + "/nothing").build())
                    .execute()) {
                assertThat(r.code()).isEqualTo(404);
            }
        }
        var client = sandbox.clientBuilder(sandbox.server.apiKey())
                .retryPolicy(RetryPolicy.none()).build();
        for (int i = 0; i < 5; i++) {
            Assertions.assertThatThrownBy(() -> client.managedCards().get("123456789012345678"))
                    .isInstanceOf(UnauthorizedException.class);
        }
    }

    @Test
    void emptyBodyIsRequired() throws IOException {
        try (var r = sandbox.rawCall("POST", TOKEN_PATH, sandbox.server.apiKey(), null)) {
            assertThat(r.code()).isEqualTo(400);
        }
    }

    @Test
    void unknownRouteIsA404WithAJsonBody() throws IOException {
        try (var r = sandbox.rawCall("GET", "/multi/backoffice/no_such_thing", sandbox.server.apiKey(), null)) {
            assertThat(r.code()).isEqualTo(404);
            assertThat(r.header("Content-Type")).startsWith("application/json");
            assertThat(r.header("request-ref")).isNotBlank();
        }
    }

    @Test
    void wrongMethodOnAKnownRouteIsA405() throws IOException {
        try (var r = sandbox.rawCall("DELETE", TOKEN_PATH, sandbox.server.apiKey(), null)) {
            assertThat(r.code()).isEqualTo(405);
            assertThat(Json.mapper().readTree(r.body().string()).path("message").asText()).contains("DELETE");
        }
    }

    @Test
    void bodyOverOneMebibyteIsA413() throws IOException {
        byte[] big = new byte[Dispatcher.MAX_BODY + 10];
        Arrays.fill(big, (byte) ' ');
        Request request = new Request.Builder().url(sandbox.server.rootUrl() + TOKEN_PATH)
                .header("api-key", sandbox.server.apiKey())
                .post(RequestBody.create(big, MediaType.get("application/json"))).build();
        try (var r = sandbox.raw().newCall(request).execute()) {
            assertThat(r.code()).isEqualTo(413);
            assertThat(r.header("request-ref")).isNotBlank();
            assertThat(r.body().string()).contains("PAYLOAD_TOO_LARGE");
        }
    }

    @Test
    void bodyOfExactlyTheLimitIsReadAndJudgedOnItsContent() throws IOException {
        StringBuilder sb = new StringBuilder("{\"identity\":{\"type\":\"CORPORATE\",\"id\":\"1\"},\"pad\":\"");
        while (sb.length() < Dispatcher.MAX_BODY - 2) {
            sb.append('x');
        }
        sb.append("\"}");
        try (var r = sandbox.rawCall("POST", TOKEN_PATH, sandbox.server.apiKey(), sb.toString())) {
            assertThat(r.code()).isEqualTo(404);
        }
    }
}
