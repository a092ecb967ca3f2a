package backoffice.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Opens an export offline (no network, no credentials) and says whether it is intact: the manifest's exact bytes,
 * its signature, the file's size and SHA-256, then the rows themselves against the row count and totals signed.
 * Either file may be given: {@code statement.csv} or {@code statement.csv.bocx}.
 */
public final class ExportReview {

    private ExportReview() {
    }

    public static ReviewReport open(Path given) {
        try {
            return check(given.toAbsolutePath());
        } catch (RuntimeException e) {
            return ReviewReport.unreadable(given, "The file cannot be checked: " + e);
        }
    }

    private static ReviewReport check(Path file) {
        boolean isManifest = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(Manifest.EXTENSION);
        Path manifestFile = isManifest ? file : StatementExporter.manifestFor(file);
        List<String> findings = new ArrayList<>();
        Manifest manifest = null;
        if (Files.isRegularFile(manifestFile)) {
            manifest = checkManifest(manifestFile, findings);
        } else if (isManifest) {
            return ReviewReport.unreadable(file, "The file " + file.getFileName() + " does not exist.");
        }
        Path content = contentOf(file, isManifest, manifest);
        if (!Files.isRegularFile(content)) {
            findings.add("The exported file " + content.getFileName() + " is not next to the manifest; it was moved,"
                    + " renamed or deleted.");
            return new ReviewReport(content, manifestFile, manifest, List.of(), StatementTotals.NONE,
                    ReviewReport.Verdict.ALTERED, findings);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(content);
        } catch (IOException e) {
            return ReviewReport.unreadable(content, "The file cannot be read: " + e.getMessage());
        }
        if (manifest != null) {
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
        StatementTotals totals = StatementTotals.of(rows);
        if (manifest == null) {
            ReviewReport.Verdict v = findings.isEmpty() ? ReviewReport.Verdict.UNSIGNED
                    : ReviewReport.Verdict.UNREADABLE;
            findings.add(0, "No manifest (" + manifestFile.getFileName() + ") is next to this file, so whether it"
                    + " was altered cannot be checked.");
            return new ReviewReport(content, null, null, rows, totals, v, findings);
        }
        checkRows(manifest, rows, totals, findings);
        return new ReviewReport(content, manifestFile, manifest, rows, totals,
                findings.isEmpty() ? ReviewReport.Verdict.INTACT : ReviewReport.Verdict.ALTERED, findings);
    }

    private static Manifest checkManifest(Path manifestFile, List<String> findings) {
        try {
            SignedManifest.Read read = SignedManifest.read(Files.readAllBytes(manifestFile));
            Manifest m = read.manifest();
            if (!read.layoutIntact()) {
                findings.add("The manifest was edited: its text differs from what the console wrote, from byte "
                        + read.firstLayoutDifference() + " on.");
            }
            if (!read.signatureValid()) {
                findings.add("The manifest's signature does not match its contents: something in it was changed"
                        + " after it was signed.");
            }
            if (!fingerprintMatches(m.signer())) {
                findings.add("The fingerprint " + m.signer().fingerprint() + " is not the fingerprint of the key in"
                        + " the manifest.");
            }
            return m;
        } catch (IOException e) {
            findings.add("The manifest " + manifestFile.getFileName() + " cannot be read: " + e.getMessage() + ".");
            return null;
        }
    }

    private static boolean fingerprintMatches(Manifest.Signer signer) {
        try {
            return signer.fingerprint() != null && signer.fingerprint().equals(
                    ExportSigner.fingerprint(java.util.Base64.getDecoder().decode(signer.publicKey())));
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
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - Manifest.EXTENSION.length()));
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
