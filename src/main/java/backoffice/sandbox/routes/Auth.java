package backoffice.sandbox.routes;

import backoffice.client.codes.ErrorCode;
import backoffice.sandbox.http.Exchange;
import backoffice.sandbox.http.SandboxError;
import backoffice.sandbox.store.Features;
import backoffice.sandbox.store.Identity;
import backoffice.sandbox.store.Programme;
import backoffice.sandbox.store.SandboxState;
import backoffice.sandbox.store.TokenGrant;
import java.util.function.Predicate;

/**
 * The API's credential checks, in its order: api-key empty → 400 {@code api-key REQUIRED}; unknown → 401;
 * bearer token missing, garbage or expired → 401; token of another programme than the key, or a login or portal
 * token → 403. A restricted feature the programme lacks → 403 INSUFFICIENT_PERMISSIONS. Scheduled
 * transfers whose time has come run before the caller is served.
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
        state.scheduled().runDue();
        Programme programme = programme(ex);
        String auth = ex.header("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw SandboxError.status(401);
        }
        TokenGrant grant = state.tokens().grant(auth.substring(7).trim()).orElseThrow(() -> SandboxError.status(401));
        if (grant.kind() != TokenGrant.Kind.BACKOFFICE || !grant.programmeId().equals(programme.id())) {
            throw SandboxError.status(403); // a login or portal token is never valid here
        }
        Identity identity = state.identity(grant.identityId()).orElseThrow(() -> SandboxError.status(401));
        return new Caller(programme, identity);
    }

    /**
     * The caller, if the programme has the restricted feature; else 403 INSUFFICIENT_PERMISSIONS. On these routes
     * every 403 (a login or portal token, another programme's token) carries that errorCode.
     */
    public Caller callerWith(Exchange ex, Predicate<Features> feature) {
        Caller caller;
        try {
            caller = caller(ex);
        } catch (SandboxError e) {
            throw e.reply().status() == 403 ? SandboxError.forbidden(ErrorCode.INSUFFICIENT_PERMISSIONS) : e;
        }
        if (!feature.test(state.features(caller.programme().id()))) {
            throw SandboxError.forbidden(ErrorCode.INSUFFICIENT_PERMISSIONS);
        }
        return caller;
    }

    /** Whether the request carries a live back-office (impersonation) token. */
    public boolean hasBackOfficeToken(Exchange ex) {
        String auth = ex.header("Authorization");
        return auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) && state.tokens().grant(auth.substring(7).trim())
                .filter(g -> g.kind() == TokenGrant.Kind.BACKOFFICE).isPresent();
    }
}
