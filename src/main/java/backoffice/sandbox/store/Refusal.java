package backoffice.sandbox.store;

import backoffice.client.codes.ErrorCode;

/**
 * Why the store will not do what it was asked, in the API's terms: a conflict with an {@link ErrorCode}, something
 * that is not the caller's to do, or something that does not exist. The store knows nothing of HTTP; the HTTP
 * layer answers a refusal (409, 403 or 404).
 */
public final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal: the HTTP layer picks the status from it. */
    public enum Kind { CONFLICT, FORBIDDEN, NOT_FOUND }

    private final Kind kind;
    private final transient ErrorCode code;

    private Refusal(Kind kind, ErrorCode code, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
    }

    /** The request conflicts with the current state (409 {@code {errorCode, message?}}). */
    public static Refusal conflict(ErrorCode code, String message) {
        return new Refusal(Kind.CONFLICT, code, message);
    }

    public static Refusal conflict(ErrorCode code) {
        return conflict(code, null);
    }

    /** Valid credentials, but this is not theirs to do (403 {@code {errorCode, message}}). */
    public static Refusal forbidden(ErrorCode code, String message) {
        return new Refusal(Kind.FORBIDDEN, code, message);
    }

    /** What the request names does not exist, or is not the caller's (404). */
    public static Refusal notFound(String message) {
        return new Refusal(Kind.NOT_FOUND, null, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The code of a conflict or a forbidden; null for a NOT_FOUND. */
    public ErrorCode code() {
        return code;
    }
}
