package backoffice.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backoffice.client.error.ApiConnectionException;
import backoffice.client.error.ServerException;
import backoffice.client.http.RetryPolicy;
import backoffice.client.model.IdentityType;
import backoffice.sandbox.SandboxConfig;
import backoffice.sandbox.http.Faults;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SandboxTestBase;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fault injection switched at start and at run time, and what the client's retry policy does with each fault:
 * safe requests retry, a POST without an idempotency-ref does not once it may have reached the server.
 */
class FaultsAndRetriesSandboxIT extends SandboxTestBase {

    private final AtomicInteger attempts = new AtomicInteger();
    private String token;
    private String card;

    @BeforeEach
    void prepare() {
        sandbox.server.setFaults(Faults.NONE);
        token = sandbox.token(IdentityType.CORPORATE, 0);
        card = sandbox.server.state().cardsOf(sandbox.identity(IdentityType.CORPORATE, 0).id()).get(0).id();
        attempts.set(0);
        sandbox.pauses.clear();
    }

    @AfterEach
    void noFaults() {
        sandbox.server.setFaults(Faults.NONE);
    }

    private BackOfficeClient counting() {
        return sandbox.clientBuilder(sandbox.server.apiKey())
                .customize(b -> b.addInterceptor(sandbox.contract).addInterceptor(chain -> {
                    attempts.incrementAndGet();
                    return chain.proceed(chain.request());
                })).build();
    }

    private void putFaults(String json) throws IOException {
        try (var r = sandbox.rawCall("PUT", "/sandbox/faults", sandbox.server.apiKey(), json)) {
            assertThat(r.code()).isEqualTo(204);
        }
    }

    @Test
    void getIsRetriedOn503UpToTheBoundThenReportsAServerError() throws IOException {
        putFaults("{\"error503\":1.0}");
        assertThatThrownBy(() -> counting().impersonating(token).managedCards().get(card))
                .isInstanceOfSatisfying(ServerException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.isTransient()).isTrue();
                    assertThat(e.requestRef()).isNotBlank();
                });
        assertThat(attempts.get()).isEqualTo(RetryPolicy.defaults().maxRetries() + 1);
        assertThat(sandbox.pauses).hasSize(3);
        assertThat(sandbox.pauses.get(1)).isGreaterThan(sandbox.pauses.get(0).dividedBy(2));
    }

    @Test
    void postWithoutIdempotencyRefIsNotRetriedOn503() throws IOException {
        putFaults("{\"error503\":1.0}");
        assertThatThrownBy(() -> counting().impersonation().accessToken(sandbox.identityId(IdentityType.CONSUMER, 0)))
                .isInstanceOf(ServerException.class);
        assertThat(attempts.get()).isEqualTo(1);
    }

    @Test
    void getSurvivesDroppedConnectionsByRetrying() throws IOException {
        putFaults("{\"drop\":0.3}");
        var client = sandbox.clientBuilder(sandbox.server.apiKey())
                .retryPolicy(RetryPolicy.defaults().withMaxRetries(10).withSleeper(d -> { }))
                .customize(b -> b.addInterceptor(sandbox.contract).addInterceptor(chain -> {
                    attempts.incrementAndGet();
                    return chain.proceed(chain.request());
                })).build().impersonating(token);
        for (int i = 0; i < 20; i++) {
            assertThat(client.managedCards().get(card).id()).isEqualTo(card);
        }
        assertThat(attempts.get()).isGreaterThan(20);
    }

    @Test
    void dropAfterCommitActsButTheClientSeesAnUnknownOutcome() throws IOException {
        var state = sandbox.server.state();
        putFaults("{\"dropAfterCommit\":1.0}");
        assertThatThrownBy(() -> counting().impersonation().accessToken(sandbox.identityId(IdentityType.CONSUMER, 2)))
                .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.requestSent()).isTrue());
        assertThat(attempts.get()).isEqualTo(1);
        assertThat(state.identities()).isNotEmpty();
    }

    @Test
    void latencyIsAddedToEveryApiCallButNotToTheAdminFace() throws IOException {
        putFaults("{\"latencyMs\":150}");
        long start = System.nanoTime();
        counting().impersonating(token).managedCards().get(card);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        long admin = System.nanoTime();
        putFaults("{}");
        assertThat(Duration.ofNanos(System.nanoTime() - admin)).isLessThan(Duration.ofMillis(150));
    }

    @Test
    void injectedLatencyDoesNotHoldAWorkerSoConcurrentCallsOverlap() throws Exception {
        putFaults("{\"latencyMs\":300}");
        var client = counting().impersonating(token);
        var pool = Executors.newFixedThreadPool(8);
        long start = System.nanoTime();
        var calls = new ArrayList<Future<?>>();
        for (int i = 0; i < 8; i++) {
            calls.add(pool.submit(() -> client.managedCards().get(card)));
        }
        for (var c : calls) {
            c.get(10, TimeUnit.SECONDS);
        }
        pool.shutdown();
        // 8 calls on 2 workers that slept would take >= 1.2 s
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(900));
    }

    @Test
    void badFaultSettingsAreRefused() throws IOException {
        try (var r = sandbox.rawCall("PUT", "/sandbox/faults", sandbox.server.apiKey(), "{\"error503\":2}")) {
            assertThat(r.code()).isEqualTo(400);
        }
    }

    @Test
    void faultsCanBeSwitchedOnAtStart() {
        try (var faulty = new SandboxFixture(SandboxConfig.ephemeral("empty").withFaults(Faults.parse("error503=1")))) {
            List<Duration> none = new ArrayList<>();
            var client = BackOfficeClient.builder().rootUrl(faulty.server.rootUrl()).apiKey(faulty.server.apiKey())
                    .retryPolicy(RetryPolicy.defaults().withSleeper(none::add)).build();
            assertThatThrownBy(() -> client.managedCards().get("1")).isInstanceOf(ServerException.class);
            assertThat(none).hasSize(3);
        }
    }

    @Test
    void connectionRefusedIsRetriedEvenForPostBecauseNothingWasSent() throws IOException {
        int port;
        try (var s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<Duration> slept = new ArrayList<>();
        var client = BackOfficeClient.builder().rootUrl("http://127.0.0.1:" + port).apiKey("k")
                .retryPolicy(RetryPolicy.defaults().withSleeper(slept::add)).build();
        assertThatThrownBy(() -> client.impersonation().accessToken(sandbox.identityId(IdentityType.CORPORATE, 0)))
                .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.requestSent()).isFalse());
        assertThat(slept).hasSize(3);
    }
}
