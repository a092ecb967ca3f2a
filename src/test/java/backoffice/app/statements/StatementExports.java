package backoffice.app.statements;

import backoffice.export.ExportFormat;
import backoffice.testsupport.SessionKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The Statements pane's export as a test finds it in the folder the agent chose, and opens it for review. */
final class StatementExports {

    private StatementExports() {
    }

    /** Exports the rows shown as {@code format} and returns the file it wrote into {@code folder}. */
    static Path export(StatementsViewModel vm, ExportFormat format, Path folder) throws IOException {
        vm.export(format);
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith("." + format.extension())).findFirst().orElseThrow();
        }
    }

    /** The Review pane's view model with {@code file} open, trusting this installation's key. */
    static ReviewViewModel review(Path file, SessionKit kit, ExportSigning signing) {
        ReviewViewModel review = new ReviewViewModel(kit.session, signing, new KeyTrust(kit.dirs.config()));
        review.open(file);
        return review;
    }
}
