package backoffice.sandbox.routes;

import backoffice.client.model.AccessToken;
import backoffice.client.model.CredentialId;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.sandbox.http.Body;
import backoffice.sandbox.http.Exchange;
import backoffice.sandbox.http.Reply;
import backoffice.sandbox.http.Router;
import backoffice.sandbox.http.SandboxError;
import backoffice.sandbox.store.Identity;
import backoffice.sandbox.store.Programme;
import backoffice.sandbox.store.SandboxState;
import java.time.Duration;

/**
 * {@code POST /access_token} and the deprecated {@code POST /impersonate_identity_login}: api-key only.
 * Unknown identity, type mismatch, a user id, or an identity of another programme → 404.
 */
public final class AccessRoutes {

    private final SandboxState state;
    private final Auth auth;
    private final Duration tokenTtl;

    public AccessRoutes(SandboxState state, Auth auth, Duration tokenTtl) {
        this.state = state;
        this.auth = auth;
        this.tokenTtl = tokenTtl;
    }

    public void register(Router router, String base) {
        router.add("POST", base + "/access_token", this::accessToken);
        router.add("POST", base + "/impersonate_identity_login", this::accessToken);
    }

    private Reply accessToken(Exchange ex) {
        Programme programme = auth.programme(ex);
        Body body = ex.jsonObject();
        body.object("identity", true);
        IdentityType type = body.oneOf("identity.type", IdentityType.class, true);
        String id = body.id("identity.id", true);
        body.check();
        Identity identity = state.identity(id)
                .filter(i -> i.type() == type && i.programmeId().equals(programme.id()))
                .orElseThrow(() -> SandboxError.notFound("Identity not found"));
        String token = state.tokens().issueToken(identity, tokenTtl.toMillis());
        return Reply.ok(new AccessToken(new AccessToken.Token(token), new IdentityId(identity.type(), identity.id()),
                new CredentialId("ROOT", identity.id())));
    }
}
