package backoffice.client.cards;

import backoffice.client.http.ApiRequest;
import backoffice.client.http.Transport;
import backoffice.client.model.ManagedCard;

/** {@code /managed_cards}: reading cards of the impersonated identity. */
public final class ManagedCardsService {

    private final Transport transport;

    public ManagedCardsService(Transport transport) {
        this.transport = transport;
    }

    public ManagedCard get(String id) {
        return transport.call(ApiRequest.get("managed_cards", id).build(), ManagedCard.class);
    }
}
