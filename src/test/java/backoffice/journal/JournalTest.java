package backoffice.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    private static JournalEntry entry(String target, String detail) {
        return new JournalEntry(Instant.parse("2026-11-21T10:15:30Z"), "agent", "Embedded sandbox",
                "CORPORATE 1101", "IMPERSONATE", target, JournalEntry.OK, "ref-1", detail);
    }

    @Test
    void appendsOneJsonLinePerEntryAndReadsThemBack() throws IOException {
        Journal journal = new Journal(dir.resolve("sub/journal.jsonl"));
        journal.append(entry("1", "first"));
        journal.append(entry("2", "second"));
        List<String> lines = Files.readAllLines(journal.file());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{").contains("\"operation\":\"IMPERSONATE\"", "2026-11-21T10:15:30Z");
        assertThat(journal.read().entries()).extracting(JournalEntry::targetId).containsExactly("1", "2");
        assertThat(journal.read().entries().get(0)).isEqualTo(entry("1", "first"));
    }

    @Test
    void linesOfEveryLengthAndScriptReadBackBetweenBlankAndBrokenOnes() throws IOException {
        Journal journal = new Journal(dir.resolve("journal.jsonl"));
        String longDetail = "Überweisung an Café Zürich — 12,50 € ✓ 🚀 ".repeat(200); // ~9 KB: past the first buffer
        journal.append(entry("1", "short"));
        journal.append(entry("2", longDetail));
        Files.writeString(journal.file(), "\n   \n{not json}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        journal.append(entry("3", "after"));
        Journal.ReadResult read = journal.read();
        assertThat(read.entries()).extracting(JournalEntry::detail).containsExactly("short", longDetail, "after");
        assertThat(read.skippedLines()).isEqualTo(1);
    }

    @Test
    void secretsInTheDetailAreRedacted() throws IOException {
        Journal journal = new Journal(dir.resolve("journal.jsonl"));
        journal.append(entry("1", "card 4111 1111 1111 1111 cvv {\"cvv\":\"123\"} Bearer abc.def"));
        String text = Files.readString(journal.file());
        assertThat(text).doesNotContain("4111 1111 1111 1111", "\"123\"", "abc.def").contains("411111******1111");
    }

    @Test
    void aTornLastLineIsSkippedAndDoesNotSpoilTheNextAppend() throws IOException {
        Journal journal = new Journal(dir.resolve("journal.jsonl"));
        journal.append(entry("1", "ok"));
        Files.writeString(journal.file(), "{\"time\":\"2026-11-21T10:1", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Journal.ReadResult torn = journal.read();
        assertThat(torn.entries()).hasSize(1);
        assertThat(torn.skippedLines()).isEqualTo(1);
        journal.append(entry("2", "after crash"));
        Journal.ReadResult after = journal.read();
        assertThat(after.entries()).extracting(JournalEntry::targetId).containsExactly("1", "2");
        assertThat(after.skippedLines()).isEqualTo(1);
    }

    @Test
    void concurrentAppendsNeverInterleave() throws Exception {
        Journal journal = new Journal(dir.resolve("journal.jsonl"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 200; i++) {
            int n = i;
            pool.submit(() -> journal.append(entry(Integer.toString(n), "x".repeat(n))));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        Journal.ReadResult r = journal.read();
        assertThat(r.entries()).hasSize(200);
        assertThat(r.skippedLines()).isZero();
    }

    @Test
    void missingJournalReadsAsEmpty() {
        assertThat(new Journal(dir.resolve("none.jsonl")).read().entries()).isEmpty();
    }
}
