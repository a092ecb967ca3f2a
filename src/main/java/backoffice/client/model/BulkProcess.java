package backoffice.client.model;

import java.util.List;

/** {@code BulkProcessDetails}: a bulk process and, on the detail call, its counts per operation status. */
public record BulkProcess(String bulkId, BulkStatus status, int submittedItemsCount, Long executionStart,
                          Long executionFinish, String operation, BulkMode mode,
                          List<StatusCount> operationStatusCounts) {

    /** A missing status reads as UNKNOWN, like one we do not know. */
    public BulkProcess {
        status = status == null ? BulkStatus.UNKNOWN : status;
    }

    /** {@code {status, count}}. */
    public record StatusCount(BulkOperationStatus status, int count) {

        public StatusCount {
            status = status == null ? BulkOperationStatus.UNKNOWN : status;
        }
    }
}
