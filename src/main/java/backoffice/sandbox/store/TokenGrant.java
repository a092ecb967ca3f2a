package backoffice.sandbox.store;

/** What a bearer token stands for: one identity of one programme, until {@code expiresAt} (epoch ms). */
public record TokenGrant(String identityId, String programmeId, long expiresAt) {
}
