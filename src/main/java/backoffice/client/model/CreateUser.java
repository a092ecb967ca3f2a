package backoffice.client.model;

/** Body of {@code POST /users}: name, surname and e-mail required; mobile, date of birth and tag optional. */
public record CreateUser(String name, String surname, String email, Mobile mobile, DateOfBirth dateOfBirth,
                         String tag) {
}
