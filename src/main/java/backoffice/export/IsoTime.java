package backoffice.export;

import java.time.Instant;
import java.time.LocalDate;

/** Epoch ms ↔ {@code 2026-11-01T10:15:30.123Z} (UTC, always milliseconds), fast enough for 100,000 rows. */
public final class IsoTime {

    private static final long DAY = 86_400_000L;

    private IsoTime() {
    }

    public static StringBuilder append(StringBuilder out, long epochMs) {
        long day = Math.floorDiv(epochMs, DAY);
        long ms = Math.floorMod(epochMs, DAY);
        LocalDate date = LocalDate.ofEpochDay(day);
        out.append(date.getYear()).append('-');
        two(out, date.getMonthValue()).append('-');
        two(out, date.getDayOfMonth()).append('T');
        two(out, (int) (ms / 3_600_000)).append(':');
        two(out, (int) (ms / 60_000 % 60)).append(':');
        two(out, (int) (ms / 1000 % 60)).append('.');
        int milli = (int) (ms % 1000);
        if (milli < 100) {
            out.append('0');
        }
        if (milli < 10) {
            out.append('0');
        }
        return out.append(milli).append('Z');
    }

    public static String format(long epochMs) {
        return append(new StringBuilder(24), epochMs).toString();
    }

    public static long parse(String text) {
        return Instant.parse(text.trim()).toEpochMilli();
    }

    private static StringBuilder two(StringBuilder out, int v) {
        if (v < 10) {
            out.append('0');
        }
        return out.append(v);
    }
}
