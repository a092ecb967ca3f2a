package backoffice.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What the offline review found: the rows read back, their totals, the manifest (if any), a verdict and, unless
 * intact, every finding as a sentence an agent can act on.
 */
public record ReviewReport(Path file, Path manifestFile, Manifest manifest, List<StatementLine> rows,
                           StatementTotals totals, Verdict verdict, List<String> findings) {

    public enum Verdict {
        /** Signed, and every byte of both files is as signed. */
        INTACT,
        /** Signed, but something does not match (the findings say what). */
        ALTERED,
        /** Readable, but there is no manifest to check it against. */
        UNSIGNED,
        /** Not an export the console can read. */
        UNREADABLE
    }

    public ReviewReport {
        rows = List.copyOf(rows);
        findings = List.copyOf(findings);
    }

    static ReviewReport unreadable(Path file, String finding) {
        return new ReviewReport(file, null, null, List.of(), StatementTotals.NONE, Verdict.UNREADABLE,
                List.of(finding));
    }

    public String fingerprint() {
        return manifest == null || manifest.signer() == null ? null : manifest.signer().fingerprint();
    }
}
