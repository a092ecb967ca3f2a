package backoffice.client.fees;

import backoffice.client.ApiResult;
import backoffice.client.RequestOptions;
import backoffice.client.http.ApiRequest;
import backoffice.client.http.Transport;
import backoffice.client.model.ChargeFee;
import backoffice.client.model.InstrumentId;

/** {@code POST /fees/charge}: charges a custom fee to an instrument, idempotently. */
public final class FeesService {

    private final Transport transport;

    public FeesService(Transport transport) {
        this.transport = transport;
    }

    public ApiResult<ChargeFee> charge(String feeType, InstrumentId source, RequestOptions options) {
        return charge("fees", feeType, source, options);
    }

    /** The deprecated per-identity-type variant: {@code corporates} or {@code consumers}. */
    @Deprecated
    public ApiResult<ChargeFee> chargeVia(String identityPath, String feeType, InstrumentId source,
                                         RequestOptions options) {
        return charge(identityPath + "/fees", feeType, source, options);
    }

    private ApiResult<ChargeFee> charge(String prefix, String feeType, InstrumentId source, RequestOptions options) {
        RequestOptions.requireIdempotency(options);
        String[] segments = (prefix + "/charge").split("/");
        return transport.result(ApiRequest.post(segments).body(new ChargeFee.Request(feeType, source))
                .options(options).build(), ChargeFee.class);
    }
}
