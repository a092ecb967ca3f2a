package backoffice.sandbox.store;

import backoffice.client.model.InstrumentState;
import backoffice.client.model.TransactionId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Card purchases as a processor would send them: an approved one adds AUTHORISATION and SETTLEMENT entries, a
 * declined one an AUTHORISATION_DECLINE entry with the reason. Checks card state, available funds and the card's
 * spend rules. A purchase in another currency carries its {@link Forex} on every entry. A single-spend card is
 * DESTROYED (SINGLE_SPEND) by its first approved purchase.
 */
public final class Purchases {

    /** What the merchant sent. Amount in the card's minor units. */
    public record Purchase(long amount, String merchantName, String mcc, String country, String merchantId,
                           String channel) {
    }

    /** Whether it went through and, if not, why. */
    public record Outcome(boolean approved, String declineReason) {
    }

    private final SandboxState state;

    public Purchases(SandboxState state) {
        this.state = state;
    }

    public Outcome purchase(Card card, Purchase p, long timestamp) {
        return purchase(card, p, null, timestamp);
    }

    /** {@code p.amount()} is in the card's currency; {@code fx} (or null) says what the merchant asked. */
    public Outcome purchase(Card card, Purchase p, Forex fx, long timestamp) {
        synchronized (state) {
            String reason = declineReason(card, p);
            String ruleFailed = reason == null
                    ? SpendRuleCheck.failedReason(card.spendRules(), p, card.entriesView(), timestamp) : null;
            if (ruleFailed != null) {
                reason = "SPEND_RULE_FAILED";
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("merchantName", p.merchantName());
            fields.put("merchantCategoryCode", p.mcc());
            fields.put("merchantTerminalCountry", p.country());
            if (p.merchantId() != null) {
                fields.put("merchantId", p.merchantId());
            }
            if (card.isDebit()) {
                fields.put("relatedCardId", card.id());
            }
            String txId = state.nextId();
            if (reason != null) {
                fields.put("declineReason", reason);
                if (ruleFailed != null) {
                    fields.put("spendRuleFailedReason", ruleFailed);
                }
                state.note(card, new TransactionId("AUTHORISATION_DECLINE", txId), -p.amount(), timestamp, fields,
                        fx);
                return new Outcome(false, reason);
            }
            fields.put("authorisationState", "COMPLETED");
            state.note(card, new TransactionId("AUTHORISATION", txId), -p.amount(), timestamp, fields, fx);
            state.post(card, new TransactionId("SETTLEMENT", txId), -p.amount(), -p.amount(), 0, timestamp + 1,
                    fields, fx);
            if (card.options().singleSpend()) {
                state.setState(card, new InstrumentState(InstrumentState.State.DESTROYED, null,
                        InstrumentState.DestroyedReason.SINGLE_SPEND));
            }
            return new Outcome(true, null);
        }
    }

    private String declineReason(Card card, Purchase p) {
        InstrumentState s = card.state();
        if (s.state() == InstrumentState.State.DESTROYED) {
            return "CARD_DESTROYED";
        }
        if (s.state() == InstrumentState.State.BLOCKED) {
            return "CARD_BLOCKED";
        }
        if (s.state() == InstrumentState.State.NOT_ENABLED) {
            return "CARD_NOT_ENABLED";
        }
        if (p.amount() <= 0) {
            return "AMOUNT_INVALID";
        }
        if (state.fundsHolder(card).balances().availableBalance() < p.amount()) {
            return "INSUFFICIENT_FUNDS";
        }
        return null;
    }
}
