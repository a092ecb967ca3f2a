package backoffice.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The new-user form's rules, as the agent types them. */
class UserInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static UserInput with(String name, String email, String mobile, String born) {
        return new UserInput(name, "Vella", email, mobile.isEmpty() ? "" : "+356", mobile, born);
    }

    @Test
    void aNameOfOnlySpacesIsNamedAsSuch() {
        assertThat(with("   ", "a@b.example", "", "").problems(TODAY)).containsEntry("name", "users.v.onlySpaces");
        assertThat(with("", "a@b.example", "", "").problems(TODAY)).containsEntry("name", "users.v.required");
    }

    @Test
    void emailLengthsFollowRfc5321() {
        String local64 = "a".repeat(64);
        assertThat(with("Ana", local64 + "@b.example", "", "").problems(TODAY)).isEmpty();
        assertThat(with("Ana", local64 + "a@b.example", "", "").problems(TODAY))
                .containsEntry("email", "users.v.emailLocal");
        String domain = "d".repeat(254 - 2 - 8) + ".example"; // "a@" + domain = 254
        assertThat(with("Ana", "a@" + domain, "", "").problems(TODAY)).isEmpty();
        assertThat(with("Ana", "ab@" + domain, "", "").problems(TODAY)).containsEntry("email", "users.v.emailTooLong");
    }

    @Test
    void aPastedNumberLosesItsSpacesAndDashes() {
        UserInput pasted = with("Ana", "a@b.example", "79 12-34 56", "");
        assertThat(pasted.problems(TODAY)).isEmpty();
        assertThat(pasted.toRequest().mobile().number()).isEqualTo("79123456");
        assertThat(with("Ana", "a@b.example", "79 12x456", "").problems(TODAY)).containsEntry("mobile",
                "users.v.mobile");
    }

    @Test
    void aDateThatDoesNotExistIsNotAFormatError() {
        assertThat(with("Ana", "a@b.example", "", "1999-02-30").problems(TODAY))
                .containsEntry("dateOfBirth", "users.v.dateNotReal");
        assertThat(with("Ana", "a@b.example", "", "30/02/1999").problems(TODAY))
                .containsEntry("dateOfBirth", "users.v.date");
        assertThat(with("Ana", "a@b.example", "", "1999-02-28").problems(TODAY)).isEmpty();
    }
}
