package backoffice.app.bulks;

import backoffice.client.model.BulkOperation;
import backoffice.client.model.BulkProcess;
import backoffice.client.page.Page;

/** One read of a watched bulk: the bulk with its counts and, when they changed, the shown page of operations. */
record BulkSnapshot(BulkProcess bulk, Page<BulkOperation> operations) {
}
