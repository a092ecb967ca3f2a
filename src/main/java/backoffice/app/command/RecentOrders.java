package backoffice.app.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The money orders sent in this session, by what makes two orders "the same" (environment, identity, source,
 * destination or fee type, amount). A new order that matches one sent in the last ten minutes is asked about first,
 * naming the earlier one. Kept by the session, so switching panes does not forget it.
 */
public final class RecentOrders {

    public static final Duration WINDOW = Duration.ofMinutes(10);

    /** An order that went through: the id the server gave it and when. */
    public record Sent(String id, Instant at) {
    }

    private final Clock clock;
    private final Map<String, Sent> sent = new HashMap<>();

    public RecentOrders(Clock clock) {
        this.clock = clock;
    }

    /** The same order sent within the last ten minutes, if any. */
    public Optional<Sent> sentRecently(String key) {
        Instant now = clock.instant();
        sent.values().removeIf(s -> s.at().plus(WINDOW).isBefore(now));
        return Optional.ofNullable(sent.get(key));
    }

    /** Notes that the order went through as {@code id}. */
    public void remember(String key, String id) {
        sent.put(key, new Sent(id, clock.instant()));
    }
}
