package backoffice.app.bulks;

import backoffice.client.model.BulkOperation;
import backoffice.client.model.BulkOperationStatus;

/** One row of a bulk's operations table: what the view shows of an operation, and whether it failed. */
public record BulkOperationRow(BulkOperation operation) {

    public String operationId() {
        return operation.operationId();
    }

    public int sequence() {
        return operation.sequence();
    }

    public String method() {
        return operation.method();
    }

    public String path() {
        return operation.path();
    }

    public BulkOperationStatus status() {
        return operation.status();
    }

    public String requestPayload() {
        return operation.requestPayload();
    }

    public String responsePayload() {
        return operation.responsePayload();
    }

    /** The status as shown. */
    public String statusText() {
        return operation.status().name();
    }

    /** Whether the row is marked as failed. */
    public boolean failed() {
        return operation.status() == BulkOperationStatus.FAILED;
    }

    /** Whether the operation has run or never will: its row no longer changes. */
    public boolean settled() {
        return operation.status().isFinal();
    }
}
