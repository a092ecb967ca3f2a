package backoffice.client.model;

/** {@code {type: ROOT|USER|API_CLIENT, id}}: whose credentials a token acts with. */
public record CredentialId(String type, String id) {
}
