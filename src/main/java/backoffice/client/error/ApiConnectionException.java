package backoffice.client.error;

/**
 * No usable answer: the connection failed, timed out, or was dropped before the response arrived. For an unsafe
 * request the outcome is unknown; {@link #requestSent()} tells whether the server may have acted on it.
 */
public class ApiConnectionException extends BackOfficeException {

    private final boolean requestSent;

    public ApiConnectionException(String message, boolean requestSent, Throwable cause) {
        super(message, null, cause);
        this.requestSent = requestSent;
    }

    public boolean requestSent() {
        return requestSent;
    }
}
