package backoffice.client.http;

/** A successful answer before decoding: status, content type, {@code request-ref} and body bytes. */
public record RawResponse(int status, String contentType, String requestRef, byte[] body) {
}
