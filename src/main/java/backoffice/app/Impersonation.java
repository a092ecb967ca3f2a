package backoffice.app;

import backoffice.client.BackOfficeClient;
import backoffice.client.model.IdentityId;

/** The identity the agent acts as, and a client bound to its token. The token lives only here, in memory. */
public record Impersonation(IdentityId identity, BackOfficeClient client) {

    /** "CORPORATE:110170049121026001", the form kept in the recent list. */
    public String key() {
        return identity.type() + ":" + identity.id();
    }

    @Override
    public String toString() {
        return "Impersonation[" + identity + ", token=redacted]";
    }
}
