package backoffice.client.statements;

/** A statement as the server rendered it (CSV or PDF bytes), with the answer's content type and request-ref. */
public record StatementDocument(byte[] bytes, String contentType, String requestRef) {
}
