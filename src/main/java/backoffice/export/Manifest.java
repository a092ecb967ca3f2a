package backoffice.export;

import java.util.Map;

/**
 * What a signed export says about itself: the file it covers (name, format, size, SHA-256), who exported what and
 * when, the filters, the row count and totals, and the signer's public key with its fingerprint. Written next to
 * the export as {@code <file>.bocx}, signed.
 */
public record Manifest(String format, FileInfo file, String exportedBy, String exportedAt, String environment,
                       Party identity, Instrument instrument, Map<String, String> filters, long rowCount,
                       Totals totals, Signer signer) {

    public static final String FORMAT = "backoffice-export-manifest/1";
    /** The manifest's file name extension (the installer associates it with the offline review). */
    public static final String EXTENSION = ".bocx";

    public record FileInfo(String name, String format, long size, String sha256) {
    }

    public record Party(String type, String id) {
    }

    public record Instrument(String type, String id, String name, String currency) {
    }

    public record Totals(String currency, long credits, long debits, long fees, long net) {

        static Totals of(StatementTotals t) {
            return new Totals(t.currency(), t.credits(), t.debits(), t.fees(), t.net());
        }
    }

    public record Signer(String algorithm, String publicKey, String fingerprint) {
    }
}
