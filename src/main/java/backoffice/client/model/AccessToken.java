package backoffice.client.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Answer of {@code POST /access_token}: the bearer string sits at {@code token.token}. {@link #toString()} never
 * shows it, so a token cannot leak into a log by accident.
 */
public record AccessToken(Token token, IdentityId identity, CredentialId credentials) {

    /** The nested {@code {token: "..."}} object. */
    public record Token(String token) {
        @Override
        public String toString() {
            return "Token[redacted]";
        }
    }

    @JsonIgnore
    public String bearer() {
        return token == null ? null : token.token();
    }

    @Override
    public String toString() {
        return "AccessToken[identity=" + identity + ", credentials=" + credentials + ", token=redacted]";
    }
}
