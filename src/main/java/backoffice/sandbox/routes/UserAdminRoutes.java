package backoffice.sandbox.routes;

import backoffice.client.codes.ErrorCode;
import backoffice.sandbox.http.Body;
import backoffice.sandbox.http.Exchange;
import backoffice.sandbox.http.Reply;
import backoffice.sandbox.http.Router;
import backoffice.sandbox.http.SandboxError;
import backoffice.sandbox.store.AuthorisedUser;
import backoffice.sandbox.store.Features;
import backoffice.sandbox.store.Identity;
import backoffice.sandbox.store.Programme;
import backoffice.sandbox.store.SandboxState;
import backoffice.sandbox.store.TokenGrant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin face's rows for authorised users and tokens: Multi login tokens (root or authorised user) and the
 * portal token (both refused by the back-office API), following an invitation, the restricted-features switch, and
 * a list of an identity's users for tests (the API itself has no such operation).
 */
public final class UserAdminRoutes {

    private final SandboxState state;
    private final Auth auth;
    private final String builtInKey;

    public UserAdminRoutes(SandboxState state, Auth auth, String builtInKey) {
        this.state = state;
        this.auth = auth;
        this.builtInKey = builtInKey;
    }

    public void register(Router router, String base) {
        router.add("POST", base + "/login_tokens", this::loginToken);
        router.add("POST", base + "/portal_token", this::portalToken);
        router.add("POST", base + "/users/{id}/accept_invite", this::acceptInvite);
        router.add("PUT", base + "/programme/features", this::features);
        router.add("GET", base + "/identities/{id}/users", this::listUsers);
    }

    private Programme admin(Exchange ex) {
        Programme p = auth.programme(ex);
        if (!p.apiKey().equals(builtInKey)) {
            throw SandboxError.status(403);
        }
        return p;
    }

    /** {@code {identityId}} → the root user's login token; {@code {userId}} → an active authorised user's. */
    private Reply loginToken(Exchange ex) {
        Programme p = admin(ex);
        Body body = ex.jsonObject();
        String identityId = body.id("identityId", false);
        String userId = body.id("userId", false);
        if (body.valid() && (identityId == null) == (userId == null)) {
            body.reject("identityId", "ALL_OR_NONE", "give exactly one of identityId and userId");
        }
        body.check();
        TokenGrant grant;
        if (userId != null) {
            AuthorisedUser user = state.users().user(userId).filter(u -> u.programmeId().equals(p.id()))
                    .orElseThrow(() -> SandboxError.notFound("User not found"));
            if (!user.active()) {
                throw SandboxError.conflict(ErrorCode.USER_INACTIVE, "a deactivated user cannot log in");
            }
            grant = new TokenGrant(user.identityId(), p.id(), Long.MAX_VALUE, TokenGrant.Kind.LOGIN, user.id());
        } else {
            Identity identity = state.identity(identityId).filter(i -> i.programmeId().equals(p.id()))
                    .orElseThrow(() -> SandboxError.notFound("Identity not found"));
            grant = new TokenGrant(identity.id(), p.id(), Long.MAX_VALUE, TokenGrant.Kind.LOGIN, null);
        }
        return Reply.json(201, Map.of("token", state.tokens().issue(grant)));
    }

    private Reply portalToken(Exchange ex) {
        Programme p = admin(ex);
        return Reply.json(201, Map.of("token", state.tokens().issue(new TokenGrant(null, p.id(), Long.MAX_VALUE,
                TokenGrant.Kind.PORTAL, null))));
    }

    private Reply acceptInvite(Exchange ex) {
        Programme p = admin(ex);
        AuthorisedUser user = state.users().user(ex.pathId("id")).filter(u -> u.programmeId().equals(p.id()))
                .orElseThrow(() -> SandboxError.notFound("User not found"));
        if (user.invite() != AuthorisedUser.Invite.SENT) {
            throw SandboxError.conflict(user.invite() == AuthorisedUser.Invite.NONE ? ErrorCode.INVITE_NOT_SENT
                    : ErrorCode.INVITE_ALREADY_CONSUMED);
        }
        state.acceptInvite(user);
        return Reply.noContent();
    }

    /** Each switch is optional: one left out keeps its current value. */
    private Reply features(Exchange ex) {
        Programme p = admin(ex);
        Body body = ex.jsonObject();
        Boolean renewal = body.bool("cardRenewal");
        Boolean users = body.bool("authorisedUsers");
        body.check();
        Features now = state.features(p.id());
        state.setFeatures(p.id(), new Features(renewal == null ? now.cardRenewal() : renewal,
                users == null ? now.authorisedUsers() : users));
        return Reply.noContent();
    }

    private Reply listUsers(Exchange ex) {
        Programme p = admin(ex);
        Identity identity = state.identity(ex.pathId("id")).filter(i -> i.programmeId().equals(p.id()))
                .orElseThrow(() -> SandboxError.notFound("Identity not found"));
        List<Map<String, Object>> out = state.users().of(identity.id()).stream().map(u -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", u.id());
            m.put("name", u.details().name());
            m.put("surname", u.details().surname());
            if (u.details().email() != null) {
                m.put("email", u.details().email());
            }
            m.put("active", u.active());
            m.put("invite", u.invite().name());
            return m;
        }).toList();
        return Reply.ok(Map.of("users", out));
    }
}
