package backoffice.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A torn or damaged line costs that line only: every intact line around it is still read, and the loss is counted. */
class DamagedJournalTest {

    @TempDir
    Path dir;

    private static JournalEntry entry(String target, String detail) {
        return new JournalEntry(Instant.parse("2026-11-21T10:15:30Z"), "agent", "Embedded sandbox",
                "CORPORATE 1101", "TRANSFER", target, JournalEntry.OK, "ref-1", detail);
    }

    private static byte[] lineOf(JournalEntry e) throws Exception {
        Path one = Files.createTempFile("one", ".jsonl");
        new Journal(one).append(e);
        byte[] b = Files.readAllBytes(one);
        Files.delete(one);
        return b;
    }

    @Test
    void aMultiByteLineTornAtEveryByteCostsOnlyThatLine() throws Exception {
        byte[] before = lineOf(entry("1", "before"));
        byte[] multi = lineOf(entry("2", "Sent 12,50 € — to Café Zürich — €€€"));
        int tears = 0;
        for (int cut = 1; cut < multi.length - 1; cut++) {
            Journal journal = new Journal(dir.resolve("torn-" + cut + ".jsonl"));
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            file.write(before);
            file.write(multi, 0, cut);
            Files.write(journal.file(), file.toByteArray());
            journal.append(entry("3", "after — €"));
            Journal.ReadResult r = journal.read();
            assertThat(r.entries()).as("torn at byte %d of %d", cut, multi.length)
                    .extracting(JournalEntry::targetId).containsExactly("1", "3");
            assertThat(r.skippedLines()).as("torn at byte %d", cut).isEqualTo(1);
            tears++;
        }
        assertThat(tears).isGreaterThan(100);
    }

    @Test
    void garbageLinesBetweenGoodOnesAreSkippedAndCounted() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(lineOf(entry("1", "one €")));
        file.write(new byte[] {(byte) 0xFF, (byte) 0xFE, 'x', '\n'});
        file.write(lineOf(entry("2", "two —")));
        file.write("not json at all\n".getBytes(StandardCharsets.UTF_8));
        file.write(new byte[] {'{', '"', 'd', '"', ':', '"', (byte) 0xE2, (byte) 0x82, '"', '}', '\n'});
        file.write("\n".getBytes(StandardCharsets.UTF_8));
        file.write(lineOf(entry("3", "three")));
        Journal journal = new Journal(dir.resolve("journal.jsonl"));
        Files.write(journal.file(), file.toByteArray());
        Journal.ReadResult r = journal.read();
        assertThat(r.entries()).extracting(JournalEntry::targetId).containsExactly("1", "2", "3");
        assertThat(r.entries().get(0).detail()).isEqualTo("one €");
        assertThat(r.skippedLines()).isEqualTo(3);
    }
}
