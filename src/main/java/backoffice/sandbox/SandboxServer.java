package backoffice.sandbox;

import backoffice.client.json.Json;
import backoffice.sandbox.http.Body;
import backoffice.sandbox.http.Dispatcher;
import backoffice.sandbox.http.Exchange;
import backoffice.sandbox.http.Faults;
import backoffice.sandbox.http.IdempotencyStore;
import backoffice.sandbox.http.Reply;
import backoffice.sandbox.http.Router;
import backoffice.sandbox.http.SandboxError;
import backoffice.sandbox.routes.AccessRoutes;
import backoffice.sandbox.routes.AdminRoutes;
import backoffice.sandbox.routes.Auth;
import backoffice.sandbox.routes.BulkRoutes;
import backoffice.sandbox.routes.CardRoutes;
import backoffice.sandbox.routes.InstrumentRoutes;
import backoffice.sandbox.routes.MoneyRoutes;
import backoffice.sandbox.routes.SpendRuleRequests;
import backoffice.sandbox.routes.StatementRoutes;
import backoffice.sandbox.routes.TransferRequests;
import backoffice.sandbox.routes.UserAdminRoutes;
import backoffice.sandbox.routes.UserRoutes;
import backoffice.sandbox.seed.DemoSeed;
import backoffice.sandbox.store.BulkEngine;
import backoffice.sandbox.store.BulkRecord;
import backoffice.sandbox.store.Identity;
import backoffice.sandbox.store.Programme;
import backoffice.sandbox.store.Refusal;
import backoffice.sandbox.store.SandboxState;
import backoffice.sandbox.store.SpendRulesBook;
import backoffice.sandbox.store.Transfers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The embedded sandbox: a stateful simulator of the Back-Office API on a loopback HTTP server (JDK HttpServer).
 * The API is under {@code /multi/backoffice}, the admin face under {@code /sandbox}.
 */
public final class SandboxServer implements AutoCloseable {

    /** How long one request may take to arrive (headers and body), in seconds. */
    public static final int MAX_REQUEST_SECONDS = 10;
    /** At most this many requests are read or handled at once; a connection past it is closed at once. */
    public static final int MAX_WORKERS = 200;

    static {
        // The JDK server writes headers and body separately; with Nagle on, every keep-alive answer waits for the
        // client's delayed ACK (~40 ms). Must be set before the server's configuration class is loaded.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // The JDK server closes every connection after its answer once 200 are idle (default), so a sandbox shared
        // by many clients (tests, tools) would see the next request on a kept-alive connection fail.
        if (System.getProperty("sun.net.httpserver.maxIdleConnections") == null) {
            System.setProperty("sun.net.httpserver.maxIdleConnections", "2000");
        }
        // A request (headers and body) must arrive whole within this many seconds, or its connection is closed and
        // the worker reading it is freed: a stalled or trickling client cannot keep a thread for ever.
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(MAX_REQUEST_SECONDS));
        }
    }

    public static final String API_BASE = "/multi/backoffice";
    public static final String ADMIN_BASE = "/sandbox";

    private final SandboxConfig config;
    private final SandboxState state;
    private final IdempotencyStore idempotency;
    private final AtomicReference<Faults> faults;
    /** Pause between two operations of a newly submitted bulk, so an agent can watch it progress. */
    private final AtomicLong bulkPace = new AtomicLong(25);
    private final SpendRulesBook spendRules;
    private final HttpServer http;
    private final ExecutorService workers;
    private final ScheduledExecutorService delays;
    private final BulkEngine bulks;

    private SandboxServer(SandboxConfig config) throws IOException {
        this.config = config;
        this.state = new SandboxState(config.clock());
        this.idempotency = new IdempotencyStore(config.clock());
        this.spendRules = new SpendRulesBook(state);
        this.faults = new AtomicReference<>(config.faults());
        Auth auth = new Auth(state);
        Transfers transfers = new Transfers(state);
        this.bulks = new BulkEngine(state, (bulk, op) -> outcome(runOperation(transfers, bulk, op)));
        Router router = new Router();
        new AccessRoutes(state, auth, config.tokenTtl()).register(router, API_BASE);
        new InstrumentRoutes(state, auth).register(router, API_BASE);
        new StatementRoutes(state, auth).register(router, API_BASE);
        new CardRoutes(state, auth).register(router, API_BASE);
        new MoneyRoutes(state, auth, idempotency).register(router, API_BASE);
        new BulkRoutes(state, auth, bulks, idempotency, bulkPace::get).register(router, API_BASE);
        new UserRoutes(state, auth, idempotency).register(router, API_BASE);
        new AdminRoutes(state, auth, faults, this::reseed, config.apiKey()).register(router, ADMIN_BASE);
        new UserAdminRoutes(state, auth, config.apiKey()).register(router, ADMIN_BASE);
        router.fallback("/multi/", API_BASE + "/", ex -> {
            // a back-office token is not valid on the rest of the Multi API (which the sandbox does not serve)
            if (auth.hasBackOfficeToken(ex)) {
                throw SandboxError.status(403);
            }
            throw SandboxError.notFound("No such route");
        });
        router.add("PUT", ADMIN_BASE + "/bulk_pace", this::setBulkPace);
        reseed(config.seed());
        this.http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 256);
        AtomicInteger n = new AtomicInteger();
        // As many resident workers as cores: nothing in a handler blocks (injected latency is scheduled, not slept),
        // and more threads only add scheduling delay to the tail (measured: p99 2.7 ms with 2, 5.3 ms with 8). But
        // the JDK server reads each request on the worker it hands it to, so a client that sends its request slowly
        // holds that worker: when every worker is busy a new one starts (up to MAX_WORKERS, idle ones end after
        // 10 s), so slow clients never delay others, and maxReqTime above frees their workers in the end.
        int resident = Integer.getInteger("sandbox.threads", Math.max(2, Runtime.getRuntime().availableProcessors()));
        this.workers = new ThreadPoolExecutor(resident, Math.max(resident, MAX_WORKERS),
                10, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "sandbox-http-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.delays = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sandbox-latency");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(workers);
        http.createContext("/", new Dispatcher(router, ADMIN_BASE + "/", faults, workers, delays));
    }

    /** Binds and starts serving; the demo seed (if chosen) is loaded before the port opens. */
    public static SandboxServer start(SandboxConfig config) {
        try {
            SandboxServer server = new SandboxServer(config);
            server.http.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Sandbox could not bind " + config.host() + ":" + config.port(), e);
        }
    }

    /** Root URL, e.g. {@code http://127.0.0.1:8089}; the client appends {@code /multi/backoffice}. */
    public String rootUrl() {
        return "http://" + config.host() + ":" + port();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String apiKey() {
        return config.apiKey();
    }

    public SandboxConfig config() {
        return config;
    }

    /** Direct access for tests and the seed; the HTTP face is the contract. */
    public SandboxState state() {
        return state;
    }

    public void setFaults(Faults value) {
        faults.set(value);
    }

    private synchronized void reseed(String seed) {
        state.clear();
        idempotency.clear();
        Programme programme = state.addProgramme(DemoSeed.builtInProgramme(config.apiKey()));
        if ("demo".equals(seed)) {
            DemoSeed.load(state, programme);
        }
    }

    /** Changes the pace of bulks submitted from now on: {@code PUT /sandbox/bulk_pace {paceMs}}. */
    private Reply setBulkPace(Exchange ex) {
        Programme p = new Auth(state).programme(ex);
        if (!p.apiKey().equals(config.apiKey())) {
            throw SandboxError.status(403);
        }
        Body body = ex.jsonObject();
        Long pace = body.integer("paceMs", true);
        if (pace != null && (pace < 0 || pace > 60_000)) {
            body.reject("paceMs", "RANGE", "paceMs must be 0..60000");
        }
        body.check();
        bulkPace.set(pace);
        return Reply.noContent();
    }

    /** Pause between operations of bulks submitted from now on (tests use 0). */
    public void setBulkPace(long millis) {
        bulkPace.set(millis);
    }

    /**
     * One bulk operation, answered exactly as the single call would be: {@code POST /transfers} or
     * {@code PATCH /managed_cards/{id}/spend_rules}.
     */
    private Reply runOperation(Transfers transfers, BulkRecord bulk, BulkRecord.Op op) {
        try {
            Identity identity = state.identity(bulk.identityId()).orElseThrow(() -> SandboxError.status(401));
            Programme programme = state.programmeByKey(config.apiKey()).orElseThrow();
            Body body = new Body(Json.mapper().readTree(op.requestPayload()));
            if (op.path().equals("/transfers")) {
                return Reply.ok(transfers.create(identity, programme, TransferRequests.parse(body)));
            }
            String cardId = op.path().split("/")[2];
            var card = state.card(cardId).orElseThrow(() -> SandboxError.notFound("Managed card not found"));
            if (!card.identityId().equals(identity.id())) {
                throw SandboxError.status(401);
            }
            spendRules.update(card, SpendRuleRequests.parse(body, true));
            return Reply.noContent();
        } catch (SandboxError e) {
            return e.reply();
        } catch (Refusal r) {
            return SandboxError.of(r).reply();
        } catch (IOException e) {
            return SandboxError.badRequest("requestBody", "INVALID_REQUEST", "Malformed JSON").reply();
        }
    }

    private static BulkEngine.Outcome outcome(Reply reply) {
        return new BulkEngine.Outcome(reply.status() / 100 == 2,
                reply.body().length == 0 ? null : new String(reply.body(), StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        http.stop(0);
        bulks.close();
        delays.shutdownNow();
        workers.shutdownNow();
    }
}
