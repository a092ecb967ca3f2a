package backoffice.client.cards;

import backoffice.client.ApiResult;
import backoffice.client.RequestOptions;
import backoffice.client.http.ApiRequest;
import backoffice.client.http.Transport;
import backoffice.client.model.AllLevelSpendRules;
import backoffice.client.model.ManagedCard;
import backoffice.client.model.SpendRules;
import java.util.Map;

/** {@code /managed_cards}: a card of the impersonated identity, its state and its spend rules. */
public final class ManagedCardsService {

    private final Transport transport;

    public ManagedCardsService(Transport transport) {
        this.transport = transport;
    }

    public ManagedCard get(String id) {
        return transport.call(ApiRequest.get("managed_cards", id).build(), ManagedCard.class);
    }

    /** {@code POST /managed_cards/{id}/block} (204); the request-ref is kept for the journal. */
    public ApiResult<Void> block(String id) {
        return transport.result(ApiRequest.post("managed_cards", id, "block").build(), Void.class);
    }

    public ApiResult<Void> unblock(String id) {
        return transport.result(ApiRequest.post("managed_cards", id, "unblock").build(), Void.class);
    }

    /** Irreversible: the card becomes DESTROYED. Refused while a prepaid card holds money. */
    public ApiResult<Void> remove(String id) {
        return transport.result(ApiRequest.post("managed_cards", id, "remove").build(), Void.class);
    }

    /**
     * {@code PATCH /managed_cards/{id}/renewal} (204) with {@code RENEW} or {@code NO_RENEW}; a restricted feature
     * (403 INSUFFICIENT_PERMISSIONS without it); 409 INSTRUMENT_DESTROYED, RENEWAL_TYPE_NOT_SUPPORTED_BY_PROFILE.
     */
    public ApiResult<Void> setRenewal(String id, String renewalType, RequestOptions options) {
        return transport.result(ApiRequest.patch("managed_cards", id, "renewal")
                .body(Map.of("renewalType", renewalType)).options(options).build(), Void.class);
    }

    public AllLevelSpendRules spendRules(String id) {
        return transport.call(ApiRequest.get("managed_cards", id, "spend_rules").build(), AllLevelSpendRules.class);
    }

    /** {@code POST}: creates card-level rules; 409 SPEND_RULE_ALREADY_SET when the card has some. */
    public ApiResult<Void> createSpendRules(String id, SpendRules rules) {
        return transport.result(ApiRequest.post("managed_cards", id, "spend_rules").body(rules).build(), Void.class);
    }

    /** {@code PATCH}: only the fields set change; a list replaces, an empty list clears. */
    public ApiResult<Void> updateSpendRules(String id, SpendRules changes, RequestOptions options) {
        return transport.result(ApiRequest.patch("managed_cards", id, "spend_rules").body(changes).options(options)
                .build(), Void.class);
    }

    /** {@code DELETE}: removes every card-level rule; 404 when there are none. */
    public ApiResult<Void> deleteSpendRules(String id) {
        return transport.result(ApiRequest.delete("managed_cards", id, "spend_rules").build(), Void.class);
    }
}
