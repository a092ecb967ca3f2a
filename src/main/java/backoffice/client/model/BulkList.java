package backoffice.client.model;

import java.util.List;

/** {@code GET /bulks}: one page of bulk processes and the total {@code count}. */
public record BulkList(List<BulkProcess> bulkProcesses, long count, int responseCount) {
}
