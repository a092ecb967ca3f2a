package backoffice.client.model;

/** One operation of a bulk: its position, the single call it stands for, and that call's request and answer. */
public record BulkOperation(String operationId, int sequence, String method, String path, BulkOperationStatus status,
                            String requestPayload, String responsePayload) {

    /** A missing status reads as UNKNOWN, like one we do not know. */
    public BulkOperation {
        status = status == null ? BulkOperationStatus.UNKNOWN : status;
    }
}
