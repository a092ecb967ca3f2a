package backoffice.client.model;

/** Answer of a bulk submission: the new (SUBMITTED) bulk, how many operations it holds, and the operation path. */
public record BulkSubmitted(String bulkId, int operationCount, String path) {
}
