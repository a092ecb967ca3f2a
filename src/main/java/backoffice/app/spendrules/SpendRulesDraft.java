package backoffice.app.spendrules;

import backoffice.app.Messages;
import backoffice.app.ui.Money;
import backoffice.client.model.SpendLimit;
import backoffice.client.model.SpendRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the agent typed in the editor, as text, turned into card-level {@link SpendRules} or into a sentence per
 * field saying what is wrong. Lists are comma- or space-separated; amounts are in major units of the card's
 * currency (minor units on the wire); a blank field means "not set". Limits are one per interval.
 */
public record SpendRulesDraft(Map<RuleField, String> texts, Map<String, String> limits, Boolean allowContactless,
                              Boolean allowAtm, Boolean allowECommerce, Boolean allowCashback,
                              Boolean allowCreditAuthorisations) {

    private static final Pattern MCC = Pattern.compile("^[0-9]{4}$");
    private static final Pattern MERCHANT_ID = Pattern.compile("^[A-Za-z0-9_.:-]{1,64}$");
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
    static final int MAX_MERCHANT_ITEMS = 200;
    static final int MAX_COUNTRIES = 50;

    /** The outcome: the rules when every field is valid, and the problems by field (limits by interval). */
    public record Result(SpendRules rules, Map<RuleField, String> errors, Map<String, String> limitErrors) {

        public boolean valid() {
            return errors.isEmpty() && limitErrors.isEmpty();
        }
    }

    /** The draft that shows the given rules (a debit card's default {@code ALWAYS 0} limit shows as none). */
    public static SpendRulesDraft of(SpendRules r, String currency) {
        Map<RuleField, String> texts = new EnumMap<>(RuleField.class);
        texts.put(RuleField.ALLOWED_MCC, join(r.allowedMerchantCategories()));
        texts.put(RuleField.BLOCKED_MCC, join(r.blockedMerchantCategories()));
        texts.put(RuleField.ALLOWED_IDS, join(r.allowedMerchantIds()));
        texts.put(RuleField.BLOCKED_IDS, join(r.blockedMerchantIds()));
        texts.put(RuleField.ALLOWED_COUNTRIES, join(r.allowedMerchantCountries()));
        texts.put(RuleField.BLOCKED_COUNTRIES, join(r.blockedMerchantCountries()));
        texts.put(RuleField.MIN_AMOUNT, amount(r.minTransactionAmount(), currency));
        texts.put(RuleField.MAX_AMOUNT, amount(r.maxTransactionAmount(), currency));
        Map<String, String> limits = new LinkedHashMap<>();
        SpendLimit.INTERVALS.forEach(i -> limits.put(i, ""));
        for (SpendLimit l : effectiveLimits(r.spendLimit())) {
            limits.put(l.interval(), Money.plain(l.value().amount(), l.value().currency()));
        }
        return new SpendRulesDraft(texts, limits, r.allowContactless(), r.allowAtm(), r.allowECommerce(),
                r.allowCashback(), r.allowCreditAuthorisations());
    }

    /** The limits that are really set: the API's default {@code [ALWAYS 0]} for a debit card means "none". */
    public static List<SpendLimit> effectiveLimits(List<SpendLimit> limits) {
        if (limits == null || limits.size() == 1 && "ALWAYS".equals(limits.get(0).interval())
                && limits.get(0).value().amount() == 0) {
            return List.of();
        }
        return limits;
    }

    /** Validates every field; the rules are built only when all are valid. */
    public Result validate(String currency, boolean limitsSupported) {
        Map<RuleField, String> errors = new EnumMap<>(RuleField.class);
        Map<String, String> limitErrors = new LinkedHashMap<>();
        SpendRules.Builder b = SpendRules.builder()
                .allowedMerchantCategories(list(RuleField.ALLOWED_MCC, errors))
                .blockedMerchantCategories(list(RuleField.BLOCKED_MCC, errors))
                .allowedMerchantIds(list(RuleField.ALLOWED_IDS, errors))
                .blockedMerchantIds(list(RuleField.BLOCKED_IDS, errors))
                .allowedMerchantCountries(list(RuleField.ALLOWED_COUNTRIES, errors))
                .blockedMerchantCountries(list(RuleField.BLOCKED_COUNTRIES, errors))
                .allowContactless(allowContactless).allowAtm(allowAtm).allowECommerce(allowECommerce)
                .allowCashback(allowCashback).allowCreditAuthorisations(allowCreditAuthorisations)
                .minTransactionAmount(amount(RuleField.MIN_AMOUNT, currency, errors))
                .maxTransactionAmount(amount(RuleField.MAX_AMOUNT, currency, errors));
        Long min = b.build().minTransactionAmount();
        Long max = b.build().maxTransactionAmount();
        if (min != null && max != null && max > 0 && min > max) {
            errors.put(RuleField.MAX_AMOUNT, Messages.get("rules.minAboveMax"));
        }
        List<SpendLimit> spend = new ArrayList<>();
        for (Map.Entry<String, String> e : limits.entrySet()) {
            String text = e.getValue() == null ? "" : e.getValue().trim();
            if (text.isEmpty()) {
                continue;
            }
            if (!limitsSupported) {
                limitErrors.put(e.getKey(), Messages.get("rules.limitsPrepaid"));
                continue;
            }
            try {
                spend.add(SpendLimit.of(currency, Money.parse(text, currency), e.getKey()));
            } catch (IllegalArgumentException bad) {
                limitErrors.put(e.getKey(), bad.getMessage());
            }
        }
        b.spendLimit(spend.isEmpty() ? null : spend);
        SpendRules rules = errors.isEmpty() && limitErrors.isEmpty() ? b.build() : null;
        return new Result(rules, errors, limitErrors);
    }

    /** The values both allowed and blocked (blocked wins), for the warning; empty when there are none. */
    public Set<String> overlaps() {
        Set<String> out = new LinkedHashSet<>();
        overlap(RuleField.ALLOWED_MCC, RuleField.BLOCKED_MCC, out);
        overlap(RuleField.ALLOWED_IDS, RuleField.BLOCKED_IDS, out);
        overlap(RuleField.ALLOWED_COUNTRIES, RuleField.BLOCKED_COUNTRIES, out);
        return out;
    }

    /** "MT Malta, GB United Kingdom" for a country field; unknown codes are left out. */
    public String countryNames(RuleField field) {
        List<String> names = new ArrayList<>();
        for (String code : items(field)) {
            String c = code.toUpperCase(Locale.ROOT);
            if (Countries.isCode(c)) {
                names.add(c + " " + Countries.name(c));
            }
        }
        return String.join(", ", names);
    }

    private void overlap(RuleField allowed, RuleField blocked, Set<String> out) {
        List<String> a = items(allowed).stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
        for (String v : items(blocked)) {
            if (a.contains(v.toUpperCase(Locale.ROOT))) {
                out.add(v.toUpperCase(Locale.ROOT));
            }
        }
    }

    List<String> items(RuleField field) {
        String text = texts.getOrDefault(field, "");
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(List.of(SEPARATORS.split(text.trim()))));
    }

    private List<String> list(RuleField field, Map<RuleField, String> errors) {
        List<String> items = items(field);
        if (items.isEmpty()) {
            return null;
        }
        boolean countries = field == RuleField.ALLOWED_COUNTRIES || field == RuleField.BLOCKED_COUNTRIES;
        boolean mcc = field == RuleField.ALLOWED_MCC || field == RuleField.BLOCKED_MCC;
        int max = countries ? MAX_COUNTRIES : MAX_MERCHANT_ITEMS;
        if (items.size() > max) {
            errors.put(field, Messages.get("rules.tooMany", max));
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String item : items) {
            String v = countries ? item.toUpperCase(Locale.ROOT) : item;
            boolean ok = countries ? Countries.isCode(v) : mcc ? MCC.matcher(v).matches()
                    : MERCHANT_ID.matcher(v).matches();
            if (!ok) {
                errors.put(field, Messages.get(countries ? "rules.badCountry" : mcc ? "rules.badMcc"
                        : "rules.badMerchantId", item));
                return null;
            }
            out.add(v);
        }
        return out;
    }

    private Long amount(RuleField field, String currency, Map<RuleField, String> errors) {
        String text = texts.getOrDefault(field, "");
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Money.parse(text, currency);
        } catch (IllegalArgumentException bad) {
            errors.put(field, bad.getMessage());
            return null;
        }
    }

    private static String join(List<String> list) {
        return list == null ? "" : String.join(", ", list);
    }

    private static String amount(Long minor, String currency) {
        return minor == null || minor == 0 ? "" : Money.plain(minor, currency);
    }
}
