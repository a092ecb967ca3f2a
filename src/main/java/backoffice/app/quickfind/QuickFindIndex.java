package backoffice.app.quickfind;

import backoffice.app.workspace.InstrumentRow;
import backoffice.app.workspace.KnownInstrument;
import backoffice.client.model.BulkProcess;
import backoffice.client.model.Transfer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ranks what the console knows against what the agent typed in quick find: the workspace's instruments, the recent
 * identities (with their labels), the recent transfers and the identity's bulks. An exact id wins, then the last four digits, then a name
 * or label that starts with the text, then one that contains it, then an id that contains it. An id of 18 digits
 * that matches nothing known is offered as a look-up (card, then account, then transfer).
 */
public final class QuickFindIndex {

    /** What a match opens. */
    public enum Kind { CARD, ACCOUNT, IDENTITY, TRANSFER, BULK, LOOKUP }

    /** One line of the result list; {@code id} is "TYPE:id" for an identity. */
    public record Match(Kind kind, String id, String title, String detail, int score) {
    }

    static final int EXACT_ID = 100;
    static final int LAST_FOUR = 90;
    static final int STARTS_WITH = 70;
    static final int CONTAINS = 50;
    static final int ID_CONTAINS = 40;
    private static final int MAX_RESULTS = 20;

    private QuickFindIndex() {
    }

    public static List<Match> search(String typed, List<InstrumentRow> instruments, List<String> recentIdentities,
                                     Map<String, String> labels, List<Transfer> transfers) {
        return search(typed, instruments, recentIdentities, labels, transfers, List.of());
    }

    public static List<Match> search(String typed, List<InstrumentRow> instruments, List<String> recentIdentities,
                                     Map<String, String> labels, List<Transfer> transfers, List<BulkProcess> bulks) {
        String q = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        List<Match> out = new ArrayList<>();
        if (q.isEmpty()) {
            return out;
        }
        for (InstrumentRow r : instruments) {
            KnownInstrument k = r.known();
            int score = Math.max(score(q, k.id(), k.friendlyName()), q.matches("[0-9]{4}") && q.equals(k.lastFour())
                    ? LAST_FOUR : 0);
            if (score > 0) {
                out.add(new Match(k.kind() == KnownInstrument.Kind.CARD ? Kind.CARD : Kind.ACCOUNT, k.id(),
                        name(k.friendlyName(), k.id()), r.kindText() + " \u00b7 " + r.numberOrCurrency() + " \u00b7 "
                        + k.id(), score));
            }
        }
        for (String key : recentIdentities) {
            String id = key.contains(":") ? key.substring(key.indexOf(':') + 1) : key;
            String label = labels.getOrDefault(key, "");
            int score = score(q, id, label);
            if (score > 0) {
                out.add(new Match(Kind.IDENTITY, key, label.isBlank() ? key.replace(":", " ") : label,
                        key.replace(":", " "), score));
            }
        }
        for (Transfer t : transfers) {
            int score = score(q, t.id(), t.description());
            if (score > 0) {
                out.add(new Match(Kind.TRANSFER, t.id(), name(t.description(), t.id()), "Transfer \u00b7 " + t.state()
                        + " \u00b7 " + t.id(), score));
            }
        }
        for (BulkProcess b : bulks) {
            int score = score(q, b.bulkId(), null);
            if (score > 0) {
                out.add(new Match(Kind.BULK, b.bulkId(), "Bulk " + b.bulkId(), "Bulk \u00b7 " + b.status() + " \u00b7 "
                        + b.submittedItemsCount() + " operations", score));
            }
        }
        out.sort(Comparator.comparingInt(Match::score).reversed());
        if (q.matches("[0-9]{18}") && out.stream().noneMatch(m -> m.score() == EXACT_ID)) {
            out.add(new Match(Kind.LOOKUP, q, q, "Look up as card, then account, then transfer", 0));
        }
        return out.size() > MAX_RESULTS ? out.subList(0, MAX_RESULTS) : out;
    }

    private static int score(String q, String id, String name) {
        if (q.equals(id)) {
            return EXACT_ID;
        }
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (!n.isEmpty() && n.startsWith(q)) {
            return STARTS_WITH;
        }
        if (!n.isEmpty() && n.contains(q)) {
            return CONTAINS;
        }
        return q.length() >= 3 && id != null && id.contains(q) ? ID_CONTAINS : 0;
    }

    private static String name(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }
}
