package backoffice.app.transactions;

import backoffice.app.Messages;
import backoffice.app.spendrules.Countries;
import backoffice.app.ui.Money;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.StatementEntry;
import backoffice.client.model.Transfer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every field of a statement entry or a transfer, labelled, in the words and units an agent reads: amounts in major
 * units with their currency, the decline reason naming the rule, the MCC with its category, the country with its
 * name, FX and fees; ids are marked copyable. Fields the server sends that the console does not know are listed too.
 */
public final class TransactionDetail {

    /**
     * One labelled value; {@code copy} marks ids and references; {@code opens} is the card or account the value names
     * (a transfer's source or destination, a card of an account's statement), opened where it belongs, or null.
     */
    public record Field(String label, String value, boolean copy, InstrumentId opens) {

        public Field(String label, String value, boolean copy) {
            this(label, value, copy, null);
        }
    }

    private TransactionDetail() {
    }

    public static List<Field> of(StatementEntry e) {
        List<Field> out = new ArrayList<>();
        Map<String, String> f = e.additionalFields() == null ? Map.of() : e.additionalFields();
        add(out, "detail.type", e.transactionId() == null ? null : e.transactionId().type(), false);
        add(out, "detail.transactionId", e.transactionId() == null ? null : e.transactionId().id(), true);
        add(out, "detail.time", Instant.ofEpochMilli(e.processedTimestamp()).toString(), false);
        add(out, "detail.state", e.entryState(), false);
        // a decline moves no money: what was attempted is the original amount (the transaction amount is 0)
        CurrencyAmount attempted = e.originalAmount() != null ? e.originalAmount() : e.transactionAmount();
        String decline = attempted == null ? null
                : DeclineWording.describe(f, Math.abs(attempted.amount()), attempted.currency());
        add(out, "detail.declineReason", decline, false);
        if (decline != null) {
            add(out, "detail.attempted", money(new CurrencyAmount(attempted.currency(),
                    Math.abs(attempted.amount()))), false);
        } else {
            add(out, "detail.amount", money(e.transactionAmount()), false);
            add(out, "detail.originalAmount", money(e.originalAmount()), false);
        }
        add(out, "detail.fee", money(e.transactionFee()), false);
        add(out, "detail.cardholderFee", money(e.cardholderFee()), false);
        add(out, "detail.balanceAfter", money(e.balanceAfter()), false);
        add(out, "detail.availableAfter", money(e.availableBalanceAfter()), false);
        add(out, "detail.actualAfter", money(e.actualBalanceAfter()), false);
        add(out, "detail.merchant", f.get("merchantName"), false);
        add(out, "detail.mcc", f.get("merchantCategoryCode") == null ? null
                : MccNames.describe(f.get("merchantCategoryCode")), false);
        String country = f.get("merchantTerminalCountry");
        add(out, "detail.country", country == null ? null : Countries.isCode(country)
                ? country + " " + Countries.name(country) : country, false);
        // FX details are the entry's own fields (published contract); older servers put them in additionalFields
        add(out, "detail.forexRate", e.forexRate() != null ? e.forexRate().plain() : f.get("forexRate"), false);
        add(out, "detail.sourceAmount", e.sourceAmount() != null ? money(e.sourceAmount()) : f.get("sourceAmount"),
                false);
        var user = e.userCurrencyTransactionDetails();
        if (user != null) {
            String amount = money(user.userTransactionAmount());
            add(out, "entry.detail.userAmount", user.userExchangeRate() == null ? amount
                    : Messages.get("entry.detail.userRate", amount == null ? "" : amount, user.userExchangeRate())
                    .trim(), false);
        }
        for (Map.Entry<String, String> other : f.entrySet()) {
            if (!KNOWN.contains(other.getKey())) {
                boolean card = "relatedCardId".equals(other.getKey()) && other.getValue() != null;
                out.add(new Field(extraLabel(other.getKey()), other.getValue(), other.getKey().endsWith("Id"),
                        card ? InstrumentId.card(other.getValue()) : null));
            }
        }
        return out;
    }

    public static List<Field> of(Transfer t) {
        List<Field> out = new ArrayList<>();
        add(out, "detail.transferId", t.id(), true);
        add(out, "detail.state", t.state(), false);
        add(out, "detail.amount", money(t.destinationAmount()), false);
        instrument(out, "detail.source", t.source());
        instrument(out, "detail.destination", t.destination());
        add(out, "detail.description", t.description(), false);
        add(out, "detail.time", Instant.ofEpochMilli(t.creationTimestamp()).toString(), false);
        add(out, "detail.scheduled", t.scheduledTimestamp(), false);
        add(out, "detail.executed", t.executionTimestamp(), false);
        add(out, "detail.cancellation", t.cancellationReason(), false);
        add(out, "detail.profileId", t.profileId(), true);
        add(out, "detail.tag", t.tag(), false);
        return out;
    }

    /** The whole row as "Label: value" lines, for the clipboard. */
    public static String asText(List<Field> fields) {
        return fields.stream().map(f -> f.label() + ": " + f.value()).collect(Collectors.joining("\n")) + "\n";
    }

    /**
     * The label of a field the server sent beyond the known ones: its own words when the console knows the field
     * ({@code relatedCardId} is "Card used"), else the field name in words ("someNewField" reads "Some new field").
     */
    static String extraLabel(String field) {
        String known = Messages.find("detail.extra." + field);
        if (known != null) {
            return known;
        }
        String words = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2")
                .replace('_', ' ').trim().toLowerCase(Locale.ROOT);
        return words.isEmpty() ? field : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static final Set<String> KNOWN = Set.of("merchantName", "merchantCategoryCode",
            "merchantTerminalCountry", "forexRate", "sourceAmount", "declineReason", "spendRuleFailedReason");

    /** "card 1101…" or "account 1101…"; the value copies the id alone and the field opens the instrument. */
    private static void instrument(List<Field> out, String key, InstrumentId id) {
        if (id == null || id.id() == null || id.id().isBlank()) {
            return;
        }
        out.add(new Field(Messages.get(key) + " (" + Messages.get(id.isCard()
                ? "detail.kind.card" : "detail.kind.account") + ")", id.id(), true, id));
    }

    private static void add(List<Field> out, String key, String value, boolean copy) {
        if (value != null && !value.isBlank()) {
            out.add(new Field(Messages.get(key), value, copy));
        }
    }

    private static String money(CurrencyAmount a) {
        return a == null || a.currency() == null ? null : Money.format(a.amount(), a.currency());
    }
}
