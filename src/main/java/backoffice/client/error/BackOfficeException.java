package backoffice.client.error;

/** Root of every failure the client reports. Unchecked so that resource methods stay readable. */
public class BackOfficeException extends RuntimeException {

    private final String requestRef;

    public BackOfficeException(String message, String requestRef, Throwable cause) {
        super(message, cause);
        this.requestRef = requestRef;
    }

    /** The {@code request-ref} response header, when the server answered; agents quote it to Weavr support. */
    public String requestRef() {
        return requestRef;
    }
}
