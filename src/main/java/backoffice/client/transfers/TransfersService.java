package backoffice.client.transfers;

import backoffice.client.ApiResult;
import backoffice.client.RequestOptions;
import backoffice.client.http.ApiRequest;
import backoffice.client.http.Transport;
import backoffice.client.model.CreateTransfer;
import backoffice.client.model.Transfer;
import backoffice.client.model.TransferList;
import backoffice.client.page.Page;

/**
 * {@code /transfers}. Creating one always carries the caller's {@code idempotency-ref}: fixed when the agent confirms,
 * reused on every retry (the transport's and the agent's), so a transfer can never happen twice.
 */
public final class TransfersService {

    private final Transport transport;

    public TransfersService(Transport transport) {
        this.transport = transport;
    }

    public ApiResult<Transfer> create(CreateTransfer transfer, RequestOptions options) {
        RequestOptions.requireIdempotency(options);
        return transport.result(ApiRequest.post("transfers").body(transfer).options(options).build(),
                Transfer.class);
    }

    public Transfer get(String id) {
        return transport.call(ApiRequest.get("transfers", id).build(), Transfer.class);
    }

    /** One page, newest first. */
    public Page<Transfer> list(TransferFilter f, int offset, int limit) {
        TransferList page = transport.call(ApiRequest.get("transfers").query("offset", offset).query("limit", limit)
                .query("profileId", f.profileId()).query("id", f.instrument() == null ? null : f.instrument().id())
                .query("type", f.instrument() == null ? null : f.instrument().type().wire()).queryAll("state",
                        f.states()).query("createdFrom", f.createdFrom()).query("createdTo", f.createdTo())
                .query("tag", f.tag()).build(), TransferList.class);
        return new Page<>(page.transfer(), offset, limit, page.count());
    }
}
