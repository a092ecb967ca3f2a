package backoffice.export;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an export is of, and who made it: the agent (OS user and host), when, in which environment, for which
 * identity and instrument, with which filters. Goes into the manifest and the PDF's header; the statement's
 * {@code footer} (the programme's text under a statement, null when the server gave none) goes into the PDF only.
 */
public record ExportContext(String exportedBy, long exportedAt, String environment, String identityType,
                            String identityId, String instrumentType, String instrumentId, String instrumentName,
                            String currency, Map<String, String> filters, String footer) {

    public ExportContext {
        filters = filters == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(filters));
    }

    /** A context without a statement footer. */
    public ExportContext(String exportedBy, long exportedAt, String environment, String identityType,
                         String identityId, String instrumentType, String instrumentId, String instrumentName,
                         String currency, Map<String, String> filters) {
        this(exportedBy, exportedAt, environment, identityType, identityId, instrumentType, instrumentId,
                instrumentName, currency, filters, null);
    }

    /** {@code user@host} of this machine. */
    public static String currentUser() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown-host";
        }
        return System.getProperty("user.name", "unknown") + "@" + host;
    }

    public boolean isAccount() {
        return "managed_accounts".equals(instrumentType);
    }
}
