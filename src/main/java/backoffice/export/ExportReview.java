package backoffice.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Opens an export offline (no network, no credentials) and says whether it is intact: the manifest's exact bytes,
 * its signature, the names it signs, the file's size and SHA-256, the rows against the row count and totals signed,
 * and finally whether the signing key is one this installation trusts (never the key merely found in the manifest).
 * Either file may be given: {@code statement.csv} or {@code statement.csv.bocx}.
 */
public final class ExportReview {

    private ExportReview() {
    }

    /** Checks {@code given} (the export or its manifest) and whether a key in {@code trust} signed it. */
    public static ReviewReport open(Path given, TrustedKeys trust) {
        try {
            return check(given.toAbsolutePath(), trust);
        } catch (RuntimeException e) {
            return ReviewReport.unreadable(given, "The file cannot be checked: " + e);
        }
    }

    private static ReviewReport check(Path file, TrustedKeys trust) {
        boolean isManifest = file.getFileName().toString().toLowerCase(Locale.ROOT)
                .endsWith(Manifest.EXTENSION);
        Path manifestFile = isManifest ? file : StatementExporter.manifestFor(file);
        if (isManifest && !Files.isRegularFile(manifestFile)) {
            return ReviewReport.unreadable(file, "The file " + file.getFileName() + " does not exist.");
        }
        PairCommit.recover(isManifest ? withoutExtension(manifestFile) : file);
        List<String> findings = new ArrayList<>();
        boolean hasManifest = Files.isRegularFile(manifestFile);
        Manifest manifest = hasManifest ? checkManifest(manifestFile, findings) : null;
        Path content = contentOf(file, isManifest, manifest);
        if (!Files.isRegularFile(content)) {
            findings.add("The exported file " + content.getFileName() + " is not next to the manifest; it was moved,"
                    + " renamed or deleted.");
            return new ReviewReport(content, manifestFile, manifest, List.of(), StatementTotals.NONE,
                    ReviewReport.Verdict.ALTERED, findings, null);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(content);
        } catch (IOException e) {
            return ReviewReport.unreadable(content, "The file cannot be read: " + e.getMessage());
        }
        if (manifest != null) {
            checkNames(manifest, content, manifestFile, findings);
            checkContent(manifest, bytes, findings);
        }
        ExportFormat format = (manifest != null && manifest.file() != null
                ? ExportFormat.ofExtension(manifest.file().format())
                : ExportFormat.ofFileName(content.getFileName().toString())).orElse(null);
        List<StatementLine> rows = List.of();
        if (format == null) {
            findings.add("The file is not a CSV, PDF or JSON export of the console.");
        } else {
            try {
                rows = format.codec().read(bytes);
            } catch (IOException | RuntimeException e) {
                findings.add("Its rows cannot be read: " + e.getMessage());
            }
        }
        StatementTotals totals;
        try {
            totals = StatementTotals.of(rows);
        } catch (ArithmeticException overflow) {
            findings.add("Its amounts add up to more than any real statement can hold (the sums overflow): the rows"
                    + " were made up or altered.");
            rows = List.of();
            totals = StatementTotals.NONE;
        }
        if (!hasManifest) {
            ReviewReport.Verdict v = findings.isEmpty() ? ReviewReport.Verdict.UNSIGNED
                    : ReviewReport.Verdict.UNREADABLE;
            findings.add(0, "No manifest (" + manifestFile.getFileName() + ") is next to this file, so whether it"
                    + " was altered cannot be checked.");
            return new ReviewReport(content, null, null, rows, totals, v, findings, null);
        }
        if (manifest != null) {
            checkRows(manifest, rows, totals, findings);
        }
        if (!findings.isEmpty()) {
            // a manifest that is there but cannot be read (truncated, not JSON) was damaged: altered, not "no export"
            return new ReviewReport(content, manifestFile, manifest, rows, totals, ReviewReport.Verdict.ALTERED,
                    findings, null);
        }
        String fp = TrustedKeys.fingerprintOf(manifest.signer().publicKey()).orElseThrow();
        TrustedKeys.Key trusted = trust.find(fp).orElse(null);
        if (trusted == null) {
            findings.add("It was signed by key " + fp + ", which this installation does not trust: anyone can sign a"
                    + " file with a key of their own. If it is a colleague's key (compare the fingerprint with them),"
                    + " trust it in the Review pane, or ask an administrator to add it to the team key list.");
        }
        return new ReviewReport(content, manifestFile, manifest, rows, totals, trusted == null
                ? ReviewReport.Verdict.UNKNOWN_SIGNER : ReviewReport.Verdict.INTACT, findings, trusted);
    }

    private static Path withoutExtension(Path manifestFile) {
        String name = manifestFile.getFileName().toString();
        return manifestFile.resolveSibling(name.substring(0, name.length() - Manifest.EXTENSION.length()));
    }

    /** The manifest signs the name of its file: a renamed pair, or a manifest beside another export, is reported. */
    private static void checkNames(Manifest m, Path content, Path manifestFile, List<String> findings) {
        String signed = m.file().name() == null ? "" : Path.of(m.file().name()).getFileName().toString();
        if (!content.getFileName().toString().equals(signed)) {
            findings.add("The file is named " + content.getFileName() + " but its manifest was signed for " + signed
                    + ": the pair was renamed, or the manifest belongs to another export.");
        }
        if (!manifestFile.getFileName().toString().equals(signed + Manifest.EXTENSION)) {
            findings.add("The manifest " + manifestFile.getFileName() + " was signed for " + signed + " (its name"
                    + " should be " + signed + Manifest.EXTENSION + "): it was renamed or swapped with another"
                    + " export's manifest.");
        }
    }

    private static Manifest checkManifest(Path manifestFile, List<String> findings) {
        try {
            SignedManifest.Read read = SignedManifest.read(Files.readAllBytes(manifestFile));
            Manifest m = read.manifest();
            if (!read.layoutIntact()) {
                findings.add("The manifest was edited: its text differs from what the console wrote, from byte "
                        + read.firstLayoutDifference() + " on.");
            }
            if (!read.signatureCanonical()) {
                findings.add("The manifest's signature text was changed: it is not exactly the Base64 of a"
                        + " signature.");
            } else if (!read.signatureValid()) {
                findings.add("The manifest's signature does not match its contents: something in it was changed"
                        + " after it was signed.");
            }
            if (!fingerprintMatches(m.signer())) {
                findings.add("The fingerprint " + m.signer().fingerprint() + " is not the fingerprint of the key in"
                        + " the manifest.");
            }
            return m;
        } catch (IOException e) {
            findings.add("The manifest " + manifestFile.getFileName() + " is damaged and cannot be read: "
                    + e.getMessage() + ".");
            return null;
        }
    }

    private static boolean fingerprintMatches(Manifest.Signer signer) {
        try {
            return signer.fingerprint() != null && signer.fingerprint().equals(
                    ExportSigner.fingerprint(Base64.getDecoder().decode(signer.publicKey())));
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static Path contentOf(Path file, boolean isManifest, Manifest manifest) {
        if (!isManifest) {
            return file;
        }
        if (manifest != null && manifest.file() != null && manifest.file().name() != null) {
            Path named = file.resolveSibling(Path.of(manifest.file().name()).getFileName().toString());
            if (Files.isRegularFile(named)) {
                return named;
            }
        }
        return withoutExtension(file);
    }

    private static void checkContent(Manifest m, byte[] bytes, List<String> findings) {
        if (bytes.length != m.file().size()) {
            findings.add("The file is " + bytes.length + " bytes long; the manifest says " + m.file().size() + ".");
        }
        String sha = HexFormat.of().formatHex(StatementExporter.sha256().digest(bytes));
        if (!sha.equalsIgnoreCase(String.valueOf(m.file().sha256()))) {
            findings.add("The file's content changed: its SHA-256 is " + sha.substring(0, 16) + "…, the manifest"
                    + " says " + abbreviate(m.file().sha256()) + ".");
        }
    }

    private static void checkRows(Manifest m, List<StatementLine> rows, StatementTotals t, List<String> findings) {
        if (rows.size() != m.rowCount()) {
            findings.add("It has " + rows.size() + " rows; the manifest says " + m.rowCount() + ".");
        }
        Manifest.Totals signed = m.totals();
        if (signed != null && !Manifest.Totals.of(t).equals(signed) && !rows.isEmpty()) {
            String c = signed.currency();
            findings.add("Its totals (in " + Amounts.format(t.credits(), c) + ", out " + Amounts.format(t.debits(), c)
                    + ", fees " + Amounts.format(t.fees(), c) + " " + c + ") differ from the manifest's (in "
                    + Amounts.format(signed.credits(), c) + ", out " + Amounts.format(signed.debits(), c) + ", fees "
                    + Amounts.format(signed.fees(), c) + ").");
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "nothing" : s.length() > 16 ? s.substring(0, 16) + "…" : s;
    }
}
