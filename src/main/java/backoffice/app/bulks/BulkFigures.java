package backoffice.app.bulks;

import backoffice.client.model.BulkProcess;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the agent reads off a bulk at a moment: operations finished (completed, failed or cancelled) out of the
 * submitted count, the time since execution began (to its finish when final), and the time left. The time left
 * comes from the rate this console saw since it began watching (local clock only, so a server clock that is off
 * does not matter); before any progress was seen, from the rate since execution began.
 */
public record BulkFigures(int finished, int total, Map<String, Integer> counts, Duration elapsed, Duration eta) {

    /** What the console saw first: when (local clock) and how many operations were finished then. */
    record Seen(long atMillis, int finished) {
    }

    static BulkFigures of(BulkProcess bulk, long nowMillis, Seen first) {
        Map<String, Integer> counts = new TreeMap<>();
        if (bulk.operationStatusCounts() != null) {
            bulk.operationStatusCounts().forEach(c -> counts.merge(c.status(), c.count(), Integer::sum));
        }
        int finished = counts.getOrDefault("COMPLETED", 0) + counts.getOrDefault("FAILED", 0)
                + counts.getOrDefault("CANCELLED", 0);
        int total = bulk.submittedItemsCount();
        Duration elapsed = null;
        Duration eta = null;
        if (bulk.executionStart() != null) {
            long end = bulk.executionFinish() != null ? bulk.executionFinish() : nowMillis;
            elapsed = Duration.ofMillis(Math.max(0, end - bulk.executionStart()));
        }
        if ("RUNNING".equals(bulk.status()) && finished < total) {
            if (first != null && finished > first.finished() && nowMillis > first.atMillis()) {
                eta = Duration.ofMillis((nowMillis - first.atMillis()) * (total - finished)
                        / (finished - first.finished()));
            } else if (elapsed != null && finished > 0) {
                eta = Duration.ofMillis(elapsed.toMillis() * (total - finished) / finished);
            }
        }
        return new BulkFigures(finished, total, counts, elapsed, eta);
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
