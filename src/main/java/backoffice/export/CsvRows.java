package backoffice.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Our CSV (RFC 4180, UTF-8, CRLF): one header line, then one line per row. Time in ISO-8601 UTC, amounts as decimal
 * major units of the row's currency, so a spreadsheet shows them as money and the review reads them back exactly.
 */
final class CsvRows implements ExportFormat.Codec {

    static final String HEADER = "time,type,transactionId,state,description,currency,amount,fee,balanceAfter";
    private static final int FLUSH_AT = 1 << 16;

    @Override
    public void write(List<StatementLine> rows, ExportContext context, String fingerprint, OutputStream out,
                      Progress progress) throws IOException {
        StringBuilder b = new StringBuilder(FLUSH_AT + 512);
        b.append(HEADER).append("\r\n");
        String ccy = null;
        int decimals = 2;
        int n = 0;
        for (StatementLine r : rows) {
            if (!r.currency().equals(ccy)) {
                ccy = r.currency();
                decimals = Amounts.decimals(ccy);
            }
            IsoTime.append(b, r.time()).append(',');
            quote(b, r.type()).append(',');
            quote(b, r.transactionId()).append(',');
            quote(b, r.state()).append(',');
            quote(b, r.description()).append(',');
            quote(b, r.currency()).append(',');
            Amounts.append(b, r.amount(), decimals).append(',');
            Amounts.append(b, r.fee(), decimals).append(',');
            Amounts.append(b, r.balanceAfter(), decimals).append("\r\n");
            if (b.length() >= FLUSH_AT) {
                flush(b, out);
                progress.check();
                progress.update(n + 1, rows.size());
            }
            n++;
        }
        flush(b, out);
        progress.update(rows.size(), rows.size());
    }

    private static void flush(StringBuilder b, OutputStream out) throws IOException {
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        b.setLength(0);
    }

    private static StringBuilder quote(StringBuilder b, String v) {
        if (v == null) {
            return b;
        }
        boolean plain = true;
        for (int i = 0; i < v.length() && plain; i++) {
            char c = v.charAt(i);
            plain = c != ',' && c != '"' && c != '\n' && c != '\r';
        }
        if (plain) {
            return b.append(v);
        }
        b.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                b.append('"');
            }
            b.append(c);
        }
        return b.append('"');
    }

    @Override
    public List<StatementLine> read(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        List<List<String>> records = parse(text);
        if (records.isEmpty() || !String.join(",", records.get(0)).equals(HEADER)) {
            throw new IOException("The first line is not the console's CSV header (" + HEADER + ")");
        }
        List<StatementLine> rows = new ArrayList<>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            List<String> f = records.get(i);
            if (f.size() != 9) {
                throw new IOException("Line " + (i + 1) + " has " + f.size() + " fields instead of 9");
            }
            try {
                String ccy = f.get(5);
                rows.add(new StatementLine(IsoTime.parse(f.get(0)), f.get(1), f.get(2), f.get(3), f.get(4), ccy,
                        Amounts.parse(f.get(6), ccy), Amounts.parse(f.get(7), ccy), Amounts.parse(f.get(8), ccy)));
            } catch (RuntimeException e) {
                throw new IOException("Line " + (i + 1) + " cannot be read: " + e.getMessage(), e);
            }
        }
        return rows;
    }

    /** RFC 4180 records; a trailing CRLF does not make an empty record. */
    private static List<List<String>> parse(String text) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean quoted = false;
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new IOException("A quoted field is not closed");
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
