package backoffice.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What the offline review found: the rows read back, their totals, the manifest (if any), a verdict and, unless
 * intact, every finding as a sentence an agent can act on.
 */
public record ReviewReport(Path file, Path manifestFile, Manifest manifest, List<StatementLine> rows,
                           StatementTotals totals, Verdict verdict, List<String> findings, TrustedKeys.Key trustedSigner) {

    /** The verdicts; {@link #exitCode} is what {@code --verify} exits with. */
    public enum Verdict {
        /** Signed by a trusted key, and every byte of both files is as signed. */
        INTACT(0),
        /** Every byte is as signed, but by a key this installation does not trust: anyone can make such a file. */
        UNKNOWN_SIGNER(2),
        /** Signed, but something does not match (the findings say what). */
        ALTERED(5),
        /** Readable, but there is no manifest to check it against. */
        UNSIGNED(3),
        /** Not an export the console can read. */
        UNREADABLE(4);

        private final int exitCode;

        Verdict(int exitCode) {
            this.exitCode = exitCode;
        }

        /** 0 intact, 2 unknown signer, 3 unsigned, 4 unreadable, 5 altered: the larger, the worse. */
        public int exitCode() {
            return exitCode;
        }
    }

    public ReviewReport {
        rows = List.copyOf(rows);
        findings = List.copyOf(findings);
    }

    static ReviewReport unreadable(Path file, String finding) {
        return new ReviewReport(file, null, null, List.of(), StatementTotals.NONE, Verdict.UNREADABLE,
                List.of(finding), null);
    }

    /** The fingerprint of the key in the manifest (computed from the key, not copied from the manifest's text). */
    public String fingerprint() {
        return manifest == null || manifest.signer() == null ? null
                : TrustedKeys.fingerprintOf(manifest.signer().publicKey()).orElse(manifest.signer().fingerprint());
    }
}
