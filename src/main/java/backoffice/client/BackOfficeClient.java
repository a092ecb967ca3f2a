package backoffice.client;

import backoffice.client.accounts.ManagedAccountsService;
import backoffice.client.bulks.BulksService;
import backoffice.client.cards.ManagedCardsService;
import backoffice.client.fees.FeesService;
import backoffice.client.http.LoggingInterceptor;
import backoffice.client.http.RetryPolicy;
import backoffice.client.http.Transport;
import backoffice.client.impersonation.ImpersonationService;
import backoffice.client.statements.StatementsService;
import backoffice.client.transfers.TransfersService;
import backoffice.client.users.UsersService;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * One connection to a Back-Office API: base URL + api-key, one OkHttp client (pool, timeouts), one retry policy.
 * {@link #impersonating(String)} gives a view acting as one identity; it shares the connection pool.
 */
public final class BackOfficeClient {

    /** Path of the back-office API under an environment's root URL. */
    public static final String BACKOFFICE_PATH = "multi/backoffice";
    /** How long an unused connection is kept for reuse: below common server idle timeouts (30 s and up). */
    static final int IDLE_CONNECTION_SECONDS = 20;

    private final Transport transport;

    private BackOfficeClient(Transport transport) {
        this.transport = transport;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same connection acting as the identity the token was issued for. */
    public BackOfficeClient impersonating(String bearerToken) {
        return new BackOfficeClient(transport.withBearerToken(Objects.requireNonNull(bearerToken, "token")));
    }

    public ImpersonationService impersonation() {
        return new ImpersonationService(transport);
    }

    public ManagedCardsService managedCards() {
        return new ManagedCardsService(transport);
    }

    public ManagedAccountsService managedAccounts() {
        return new ManagedAccountsService(transport);
    }

    public TransfersService transfers() {
        return new TransfersService(transport);
    }

    public BulksService bulks() {
        return new BulksService(transport);
    }

    public FeesService fees() {
        return new FeesService(transport);
    }

    public UsersService users() {
        return new UsersService(transport);
    }

    public StatementsService statements() {
        return new StatementsService(transport);
    }

    /** The back-office base URL, e.g. {@code http://127.0.0.1:8089/multi/backoffice/}. */
    public String baseUrl() {
        return transport.base().toString();
    }

    /** Builds a client; only the root URL and the api-key are required. */
    public static final class Builder {
        private String rootUrl;
        private String apiKey;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(30);
        private UnaryOperator<OkHttpClient.Builder> customizer = UnaryOperator.identity();

        /** Root of the environment, e.g. {@code https://sandbox.weavr.io}; the back-office path is appended. */
        public Builder rootUrl(String url) {
            this.rootUrl = url;
            return this;
        }

        public Builder apiKey(String key) {
            this.apiKey = key;
            return this;
        }

        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = policy;
            return this;
        }

        public Builder timeouts(Duration connect, Duration read) {
            this.connectTimeout = connect;
            this.readTimeout = read;
            return this;
        }

        private static boolean isLoopbackHttp(HttpUrl url) {
            String host = url.host();
            return !url.isHttps() && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1"));
        }

        /** Extra OkHttp configuration (interceptors in tests, proxies). */
        public Builder customize(UnaryOperator<OkHttpClient.Builder> value) {
            this.customizer = value;
            return this;
        }

        public BackOfficeClient build() {
            HttpUrl root = HttpUrl.parse(Objects.requireNonNull(rootUrl, "rootUrl"));
            if (root == null) {
                throw new IllegalArgumentException("Not an http(s) URL: " + rootUrl);
            }
            HttpUrl base = root.newBuilder().addPathSegments(BACKOFFICE_PATH).build();
            OkHttpClient.Builder http = new OkHttpClient.Builder()
                    .connectTimeout(connectTimeout)
                    .readTimeout(readTimeout)
                    .writeTimeout(readTimeout)
                    // OkHttp keeps idle connections 5 min by default, servers close them sooner and silently: the JDK
                    // HttpServer behind the sandbox after 30-40 s, load balancers often after 60 s. A read on such a
                    // stale connection fails ("unexpected end of stream"); keep them only 20 s.
                    .connectionPool(new ConnectionPool(5, IDLE_CONNECTION_SECONDS, TimeUnit.SECONDS))
                    // OkHttp's own retry would repeat a POST without idempotency-ref; the Transport decides instead
                    .retryOnConnectionFailure(false)
                    .addInterceptor(new LoggingInterceptor());
            if (isLoopbackHttp(root)) {
                // the embedded or a local sandbox: without a TLS spec OkHttp skips loading the JDK's trust store
                // and building an SSL context (~70 ms of CPU at start-up, on a core the first frame needs)
                http.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
            }
            return new BackOfficeClient(new Transport(customizer.apply(http).build(), base, apiKey, null,
                    retryPolicy));
        }
    }
}
