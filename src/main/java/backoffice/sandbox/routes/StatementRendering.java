package backoffice.sandbox.routes;

import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.StatementEntry;
import backoffice.sandbox.store.Instrument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The sandbox's own renderings of a statement: which one the {@code accept} header asks for, a CSV of the entries'
 * fields (amounts in minor units, as the server keeps them) and a plain PDF listing.
 */
final class StatementRendering {

    static final String JSON = "json";
    static final String CSV = "csv";
    static final String PDF = "pdf";

    private static final String[] CSV_HEADER = {"processedTimestamp", "transactionType", "transactionId",
        "entryState", "currency", "transactionAmount", "transactionFee", "availableBalanceAdjustment",
        "actualBalanceAdjustment", "balanceAfter", "availableBalanceAfter", "actualBalanceAfter", "originalAmount",
        "merchantName", "merchantCategoryCode", "merchantTerminalCountry", "note"};
    private static final int LINES_PER_PAGE = 60;

    private StatementRendering() {
    }

    /** The first listed type that is JSON, CSV or PDF wins; anything else (or nothing) is JSON. */
    static String negotiate(String accept) {
        if (accept == null) {
            return JSON;
        }
        for (String part : accept.split(",")) {
            String type = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
            switch (type) {
                case "application/json":
                    return JSON;
                case "text/csv":
                    return CSV;
                case "application/pdf":
                    return PDF;
                default:
                    break;
            }
        }
        return JSON;
    }

    static byte[] csv(List<StatementEntry> entries) {
        StringBuilder out = new StringBuilder(entries.size() * 160);
        out.append(String.join(",", CSV_HEADER)).append("\r\n");
        for (StatementEntry e : entries) {
            var f = e.additionalFields();
            String[] row = {Long.toString(e.processedTimestamp()), e.transactionId().type(), e.transactionId().id(),
                e.entryState(), e.transactionAmount().currency(), minor(e.transactionAmount()),
                minor(e.transactionFee()), minor(e.availableBalanceAdjustment()), minor(e.actualBalanceAdjustment()),
                minor(e.balanceAfter()), minor(e.availableBalanceAfter()), minor(e.actualBalanceAfter()),
                minor(e.originalAmount()), f.get("merchantName"), f.get("merchantCategoryCode"),
                f.get("merchantTerminalCountry"), f.get("note")};
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quote(row[i]));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdf(Instrument instrument, List<StatementEntry> entries, CurrencyAmount start,
                      CurrencyAmount end) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.COURIER);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int pages = Math.max(1, (entries.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                    text.beginText();
                    text.setFont(font, 7);
                    text.setLeading(11);
                    text.newLineAtOffset(30, 810);
                    text.showText(ascii("Statement " + instrument.instrumentType().wire() + " " + instrument.id() + " "
                            + instrument.friendlyName() + (start == null ? "" : "  start " + start.amount()
                            + "  end " + end.amount()) + "  page " + (p + 1) + "/" + pages));
                    text.newLine();
                    int to = Math.min(entries.size(), (p + 1) * LINES_PER_PAGE);
                    for (StatementEntry e : entries.subList(p * LINES_PER_PAGE, to)) {
                        text.showText(ascii(Instant.ofEpochMilli(e.processedTimestamp()) + "  "
                                + String.format(Locale.ROOT, "%-22s %12d %s", e.transactionId().type(),
                                e.transactionAmount().amount(), e.transactionAmount().currency())
                                + "  " + e.additionalFields().getOrDefault("merchantName", "")));
                        text.newLine();
                    }
                    text.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String minor(CurrencyAmount a) {
        return a == null ? "" : Long.toString(a.amount());
    }

    private static String quote(String v) {
        if (v == null) {
            return "";
        }
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    /** The standard Courier font encodes WinAnsi only; anything else prints as '?'. */
    private static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= 32 && c < 127 ? c : '?');
        }
        return b.toString();
    }
}
