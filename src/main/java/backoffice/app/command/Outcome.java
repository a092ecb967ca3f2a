package backoffice.app.command;

/** How an action ended, as the journal writes it (and as a {@link Command} reports its last run). */
public enum Outcome {
    /** The server (or the disk) did it. */
    OK,
    /** It was refused or failed; nothing happened. */
    FAILED,
    /** The answer was lost or the server failed: it may have happened; the attempt is kept for a retry. */
    UNKNOWN,
    /** A money movement is on its way (written before the request goes out). */
    SENT,
    /** The agent stopped it before it finished (never journaled). */
    CANCELLED
}
