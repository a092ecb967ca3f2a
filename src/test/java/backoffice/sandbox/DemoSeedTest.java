package backoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.json.Json;
import backoffice.client.model.BulkOperationStatus;
import backoffice.client.model.BulkStatus;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.ManagedCard;
import backoffice.client.model.PhysicalCardDetails;
import backoffice.client.model.StatementEntry;
import backoffice.client.model.Transfer;
import backoffice.sandbox.seed.DemoSeed;
import backoffice.sandbox.store.Account;
import backoffice.sandbox.store.BulkRecord;
import backoffice.sandbox.store.Card;
import backoffice.sandbox.store.SandboxState;
import backoffice.testsupport.SandboxFixture;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The demo data set holds everything the contract promises, and balances reconcile with statements. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSeedTest {

    private SandboxState state;

    private static SandboxState seeded() {
        SandboxState s = new SandboxState(Clock.systemUTC());
        DemoSeed.load(s, s.addProgramme(DemoSeed.builtInProgramme("k")));
        return s;
    }

    @BeforeAll
    void seed() {
        state = seeded();
    }

    @Test
    void threeCorporatesAndThreeConsumers() {
        assertThat(state.identities().stream().filter(i -> i.type() == IdentityType.CORPORATE)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(state.identities().stream().filter(i -> i.type() == IdentityType.CONSUMER)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void accountsInEurGbpAndUsd() {
        Set<String> currencies = state.identities().stream().flatMap(i -> state.accountsOf(i.id()).stream())
                .map(Account::currency).collect(Collectors.toSet());
        assertThat(currencies).contains("EUR", "GBP", "USD");
    }

    @Test
    void cardsInEveryStateModeAndType() {
        List<Card> cards = state.identities().stream().flatMap(i -> state.cardsOf(i.id()).stream()).toList();
        Set<String> seen = cards.stream().map(c -> c.state().state() + "/" + (c.state().blockedReason() != null
                ? c.state().blockedReason() : c.state().destroyedReason())).collect(Collectors.toSet());
        assertThat(seen).contains("ACTIVE/null", "BLOCKED/USER", "BLOCKED/SYSTEM", "BLOCKED/LOST", "DESTROYED/USER",
                "DESTROYED/STOLEN");
        assertThat(cards.stream().map(c -> c.spec().mode()).distinct()).contains("PREPAID_MODE", "DEBIT_MODE");
        assertThat(cards.stream().map(c -> c.spec().type()).distinct()).contains("VIRTUAL", "PHYSICAL");
        assertThat(cards.stream().filter(c -> c.spendRules() != null)).isNotEmpty();
        assertThat(cards.stream().filter(c -> c.state().state() == InstrumentState.State.ACTIVE
                && c.holdsFunds() && c.balances().availableBalance() > 0)).isNotEmpty();
    }

    @Test
    void oneAccountHasOverTenThousandEntriesAcrossTwoYearsOfVariedActivity() {
        Account big = state.identities().stream().flatMap(i -> state.accountsOf(i.id()).stream())
                .max((a, b) -> Integer.compare(state.entries(a).size(), state.entries(b).size())).orElseThrow();
        List<StatementEntry> entries = state.entries(big);
        assertThat(entries.size()).isGreaterThanOrEqualTo(10_000);
        long span = entries.get(entries.size() - 1).processedTimestamp() - entries.get(0).processedTimestamp();
        assertThat(Duration.ofMillis(span).toDays()).isBetween(690L, 731L);
        assertThat(entries.stream().map(e -> e.transactionId().type()).distinct().toList())
                .contains("DEPOSIT", "TRANSFER", "AUTHORISATION", "SETTLEMENT", "AUTHORISATION_DECLINE", "CHARGE_FEE");
        assertThat(entries.stream().filter(e -> e.additionalFields().containsKey("merchantName"))).isNotEmpty();
    }

    @Test
    void everyFundedBalanceEqualsTheSumOfItsStatement() {
        for (var identity : state.identities()) {
            for (Account a : state.accountsOf(identity.id())) {
                long sum = state.entries(a).stream().mapToLong(e -> e.availableBalanceAdjustment().amount()).sum();
                assertThat(sum).as(a.friendlyName()).isEqualTo(a.balances().availableBalance());
                assertThat(a.balances().availableBalance()).isNotNegative();
            }
            for (Card c : state.cardsOf(identity.id())) {
                if (c.holdsFunds()) {
                    long sum = state.entries(c).stream().mapToLong(e -> e.availableBalanceAdjustment().amount()).sum();
                    assertThat(sum).as(c.friendlyName()).isEqualTo(c.balances().availableBalance());
                }
            }
        }
    }

    @Test
    void transfersInSeveralStatesAndBulksInEveryLiveState() throws Exception {
        assertThat(state.transfers().stream().map(t -> t.state()).distinct().toList())
                .contains("COMPLETED", "PENDING", "SCHEDULED", "REJECTED", "FAILED", "CANCELLED");
        assertThat(state.bulks().all().stream().map(BulkRecord::status).distinct().toList())
                .contains(BulkStatus.SUBMITTED, BulkStatus.RUNNING, BulkStatus.PAUSED,
                        BulkStatus.COMPLETED);
        // a finished operation's answer is the transfer it made, written when first read and the same every read
        BulkRecord completed = state.bulks().all().stream().filter(b -> b.status() == BulkStatus.COMPLETED)
                .findFirst().orElseThrow();
        var ops = state.bulks().operations(completed);
        assertThat(ops).isNotEmpty().allSatisfy(op -> assertThat(op.status()).isEqualTo(BulkOperationStatus.COMPLETED));
        Transfer first = Json.mapper().readValue(ops.get(0).responsePayload(), Transfer.class);
        assertThat(first.state()).isEqualTo("COMPLETED");
        assertThat(state.transfers()).extracting(Transfer::id).contains(first.id());
        assertThat(state.bulks().operations(completed).get(0).responsePayload()).isEqualTo(ops.get(0).responsePayload());
    }

    @Test
    void isDeterministic() {
        SandboxState again = seeded();
        assertThat(again.identities().stream().map(i -> i.id() + i.name()).toList())
                .isEqualTo(state.identities().stream().map(i -> i.id() + i.name()).toList());
        var a1 = state.accountsOf(state.identities().get(0).id()).get(0);
        var a2 = again.accountsOf(again.identities().get(0).id()).get(0);
        assertThat(a2.id()).isEqualTo(a1.id());
        assertThat(again.entries(a2).size()).isEqualTo(state.entries(a1).size());
        assertThat(a2.balances()).isEqualTo(a1.balances());
    }

    private List<Card> allCards() {
        return state.identities().stream().flatMap(i -> state.cardsOf(i.id()).stream()).toList();
    }

    @Test
    void theCardsAnAgentIsAskedAboutAreThere() {
        List<Card> cards = allCards();
        assertThat(cards).anyMatch(c -> c.state().state() == InstrumentState.State.NOT_ENABLED);
        Card replaced = cards.stream().filter(c -> c.replacement() != null).findFirst().orElseThrow();
        assertThat(replaced.state().state()).isEqualTo(InstrumentState.State.DESTROYED);
        assertThat(state.card(replaced.replacement().id())).isPresent();
        assertThat(cards).anyMatch(c -> c.options().singleSpend());
        assertThat(cards).anyMatch(c -> c.spec().physical() != null
                && c.spec().physical().deliveryTrackingCode() != null
                && c.spec().physical().deliveryTrackingUrl().startsWith("https://")
                && c.spec().physical().manufacturingState() != PhysicalCardDetails.ManufacturingState.DELIVERED);
        assertThat(cards).anyMatch(c -> c.spec().physical() != null && c.spec().physical().isPinBlocked());
        assertThat(cards).anyMatch(c -> ManagedCard.NO_RENEW.equals(c.options().renewalType()));
    }

    @Test
    void theStatementsRunUpToYesterdayWithSomePurchasesAbroad() {
        Account big = SandboxFixture.biggestAccount(state);
        long today = DemoSeed.startOfDay(state.now()).toEpochMilli();
        long yesterday = today - Duration.ofDays(1).toMillis();
        List<StatementEntry> entries = state.entries(big);
        assertThat(entries).anyMatch(e -> e.processedTimestamp() >= yesterday && e.processedTimestamp() < today);
        assertThat(entries).allMatch(e -> e.processedTimestamp() <= state.now());
        List<StatementEntry> abroad = allCards().stream().flatMap(c -> state.entries(c).stream())
                .filter(e -> e.forexRate() != null).toList();
        assertThat(abroad).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceAmount()).isNotNull();
            assertThat(e.originalAmount().currency()).isNotEqualTo(e.sourceAmount().currency());
        });
    }

    @Test
    void theScheduledTransferIsDueAfterTheStartDayAndOnlyThenRuns() {
        Transfer scheduled = state.transfers().stream().filter(t -> "SCHEDULED".equals(t.state())).findFirst()
                .orElseThrow();
        assertThat(Long.parseLong(scheduled.scheduledTimestamp())).isGreaterThan(state.now());
        state.scheduled().runDue();
        assertThat(state.transferById(scheduled.id()).orElseThrow().state()).isEqualTo("SCHEDULED");
    }

    @Test
    void finishedBulkOperationsAnswerForTheTransferTheyAskedFor() throws Exception {
        for (BulkRecord bulk : state.bulks().all()) {
            for (var op : state.bulks().operations(bulk)) {
                if (!"COMPLETED".equals(op.status())) {
                    continue;
                }
                var asked = Json.mapper().readTree(op.requestPayload());
                Transfer made = Json.mapper().readValue(op.responsePayload(), Transfer.class);
                assertThat(made.destinationAmount().amount()).as(bulk.status() + " op " + op.sequence())
                        .isEqualTo(asked.path("destinationAmount").path("amount").asLong());
                assertThat(made.tag()).isEqualTo(asked.path("tag").asText());
                assertThat(made.destination().id()).isEqualTo(asked.path("destination").path("id").asText());
            }
        }
    }
}
