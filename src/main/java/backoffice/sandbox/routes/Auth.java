package backoffice.sandbox.routes;

import backoffice.sandbox.http.Exchange;
import backoffice.sandbox.http.SandboxError;
import backoffice.sandbox.store.Identity;
import backoffice.sandbox.store.Programme;
import backoffice.sandbox.store.SandboxState;
import backoffice.sandbox.store.TokenGrant;

/**
 * The API's credential checks, in its order: api-key empty → 400 {@code api-key REQUIRED}; unknown → 401;
 * bearer token missing, garbage or expired → 401; token of another programme than the key → 403.
 */
public final class Auth {

    private final SandboxState state;

    public Auth(SandboxState state) {
        this.state = state;
    }

    public Programme programme(Exchange ex) {
        String key = ex.header("api-key");
        if (key == null || key.isBlank()) {
            throw SandboxError.badRequest("api-key", "REQUIRED", "api-key header is required");
        }
        return state.programmeByKey(key).orElseThrow(() -> SandboxError.status(401));
    }

    public Caller caller(Exchange ex) {
        Programme programme = programme(ex);
        String auth = ex.header("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw SandboxError.status(401);
        }
        TokenGrant grant = state.grant(auth.substring(7).trim()).orElseThrow(() -> SandboxError.status(401));
        if (!grant.programmeId().equals(programme.id())) {
            throw SandboxError.status(403);
        }
        Identity identity = state.identity(grant.identityId()).orElseThrow(() -> SandboxError.status(401));
        return new Caller(programme, identity);
    }
}
