package backoffice.app.statements;

import backoffice.client.statements.StatementQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The filters a statement was loaded and shown with, in words, as an export's signed manifest carries them. */
final class StatementFilters {

    private StatementFilters() {
    }

    /**
     * What was asked of the server: the dates as the agent chose them (an open end says the day it was loaded),
     * order, types and options.
     */
    static Map<String, String> of(LocalDate from, LocalDate to, LocalDate loadDay, StatementQuery q) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("from", from == null ? "start" : from.toString());
        f.put("to", to == null ? "now (loaded " + loadDay + ")" : to.toString());
        f.put("order", q.ascending() ? "oldest first" : "newest first");
        f.put("types", q.transactionTypes().isEmpty() ? "all" : String.join(" ", q.transactionTypes()));
        if (q.fundMovementsOnly() != null) {
            f.put("fundMovementsOnly", "true");
        }
        if (q.singleEntryPerTransaction() != null) {
            f.put("singleEntryPerTransaction", "true");
        }
        return f;
    }

    /** The period for a file name: "2026-11-01_2026-11-30"; an open start is "start", an open end the load day. */
    static String period(LocalDate from, LocalDate to, LocalDate loadDay) {
        return (from == null ? "start" : from.toString()) + "_" + (to == null ? loadDay : to);
    }

    /**
     * The server's filters plus what the screen narrowed (search, shown type) and, for a short load, what is missing:
     * the manifest is signed with its filters, so an export of a short load says so where it cannot be lost.
     */
    static Map<String, String> withScreen(Map<String, String> server, String search, String shownType,
                                          String incomplete) {
        Map<String, String> f = new LinkedHashMap<>(server);
        if (search != null && !search.isBlank()) {
            f.put("search", search.trim());
        }
        if (shownType != null && !shownType.isEmpty()) {
            f.put("shownType", shownType);
        }
        if (incomplete != null && !incomplete.isEmpty()) {
            f.put("incomplete", incomplete);
        }
        return f;
    }
}
