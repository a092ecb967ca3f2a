package backoffice.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The CSV reader turns each record into its row as soon as it is parsed (the review of a 100,000-row export held 1.9
 * million field strings first: issue 18); what it accepts and refuses, and the line it names, stay as they were.
 */
class CsvReadTest {

    private static final String ROW = "2026-11-18T11:06:40.123Z,DEPOSIT,1,COMPLETED,x,EUR,1.00,0.00,1.00";

    private static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void quotedFieldsKeepTheirCommasQuotesAndLineBreaks() throws Exception {
        byte[] content = csv(CsvRows.HEADER_V1,
                "2026-11-18T11:06:40.123Z,DEPOSIT,1,COMPLETED,\"a, \"\"quoted\"\"\r\nline\",EUR,1.00,0.00,1.00", ROW);
        assertThat(new CsvRows().read(content)).extracting(StatementLine::description)
                .containsExactly("a, \"quoted\"\r\nline", "x");
    }

    @Test
    void aLastLineWithoutItsLineBreakStillCounts() throws Exception {
        byte[] content = (CsvRows.HEADER_V1 + "\r\n" + ROW).getBytes(StandardCharsets.UTF_8);
        assertThat(new CsvRows().read(content)).hasSize(1);
    }

    @Test
    void anEmptyFileOrAnotherHeaderIsNotOurs() {
        for (byte[] content : new byte[][] {new byte[0], csv("a,b,c", ROW)}) {
            assertThatThrownBy(() -> new CsvRows().read(content)).isInstanceOf(IOException.class)
                    .hasMessageContaining("is not the console's CSV header");
        }
    }

    @Test
    void theFirstBadRecordIsNamedByItsLine() {
        assertThatThrownBy(() -> new CsvRows().read(csv(CsvRows.HEADER_V1, ROW, ROW + ",extra")))
                .hasMessage("Line 3 has 10 fields instead of 9");
        assertThatThrownBy(() -> new CsvRows().read(csv(CsvRows.HEADER_V1, ROW.replace("1.00,0.00", "x,0.00"))))
                .hasMessageStartingWith("Line 2 cannot be read");
        assertThatThrownBy(() -> new CsvRows().read(csv(CsvRows.HEADER_V1, ROW.replace(",x,", ",\"x,"))))
                .hasMessage("A quoted field is not closed");
    }
}
