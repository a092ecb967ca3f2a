package backoffice.client.error;

/**
 * No usable answer: the connection failed, timed out, or was dropped before the response arrived.
 * {@link #requestSent()} tells whether the request may have reached the server; {@link #mayHaveChangedSomething()}
 * whether that matters: a dropped read (GET, HEAD) changed nothing, an unsafe request's outcome is unknown.
 */
public class ApiConnectionException extends BackOfficeException {

    private final boolean requestSent;
    private final boolean readOnly;

    /** A failure of a request that may change something (the cautious reading when the method is not known). */
    public ApiConnectionException(String message, boolean requestSent, Throwable cause) {
        this(message, requestSent, false, cause);
    }

    public ApiConnectionException(String message, boolean requestSent, boolean readOnly, Throwable cause) {
        super(message, null, cause);
        this.requestSent = requestSent;
        this.readOnly = readOnly;
    }

    public boolean requestSent() {
        return requestSent;
    }

    /** Whether the server may have acted on the request: it may have arrived, and it was not a mere read. */
    public boolean mayHaveChangedSomething() {
        return requestSent && !readOnly;
    }
}
