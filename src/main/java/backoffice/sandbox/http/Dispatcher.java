package backoffice.sandbox.http;

import backoffice.sandbox.store.Refusal;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's single HTTP handler: bounds the body, routes, applies fault injection, turns
 * {@link SandboxError}s and bad input into 4xx JSON answers, and stamps a {@code request-ref} on every response.
 * An unexpected bug answers a plain 500 without a stack trace and is logged.
 */
public final class Dispatcher implements HttpHandler {

    public static final int MAX_BODY = Router.DEFAULT_MAX_BODY;
    private static final System.Logger LOG = System.getLogger("backoffice.sandbox");

    private final Router router;
    private final String faultFreePrefix;
    private final Executor workers;
    private final ScheduledExecutorService delays;
    private final AtomicReference<Faults> faults;
    private final AtomicLong counter = new AtomicLong();
    private final String refPrefix = Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);

    /**
     * @param faultFreePrefix paths under this prefix (the admin face) are never subject to faults
     * @param workers         where a delayed exchange continues once its injected latency has passed
     * @param delays          schedules those continuations, so no worker sleeps through injected latency
     */
    public Dispatcher(Router router, String faultFreePrefix, AtomicReference<Faults> faults,
                      Executor workers, ScheduledExecutorService delays) {
        this.router = router;
        this.faultFreePrefix = faultFreePrefix;
        this.faults = faults;
        this.workers = workers;
        this.delays = delays;
    }

    @Override
    public void handle(HttpExchange http) throws IOException {
        String path = http.getRequestURI().getRawPath();
        Faults f = path.startsWith(faultFreePrefix) ? Faults.NONE : faults.get();
        if (f.latencyMs() > 0) {
            delays.schedule(() -> workers.execute(() -> respond(http, path, f)), f.latencyMs(),
                    TimeUnit.MILLISECONDS);
            return;
        }
        respond(http, path, f);
    }

    private void respond(HttpExchange http, String path, Faults f) {
        String requestRef = refPrefix + "-" + Long.toString(counter.incrementAndGet(), 36);
        try {
            if (f.any() && injectBefore(http, f)) {
                return;
            }
            Reply reply = dispatch(http, path);
            if (f.dropAfterCommit() > 0 && ThreadLocalRandom.current().nextDouble() < f.dropAfterCommit()) {
                dropConnection(http);
                return;
            }
            write(http, reply, requestRef);
        } catch (IOException e) {
            dropConnection(http);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Sandbox bug on " + http.getRequestMethod() + " " + path, e);
            try {
                write(http, Reply.json(500, Map.of("message", "Internal sandbox error")), requestRef);
            } catch (IOException lost) {
                dropConnection(http);
            }
        }
    }

    /** A 503 or a drop before acting; true when the exchange is finished. */
    private boolean injectBefore(HttpExchange http, Faults f) throws IOException {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        if (f.drop() > 0 && rnd.nextDouble() < f.drop()) {
            drain(http.getRequestBody());
            dropConnection(http);
            return true;
        }
        if (f.error503() > 0 && rnd.nextDouble() < f.error503()) {
            drain(http.getRequestBody());
            write(http, Reply.json(503, Map.of("message", "Service unavailable (injected fault)")),
                    refPrefix + "-f" + Long.toString(counter.incrementAndGet(), 36));
            return true;
        }
        return false;
    }

    private Reply dispatch(HttpExchange http, String path) throws IOException {
        Router.Match match = router.match(http.getRequestMethod(), path);
        byte[] body;
        try {
            body = readBounded(http, match.maxBody());
        } catch (TooLarge e) {
            // the rest of the body is not read, so this connection cannot carry another request: say so
            return Reply.json(413, Map.of("code", "PAYLOAD_TOO_LARGE",
                    "message", "Request body exceeds " + match.maxBody() + " bytes")).withHeader("Connection", "close");
        }
        if (match.route() == null) {
            return match.pathKnown()
                    ? Reply.json(405, Map.of("code", "METHOD_NOT_ALLOWED", "message",
                            http.getRequestMethod() + " is not supported on " + path))
                    : Reply.json(404, Map.of("code", "NOT_FOUND", "message", "No such route: " + path));
        }
        Exchange ex = new Exchange(http.getRequestMethod(), match.params(), http.getRequestURI().getRawQuery(),
                http.getRequestHeaders(), body);
        try {
            return match.route().handle(ex);
        } catch (SandboxError e) {
            return e.reply();
        } catch (Refusal r) {
            return SandboxError.of(r).reply();
        } catch (IllegalArgumentException e) {
            return SandboxError.badRequest("body", "INVALID_REQUEST", e.getMessage()).reply();
        }
    }

    private static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    private static byte[] readBounded(HttpExchange http, int max) throws IOException, TooLarge {
        String length = http.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > max) {
                    throw new TooLarge();
                }
            } catch (NumberFormatException ignored) {
                // fall through: the bounded read below decides
            }
        }
        try (InputStream in = http.getRequestBody()) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new TooLarge();
            }
            return bytes;
        }
    }

    /**
     * Closes the TCP connection without an answer. The JDK server only closes at once when the response stream
     * has been obtained before {@code close()}; without it the socket stays open until the client times out.
     */
    private static void dropConnection(HttpExchange http) {
        http.getResponseBody();
        http.close();
    }

    /** Reads (without closing: closing the request stream first stalls the JDK server's answer) what was sent. */
    private static void drain(InputStream in) throws IOException {
        in.readNBytes(MAX_BODY);
    }

    private static void write(HttpExchange http, Reply reply, String requestRef) throws IOException {
        var headers = http.getResponseHeaders();
        headers.set("request-ref", requestRef);
        if (reply.contentType() != null) {
            headers.set("Content-Type", reply.contentType());
        }
        reply.headers().forEach(headers::set);
        byte[] body = reply.body();
        boolean empty = body.length == 0;
        http.sendResponseHeaders(reply.status(), empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = http.getResponseBody()) {
                out.write(body);
            }
        }
        http.close();
    }
}
