package backoffice.client.model;

/** Body of {@code POST /access_token}: the identity to act as. */
public record AccessTokenRequest(IdentityId identity) {
}
