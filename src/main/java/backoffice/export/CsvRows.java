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
        ByteLine b = new ByteLine(FLUSH_AT + 1024);
        b.text(HEADER).ascii('\r').ascii('\n');
        String ccy = null;
        int decimals = 2;
        int n = 0;
        for (StatementLine r : rows) {
            if (!r.currency().equals(ccy)) {
                ccy = r.currency();
                decimals = Amounts.decimals(ccy);
            }
            b.isoTime(r.time()).ascii(',').csv(r.type()).ascii(',').csv(r.transactionId()).ascii(',')
                    .csv(r.state()).ascii(',').csv(r.description()).ascii(',').csv(r.currency()).ascii(',')
                    .money(r.amount(), decimals).ascii(',').money(r.fee(), decimals).ascii(',')
                    .money(r.balanceAfter(), decimals).ascii('\r').ascii('\n');
            n++;
            if (b.size() >= FLUSH_AT) {
                b.writeTo(out);
                progress.check();
                progress.update(n, rows.size());
            }
        }
        b.writeTo(out);
        progress.update(rows.size(), rows.size());
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
