package backoffice.client;

/** A successful answer's decoded body together with its {@code request-ref} (for the audit journal). */
public record ApiResult<T>(T value, String requestRef) {
}
