package backoffice.client.cards;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.RequestOptions;
import backoffice.client.model.IdentityType;
import backoffice.client.model.ManagedCard;
import backoffice.client.model.SpendLimit;
import backoffice.client.model.SpendRules;
import backoffice.testsupport.SandboxFixture;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random spend-rule edits round-trip: after any sequence of PATCHes, GET shows exactly what an independent model of
 * the PATCH semantics predicts (omitted = unchanged, a list replaces, an empty list clears, a limit list replaces).
 */
class SpendRulesRoundTripPropertyTest {

    private static SandboxFixture sandbox;
    private static ManagedCardsService cards;
    private static String ownerCurrency;

    @BeforeContainer
    static void start() {
        sandbox = SandboxFixture.demo();
        var owner = sandbox.identity(IdentityType.CONSUMER, 2);
        ownerCurrency = sandbox.server.state().accountsOf(owner.id()).get(0).currency();
        cards = sandbox.client().impersonating(sandbox.token(IdentityType.CONSUMER, 2)).managedCards();
    }

    @AfterContainer
    static void stop() {
        assertThat(sandbox.contract.violations()).isEmpty();
        sandbox.close();
    }

    @Property(tries = 60)
    void patchesRoundTrip(@ForAll("edits") List<SpendRules> edits) {
        String card = sandbox.newCard(sandbox.identity(IdentityType.CONSUMER, 2), ManagedCard.DEBIT, "VIRTUAL", 0);
        cards.createSpendRules(card, SpendRules.builder().allowAtm(true).build());
        SpendRules expected = SpendRules.builder().allowAtm(true).build();
        for (SpendRules edit : edits) {
            cards.updateSpendRules(card, edit, RequestOptions.NONE);
            expected = apply(expected, edit);
        }
        SpendRules shown = cards.spendRules(card).cardLevelSpendRules();
        List<SpendLimit> defaultLimit = List.of(SpendLimit.of(ownerCurrency, 0, "ALWAYS"));
        SpendRules want = expected.spendLimit() == null ? expected.toBuilder().spendLimit(defaultLimit).build()
                : expected;
        assertThat(shown).isEqualTo(want);
    }

    /** The oracle: PATCH semantics written independently of the sandbox. */
    private static SpendRules apply(SpendRules cur, SpendRules e) {
        return new SpendRules(list(e.allowedMerchantCategories(), cur.allowedMerchantCategories()),
                list(e.blockedMerchantCategories(), cur.blockedMerchantCategories()),
                list(e.allowedMerchantIds(), cur.allowedMerchantIds()),
                list(e.blockedMerchantIds(), cur.blockedMerchantIds()),
                list(e.allowedMerchantCountries(), cur.allowedMerchantCountries()),
                list(e.blockedMerchantCountries(), cur.blockedMerchantCountries()),
                or(e.allowContactless(), cur.allowContactless()), or(e.allowAtm(), cur.allowAtm()),
                or(e.allowECommerce(), cur.allowECommerce()), or(e.allowCashback(), cur.allowCashback()),
                or(e.allowCreditAuthorisations(), cur.allowCreditAuthorisations()),
                or(e.minTransactionAmount(), cur.minTransactionAmount()),
                or(e.maxTransactionAmount(), cur.maxTransactionAmount()),
                list(e.spendLimit(), cur.spendLimit()), or(e.rolloverPolicy(), cur.rolloverPolicy()), null, null);
    }

    private static <T> List<T> list(List<T> edit, List<T> current) {
        if (edit == null) {
            return current;
        }
        return edit.isEmpty() ? null : edit;
    }

    private static <T> T or(T edit, T current) {
        return edit != null ? edit : current;
    }

    @Provide
    Arbitrary<List<SpendRules>> edits() {
        return edit().list().ofMinSize(1).ofMaxSize(4);
    }

    private Arbitrary<SpendRules> edit() {
        Arbitrary<List<String>> mccs = optionalList(Arbitraries.integers().between(1000, 9999).map(String::valueOf),
                6);
        Arbitrary<List<String>> ids = optionalList(Arbitraries.strings().alpha().numeric().ofMinLength(1)
                .ofMaxLength(12), 4);
        Arbitrary<List<String>> countries = optionalList(Arbitraries.of("MT", "GB", "DE", "FR", "IE", "US", "NL",
                "ES", "IT", "SE"), 5);
        Arbitrary<Boolean> flag = Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.5);
        Arbitrary<Long> amount = Arbitraries.longs().between(0, 1_000_000).injectNull(0.6);
        Arbitrary<List<SpendLimit>> limits = Arbitraries.subsetOf(SpendLimit.INTERVALS).map(intervals -> {
            List<SpendLimit> out = new ArrayList<>();
            long n = 100;
            for (String i : intervals) {
                out.add(SpendLimit.of(ownerCurrency, n += 1_234, i));
            }
            return out;
        }).injectNull(0.5);
        return Combinators.combine(List.of(mccs, mccs, ids, ids, countries, countries)).as(l -> l)
                .flatMap(lists -> Combinators.combine(flag, flag, flag, flag, flag, amount, amount, limits)
                        .as((a, b, c, d, e, min, max, lim) -> SpendRules.builder()
                                .allowedMerchantCategories(cast(lists.get(0)))
                                .blockedMerchantCategories(cast(lists.get(1)))
                                .allowedMerchantIds(cast(lists.get(2))).blockedMerchantIds(cast(lists.get(3)))
                                .allowedMerchantCountries(cast(lists.get(4)))
                                .blockedMerchantCountries(cast(lists.get(5)))
                                .allowContactless(a).allowAtm(b).allowECommerce(c).allowCashback(d)
                                .allowCreditAuthorisations(e).minTransactionAmount(min).maxTransactionAmount(max)
                                .spendLimit(lim).build()));
    }

    @SuppressWarnings("unchecked")
    private static List<String> cast(Object o) {
        return (List<String>) o;
    }

    /** null (omitted) half the time, else a list of distinct values, possibly empty (which clears). */
    private static Arbitrary<List<String>> optionalList(Arbitrary<String> items, int max) {
        return items.list().uniqueElements().ofMaxSize(max).injectNull(0.5);
    }
}
