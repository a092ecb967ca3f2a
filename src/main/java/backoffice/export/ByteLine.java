package backoffice.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.IdentityHashMap;

/**
 * A growable byte buffer for writing text fast: ASCII is copied byte by byte, anything else is UTF-8 encoded;
 * numbers, money and ISO times are written without intermediate strings. Used by the CSV writer, where
 * formatting 100,000 rows must cost about as much as writing them.
 */
final class ByteLine {

    private static final long DAY = 86_400_000L;

    private byte[] buf;
    private int pos;
    private long cachedDay = Long.MIN_VALUE;
    private final byte[] dayPrefix = new byte[11];
    /** "00" "01" … "99": two digits per division. */
    private static final byte[] PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }
    /** CSV encodings of the strings rows share (types, states, currencies, merchant names), by identity. */
    private final IdentityHashMap<String, byte[]> encoded = new IdentityHashMap<>();

    ByteLine(int capacity) {
        buf = new byte[capacity];
    }

    int size() {
        return pos;
    }

    /** The buffer itself (valid up to {@link #size()}); for handing a finished block on without a copy. */
    byte[] array() {
        return buf;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    private void ensure(int more) {
        if (pos + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
        }
    }

    ByteLine ascii(char c) {
        ensure(1);
        buf[pos++] = (byte) c;
        return this;
    }

    /** The text as UTF-8. */
    ByteLine text(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                byte[] utf8 = s.substring(i).getBytes(StandardCharsets.UTF_8);
                ensure(utf8.length);
                System.arraycopy(utf8, 0, buf, pos, utf8.length);
                pos += utf8.length;
                return this;
            }
            buf[pos++] = (byte) c;
        }
        return this;
    }

    /**
     * A CSV field (RFC 4180): quoted only when it holds a comma, quote or line break. Short strings are encoded once
     * and copied after that (rows share their repeated strings).
     */
    ByteLine csv(String s) {
        if (s == null) {
            return this;
        }
        if (s.length() > 48) {
            return csvUncached(s);
        }
        byte[] bytes = encoded.get(s);
        if (bytes == null) {
            int mark = pos;
            csvUncached(s);
            bytes = Arrays.copyOfRange(buf, mark, pos);
            if (encoded.size() < 8192) {
                encoded.put(s, bytes);
            }
            return this;
        }
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
        return this;
    }

    /** A CSV field no other row shares (an id): written straight, since caching it would only cost. */
    ByteLine csvUnique(String s) {
        return s == null ? this : csvUncached(s);
    }

    private ByteLine csvUncached(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return ascii('"').text(s.replace("\"", "\"\"")).ascii('"');
            }
        }
        return text(s);
    }

    ByteLine number(long v) {
        if (v == Long.MIN_VALUE) {
            return text(Long.toString(v));
        }
        if (v < 0) {
            ascii('-');
            v = -v;
        }
        int len = 1;
        for (long p = 10; len < 19 && v >= p; p *= 10) {
            len++;
        }
        ensure(len);
        int at = pos + len;
        while (v >= 100) {
            int r = (int) (v % 100);
            v /= 100;
            buf[--at] = PAIRS[2 * r + 1];
            buf[--at] = PAIRS[2 * r];
        }
        if (v >= 10) {
            buf[--at] = PAIRS[2 * (int) v + 1];
            buf[--at] = PAIRS[2 * (int) v];
        } else {
            buf[--at] = (byte) ('0' + v);
        }
        pos += len;
        return this;
    }

    /** Minor units as a decimal with {@code decimals} places: {@code -12345, 2 → -123.45}. */
    ByteLine money(long minor, int decimals) {
        if (decimals == 0) {
            return number(minor);
        }
        if (minor < 0) {
            ascii('-');
        }
        long abs = Math.abs(minor);
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        number(abs / scale).ascii('.');
        long frac = abs % scale;
        for (long s = scale / 10; s > frac && s > 1; s /= 10) {
            ascii('0');
        }
        return number(frac);
    }

    /** {@code 2026-11-01T10:15:30.123Z}; the date part is computed once per day. */
    ByteLine isoTime(long epochMs) {
        long day = Math.floorDiv(epochMs, DAY);
        if (day != cachedDay) {
            cachedDay = day;
            byte[] d = (LocalDate.ofEpochDay(day) + "T").getBytes(StandardCharsets.US_ASCII);
            if (d.length != dayPrefix.length) {
                return text(IsoTime.format(epochMs));
            }
            System.arraycopy(d, 0, dayPrefix, 0, d.length);
        }
        int ms = (int) Math.floorMod(epochMs, DAY);
        ensure(24);
        System.arraycopy(dayPrefix, 0, buf, pos, dayPrefix.length);
        pos += dayPrefix.length;
        two(ms / 3_600_000).ascii(':');
        two(ms / 60_000 % 60).ascii(':');
        two(ms / 1000 % 60).ascii('.');
        int milli = ms % 1000;
        buf[pos++] = (byte) ('0' + milli / 100);
        buf[pos++] = (byte) ('0' + milli / 10 % 10);
        buf[pos++] = (byte) ('0' + milli % 10);
        buf[pos++] = 'Z';
        return this;
    }

    private ByteLine two(int v) {
        buf[pos++] = (byte) ('0' + v / 10);
        buf[pos++] = (byte) ('0' + v % 10);
        return this;
    }
}
