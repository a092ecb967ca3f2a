package backoffice.sandbox.routes;

import backoffice.client.model.StatementEntry;
import backoffice.client.model.StatementTransactionTypes;
import backoffice.sandbox.http.Body;
import backoffice.sandbox.http.Exchange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query of a statement request (§4.2), validated the API's way: both ends of the range inclusive, newest first
 * unless {@code orderByTimestamp=ASC}, {@code transactionType} repeatable (§9.6), fund movements only (accounts),
 * one entry per transaction (completed entries only; the default for PDF).
 */
record StatementFilter(boolean ascending, Long from, Long to, boolean fundMovementsOnly, boolean singleEntry,
                       Set<String> types) {

    private static final Set<String> TYPES = Set.copyOf(StatementTransactionTypes.ALL);

    /** Reads the query; problems are recorded in {@code errors}. {@code pdf} decides the single-entry default. */
    static StatementFilter of(Exchange ex, boolean account, boolean pdf, Body errors) {
        String order = ex.queryFirst("orderByTimestamp");
        if (order != null && !order.equals("ASC") && !order.equals("DESC")) {
            errors.reject("orderByTimestamp", "INVALID_TYPE_OR_VALUE", "orderByTimestamp must be ASC or DESC");
        }
        Long from = timestamp(ex, "fromTimestamp", errors);
        Long to = timestamp(ex, "toTimestamp", errors);
        if (from != null && to != null && to <= from) {
            errors.reject("toTimestamp", "INVALID_TYPE_OR_VALUE", "toTimestamp must be later than fromTimestamp");
        }
        List<String> types = new ArrayList<>();
        for (String t : ex.queryAll("transactionType")) {
            if (!TYPES.contains(t)) {
                errors.reject("transactionType", "INVALID_TYPE_OR_VALUE", "Unknown transactionType " + t);
            }
            types.add(t);
        }
        boolean fundsOnly = account && bool(ex, "showFundMovementsOnly", false, errors);
        boolean single = bool(ex, "singleEntryPerTransaction", pdf, errors);
        return new StatementFilter("ASC".equals(order), from, to, fundsOnly, single, Set.copyOf(types));
    }

    /** The matching entries of a ledger kept oldest first, in the requested order. */
    List<StatementEntry> apply(List<StatementEntry> ledger) {
        List<StatementEntry> out = new ArrayList<>();
        for (StatementEntry e : ledger) {
            if (matches(e)) {
                out.add(e);
            }
        }
        if (singleEntry) {
            Map<String, StatementEntry> last = new LinkedHashMap<>();
            for (StatementEntry e : out) {
                if ("COMPLETED".equals(e.entryState())) {
                    last.remove(e.transactionId().type() + ":" + e.transactionId().id());
                    last.put(e.transactionId().type() + ":" + e.transactionId().id(), e);
                }
            }
            out = new ArrayList<>(last.values());
        }
        if (!ascending) {
            Collections.reverse(out);
        }
        return out;
    }

    private boolean matches(StatementEntry e) {
        long t = e.processedTimestamp();
        if ((from != null && t < from) || (to != null && t > to)) {
            return false;
        }
        if (!types.isEmpty() && !types.contains(e.transactionId().type())) {
            return false;
        }
        return !fundMovementsOnly || e.actualBalanceAdjustment() != null && e.actualBalanceAdjustment().amount() != 0
                || e.availableBalanceAdjustment() != null && e.availableBalanceAdjustment().amount() != 0;
    }

    private static Long timestamp(Exchange ex, String name, Body errors) {
        String v = ex.queryFirst(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            errors.reject(name, "INVALID_TYPE_OR_VALUE", name + " must be epoch milliseconds");
            return null;
        }
    }

    private static boolean bool(Exchange ex, String name, boolean fallback, Body errors) {
        String v = ex.queryFirst(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        if (!v.equals("true") && !v.equals("false")) {
            errors.reject(name, "INVALID_TYPE_OR_VALUE", name + " must be true or false");
            return fallback;
        }
        return Boolean.parseBoolean(v);
    }
}
