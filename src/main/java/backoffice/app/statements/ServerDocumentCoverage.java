package backoffice.app.statements;

import backoffice.app.Messages;
import backoffice.client.statements.StatementDocument;
import java.nio.file.Path;

/** What a saved server CSV/PDF covers, in the sentence the pane shows and the line the journal keeps. */
final class ServerDocumentCoverage {

    private ServerDocumentCoverage() {
    }

    /** The pane's sentence: saved where, how big, and whether it holds every entry of the statement. */
    static String sentence(StatementDocument doc, String file, Path folder, String format) {
        String saved = Messages.get("statements.saved", file, doc.bytes().length, folder);
        return switch (doc.coverage()) {
            case WHOLE -> saved + " " + Messages.get("statements.savedWhole", doc.rows(), doc.requests());
            case SHORT -> saved + " " + Messages.get("statements.savedShort", doc.rows(), doc.expected(),
                    doc.missing());
            case UNCHECKED -> saved + " " + (doc.expected() == null ? Messages.get("statements.savedNoCount", format)
                    : Messages.get("statements.savedUnchecked", format, doc.expected()));
        };
    }

    /** The journal's detail: format, file and coverage in figures. */
    static String journal(StatementDocument doc, String file, String format) {
        String covers = switch (doc.coverage()) {
            case WHOLE -> "whole statement, " + doc.rows() + " of " + doc.expected() + " rows";
            case SHORT -> "INCOMPLETE, " + doc.rows() + " of " + doc.expected() + " rows (" + doc.missing()
                    + " missing)";
            case UNCHECKED -> "coverage not checked (" + (doc.rows() < 0 ? "rows of a PDF are not counted"
                    : "no count from the server") + (doc.expected() == null ? "" : "; statement has "
                    + doc.expected() + " entries") + ")";
        };
        return format + " -> " + file + ": " + covers;
    }
}
