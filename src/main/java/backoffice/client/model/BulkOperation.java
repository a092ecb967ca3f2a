package backoffice.client.model;

/** One operation of a bulk: its position, the single call it stands for, and that call's request and answer. */
public record BulkOperation(String operationId, int sequence, String method, String path, String status,
                            String requestPayload, String responsePayload) {
}
