package backoffice.client.statements;

/**
 * What loading a whole statement got, to compare with what the server said there was.
 *
 * @param delivered  distinct entries handed over (inside the asked range)
 * @param received   distinct entries the server sent, including any just outside the asked range (a server that
 *                   reads a bound the other way), which is what its {@code count} counts
 * @param duplicates entries sent twice across overlapping pages and dropped
 * @param gaps       places where a page could not be shown to follow on from the one before (they shared no
 *                   entry) and the seam between them could not be loaded by time: entries posted inside the range
 *                   while it loaded may have pushed some out of every page
 * @param expected   the server's {@code count} for the statement, or null when it did not give one
 * @param cancelled  whether the load stopped before the last page
 * @param footer     the statement's {@code footer} text (the first page's), or null when the server gave none
 */
public record StatementLoad(long delivered, long received, long duplicates, long gaps, Long expected,
                            boolean cancelled, String footer) {

    /** Entries the server counted that did not arrive (0 when it gave no count or everything came). */
    public long missing() {
        return expected == null ? 0 : Math.max(0, expected - received);
    }

    /**
     * Every entry the server counted arrived (or, without a count, paging ran to a short page), every page followed
     * on from the one before, and nothing stopped the load.
     */
    public boolean complete() {
        return !cancelled && missing() == 0 && gaps == 0;
    }
}
