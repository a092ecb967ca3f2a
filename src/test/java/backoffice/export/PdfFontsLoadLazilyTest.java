package backoffice.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The PDF codec's fonts are made when a PDF is first written, not when the formats are first used: the Statements
 * pane lists the formats when it is built, on the FX thread, and making the fonts there (PDFBox's font metrics,
 * ~120 classes) was almost half of the pane's first opening (issue 18). Checked in a JVM of its own, where nothing
 * else has touched PDFBox yet.
 */
class PdfFontsLoadLazilyTest {

    private static final String FONTS = "org.apache.pdfbox.pdmodel.font.Standard14Fonts ";

    /** Lists the formats as the pane does, then writes a PDF, with a marker line before each. */
    public static void main(String[] args) throws Exception {
        System.out.println("-- listing the formats");
        System.out.flush();
        for (ExportFormat f : ExportFormat.values()) {
            f.extension();
        }
        ExportFormat.ofExtension("pdf");
        System.out.println("-- writing a PDF");
        System.out.flush();
        ExportFormat.PDF.codec().write(ExportFixtures.rows(3, "EUR", 1), ExportFixtures.context("EUR"), "fp",
                new ByteArrayOutputStream(), Progress.NONE);
        System.out.println("-- done");
        System.out.flush();
    }

    @Test
    void listingTheFormatsMakesNoFontAndThePdfsFirstWriteDoes() throws Exception {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"),
                PdfFontsLoadLazilyTest.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        String listing = out.substring(out.indexOf("-- listing"), out.indexOf("-- writing"));
        String writing = out.substring(out.indexOf("-- writing"), out.indexOf("-- done"));
        assertThat(listing).as("listing the formats").contains("backoffice.export.ExportFormat ")
                .doesNotContain(FONTS);
        assertThat(writing).as("writing the first PDF").contains(FONTS);
    }
}
