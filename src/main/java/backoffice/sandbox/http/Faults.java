package backoffice.sandbox.http;

import java.util.Locale;

/**
 * Fault injection settings: added latency, and the probabilities (0..1) of answering 503, of dropping the
 * connection before acting, and of acting and then dropping the connection before the answer is written.
 */
public record Faults(long latencyMs, double error503, double drop, double dropAfterCommit) {

    public static final Faults NONE = new Faults(0, 0, 0, 0);

    public Faults {
        if (latencyMs < 0 || latencyMs > 60_000) {
            throw new IllegalArgumentException("latency must be 0..60000 ms");
        }
        checkProbability("error503", error503);
        checkProbability("drop", drop);
        checkProbability("dropAfterCommit", dropAfterCommit);
    }

    private static void checkProbability(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be a probability between 0 and 1");
        }
    }

    public boolean any() {
        return latencyMs > 0 || error503 > 0 || drop > 0 || dropAfterCommit > 0;
    }

    /** Parses {@code latency=20ms,error503=0.1,drop=0.05,dropAfterCommit=0.05}; empty or "none" means no faults. */
    public static Faults parse(String spec) {
        if (spec == null || spec.isBlank() || spec.equalsIgnoreCase("none")) {
            return NONE;
        }
        long latency = 0;
        double e503 = 0;
        double drop = 0;
        double dac = 0;
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("Fault spec item '" + part + "' is not name=value");
            }
            String v = kv[1].trim();
            try {
                switch (kv[0].trim()) {
                    case "latency" -> latency = parseMillis(v);
                    case "error503" -> e503 = Double.parseDouble(v);
                    case "drop" -> drop = Double.parseDouble(v);
                    case "dropAfterCommit" -> dac = Double.parseDouble(v);
                    default -> throw new IllegalArgumentException("Unknown fault '" + kv[0]
                            + "' (latency, error503, drop, dropAfterCommit)");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Fault '" + kv[0] + "' has a bad value '" + v + "'", e);
            }
        }
        return new Faults(latency, e503, drop, dac);
    }

    private static long parseMillis(String v) {
        String s = v.toLowerCase(Locale.ROOT);
        if (s.endsWith("ms")) {
            return Long.parseLong(s.substring(0, s.length() - 2));
        }
        if (s.endsWith("s")) {
            return Long.parseLong(s.substring(0, s.length() - 1)) * 1000;
        }
        return Long.parseLong(s);
    }
}
