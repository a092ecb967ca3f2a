package backoffice.client.bulks;

import backoffice.client.ApiResult;
import backoffice.client.RequestOptions;
import backoffice.client.http.ApiRequest;
import backoffice.client.http.Transport;
import backoffice.client.model.BulkItem;
import backoffice.client.model.BulkList;
import backoffice.client.model.BulkMode;
import backoffice.client.model.BulkOperation;
import backoffice.client.model.BulkOperationList;
import backoffice.client.model.BulkOperationStatus;
import backoffice.client.model.BulkProcess;
import backoffice.client.model.BulkStatus;
import backoffice.client.model.BulkSubmitted;
import backoffice.client.page.Page;
import java.util.List;
import java.util.Map;

/**
 * {@code /bulks}: submit many transfers or spend-rule updates at once (always with an idempotency-ref: a submission
 * must not happen twice either), then watch and steer the bulk through its state machine.
 */
public final class BulksService {

    private final Transport transport;

    public BulksService(Transport transport) {
        this.transport = transport;
    }

    public ApiResult<BulkSubmitted> submitTransfers(List<BulkItem> items, RequestOptions options) {
        RequestOptions.requireIdempotency(options);
        return transport.result(ApiRequest.post("bulks", "transfers").body(items).options(options).build(),
                BulkSubmitted.class);
    }

    public ApiResult<BulkSubmitted> submitSpendRules(List<BulkItem> items, RequestOptions options) {
        RequestOptions.requireIdempotency(options);
        return transport.result(ApiRequest.patch("bulks", "managed_cards", "_id_", "spend_rules").body(items)
                .options(options).build(), BulkSubmitted.class);
    }

    /** The identity's bulks, newest first; {@code status} null for all. */
    public Page<BulkProcess> list(BulkStatus status, int offset, int limit) {
        BulkList page = transport.call(ApiRequest.get("bulks").query("offset", offset).query("limit", limit)
                .query("status", status).build(), BulkList.class);
        return new Page<>(page.bulkProcesses(), offset, limit, page.count());
    }

    /** The bulk with its counts per operation status. */
    public BulkProcess get(String bulkId) {
        return transport.call(ApiRequest.get("bulks", bulkId).build(), BulkProcess.class);
    }

    public Page<BulkOperation> operations(String bulkId, BulkOperationStatus status, int offset, int limit) {
        BulkOperationList page = transport.call(ApiRequest.get("bulks", bulkId, "operations")
                .query("offset", offset).query("limit", limit).query("status", status).build(),
                BulkOperationList.class);
        return new Page<>(page.operations(), offset, limit, page.count());
    }

    public ApiResult<Void> execute(String bulkId, BulkMode mode) {
        return transport.result(ApiRequest.post("bulks", bulkId, "execute").body(Map.of("mode", mode.name()))
                .build(), Void.class);
    }

    public ApiResult<Void> pause(String bulkId) {
        return transport.result(ApiRequest.post("bulks", bulkId, "pause").build(), Void.class);
    }

    public ApiResult<Void> resume(String bulkId) {
        return transport.result(ApiRequest.post("bulks", bulkId, "resume").build(), Void.class);
    }

    public ApiResult<Void> cancel(String bulkId) {
        return transport.result(ApiRequest.post("bulks", bulkId, "cancel").build(), Void.class);
    }
}
