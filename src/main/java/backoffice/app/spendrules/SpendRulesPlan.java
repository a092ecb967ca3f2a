package backoffice.app.spendrules;

import backoffice.app.Messages;
import backoffice.app.ui.Money;
import backoffice.client.ApiResult;
import backoffice.client.BackOfficeClient;
import backoffice.client.RequestOptions;
import backoffice.client.codes.ErrorCode;
import backoffice.client.error.ConflictException;
import backoffice.client.model.SpendLimit;
import backoffice.client.model.SpendRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What saving the editor will do, and the before/after lines the agent confirms: POST for a card without rules,
 * PATCH with only what changed, DELETE to clear everything, or — when a switch goes back to "not set", which a
 * PATCH cannot express — DELETE then POST of the whole set. A 0 amount and the debit default limit count as unset.
 */
public record SpendRulesPlan(Kind kind, SpendRules body, List<String> lines) {

    /** The request(s) the plan sends. */
    public enum Kind { NOTHING, CREATE, UPDATE, REPLACE, DELETE }

    /** Sends the plan and returns the request-ref; a card whose (empty) rules exist answers POST with 409, and then gets a PATCH instead. */
    String sendTo(BackOfficeClient client, String id) {
        var cards = client.managedCards();
        ApiResult<Void> r = switch (kind()) {
            case CREATE -> {
                try {
                    yield cards.createSpendRules(id, body());
                } catch (ConflictException e) {
                    if (!e.hasCode(ErrorCode.SPEND_RULE_ALREADY_SET)) {
                        throw e;
                    }
                    yield cards.updateSpendRules(id, body(), RequestOptions.NONE);
                }
            }
            case UPDATE -> cards.updateSpendRules(id, body(), RequestOptions.NONE);
            case REPLACE -> {
                cards.deleteSpendRules(id);
                yield cards.createSpendRules(id, body());
            }
            case DELETE -> cards.deleteSpendRules(id);
            case NOTHING -> new ApiResult<>(null, null);
        };
        return r.requestRef();
    }

    public static SpendRulesPlan between(SpendRules current, SpendRules desired, String currency) {
        SpendRules before = normalise(current);
        SpendRules after = normalise(desired);
        if (before.equals(after)) {
            return new SpendRulesPlan(Kind.NOTHING, null, List.of());
        }
        List<String> lines = lines(before, after, currency);
        if (before.isEmpty()) {
            return new SpendRulesPlan(Kind.CREATE, after, lines);
        }
        if (after.isEmpty()) {
            return new SpendRulesPlan(Kind.DELETE, null, lines);
        }
        if (unsets(before, after, SpendRules::allowContactless) || unsets(before, after, SpendRules::allowAtm)
                || unsets(before, after, SpendRules::allowECommerce) || unsets(before, after, SpendRules::allowCashback)
                || unsets(before, after, SpendRules::allowCreditAuthorisations)
                || unsets(before, after, SpendRules::rolloverPolicy)) {
            return new SpendRulesPlan(Kind.REPLACE, after, lines);
        }
        SpendRules.Builder patch = SpendRules.builder();
        if (changed(before, after, SpendRules::allowedMerchantCategories)) {
            patch.allowedMerchantCategories(orEmpty(after.allowedMerchantCategories()));
        }
        if (changed(before, after, SpendRules::blockedMerchantCategories)) {
            patch.blockedMerchantCategories(orEmpty(after.blockedMerchantCategories()));
        }
        if (changed(before, after, SpendRules::allowedMerchantIds)) {
            patch.allowedMerchantIds(orEmpty(after.allowedMerchantIds()));
        }
        if (changed(before, after, SpendRules::blockedMerchantIds)) {
            patch.blockedMerchantIds(orEmpty(after.blockedMerchantIds()));
        }
        if (changed(before, after, SpendRules::allowedMerchantCountries)) {
            patch.allowedMerchantCountries(orEmpty(after.allowedMerchantCountries()));
        }
        if (changed(before, after, SpendRules::blockedMerchantCountries)) {
            patch.blockedMerchantCountries(orEmpty(after.blockedMerchantCountries()));
        }
        if (changed(before, after, SpendRules::allowContactless)) {
            patch.allowContactless(after.allowContactless());
        }
        if (changed(before, after, SpendRules::allowAtm)) {
            patch.allowAtm(after.allowAtm());
        }
        if (changed(before, after, SpendRules::allowECommerce)) {
            patch.allowECommerce(after.allowECommerce());
        }
        if (changed(before, after, SpendRules::allowCashback)) {
            patch.allowCashback(after.allowCashback());
        }
        if (changed(before, after, SpendRules::allowCreditAuthorisations)) {
            patch.allowCreditAuthorisations(after.allowCreditAuthorisations());
        }
        if (changed(before, after, SpendRules::minTransactionAmount)) {
            patch.minTransactionAmount(after.minTransactionAmount() == null ? 0L : after.minTransactionAmount());
        }
        if (changed(before, after, SpendRules::maxTransactionAmount)) {
            patch.maxTransactionAmount(after.maxTransactionAmount() == null ? 0L : after.maxTransactionAmount());
        }
        if (changed(before, after, SpendRules::spendLimit)) {
            patch.spendLimit(orEmpty(after.spendLimit()));
        }
        return new SpendRulesPlan(Kind.UPDATE, patch.build(), lines);
    }

    private static <T> boolean changed(SpendRules a, SpendRules b, Function<SpendRules, T> f) {
        return !Objects.equals(f.apply(a), f.apply(b));
    }

    private static <T> boolean unsets(SpendRules a, SpendRules b, Function<SpendRules, T> f) {
        return f.apply(a) != null && f.apply(b) == null;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Comparable form: empty lists and 0 amounts are unset; the debit default limit is no limit. */
    static SpendRules normalise(SpendRules r) {
        if (r == null) {
            return SpendRules.NONE;
        }
        List<SpendLimit> limits = SpendRulesDraft.effectiveLimits(r.spendLimit());
        return new SpendRules(unset(r.allowedMerchantCategories()), unset(r.blockedMerchantCategories()),
                unset(r.allowedMerchantIds()), unset(r.blockedMerchantIds()), unset(r.allowedMerchantCountries()),
                unset(r.blockedMerchantCountries()), r.allowContactless(), r.allowAtm(), r.allowECommerce(),
                r.allowCashback(), r.allowCreditAuthorisations(), unset(r.minTransactionAmount()),
                unset(r.maxTransactionAmount()), unset(limits), r.rolloverPolicy(), null, null);
    }

    private static <T> List<T> unset(List<T> l) {
        return l == null || l.isEmpty() ? null : List.copyOf(l);
    }

    private static Long unset(Long v) {
        return v == null || v == 0 ? null : v;
    }

    private static List<String> lines(SpendRules a, SpendRules b, String ccy) {
        List<String> out = new ArrayList<>();
        line(out, "allowedMcc", a.allowedMerchantCategories(), b.allowedMerchantCategories(), SpendRulesPlan::list);
        line(out, "blockedMcc", a.blockedMerchantCategories(), b.blockedMerchantCategories(), SpendRulesPlan::list);
        line(out, "allowedIds", a.allowedMerchantIds(), b.allowedMerchantIds(), SpendRulesPlan::list);
        line(out, "blockedIds", a.blockedMerchantIds(), b.blockedMerchantIds(), SpendRulesPlan::list);
        line(out, "allowedCountries", a.allowedMerchantCountries(), b.allowedMerchantCountries(),
                SpendRulesPlan::list);
        line(out, "blockedCountries", a.blockedMerchantCountries(), b.blockedMerchantCountries(),
                SpendRulesPlan::list);
        line(out, "allowContactless", a.allowContactless(), b.allowContactless(), SpendRulesPlan::flag);
        line(out, "allowAtm", a.allowAtm(), b.allowAtm(), SpendRulesPlan::flag);
        line(out, "allowECommerce", a.allowECommerce(), b.allowECommerce(), SpendRulesPlan::flag);
        line(out, "allowCashback", a.allowCashback(), b.allowCashback(), SpendRulesPlan::flag);
        line(out, "allowCreditAuthorisations", a.allowCreditAuthorisations(), b.allowCreditAuthorisations(),
                SpendRulesPlan::flag);
        line(out, "minAmount", a.minTransactionAmount(), b.minTransactionAmount(), v -> Money.format(v, ccy));
        line(out, "maxAmount", a.maxTransactionAmount(), b.maxTransactionAmount(), v -> Money.format(v, ccy));
        line(out, "limits", a.spendLimit(), b.spendLimit(), SpendRulesPlan::limits);
        return out;
    }

    private static <T> void line(List<String> out, String key, T before, T after, Function<T, String> show) {
        if (Objects.equals(before, after)) {
            return;
        }
        String notSet = Messages.get("rules.notSet");
        out.add(Messages.get("rules.diffLine", Messages.get("rules.f." + key),
                before == null ? notSet : show.apply(before), after == null ? notSet : show.apply(after)));
    }

    private static String list(List<String> l) {
        return String.join(", ", l);
    }

    private static String flag(Boolean b) {
        return Messages.get(b ? "rules.allow" : "rules.block");
    }

    private static String limits(List<SpendLimit> l) {
        List<String> parts = new ArrayList<>();
        for (SpendLimit s : l) {
            parts.add(s.interval() + " " + Money.format(s.value().amount(), s.value().currency()));
        }
        return String.join(", ", parts);
    }
}
