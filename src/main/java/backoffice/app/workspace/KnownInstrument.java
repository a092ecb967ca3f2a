package backoffice.app.workspace;

import java.util.Set;
import java.util.TreeSet;

/**
 * A card or account of the identity as the console remembers it between calls: ids, name, last four, currency,
 * where it was found and when last seen (epoch ms). Never a balance, a card number, a CVV or a token.
 */
public record KnownInstrument(Kind kind, String id, String friendlyName, String lastFour, String currency,
                              Set<Source> sources, long lastSeen) {

    /** Card or account. */
    public enum Kind { CARD, ACCOUNT }

    /** Where the console learnt of the instrument. */
    public enum Source { TRANSFERS, STATEMENTS, BULKS, LOOKED_UP, ADDED_BY_ID }

    public KnownInstrument {
        sources = sources == null ? new TreeSet<>() : new TreeSet<>(sources);
    }

    /** The same instrument also found through {@code more}. */
    public KnownInstrument withSources(Set<Source> more) {
        TreeSet<Source> all = new TreeSet<>(sources);
        all.addAll(more);
        return new KnownInstrument(kind, id, friendlyName, lastFour, currency, all, lastSeen);
    }
}
