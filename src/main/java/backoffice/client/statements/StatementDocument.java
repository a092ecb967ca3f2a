package backoffice.client.statements;

/**
 * A statement as the server rendered it (CSV or PDF bytes), with the answer's content type and request-ref, and what
 * it covers: the statement's {@code count} (null when the server gave none), the data rows of a CSV (-1 for a PDF,
 * whose rows cannot be counted) and how many documents were asked for and joined.
 */
public record StatementDocument(byte[] bytes, String contentType, String requestRef, Long expected, long rows,
                                int requests) {

    /** How far the document is known to cover the statement. */
    public enum Coverage {
        /** Every entry the server counted is a row of the document. */
        WHOLE,
        /** Fewer rows than the server counted: see {@link #missing()}. */
        SHORT,
        /** Cannot be checked: a PDF, or no {@code count} from the server. */
        UNCHECKED
    }

    public Coverage coverage() {
        if (rows < 0 || expected == null) {
            return Coverage.UNCHECKED;
        }
        return rows >= expected ? Coverage.WHOLE : Coverage.SHORT;
    }

    /** Entries the server counted that are not rows of the document (0 unless {@link Coverage#SHORT}). */
    public long missing() {
        return coverage() == Coverage.SHORT ? expected - rows : 0;
    }
}
