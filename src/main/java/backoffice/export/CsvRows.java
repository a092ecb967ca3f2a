package backoffice.export;

import backoffice.client.model.CurrencyAmount;
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

    /** The header of the first version (nine columns, no extras): still read. */
    static final String HEADER_V1 = "time,type,transactionId,state,description,currency,amount,fee,balanceAfter";
    /** The columns of {@link EntryExtras}: amounts in their own currency, balances in the row's. */
    static final String EXTRAS = "originalCurrency,originalAmount,sourceCurrency,sourceAmount,forexRate,"
            + "userCurrency,userAmount,userExchangeRate,availableBalanceAfter,actualBalanceAfter";
    static final String HEADER = HEADER_V1 + "," + EXTRAS;
    private static final int V1_FIELDS = 9;
    private static final int FIELDS = V1_FIELDS + 10;

    @Override
    public void write(List<StatementLine> rows, ExportContext context, String fingerprint, OutputStream out,
                      Progress progress) throws IOException {
        out.write((HEADER + "\r\n").getBytes(StandardCharsets.US_ASCII));
        ParallelBlocks.Sink sink = out instanceof PipelinedDigestStream piped
                ? piped::handOver : (bytes, length) -> out.write(bytes, 0, length);
        ParallelBlocks.write(rows, CsvRows::block, sink, progress);
        progress.update(rows.size(), rows.size());
    }

    /** One block of rows as CSV lines. */
    private static ByteLine block(List<StatementLine> rows) {
        ByteLine b = new ByteLine(rows.size() * 160);
        String ccy = null;
        int decimals = 2;
        for (StatementLine r : rows) {
            if (!r.currency().equals(ccy)) {
                ccy = r.currency();
                decimals = Amounts.decimals(ccy);
            }
            b.isoTime(r.time()).ascii(',').csv(r.type()).ascii(',').csvUnique(r.transactionId()).ascii(',')
                    .csv(r.state()).ascii(',').csv(r.description()).ascii(',').csv(r.currency()).ascii(',')
                    .money(r.amount(), decimals).ascii(',').money(r.fee(), decimals).ascii(',')
                    .money(r.balanceAfter(), decimals);
            extras(b, r, decimals).ascii('\r').ascii('\n');
        }
        return b;
    }

    /**
     * Reads the rows back. Each record becomes its row as soon as it is parsed: holding every record's fields first
     * (1.9 million strings for 100,000 rows) made the review of a large export need ~110 MB more heap, and the full
     * collections that cost froze the window for 200-270 ms (issue 18).
     */
    @Override
    public List<StatementLine> read(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        List<StatementLine> rows = new ArrayList<>();
        int[] width = {0};
        parse(text, (f, record) -> {
            if (record == 1) {
                String header = String.join(",", f);
                if (!header.equals(HEADER) && !header.equals(HEADER_V1)) {
                    throw notOurs();
                }
                width[0] = header.equals(HEADER) ? FIELDS : V1_FIELDS;
                return;
            }
            if (f.size() != width[0]) {
                throw new IOException("Line " + record + " has " + f.size() + " fields instead of " + width[0]);
            }
            try {
                String ccy = f.get(5);
                rows.add(new StatementLine(IsoTime.parse(f.get(0)), f.get(1), f.get(2), f.get(3), f.get(4), ccy,
                        Amounts.parse(f.get(6), ccy), Amounts.parse(f.get(7), ccy), Amounts.parse(f.get(8), ccy),
                        width[0] == FIELDS ? readExtras(f, ccy) : null));
            } catch (RuntimeException e) {
                throw new IOException("Line " + record + " cannot be read: " + e.getMessage(), e);
            }
        });
        if (width[0] == 0) {
            throw notOurs();
        }
        return rows;
    }

    private static IOException notOurs() {
        return new IOException("The first line is not the console's CSV header (" + HEADER + ")");
    }

    /** The extras columns of a row (empty fields where a value is absent). */
    private static ByteLine extras(ByteLine b, StatementLine r, int decimals) {
        EntryExtras x = r.extras();
        if (x == null) {
            return b.text(",,,,,,,,,,");
        }
        amount(b, x.originalAmount());
        amount(b, x.sourceAmount());
        b.ascii(',').csv(x.forexRate() == null ? "" : x.forexRate());
        amount(b, x.userAmount());
        b.ascii(',').csv(x.userExchangeRate() == null ? "" : x.userExchangeRate());
        balance(b, x.availableAfter(r), decimals);
        return balance(b, x.actualAfter(r), decimals);
    }

    private static void amount(ByteLine b, CurrencyAmount a) {
        if (a == null) {
            b.text(",,");
        } else {
            b.ascii(',').csv(a.currency()).ascii(',').money(a.amount(), Amounts.decimals(a.currency()));
        }
    }

    private static ByteLine balance(ByteLine b, Long minor, int decimals) {
        return minor == null ? b.ascii(',') : b.ascii(',').money(minor, decimals);
    }

    private static EntryExtras readExtras(List<String> f, String ccy) {
        CurrencyAmount original = amount(f.get(9), f.get(10));
        return EntryExtras.of(original, original != null && !original.currency().equals(ccy),
                amount(f.get(11), f.get(12)), blankToNull(f.get(13)), amount(f.get(14), f.get(15)),
                blankToNull(f.get(16)), amount(ccy, f.get(17)), amount(ccy, f.get(18)),
                new CurrencyAmount(ccy, Amounts.parse(f.get(8), ccy)));
    }

    private static CurrencyAmount amount(String currency, String value) {
        return value.isEmpty() ? null : new CurrencyAmount(currency, Amounts.parse(value, currency));
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** Takes one record's fields (a list reused for the next record) and the record's number, the header's 1. */
    @FunctionalInterface
    private interface RecordSink {
        void accept(List<String> fields, int record) throws IOException;
    }

    /** RFC 4180 records, each handed over as it ends; a trailing CRLF does not make an empty record. */
    private static void parse(String text, RecordSink sink) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int records = 0;
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
                sink.accept(fields, ++records);
                fields.clear();
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
            sink.accept(fields, ++records);
        }
    }
}
