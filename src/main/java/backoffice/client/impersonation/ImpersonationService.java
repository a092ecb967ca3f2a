package backoffice.client.impersonation;

import backoffice.client.ApiResult;
import backoffice.client.http.ApiRequest;
import backoffice.client.http.Transport;
import backoffice.client.model.AccessToken;
import backoffice.client.model.AccessTokenRequest;
import backoffice.client.model.IdentityId;

/** Getting an impersonation token for a corporate or consumer (api-key only, no bearer token). */
public final class ImpersonationService {

    private final Transport transport;

    public ImpersonationService(Transport transport) {
        this.transport = transport;
    }

    /** {@code POST /access_token}. */
    public AccessToken accessToken(IdentityId identity) {
        return requestToken(identity).value();
    }

    /** {@code POST /access_token}, keeping the request-ref. */
    public ApiResult<AccessToken> requestToken(IdentityId identity) {
        return transport.result(ApiRequest.post("access_token").apiKeyOnly().body(new AccessTokenRequest(identity))
                .build(), AccessToken.class);
    }

    /** {@code POST /impersonate_identity_login}: deprecated, same contract. */
    @Deprecated
    public AccessToken impersonateIdentityLogin(IdentityId identity) {
        return transport.call(ApiRequest.post("impersonate_identity_login").apiKeyOnly()
                .body(new AccessTokenRequest(identity)).build(), AccessToken.class);
    }
}
