package backoffice.app;

import backoffice.app.settings.AppDirs;
import backoffice.app.statements.KeyTrust;
import backoffice.credentials.KeyringCredentialStore;
import backoffice.credentials.SigningKeys;
import backoffice.export.ExportReview;
import backoffice.export.ExportSigner;
import backoffice.export.ReviewReport;
import backoffice.export.TrustedKeys;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --verify FILE...}: checks exports without a display (the JavaFX toolkit is never started) and prints one
 * verdict line per file, {@code <VERDICT> <file> <detail>}. The exit code is the worst verdict's
 * ({@link ReviewReport.Verdict#exitCode}): 0 every file intact and signed by a trusted key, 2 unknown signer,
 * 3 unsigned, 4 unreadable, 5 altered; 64 when no file is given. Trusted keys are those of the Review pane.
 */
public final class VerifyCommand {

    /** Exit code when the command line names no file. */
    public static final int USAGE = 64;

    private VerifyCommand() {
    }

    /** Runs the command on the arguments after {@code --verify}; returns the exit code. */
    public static int run(List<String> files, PrintStream out, PrintStream err) {
        if (files.isEmpty()) {
            err.println("Usage: BackOfficeConsole --verify FILE... (an export or its .bocx manifest)");
            return USAGE;
        }
        TrustedKeys trust = new KeyTrust(AppDirs.detect().config()).load(ownKey(err));
        trust.problems().forEach(p -> err.println("warning: " + p));
        int worst = 0;
        for (String f : files) {
            ReviewReport r = ExportReview.open(Path.of(f), trust);
            out.println(r.verdict() + " " + f + " " + detail(r));
            worst = Math.max(worst, r.verdict().exitCode());
        }
        out.flush();
        return worst;
    }

    private static String detail(ReviewReport r) {
        if (r.verdict() == ReviewReport.Verdict.INTACT) {
            return "signed by " + r.trustedSigner().label() + " " + r.fingerprint();
        }
        return String.join(" | ", r.findings()).replace('\n', ' ');
    }

    /** This installation's key from the OS keychain, if there is one (none is created here). */
    private static ExportSigner ownKey(PrintStream err) {
        try {
            return SigningKeys.load(KeyringCredentialStore.open(KeyringCredentialStore.SERVICE))
                    .map(ExportSigner::new).orElse(null);
        } catch (RuntimeException noKeychain) {
            err.println("note: no OS keychain, so this installation's own key is not trusted here; the key lists"
                    + " are (" + noKeychain.getMessage() + ")");
            return null;
        }
    }
}
