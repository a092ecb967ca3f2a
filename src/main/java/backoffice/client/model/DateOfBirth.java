package backoffice.client.model;

import java.time.LocalDate;

/** A date of birth as the API sends it: year, month (1-12), day. */
public record DateOfBirth(int year, int month, int day) {

    public static DateOfBirth of(LocalDate date) {
        return new DateOfBirth(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}
