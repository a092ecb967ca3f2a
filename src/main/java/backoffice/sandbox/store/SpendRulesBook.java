package backoffice.sandbox.store;

import backoffice.client.codes.ErrorCode;
import backoffice.client.json.Json;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.SpendLimit;
import backoffice.client.model.SpendRules;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Card-level spend rules: create (once), patch (omitted = unchanged, a list replaces, an empty list clears, spend
 * limits OVERWRITE or INCREMENT), delete, and the all-levels view. The 409 checks of §5.4 run after validation:
 * destroyed card, spend limits on a prepaid card, limit currency, duplicate interval, negative limit.
 */
public final class SpendRulesBook {

    /** What the card's profile allows (read-only to the console): every channel on, no lists. */
    private static final SpendRules PROFILE = SpendRules.builder().allowContactless(true).allowAtm(true)
            .allowECommerce(true).allowCashback(true).allowCreditAuthorisations(true).build();

    private final SandboxState state;

    public SpendRulesBook(SandboxState state) {
        this.state = state;
    }

    public void create(Card card, SpendRules rules) {
        synchronized (state) {
            if (card.spendRules() != null) {
                throw Refusal.conflict(ErrorCode.SPEND_RULE_ALREADY_SET);
            }
            checkConflicts(card, rules);
            state.setSpendRules(card, normalise(rules));
        }
    }

    public void update(Card card, SpendRules changes) {
        synchronized (state) {
            SpendRules current = card.spendRules();
            if (current == null) {
                throw Refusal.notFound("No card-level spend rules to update");
            }
            checkConflicts(card, changes);
            state.setSpendRules(card, normalise(merge(current, changes)));
        }
    }

    public void delete(Card card) {
        synchronized (state) {
            if (card.spendRules() == null) {
                throw Refusal.notFound("No card-level spend rules to delete");
            }
            if (card.state().state() == InstrumentState.State.DESTROYED) {
                throw Refusal.conflict(ErrorCode.INSTRUMENT_DESTROYED);
            }
            state.setSpendRules(card, null);
        }
    }

    /**
     * The GET body: the deprecated top-level copy of the card level, then each level. A debit card without a
     * limit shows the default {@code ALWAYS 0}; a prepaid card never shows {@code spendLimit}.
     */
    public ObjectNode view(Card card) {
        SpendRules own = card.spendRules() == null ? SpendRules.NONE : card.spendRules();
        if (card.isDebit() && own.spendLimit() == null) {
            own = own.toBuilder().spendLimit(List.of(SpendLimit.of(card.currency(), 0, "ALWAYS"))).build();
        }
        ObjectNode body = Json.mapper().valueToTree(own);
        body.set("cardLevelSpendRules", Json.mapper().valueToTree(own));
        ObjectNode profile = Json.mapper().valueToTree(PROFILE);
        profile.put("authForwardingEnabled", false);
        body.set("profileLevelSpendRules", profile);
        body.set("identityLevelSpendRules", Json.mapper().createObjectNode());
        return body;
    }

    private static void checkConflicts(Card card, SpendRules rules) {
        if (card.state().state() == InstrumentState.State.DESTROYED) {
            throw Refusal.conflict(ErrorCode.INSTRUMENT_DESTROYED);
        }
        List<SpendLimit> limits = rules.spendLimit();
        if (limits == null || limits.isEmpty()) {
            return;
        }
        if (!card.isDebit()) {
            throw Refusal.conflict(ErrorCode.SPEND_LIMIT_NOT_SUPPORTED_FOR_PREPAID_MODE_CARD);
        }
        Set<String> intervals = new HashSet<>();
        for (SpendLimit l : limits) {
            if (!card.currency().equals(l.value().currency())) {
                throw Refusal.conflict(ErrorCode.SPEND_LIMIT_CURRENCY_DIFFERENT_FROM_CARD_CURRENCY);
            }
            if (!intervals.add(l.interval())) {
                throw Refusal.conflict(ErrorCode.SPEND_LIMIT_DUPLICATE_INTERVAL);
            }
            if (l.value().amount() < 0) {
                throw Refusal.conflict(ErrorCode.SPEND_LIMIT_AMOUNT_INVALID);
            }
        }
    }

    private static SpendRules merge(SpendRules cur, SpendRules ch) {
        return new SpendRules(pick(ch.allowedMerchantCategories(), cur.allowedMerchantCategories()),
                pick(ch.blockedMerchantCategories(), cur.blockedMerchantCategories()),
                pick(ch.allowedMerchantIds(), cur.allowedMerchantIds()),
                pick(ch.blockedMerchantIds(), cur.blockedMerchantIds()),
                pick(ch.allowedMerchantCountries(), cur.allowedMerchantCountries()),
                pick(ch.blockedMerchantCountries(), cur.blockedMerchantCountries()),
                pick(ch.allowContactless(), cur.allowContactless()), pick(ch.allowAtm(), cur.allowAtm()),
                pick(ch.allowECommerce(), cur.allowECommerce()), pick(ch.allowCashback(), cur.allowCashback()),
                pick(ch.allowCreditAuthorisations(), cur.allowCreditAuthorisations()),
                pick(ch.minTransactionAmount(), cur.minTransactionAmount()),
                pick(ch.maxTransactionAmount(), cur.maxTransactionAmount()),
                "INCREMENT".equals(ch.updateSpendLimitMethod()) ? increment(cur.spendLimit(), ch.spendLimit())
                        : pick(ch.spendLimit(), cur.spendLimit()),
                pick(ch.rolloverPolicy(), cur.rolloverPolicy()), null, null);
    }

    /** INCREMENT: each given limit adds its value to the stored limit of the same interval (or is added). */
    private static List<SpendLimit> increment(List<SpendLimit> current, List<SpendLimit> given) {
        if (given == null) {
            return current;
        }
        List<SpendLimit> out = new ArrayList<>(current == null ? List.of() : current);
        for (SpendLimit g : given) {
            int i = indexOf(out, g.interval());
            if (i < 0) {
                out.add(g);
            } else {
                SpendLimit old = out.get(i);
                out.set(i, new SpendLimit(new CurrencyAmount(old.value().currency(),
                        BalanceMath.sum(old.value().amount(), g.value().amount())), old.interval(),
                        old.startTimestamp()));
            }
        }
        return out;
    }

    private static int indexOf(List<SpendLimit> limits, String interval) {
        for (int i = 0; i < limits.size(); i++) {
            if (limits.get(i).interval().equals(interval)) {
                return i;
            }
        }
        return -1;
    }

    private static <T> T pick(T change, T current) {
        return change != null ? change : current;
    }

    /** Empty lists mean "not set"; the method is a request detail, never stored. */
    private static SpendRules normalise(SpendRules r) {
        return new SpendRules(empty(r.allowedMerchantCategories()), empty(r.blockedMerchantCategories()),
                empty(r.allowedMerchantIds()), empty(r.blockedMerchantIds()), empty(r.allowedMerchantCountries()),
                empty(r.blockedMerchantCountries()), r.allowContactless(), r.allowAtm(), r.allowECommerce(),
                r.allowCashback(), r.allowCreditAuthorisations(), r.minTransactionAmount(), r.maxTransactionAmount(),
                empty(r.spendLimit()), r.rolloverPolicy(), null, null);
    }

    private static <T> List<T> empty(List<T> list) {
        return list == null || list.isEmpty() ? null : List.copyOf(list);
    }
}
