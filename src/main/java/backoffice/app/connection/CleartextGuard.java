package backoffice.app.connection;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a root URL would send the api-key and tokens in clear over a network: {@code http://} to any host but this
 * machine. Loopback ({@code localhost}, {@code 127.0.0.0/8}, {@code ::1}) never leaves the machine, so it is fine.
 * Decided from the text alone (no DNS look-up), so it can run as the agent types.
 */
public final class CleartextGuard {

    private CleartextGuard() {
    }

    public static boolean sendsKeyInClear(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") && uri.getHost() != null && !isLoopback(uri.getHost());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    }
}
