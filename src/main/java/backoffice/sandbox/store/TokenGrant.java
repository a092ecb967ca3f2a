package backoffice.sandbox.store;

/**
 * What a bearer token stands for: one identity of one programme, until {@code expiresAt} (epoch ms), and which kind
 * of token it is. Only a {@link Kind#BACKOFFICE} token is accepted by the back-office API; a {@link Kind#LOGIN} token
 * belongs to the identity's root user ({@code userId} null) or to an authorised user.
 */
public record TokenGrant(String identityId, String programmeId, long expiresAt, Kind kind, String userId) {

    /** The three kinds of token the API tells apart. */
    public enum Kind { BACKOFFICE, LOGIN, PORTAL }

    public TokenGrant(String identityId, String programmeId, long expiresAt) {
        this(identityId, programmeId, expiresAt, Kind.BACKOFFICE, null);
    }
}
