package backoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Issue 14.5: two clients trickling their request headers (one byte every 100 ms) for ten seconds used to hold both
 * of the sandbox's workers, and every other request waited. Now others are answered at once throughout, and the
 * server closes a request that has not arrived whole within {@link SandboxServer#MAX_REQUEST_SECONDS}.
 */
class SlowClientsIT {

    private static final long TRICKLE_MS = 10_000;

    @Test
    void twoTricklingClientsDelayNoOneAndAreCutOffInTheEnd() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.ephemeral("empty"))) {
            timedRequest(server); // loads the client's classes, so the figures below are the server's
            ExecutorService slow = Executors.newFixedThreadPool(2);
            try {
                List<Future<Boolean>> cut = List.of(slow.submit(() -> trickle(server)),
                        slow.submit(() -> trickle(server)));
                Thread.sleep(300); // both have started their requests
                List<Long> millis = new ArrayList<>();
                long end = System.nanoTime() + (TRICKLE_MS - 1_000) * 1_000_000;
                while (System.nanoTime() < end) {
                    millis.add(timedRequest(server));
                    Thread.sleep(50);
                }
                List<Long> sorted = new ArrayList<>(millis);
                Collections.sort(sorted);
                long median = sorted.get(sorted.size() / 2);
                long p90 = sorted.get(sorted.size() * 9 / 10);
                long max = sorted.get(sorted.size() - 1);
                System.out.printf("SlowClientsIT: %d requests while 2 clients trickled: median %d ms, p90 %d ms,"
                        + " max %d ms%n", millis.size(), median, p90, max);
                // < 100 ms is the rule; the max allows for a loaded build machine, but not for waiting on a worker
                assertThat(median).as("median ms").isLessThan(100);
                assertThat(p90).as("p90 ms").isLessThan(100);
                assertThat(max).as("max ms").isLessThan(2_000);
                for (Future<Boolean> f : cut) {
                    assertThat(f.get()).as("the server closed the trickling connection").isTrue();
                }
            } finally {
                slow.shutdownNow();
            }
        }
    }

    /** A GET whose headers never end: one byte per 100 ms; true when the server closed it within 15 s. */
    private static boolean trickle(SandboxServer server) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(100);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write("GET /multi/backoffice/managed_accounts HTTP/1.1\r\nHost: x\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            byte[] header = "X-Slow: aaaaaaaaaaaaaaaaaaaaaaaa\r\n".getBytes(StandardCharsets.US_ASCII);
            int i = 0;
            while (System.nanoTime() - start < 15_000_000_000L) {
                try {
                    out.write(header[i++ % header.length]);
                    out.flush();
                } catch (IOException closed) {
                    return true;
                }
                try {
                    if (in.read() < 0) {
                        return true;
                    }
                } catch (SocketTimeoutException stillOpen) {
                    // the server is still waiting for the rest: go on trickling
                } catch (IOException reset) {
                    return true;
                }
            }
            return false;
        }
    }

    private static long timedRequest(SandboxServer server) throws Exception {
        long t0 = System.nanoTime();
        HttpURLConnection c = (HttpURLConnection) URI.create(server.rootUrl() + "/multi/backoffice/no_such_route")
                .toURL().openConnection();
        c.setConnectTimeout(5_000);
        c.setReadTimeout(15_000);
        assertThat(c.getResponseCode()).isEqualTo(404);
        c.getErrorStream().readAllBytes();
        c.disconnect();
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
