package backoffice.app.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.transactions.TransactionDetail.Field;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.SpendRules;
import backoffice.client.model.StatementEntry;
import backoffice.client.model.TransactionId;
import backoffice.client.model.Transfer;
import backoffice.client.statements.StatementQuery;
import backoffice.testsupport.SandboxFixture;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The detail of a declined purchase read back from a real sandbox statement. */
class TransactionDetailTest {

    @Test
    void aDeclinedPurchaseNamesTheRuleMerchantCategoryCountryAndAttemptedAmount() {
        try (SandboxFixture sandbox = SandboxFixture.demo()) {
            var owner = sandbox.identity(IdentityType.CONSUMER, 1);
            String card = sandbox.newCard(owner, "PREPAID_MODE", "VIRTUAL", 50_00);
            sandbox.server.state().setSpendRules(sandbox.server.state().card(card).orElseThrow(),
                    SpendRules.builder().blockedMerchantCategories(List.of("7995")).build());
            sandbox.admin("/sandbox/card_purchases", "{\"managedCardId\":\"" + card + "\",\"amount\":2500,"
                    + "\"merchantName\":\"Lucky Casino\",\"merchantCategoryCode\":\"7995\","
                    + "\"merchantCountry\":\"MT\"}", 201);
            var client = sandbox.client().impersonating(sandbox.token(IdentityType.CONSUMER, 1));
            StatementEntry declined = client.statements().page(InstrumentId.card(card), StatementQuery.ALL, 0, 10)
                    .entry().stream().filter(e -> e.transactionId().type().equals("AUTHORISATION_DECLINE"))
                    .findFirst().orElseThrow();
            Map<String, String> fields = TransactionDetail.of(declined).stream()
                    .collect(Collectors.toMap(Field::label, Field::value));
            assertThat(fields).containsEntry("Declined because",
                    "merchant category 7995 Betting/Casino Gambling is blocked on this card")
                    .containsEntry("Merchant", "Lucky Casino")
                    .containsEntry("Merchant category", "7995 Betting/Casino Gambling")
                    .containsEntry("Country", "MT Malta")
                    .containsKey("Attempted amount")
                    .containsEntry("Transaction id", declined.transactionId().id());
            assertThat(fields.get("Attempted amount")).isEqualTo("25.00 GBP");
            assertThat(TransactionDetail.asText(TransactionDetail.of(declined))).contains("Merchant: Lucky Casino\n");
        }
    }

    @Test
    void aTransfersSourceAndDestinationOpenWhereTheyBelongAndCopyTheIdAlone() {
        var t = new Transfer("110170049121099001", "1", null,
                InstrumentId.account("110170049121026015"), InstrumentId.card("110170049121026027"),
                new CurrencyAmount("EUR", 25000), "Top-up", "COMPLETED", 0, null, null, null);
        List<Field> fields = TransactionDetail.of(t);
        assertThat(fields).filteredOn(f -> f.opens() != null).extracting(Field::label, Field::value, Field::opens)
                .containsExactly(
                        Tuple.tuple("Source (account)", "110170049121026015",
                                InstrumentId.account("110170049121026015")),
                        Tuple.tuple("Destination (card)", "110170049121026027",
                                InstrumentId.card("110170049121026027")));
        assertThat(fields).filteredOn(f -> f.opens() != null).allMatch(Field::copy);
        assertThat(fields).extracting(Field::label).contains("Transfer id").doesNotContain("Source");
    }

    @Test
    void noFieldOfTheDemoStatementsShowsARawFieldName() {
        try (SandboxFixture sandbox = SandboxFixture.demo()) {
            var client = sandbox.client().impersonating(sandbox.token(IdentityType.CORPORATE, 0));
            var labels = new TreeSet<String>();
            for (InstrumentId id : List.of(InstrumentId.account("110170049121026015"),
                    InstrumentId.account("110170049121026018"), InstrumentId.card("110170049121026027"))) {
                client.statements().page(id, StatementQuery.ALL, 0, 100).entry()
                        .forEach(e -> TransactionDetail.of(e).forEach(f -> labels.add(f.label())));
            }
            assertThat(labels).contains("Card used").noneMatch(l -> l.matches(".*[a-z][A-Z].*"));
        }
    }

    @Test
    void aFieldTheConsoleDoesNotKnowIsLabelledInWordsAndRelatedCardOpensTheCard() {
        StatementEntry e = new StatementEntry(new TransactionId("AUTHORISATION", "9"),
                "COMPLETED", null, new CurrencyAmount("EUR", -500), null, null, null, null, null, null, null, 0,
                Map.of("relatedCardId", "110170049121026027", "someNewFieldId", "42", "networkRRN", "x"),
                null, null, null);
        Map<String, Field> byLabel = TransactionDetail.of(e).stream()
                .collect(Collectors.toMap(Field::label, f -> f));
        assertThat(byLabel).containsKeys("Card used", "Some new field id", "Network rrn");
        assertThat(byLabel.get("Card used").opens()).isEqualTo(InstrumentId.card("110170049121026027"));
        assertThat(byLabel.get("Some new field id").copy()).isTrue();
        // every additional field the published contract names reads in words
        for (String field : List.of("sourceInstrumentType", "sourceInstrumentId", "sourceInstrumentFriendlyName",
                "destinationInstrumentType", "destinationInstrumentId", "destinationInstrumentFriendlyName", "note",
                "chargeFeeType", "relatedCardId", "relatedTransactionId", "relatedTransactionIdType", "description",
                "authorisationState", "exchangeRate", "merchantId")) {
            assertThat(TransactionDetail.extraLabel(field)).as(field).doesNotMatch(".*[a-z][A-Z].*")
                    .isNotEqualTo(field);
        }
    }
}
