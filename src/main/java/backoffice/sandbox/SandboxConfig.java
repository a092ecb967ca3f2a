package backoffice.sandbox;

import backoffice.sandbox.http.Faults;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

/** How a sandbox starts: bind address, port (0 = any free), built-in api-key, seed, token lifetime, faults. */
public record SandboxConfig(String host, int port, String apiKey, String seed, Duration tokenTtl, Faults faults,
                            Clock clock) {

    public static final String DEFAULT_API_KEY = "sandbox-api-key";

    private static final SecureRandom RANDOM = new SecureRandom();

    public SandboxConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be 0..65535");
        }
        if (!"demo".equals(seed) && !"empty".equals(seed)) {
            throw new IllegalArgumentException("--seed must be demo or empty");
        }
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("--api-key must not be blank");
        }
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** On the system clock. */
    public SandboxConfig(String host, int port, String apiKey, String seed, Duration tokenTtl, Faults faults) {
        this(host, port, apiKey, seed, tokenTtl, faults, Clock.systemUTC());
    }

    public static SandboxConfig defaults() {
        return new SandboxConfig("127.0.0.1", 8089, DEFAULT_API_KEY, "demo", Duration.ofHours(8), Faults.NONE);
    }

    /**
     * An in-process sandbox on a free loopback port (tests, the console's embedded backend) with a fresh random
     * api-key, so that another local user who finds the port cannot drive it. The key is only ever handed to the
     * in-process client ({@code SandboxServer.apiKey()}); it is never printed, logged or written to a file.
     */
    public static SandboxConfig ephemeral(String seed) {
        return new SandboxConfig("127.0.0.1", 0, randomApiKey(), seed, Duration.ofHours(8), Faults.NONE);
    }

    /** 32 random bytes, URL-safe Base64 (43 characters). */
    static String randomApiKey() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** Everything but the api-key, which must never reach a log. */
    @Override
    public String toString() {
        return "SandboxConfig[host=" + host + ", port=" + port + ", apiKey=(hidden), seed=" + seed + ", tokenTtl="
                + tokenTtl + ", faults=" + faults + "]";
    }

    public SandboxConfig withTokenTtl(Duration ttl) {
        return new SandboxConfig(host, port, apiKey, seed, ttl, faults, clock);
    }

    public SandboxConfig withFaults(Faults value) {
        return new SandboxConfig(host, port, apiKey, seed, tokenTtl, value, clock);
    }

    /**
     * The clock the store, its tokens, scheduled transfers, the bulk engine and idempotency read (tests move a
     * controllable one instead of sleeping). The command line has no option for it: the system clock.
     */
    public SandboxConfig withClock(Clock value) {
        return new SandboxConfig(host, port, apiKey, seed, tokenTtl, faults, value);
    }

    /** Parses the command-line flags of {@code SandboxMain} (unknown flags are an error). */
    public static SandboxConfig parse(String... args) {
        SandboxConfig c = defaults();
        String host = c.host;
        int port = c.port;
        String key = c.apiKey;
        String seed = c.seed;
        Duration ttl = c.tokenTtl;
        Faults faults = c.faults;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--sandbox")) {
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String v = args[++i];
            switch (flag) {
                case "--host" -> host = v;
                case "--port" -> port = parsePort(v);
                case "--api-key" -> key = v;
                case "--seed" -> seed = v;
                case "--token-ttl" -> ttl = parseDuration(v);
                case "--faults" -> faults = Faults.parse(v);
                default -> throw new IllegalArgumentException("Unknown flag " + flag
                        + " (--host, --port, --api-key, --seed, --token-ttl, --faults)");
            }
        }
        return new SandboxConfig(host, port, key, seed, ttl, faults);
    }

    private static int parsePort(String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number", e);
        }
    }

    /** {@code 30m}, {@code 5s}, {@code 8h}, {@code 250ms}, {@code 2d}. */
    public static Duration parseDuration(String v) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
            }
            long n = Long.parseLong(s.substring(0, s.length() - 1));
            return switch (s.charAt(s.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new IllegalArgumentException("Duration '" + v + "' needs a unit: ms, s, m, h or d");
            };
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("Duration '" + v + "' is not like 30m, 5s or 8h", e);
        }
    }
}
