package backoffice.client.model;

import java.util.List;

/** {@code BulkProcessDetails}: a bulk process and, on the detail call, its counts per operation status. */
public record BulkProcess(String bulkId, String status, int submittedItemsCount, Long executionStart,
                          Long executionFinish, String operation, String mode,
                          List<StatusCount> operationStatusCounts) {

    /** {@code {status, count}}. */
    public record StatusCount(String status, int count) {
    }
}
