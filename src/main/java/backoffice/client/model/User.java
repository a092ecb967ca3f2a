package backoffice.client.model;

/**
 * An authorised user, as {@code POST /users} answers. Only {@code id} is relied on; the rest may be missing on the
 * live API ({@code active} null means "not said").
 */
public record User(String id, IdentityId identity, String name, String surname, String email, Mobile mobile,
                   DateOfBirth dateOfBirth, String tag, Boolean active, Long creationTimestamp) {
}
