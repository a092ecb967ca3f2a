package backoffice.client.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The only place that decides whether and when a request is sent again. Bounded; retries connect failures,
 * timeouts, dropped connections, 429 (honouring the server's reset hint) and 5xx. A request whose method is
 * unsafe is retried after it may have reached the server only when it carries an {@code idempotency-ref}.
 * Backoff is exponential with 75-100 % jitter and a cap.
 */
public final class RetryPolicy {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "DELETE", "OPTIONS");
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    private RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff, Sleeper sleeper,
                        DoubleSupplier random) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0");
        }
        this.maxRetries = maxRetries;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.sleeper = sleeper;
        this.random = random;
    }

    /** Three retries, 0.5 s doubling up to 5 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(5), Sleeper.REAL,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    public static RetryPolicy none() {
        return defaults().withMaxRetries(0);
    }

    public RetryPolicy withMaxRetries(int retries) {
        return new RetryPolicy(retries, initialBackoff, maxBackoff, sleeper, random);
    }

    public RetryPolicy withBackoff(Duration initial, Duration max) {
        return new RetryPolicy(maxRetries, initial, max, sleeper, random);
    }

    public RetryPolicy withSleeper(Sleeper newSleeper) {
        return new RetryPolicy(maxRetries, initialBackoff, maxBackoff, newSleeper, random);
    }

    public int maxRetries() {
        return maxRetries;
    }

    /** Whether an attempt whose request may have reached the server can be repeated without risk. */
    public static boolean isReplayable(String method, boolean hasIdempotencyRef) {
        return SAFE_METHODS.contains(method) || hasIdempotencyRef;
    }

    /** Whether the method only reads, so that a lost answer cannot have changed anything (DELETE can). */
    public static boolean isReadOnly(String method) {
        return READ_METHODS.contains(method);
    }

    /** Whether a status is worth another attempt at all. */
    public static boolean isRetryableStatus(int status) {
        return status == 429 || status >= 500;
    }

    /** Whether attempt number {@code attempt} (1-based, already failed) may be followed by another. */
    public boolean hasAttemptsLeft(int attempt) {
        return attempt <= maxRetries;
    }

    /** The pause before the next attempt; a server hint (429 reset) wins when present, capped at 60 s. */
    public Duration delayBefore(int nextRetry, Duration serverHint) {
        if (serverHint != null && !serverHint.isNegative()) {
            return serverHint.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : serverHint;
        }
        double exp = initialBackoff.toMillis() * Math.pow(2, Math.max(0, nextRetry - 1));
        double capped = Math.min(exp, maxBackoff.toMillis());
        double jittered = capped * (0.75 + 0.25 * random.getAsDouble());
        return Duration.ofMillis(Math.round(jittered));
    }

    void pause(Duration duration) throws InterruptedException {
        if (!duration.isZero()) {
            sleeper.sleep(duration);
        }
    }
}
