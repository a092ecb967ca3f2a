package backoffice.client.statements;

import java.util.Arrays;

/** Counting and cutting the records of a server's CSV (RFC 4180: a quoted field may hold line breaks). */
final class CsvRecords {

    private CsvRecords() {
    }

    /** Records after the header line; a last record without a line break counts, an empty last line does not. */
    static long dataRows(byte[] csv) {
        long records = 0;
        boolean quoted = false;
        boolean content = false;
        for (byte b : csv) {
            if (b == '"') {
                quoted = !quoted;
            }
            if (b == '\n' && !quoted) {
                records++;
                content = false;
            } else if (b != '\r') {
                content = true;
            }
        }
        if (content) {
            records++;
        }
        return Math.max(0, records - 1);
    }

    /** The bytes after the header line (empty when there is none). */
    static byte[] withoutHeader(byte[] csv) {
        boolean quoted = false;
        for (int i = 0; i < csv.length; i++) {
            if (csv[i] == '"') {
                quoted = !quoted;
            } else if (csv[i] == '\n' && !quoted) {
                return Arrays.copyOfRange(csv, i + 1, csv.length);
            }
        }
        return new byte[0];
    }
}
