package backoffice.client.model;

import java.util.List;

/** {@code GET /bulks/{id}/operations}: one page of operations and the total {@code count}. */
public record BulkOperationList(List<BulkOperation> operations, long count, int responseCount) {
}
