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
 * e-mail required (at most 64 characters before the @, 254 in all); mobile optional but then both country code and
 * number (spaces and dashes of a pasted number are dropped); date of birth optional, a real past date.
 */
public record UserInput(String name, String surname, String email, String countryCode, String mobile,
                        String dateOfBirth) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern CODE = Pattern.compile("^\\+[1-9][0-9]{0,2}$");
    private static final Pattern NUMBER = Pattern.compile("^[0-9]{6,14}$");
    private static final Pattern DATE_SHAPE = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    /** What a pasted number may carry between its digits: spaces, dashes, dots, brackets (dropped before sending). */
    private static final Pattern NUMBER_SEPARATORS = Pattern.compile("[\\s\\-.()]");
    /** RFC 5321: a local part (before the @) of at most 64 characters, an address of at most 254. */
    static final int EMAIL_LOCAL_MAX = 64;
    static final int EMAIL_MAX = 254;

    /** Field → message key of what is wrong; empty when the form may be sent. Blank optional fields are fine. */
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> out = new LinkedHashMap<>();
        required(out, "name", name, 100);
        required(out, "surname", surname, 100);
        boolean emailGiven = required(out, "email", email, EMAIL_MAX);
        out.replace("email", "users.v.tooLong", "users.v.emailTooLong");
        if (emailGiven) {
            String e = email.trim();
            if (!EMAIL.matcher(e).matches()) {
                out.put("email", "users.v.email");
            } else if (e.indexOf('@') > EMAIL_LOCAL_MAX) {
                out.put("email", "users.v.emailLocal");
            }
        }
        boolean hasCode = !blank(countryCode);
        boolean hasNumber = !blank(mobile);
        if (hasCode && !CODE.matcher(countryCode.trim()).matches()) {
            out.put("countryCode", "users.v.countryCode");
        } else if (hasNumber && !hasCode) {
            out.put("countryCode", "users.v.countryCodeNeeded");
        }
        if (hasNumber && !NUMBER.matcher(number()).matches()) {
            out.put("mobile", "users.v.mobile");
        } else if (hasCode && !hasNumber) {
            out.put("mobile", "users.v.mobileNeeded");
        }
        if (!blank(dateOfBirth)) {
            LocalDate born = date();
            if (born == null) {
                out.put("dateOfBirth", DATE_SHAPE.matcher(dateOfBirth.trim()).matches() ? "users.v.dateNotReal"
                        : "users.v.date");
            } else if (!born.isBefore(today) || born.getYear() < 1900) {
                out.put("dateOfBirth", "users.v.datePast");
            }
        }
        return out;
    }

    /** The request body; call only when {@link #problems} is empty. */
    public CreateUser toRequest() {
        return new CreateUser(name.trim(), surname.trim(), email.trim(),
                blank(mobile) ? null : new Mobile(countryCode.trim(), number()),
                blank(dateOfBirth) ? null : DateOfBirth.of(date()), null);
    }

    /** The mobile number as sent: what was typed or pasted without spaces, dashes, dots or brackets. */
    String number() {
        return NUMBER_SEPARATORS.matcher(mobile).replaceAll("");
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
            out.put(field, value == null || value.isEmpty() ? "users.v.required" : "users.v.onlySpaces");
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
