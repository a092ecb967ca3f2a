package backoffice.sandbox.store;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The bearer tokens the sandbox issued, each with its grant; an expired one is forgotten when next read. */
public final class TokenBook {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SandboxState state;
    private final Map<String, TokenGrant> tokens = new ConcurrentHashMap<>();

    TokenBook(SandboxState state) {
        this.state = state;
    }

    /** A token for the identity, living {@code ttlMillis} from now (0 or less: for ever). */
    public String issueToken(Identity identity, long ttlMillis) {
        long expires = ttlMillis <= 0 ? Long.MAX_VALUE : state.now() + ttlMillis;
        return issue(new TokenGrant(identity.id(), identity.programmeId(), expires));
    }

    /** Stores a grant under a fresh random token (login and portal tokens of the admin face use this too). */
    public String issue(TokenGrant grant) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        tokens.put(token, grant);
        return token;
    }

    /** The live grant behind a bearer token; expired tokens are forgotten. */
    public Optional<TokenGrant> grant(String token) {
        TokenGrant g = token == null ? null : tokens.get(token);
        if (g != null && g.expiresAt() <= state.now()) {
            tokens.remove(token);
            return Optional.empty();
        }
        return Optional.ofNullable(g);
    }

    /** Every live bearer token of an identity (tests check that none ever reaches a file). */
    public List<String> liveTokens(String identityId) {
        return tokens.entrySet().stream().filter(e -> identityId.equals(e.getValue().identityId()))
                .map(Map.Entry::getKey).toList();
    }

    /** Forgets every token of an authorised user's logins (the user was deactivated). */
    void revokeUser(String userId) {
        tokens.values().removeIf(g -> userId.equals(g.userId()));
    }

    void clear() {
        tokens.clear();
    }
}
