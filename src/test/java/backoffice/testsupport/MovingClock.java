package backoffice.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A UTC clock that stands still until the test moves it (thread-safe: the sandbox reads it on its own threads). */
public final class MovingClock extends Clock {

    private final AtomicLong millis;

    public MovingClock(Instant start) {
        this.millis = new AtomicLong(start.toEpochMilli());
    }

    /** Starting at the real time now, so that what the sandbox seeds is dated as usual. */
    public static MovingClock startingNow() {
        return new MovingClock(Instant.now());
    }

    public void advance(Duration by) {
        millis.addAndGet(by.toMillis());
    }

    public void set(Instant at) {
        millis.set(at.toEpochMilli());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis.get());
    }
}
