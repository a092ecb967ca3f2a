package backoffice.app.bulks;

import backoffice.client.model.BulkOperationStatus;
import backoffice.client.model.BulkProcess;
import backoffice.client.model.BulkStatus;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the agent reads off a bulk at a moment: operations finished (completed, failed or cancelled) out of the
 * submitted count, the time since execution began (to its finish when final), and the time left. The time left
 * comes from the rate this console saw since it began watching (local clock only, so a server clock that is off
 * does not matter); before any progress was seen, from the rate since execution began.
 */
public record BulkFigures(int finished, int total, Map<BulkOperationStatus, Integer> counts, Duration elapsed,
                          Duration eta, boolean paused) {

    /** What the console saw first: when (local clock) and how many operations were finished then. */
    record Seen(long atMillis, int finished) {
    }

    static BulkFigures of(BulkProcess bulk, long nowMillis, Seen first) {
        // by name, as the counts line has always read
        Map<BulkOperationStatus, Integer> counts = new TreeMap<>(Comparator.comparing(Enum::name));
        if (bulk.operationStatusCounts() != null) {
            bulk.operationStatusCounts().forEach(c -> counts.merge(c.status(), c.count(), Integer::sum));
        }
        int finished = counts.entrySet().stream().filter(e -> e.getKey().isFinal())
                .mapToInt(Map.Entry::getValue).sum();
        int total = bulk.submittedItemsCount();
        Duration elapsed = null;
        Duration eta = null;
        boolean running = bulk.status() == BulkStatus.RUNNING;
        if (bulk.executionStart() != null && (running || bulk.executionFinish() != null)) {
            // a paused (or otherwise stopped) bulk without a finish has no meaningful elapsed time: the API gives
            // no pause time, and "now - start" grew to hundreds of hours for a bulk paused days ago
            long end = bulk.executionFinish() != null ? bulk.executionFinish() : nowMillis;
            elapsed = Duration.ofMillis(Math.max(0, end - bulk.executionStart()));
        }
        if (running && finished < total) {
            if (first != null && finished > first.finished() && nowMillis > first.atMillis()) {
                eta = Duration.ofMillis((nowMillis - first.atMillis()) * (total - finished)
                        / (finished - first.finished()));
            } else if (elapsed != null && finished > 0) {
                eta = Duration.ofMillis(elapsed.toMillis() * (total - finished) / finished);
            }
        }
        return new BulkFigures(finished, total, counts, elapsed, eta, bulk.status() == BulkStatus.PAUSED);
    }

    /** How sure the time left is: by how much of the bulk the rate was measured on. */
    public enum Confidence { ROUGH, LIKELY, FIRM }

    /** ROUGH under a tenth of the operations seen finishing, FIRM from a third on. */
    public Confidence confidence() {
        double seen = fraction();
        return seen < 0.1 ? Confidence.ROUGH : seen < 0.33 ? Confidence.LIKELY : Confidence.FIRM;
    }

    /**
     * The time left, rounded as coarsely as it is uncertain (5 minutes when rough, 1 minute when likely, 10 s when
     * firm), so that the shown figure does not jump with every poll while the rate settles.
     */
    public Duration smoothedEta() {
        if (eta == null) {
            return null;
        }
        long step = switch (confidence()) {
            case ROUGH -> 300;
            case LIKELY -> 60;
            case FIRM -> 10;
        };
        long s = eta.toSeconds();
        return Duration.ofSeconds(Math.max(step, (s + step / 2) / step * step));
    }

    public double fraction() {
        return total == 0 ? 0 : (double) finished / total;
    }

    public static String clock(Duration d) {
        if (d == null) {
            return "–";
        }
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
