package backoffice.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * What the garbage collector cost in one phase of a benchmark: the bytes allocated, the collections, their total and
 * longest duration (the duration is the pause for stop-the-world collections; G1's concurrent cycles are excluded).
 */
final class GcPauses {

    private final AtomicLong count = new AtomicLong();
    private final AtomicLong totalMs = new AtomicLong();
    private final AtomicLong longestMs = new AtomicLong();
    private long allocatedSince;

    GcPauses() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        return;
                    }
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    if (info.getGcName().contains("Cycles") || info.getGcAction().contains("concurrent")) {
                        return; // G1's concurrent marking runs beside the application, not a pause
                    }
                    long ms = info.getGcInfo().getDuration();
                    count.incrementAndGet();
                    totalMs.addAndGet(ms);
                    longestMs.accumulateAndGet(ms, Math::max);
                }, null, null);
            }
        }
    }

    /** Starts a phase. */
    void reset() {
        count.set(0);
        totalMs.set(0);
        longestMs.set(0);
        allocatedSince = allocated();
    }

    /** The phase so far, e.g. "allocated 412 MB; 14 GC pauses, 310 ms in all, the longest 41 ms". */
    String summary() {
        return String.format("allocated %,d MB; %d GC pauses, %d ms in all, the longest %d ms",
                (allocated() - allocatedSince) >> 20, count.get(), totalMs.get(), longestMs.get());
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    }
}
