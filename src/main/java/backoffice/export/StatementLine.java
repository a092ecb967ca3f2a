package backoffice.export;

import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.StatementEntry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One statement row as an agent reads it, and as exports carry it: time, transaction type and id, state, a
 * description (merchant, counterparty, fee type or note), currency, signed amount, fee and balance after, all amounts
 * in minor units, and its {@link EntryExtras} (FX details, available and actual balance after; null when the entry
 * gave none). Compact on purpose: 100,000 of them are held by a pane; repeated strings are shared, and a row without
 * FX shares one extras object.
 */
public record StatementLine(long time, String type, String transactionId, String state, String description,
                            String currency, long amount, long fee, long balanceAfter, EntryExtras extras) {

    private static final Map<String, String> SHARED = new ConcurrentHashMap<>();

    public StatementLine {
        type = share(type);
        state = share(state);
        currency = share(currency);
        description = description == null ? "" : description.length() <= 40 ? share(description) : description;
    }

    /** A row without extras. */
    public StatementLine(long time, String type, String transactionId, String state, String description,
                         String currency, long amount, long fee, long balanceAfter) {
        this(time, type, transactionId, state, description, currency, amount, fee, balanceAfter, null);
    }

    /** The row of an API statement entry. */
    public static StatementLine of(StatementEntry e) {
        CurrencyAmount amount = e.transactionAmount();
        return new StatementLine(e.processedTimestamp(), e.transactionId().type(), e.transactionId().id(),
                e.entryState(), describe(e.additionalFields()), amount.currency(), amount.amount(),
                minor(e.transactionFee() != null ? e.transactionFee() : e.cardholderFee()), minor(e.balanceAfter()),
                EntryExtras.of(e));
    }

    /** Words an agent recognises: the merchant, the other instrument, the fee type, the decline reason or a note. */
    static String describe(Map<String, String> f) {
        if (f == null || f.isEmpty()) {
            return "";
        }
        String merchant = f.get("merchantName");
        if (merchant != null) {
            String reason = f.getOrDefault("spendRuleFailedReason", f.get("declineReason"));
            return reason == null ? merchant : merchant + " — declined: " + reason;
        }
        if (f.containsKey("destinationInstrumentId")) {
            return "To " + f.getOrDefault("destinationInstrumentFriendlyName", f.get("destinationInstrumentId"));
        }
        if (f.containsKey("sourceInstrumentId")) {
            return "From " + f.getOrDefault("sourceInstrumentFriendlyName", f.get("sourceInstrumentId"));
        }
        if (f.containsKey("chargeFeeType")) {
            return "Fee " + f.get("chargeFeeType");
        }
        return f.getOrDefault("description", f.getOrDefault("note", ""));
    }

    private static long minor(CurrencyAmount a) {
        return a == null ? 0 : a.amount();
    }

    private static String share(String s) {
        if (s == null) {
            return null;
        }
        String known = SHARED.putIfAbsent(s, s);
        return known == null ? s : known;
    }
}
