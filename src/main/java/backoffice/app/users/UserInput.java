package backoffice.app.users;

import backoffice.client.model.CreateUser;
import backoffice.client.model.DateOfBirth;
import backoffice.client.model.Mobile;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the agent typed in the new-user form, checked as typed with the rules the API applies: name, surname and
 * e-mail required; mobile optional but then both country code and number; date of birth optional, a past date.
 */
public record UserInput(String name, String surname, String email, String countryCode, String mobile,
                        String dateOfBirth) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern CODE = Pattern.compile("^\\+[1-9][0-9]{0,2}$");
    private static final Pattern NUMBER = Pattern.compile("^[0-9]{6,14}$");

    /** Field → message key of what is wrong; empty when the form may be sent. Blank optional fields are fine. */
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> out = new LinkedHashMap<>();
        required(out, "name", name, 100);
        required(out, "surname", surname, 100);
        if (required(out, "email", email, 256) && !EMAIL.matcher(email.trim()).matches()) {
            out.put("email", "users.v.email");
        }
        boolean hasCode = !blank(countryCode);
        boolean hasNumber = !blank(mobile);
        if (hasCode && !CODE.matcher(countryCode.trim()).matches()) {
            out.put("countryCode", "users.v.countryCode");
        } else if (hasNumber && !hasCode) {
            out.put("countryCode", "users.v.countryCodeNeeded");
        }
        if (hasNumber && !NUMBER.matcher(mobile.trim()).matches()) {
            out.put("mobile", "users.v.mobile");
        } else if (hasCode && !hasNumber) {
            out.put("mobile", "users.v.mobileNeeded");
        }
        if (!blank(dateOfBirth)) {
            LocalDate born = date();
            if (born == null) {
                out.put("dateOfBirth", "users.v.date");
            } else if (!born.isBefore(today) || born.getYear() < 1900) {
                out.put("dateOfBirth", "users.v.datePast");
            }
        }
        return out;
    }

    /** The request body; call only when {@link #problems} is empty. */
    public CreateUser toRequest() {
        return new CreateUser(name.trim(), surname.trim(), email.trim(),
                blank(mobile) ? null : new Mobile(countryCode.trim(), mobile.trim()),
                blank(dateOfBirth) ? null : DateOfBirth.of(date()), null);
    }

    private LocalDate date() {
        try {
            return LocalDate.parse(dateOfBirth.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean required(Map<String, String> out, String field, String value, int max) {
        if (blank(value)) {
            out.put(field, "users.v.required");
            return false;
        }
        if (value.trim().length() > max) {
            out.put(field, "users.v.tooLong");
            return false;
        }
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
