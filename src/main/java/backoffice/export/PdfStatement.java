package backoffice.export;

import backoffice.client.model.CurrencyAmount;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * A statement document: a header (identity, instrument, period, filters, totals, who exported it and the signing
 * key's fingerprint), a table of rows repeated under a column header on every page, and "Page i of n". The rows are
 * also embedded as our JSON (an attached file, as e-invoices do) so the review reads them back exactly.
 */
final class PdfStatement implements ExportFormat.Codec {

    static final String ATTACHMENT = "statement-rows.json";

    private static final float MARGIN = 36;
    private static final float ROW = 10.5f;
    private static final float SIZE = 7.5f;
    private static final float HEADER_HEIGHT = 150;
    private static final int FOOTER_LINE = 105;
    private static final float[] RIGHT_EDGES = {440, 490, 559};
    private static final String WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    /**
     * The two fonts, made the first time a PDF is written (on the export's thread): making them reads PDFBox's font
     * metrics and loads ~120 classes, and as fields of this codec they were made when {@link ExportFormat} was first
     * used, which is when the Statements pane is built, on the FX thread (issue 18).
     */
    private static final class Fonts {
        static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    }

    @Override
    public void write(List<StatementLine> rows, ExportContext ctx, String fingerprint, OutputStream out,
                      Progress progress) throws IOException {
        PDRectangle a4 = PDRectangle.A4;
        float tableTop = a4.getHeight() - MARGIN - 14;
        int perPage = (int) ((tableTop - MARGIN - 16) / ROW);
        int firstPage = (int) ((tableTop - HEADER_HEIGHT - MARGIN - 16) / ROW);
        int[] pageEnds = pageEnds(rows, firstPage, perPage);
        int pages = pageEnds.length;
        StatementTotals totals = StatementTotals.of(rows);
        int decimals = Amounts.decimals(ctx.currency());
        try (PDDocument doc = new PDDocument()) {
            info(doc, ctx);
            int next = 0;
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(a4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    float y = tableTop;
                    if (p == 1) {
                        header(s, ctx, fingerprint, totals, y);
                        y -= HEADER_HEIGHT;
                    }
                    columns(s, y);
                    y -= ROW + 4;
                    int end = pageEnds[p - 1];
                    s.beginText();
                    s.setFont(Fonts.REGULAR, SIZE);
                    for (; next < end; next++) {
                        StatementLine r = rows.get(next);
                        row(s, r, y, decimals);
                        y -= ROW;
                        if (hasForex(r)) {
                            text(s, clip(clean(forex(r.extras())), 110), 212, y);
                            y -= ROW;
                        }
                    }
                    s.endText();
                    footer(s, ctx, p, pages);
                }
                progress.check();
                progress.update(next, rows.size());
            }
            attachRows(doc, rows, ctx);
            doc.save(out);
        }
    }

    /** Where each page's rows end: a row with FX details takes a second line under it. */
    private static int[] pageEnds(List<StatementLine> rows, int firstPage, int perPage) {
        List<Integer> ends = new ArrayList<>();
        int room = firstPage;
        for (int i = 0; i < rows.size(); i++) {
            int lines = hasForex(rows.get(i)) ? 2 : 1;
            if (lines > room) {
                ends.add(i);
                room = perPage;
            }
            room -= lines;
        }
        ends.add(rows.size());
        return ends.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean hasForex(StatementLine r) {
        return r.extras() != null && r.extras().hasForex();
    }

    /** "FX: original USD 12.00 · rate 0.9123 · source EUR 10.95 · in user currency GBP 9.40 at 0.85". */
    static String forex(EntryExtras x) {
        StringBuilder b = new StringBuilder("FX:");
        if (x.originalAmount() != null) {
            b.append(" original ").append(money(x.originalAmount()));
        }
        if (x.forexRate() != null) {
            b.append(" · rate ").append(x.forexRate());
        }
        if (x.sourceAmount() != null) {
            b.append(" · source ").append(money(x.sourceAmount()));
        }
        if (x.userAmount() != null || x.userExchangeRate() != null) {
            b.append(" · in user currency ").append(x.userAmount() == null ? "" : money(x.userAmount()))
                    .append(x.userExchangeRate() == null ? "" : " at " + x.userExchangeRate());
        }
        return b.toString();
    }

    private static String money(CurrencyAmount a) {
        return a.currency() + " " + Amounts.format(a.amount(), a.currency());
    }

    private void info(PDDocument doc, ExportContext ctx) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title(ctx) + " " + ctx.instrumentId());
        info.setAuthor(ctx.exportedBy());
        info.setCreator("Back-Office Console");
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(ctx.exportedAt());
        info.setCreationDate(when);
    }

    private static String title(ExportContext ctx) {
        return ctx.isAccount() ? "Account statement" : "Card statement";
    }

    private void header(PDPageContentStream s, ExportContext ctx, String fingerprint, StatementTotals t, float top)
            throws IOException {
        s.beginText();
        s.setFont(Fonts.BOLD, 16);
        s.newLineAtOffset(MARGIN, top);
        s.showText(title(ctx));
        s.setFont(Fonts.REGULAR, 9);
        s.setLeading(12);
        s.newLine();
        s.newLine();
        String ccy = ctx.currency();
        String[] lines = {
            "Identity: " + ctx.identityType() + " " + ctx.identityId(),
            "Instrument: " + clean(ctx.instrumentName()) + " (" + ctx.instrumentType() + " " + ctx.instrumentId()
                + ", " + ccy + ")",
            "Period: " + ctx.filters().getOrDefault("from", "start") + " to " + ctx.filters().getOrDefault("to", "now"),
            "Filters: " + clean(filters(ctx.filters())),
            "Totals: " + t.count() + " rows · in " + Amounts.format(t.credits(), ccy) + " · out "
                + Amounts.format(t.debits(), ccy) + " · fees " + Amounts.format(t.fees(), ccy) + " · net "
                + Amounts.format(t.net(), ccy) + " " + ccy,
            "Exported by " + clean(ctx.exportedBy()) + " on " + IsoTime.format(ctx.exportedAt()) + " from "
                + clean(ctx.environment()),
            "Signed export · key " + fingerprint + " · check it with the console's offline review",
        };
        List<String> all = new ArrayList<>(List.of(lines));
        all.addAll(footerLines(ctx.footer()));
        for (String line : all) {
            s.showText(clean(line));
            s.newLine();
        }
        s.endText();
    }

    /** The statement's footer in at most two lines of the header (whitespace folded; the rest cut with "…"). */
    static List<String> footerLines(String footer) {
        if (footer == null || footer.isBlank()) {
            return List.of();
        }
        String text = "Statement footer: " + footer.trim().replaceAll("\\s+", " ");
        int cut = text.length() <= FOOTER_LINE ? text.length() : text.lastIndexOf(' ', FOOTER_LINE);
        cut = cut <= 0 ? Math.min(text.length(), FOOTER_LINE) : cut;
        String rest = text.substring(cut).trim();
        return rest.isEmpty() ? List.of(text) : List.of(text.substring(0, cut), clip(rest, FOOTER_LINE));
    }

    private static String filters(Map<String, String> f) {
        StringBuilder b = new StringBuilder();
        f.forEach((k, v) -> {
            if (!k.equals("from") && !k.equals("to")) {
                b.append(b.length() == 0 ? "" : "; ").append(k).append(' ').append(v);
            }
        });
        return b.length() == 0 ? "none" : b.toString();
    }

    private void columns(PDPageContentStream s, float y) throws IOException {
        s.beginText();
        s.setFont(Fonts.BOLD, SIZE);
        text(s, "Time (UTC)", MARGIN, y);
        text(s, "Type", 110, y);
        text(s, "Description", 212, y);
        right(s, Fonts.BOLD, "Amount", 0, y);
        right(s, Fonts.BOLD, "Fee", 1, y);
        right(s, Fonts.BOLD, "Balance after", 2, y);
        s.endText();
        s.moveTo(MARGIN, y - 3);
        s.lineTo(RIGHT_EDGES[2], y - 3);
        s.stroke();
    }

    private void row(PDPageContentStream s, StatementLine r, float y, int decimals) throws IOException {
        String time = IsoTime.format(r.time());
        text(s, time.substring(0, 10) + " " + time.substring(11, 19), MARGIN, y);
        text(s, clip(r.type(), 24), 110, y);
        String desc = "COMPLETED".equals(r.state()) ? r.description() : r.description() + " (" + r.state() + ")";
        text(s, clip(clean(desc), 48), 212, y);
        right(s, Fonts.REGULAR, Amounts.append(new StringBuilder(), r.amount(), decimals).toString(), 0, y);
        right(s, Fonts.REGULAR, Amounts.append(new StringBuilder(), r.fee(), decimals).toString(), 1, y);
        right(s, Fonts.REGULAR, Amounts.append(new StringBuilder(), r.balanceAfter(), decimals).toString(), 2, y);
    }

    private void footer(PDPageContentStream s, ExportContext ctx, int page, int pages) throws IOException {
        s.beginText();
        s.setFont(Fonts.REGULAR, 7);
        text(s, clean(title(ctx) + " " + ctx.instrumentId() + " · exported " + IsoTime.format(ctx.exportedAt())),
                MARGIN, MARGIN - 14);
        right(s, Fonts.REGULAR, "Page " + page + " of " + pages, 2, MARGIN - 14);
        s.endText();
    }

    /** Absolute positioning inside one text object: each call moves from the origin. */
    private static void text(PDPageContentStream s, String value, float x, float y) throws IOException {
        s.setTextMatrix(new Matrix(1, 0, 0, 1, x, y));
        s.showText(value);
    }

    private void right(PDPageContentStream s, PDType1Font font, String value, int column, float y)
            throws IOException {
        float width = font.getStringWidth(value) / 1000 * SIZE;
        text(s, value, RIGHT_EDGES[column] - width, y);
    }

    private void attachRows(PDDocument doc, List<StatementLine> rows, ExportContext ctx) throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream(rows.size() * 160 + 64);
        ExportFormat.JSON.codec().write(rows, ctx, null, json, Progress.NONE);
        PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(json.toByteArray()));
        file.setSubtype("application/json");
        file.setSize(json.size());
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(ATTACHMENT);
        spec.setFileUnicode(ATTACHMENT);
        spec.setEmbeddedFile(file);
        spec.setFileDescription("The rows of this statement, for the console's offline review");
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(ATTACHMENT, spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(names);
    }

    @Override
    public List<StatementLine> read(byte[] content) throws IOException {
        try (PDDocument doc = Loader.loadPDF(content)) {
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
            PDComplexFileSpecification spec = tree == null || tree.getNames() == null ? null
                    : tree.getNames().get(ATTACHMENT);
            if (spec == null || spec.getEmbeddedFile() == null) {
                throw new IOException("This PDF does not carry the console's rows (" + ATTACHMENT + ")");
            }
            return ExportFormat.JSON.codec().read(spec.getEmbeddedFile().toByteArray());
        }
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The standard fonts encode WinAnsi only: anything else prints as '?'. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 32 && c < 127 || c >= 160 && c <= 255 || WIN_ANSI_EXTRA.indexOf(c) >= 0;
            if (!ok && b == null) {
                b = new StringBuilder(s.substring(0, i));
            }
            if (b != null) {
                b.append(ok ? c : '?');
            }
        }
        return b == null ? s : b.toString();
    }
}
