package backoffice.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows formatted in blocks on several threads still come out whole and in their order; a cancel or failure stops it. */
class ParallelBlocksTest {

    @TempDir
    Path dir;

    @Test
    void blocksFinishedOutOfOrderAreHandedOnInOrder() throws Exception {
        List<Integer> numbers = IntStream.range(0, ParallelBlocks.BLOCK_ROWS * 9 + 17).boxed().toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParallelBlocks.write(numbers, block -> {
            // the first rows' block takes longest, so later blocks finish before it
            sleep(block.get(0) == 0 ? 150 : 5);
            ByteLine b = new ByteLine(64);
            block.forEach(n -> b.number(n).ascii('\n'));
            return b;
        }, (bytes, length) -> out.write(bytes, 0, length), Progress.NONE);

        List<String> lines = List.of(out.toString(StandardCharsets.US_ASCII).split("\n"));
        assertThat(lines).hasSize(numbers.size());
        assertThat(lines).isEqualTo(numbers.stream().map(String::valueOf).toList());
    }

    @Test
    void aCsvOfManyBlocksReadsBackAsTheSameRowsIntact() throws Exception {
        List<StatementLine> rows = new ArrayList<>(ExportFixtures.rows(ParallelBlocks.BLOCK_ROWS * 5 + 3, "EUR", 11));
        // awkward descriptions (quotes, commas, line breaks, non-ASCII) on both sides of every block boundary
        for (int i = 1; i <= 5; i++) {
            int edge = i * ParallelBlocks.BLOCK_ROWS;
            for (int k = -1; k <= 0; k++) {
                StatementLine r = rows.get(edge + k);
                rows.set(edge + k, new StatementLine(r.time(), r.type(), r.transactionId(), r.state(),
                        ExportFixtures.AWKWARD[(edge + k) % ExportFixtures.AWKWARD.length], r.currency(), r.amount(),
                        r.fee(), r.balanceAfter(), r.extras()));
            }
        }
        Path target = dir.resolve("many.csv");
        new StatementExporter(ExportFixtures.signer()).export(rows, ExportFormat.CSV, target,
                ExportFixtures.context("EUR"), Progress.NONE);

        ReviewReport report = ExportReview.open(target, ExportFixtures.trust());
        assertThat(report.verdict()).isEqualTo(ReviewReport.Verdict.INTACT);
        assertThat(report.rows()).isEqualTo(rows);
    }

    @Test
    void aCancelStopsBetweenBlocksWithoutFormattingTheRest() {
        List<Integer> numbers = IntStream.range(0, ParallelBlocks.BLOCK_ROWS * 40).boxed().toList();
        AtomicInteger formatted = new AtomicInteger();
        AtomicInteger handed = new AtomicInteger();
        Progress cancelAfterTwo = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return handed.get() >= 2;
            }
        };
        assertThatThrownBy(() -> ParallelBlocks.write(numbers, block -> {
            formatted.incrementAndGet();
            sleep(10);
            return new ByteLine(8);
        }, (bytes, length) -> handed.incrementAndGet(), cancelAfterTwo)).isInstanceOf(CancellationException.class);
        sleep(100);
        assertThat(handed).hasValue(2);
        assertThat(formatted.get()).as("only the blocks already under way are formatted").isLessThan(2 + 2 * 8 + 1);
    }

    @Test
    void aFormatterFailureEndsTheWriteWithItsCause() {
        List<Integer> numbers = IntStream.range(0, ParallelBlocks.BLOCK_ROWS * 3).boxed().toList();
        assertThatThrownBy(() -> ParallelBlocks.write(numbers, block -> {
            if (block.get(0) > 0) {
                throw new ArithmeticException("overflow in row " + block.get(0));
            }
            return new ByteLine(8);
        }, (bytes, length) -> { }, Progress.NONE))
                .isInstanceOf(ArithmeticException.class).hasMessage("overflow in row " + ParallelBlocks.BLOCK_ROWS);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
