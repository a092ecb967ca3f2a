package backoffice.app.ui;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The ranges an agent asks for most, as (from, to) inclusive, relative to today. */
public enum DatePresets {
    TODAY, YESTERDAY, LAST_7_DAYS, THIS_MONTH, LAST_MONTH;

    /** The first and last day of the range. */
    public record Range(LocalDate from, LocalDate to) {
    }

    public Range range(LocalDate today) {
        return switch (this) {
            case TODAY -> new Range(today, today);
            case YESTERDAY -> new Range(today.minusDays(1), today.minusDays(1));
            case LAST_7_DAYS -> new Range(today.minusDays(6), today);
            case THIS_MONTH -> new Range(today.withDayOfMonth(1), today);
            case LAST_MONTH -> {
                LocalDate first = today.minusMonths(1).withDayOfMonth(1);
                yield new Range(first, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
        };
    }

    /** The message key of the preset's name. */
    public String key() {
        return "date.preset." + name();
    }
}
