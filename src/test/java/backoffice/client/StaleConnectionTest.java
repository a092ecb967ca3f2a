package backoffice.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backoffice.client.error.ApiConnectionException;
import backoffice.client.http.RetryPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server that closes idle keep-alive connections without a word (the JDK HttpServer after
 * {@code sun.net.httpserver.idleInterval}, a load balancer after its idle timeout): the pooled connections are stale,
 * and the next read must still succeed at once, on a fresh connection, instead of trying one stale one after another.
 */
class StaleConnectionTest {

    private static final int PARALLEL = 6;
    private static final String CARD = "{\"id\":\"c1\"}";

    private final ServerSocket server = bind();
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch allInFlight = new CountDownLatch(PARALLEL);
    private volatile boolean answerRequests = true;

    @AfterEach
    void stop() throws IOException {
        server.close();
        for (Socket s : accepted) {
            s.close();
        }
        threads.shutdownNow();
    }

    @Test
    void aReadAfterTheServerClosedEveryIdleConnectionSucceedsOnAFreshOne() throws Exception {
        threads.submit(this::acceptLoop);
        List<Duration> slept = new ArrayList<>();
        BackOfficeClient client = client(slept);
        loadInParallel(client);
        assertThat(accepted).hasSize(PARALLEL);
        closeAllConnectionsSilently();

        assertThat(client.managedCards().get("c1").id()).isEqualTo("c1");
        assertThat(accepted).as("connections: the %d stale ones, at most one try on a stale one, then a fresh one",
                PARALLEL).hasSize(PARALLEL + 1);
        assertThat(slept).as("retries").hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aReadWhoseConnectionDropsSaysNothingCouldHaveChangedButAnUnsafePostMayHave() throws Exception {
        answerRequests = false;
        threads.submit(this::acceptLoop);
        BackOfficeClient client = BackOfficeClient.builder().rootUrl(rootUrl()).apiKey("k")
                .retryPolicy(RetryPolicy.none()).build().impersonating("token");

        assertThatThrownBy(() -> client.managedCards().get("c1"))
                .isInstanceOfSatisfying(ApiConnectionException.class, e -> {
                    assertThat(e.requestSent()).isTrue();
                    assertThat(e.mayHaveChangedSomething()).isFalse();
                });
        int before = accepted.size();
        BackOfficeClient retrying = client(new ArrayList<>());
        assertThatThrownBy(() -> retrying.managedCards().block("c1"))
                .isInstanceOfSatisfying(ApiConnectionException.class,
                        e -> assertThat(e.mayHaveChangedSomething()).isTrue());
        assertThat(accepted).as("a POST without idempotency-ref is sent once").hasSize(before + 1);
    }

    private BackOfficeClient client(List<Duration> slept) {
        return BackOfficeClient.builder().rootUrl(rootUrl()).apiKey("k")
                .retryPolicy(RetryPolicy.defaults().withSleeper(slept::add)).build().impersonating("token");
    }

    private String rootUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** Like a statement load: parallel reads, each held until all are in flight, so each has its own connection. */
    private void loadInParallel(BackOfficeClient client) throws Exception {
        List<Future<String>> reads = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            reads.add(threads.submit(() -> client.managedCards().get("c1").id()));
        }
        for (Future<String> read : reads) {
            assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("c1");
        }
        // a second round reuses the kept-alive connections
        for (int i = 0; i < PARALLEL; i++) {
            assertThat(client.managedCards().get("c1").id()).isEqualTo("c1");
        }
    }

    /** A FIN on every connection, no {@code Connection: close} before: what an idle timeout does. */
    private void closeAllConnectionsSilently() throws IOException, InterruptedException {
        for (Socket s : accepted) {
            s.close();
        }
        Thread.sleep(200); // let the FINs reach the client's sockets
    }

    private void acceptLoop() {
        try {
            while (true) {
                Socket s = server.accept();
                accepted.add(s);
                threads.submit(() -> serve(s));
            }
        } catch (IOException closed) {
            // test over
        }
    }

    private void serve(Socket s) {
        try (s) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = s.getOutputStream();
            while (readRequestHead(in)) {
                if (!answerRequests) {
                    return;
                }
                allInFlight.countDown();
                allInFlight.await(10, TimeUnit.SECONDS);
                byte[] body = CARD.getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nrequest-ref: r\r\nContent-Length: "
                        + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            }
        } catch (IOException | InterruptedException closed) {
            // the test closed the connection
        }
    }

    /** Reads one request's head and its body, if it has one; false at the end of the stream. */
    private static boolean readRequestHead(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line == null) {
            return false;
        }
        int length = 0;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        for (int i = 0; i < length; i++) {
            in.read();
        }
        return line != null;
    }

    private static ServerSocket bind() {
        try {
            return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
