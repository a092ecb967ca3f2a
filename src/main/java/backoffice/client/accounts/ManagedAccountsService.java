package backoffice.client.accounts;

import backoffice.client.http.ApiRequest;
import backoffice.client.http.Transport;
import backoffice.client.model.ManagedAccount;

/** {@code /managed_accounts}: reading accounts of the impersonated identity. */
public final class ManagedAccountsService {

    private final Transport transport;

    public ManagedAccountsService(Transport transport) {
        this.transport = transport;
    }

    public ManagedAccount get(String id) {
        return transport.call(ApiRequest.get("managed_accounts", id).build(), ManagedAccount.class);
    }
}
