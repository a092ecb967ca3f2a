package backoffice.client;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.http.ApiRequest;
import backoffice.client.http.RetryPolicy;
import backoffice.client.http.Transport;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** Byte-exact header cases the sandbox does not produce: 429 with {@code x-ratelimit-reset}, on a POST. */
class RateLimitRetryTest {

    @Test
    void rateLimitedPostIsRetriedAfterTheServersResetEvenWithoutIdempotencyRef() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setResponseCode(429).setHeader("x-ratelimit-reset", "2")
                    .setHeader("request-ref", "r1"));
            server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
                    .setBody("{\"token\":{\"token\":\"abcdefghijklmnopqrstuvwxyz\"},\"identity\":{\"type\":\"CONSUMER\","
                            + "\"id\":\"1\"},\"credentials\":{\"type\":\"ROOT\",\"id\":\"1\"}}"));
            server.start();
            List<Duration> slept = new ArrayList<>();
            var client = BackOfficeClient.builder().rootUrl(server.url("/").toString()).apiKey("secret-key")
                    .retryPolicy(RetryPolicy.defaults().withSleeper(slept::add)).build();
            var token = client.impersonation().accessToken(new IdentityId(IdentityType.CONSUMER, "1"));
            assertThat(token.bearer()).isEqualTo("abcdefghijklmnopqrstuvwxyz");
            assertThat(slept).containsExactly(Duration.ofSeconds(2));
            var first = server.takeRequest();
            var second = server.takeRequest();
            assertThat(first.getPath()).isEqualTo("/multi/backoffice/access_token");
            assertThat(first.getHeader("api-key")).isEqualTo("secret-key");
            assertThat(first.getHeader("Authorization")).isNull();
            assertThat(second.getBody().readUtf8()).isEqualTo(
                    "{\"identity\":{\"type\":\"CONSUMER\",\"id\":\"1\"}}");
        }
    }

    @Test
    void idempotencyRefIsSentUnchangedOnEveryRetry() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setResponseCode(503));
            server.enqueue(new MockResponse().setResponseCode(502));
            server.enqueue(new MockResponse().setResponseCode(200).setBody("{}"));
            server.start();
            var transport = new Transport(new OkHttpClient(),
                    server.url("/multi/backoffice/"), "k", "tok", RetryPolicy.defaults().withSleeper(d -> { }));
            transport.send(ApiRequest.post("transfers").body(Map.of("a", 1))
                    .options(RequestOptions.idempotent("ref-123")).build());
            for (int i = 0; i < 3; i++) {
                var r = server.takeRequest();
                assertThat(r.getHeader("idempotency-ref")).isEqualTo("ref-123");
                assertThat(r.getHeader("Authorization")).isEqualTo("Bearer tok");
            }
        }
    }
}
