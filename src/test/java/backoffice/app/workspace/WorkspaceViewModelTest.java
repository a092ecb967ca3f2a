package backoffice.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backoffice.app.cards.CardsViewModel;
import backoffice.app.impersonation.ImpersonationViewModel;
import backoffice.app.journal.JournalViewModel;
import backoffice.app.workspace.KnownInstrument.Source;
import backoffice.client.RequestOptions;
import backoffice.client.model.BulkItem;
import backoffice.client.model.CreateTransfer;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentType;
import backoffice.journal.JournalEntry;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.Demo;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace on a real sandbox: a fresh corporate with 3 accounts and 4 cards, each reachable only through one
 * kind of trace (transfers, a bulk, a statement line, an earlier look-up).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoSandboxExtension.class)
class WorkspaceViewModelTest {

    @Demo
    private SandboxFixture sandbox;
    private Identity owner;
    private String a;
    private String b;
    private String c;
    private String toppedUp;
    private String viaBulk;
    private String debit;
    private String lookedUp;

    @TempDir
    Path home;

    @BeforeAll
    void seed() {
        String id = sandbox.admin("/sandbox/identities", "{\"type\":\"CORPORATE\",\"name\":\"Discovery Ltd\"}", 201)
                .path("id").asText();
        owner = sandbox.server.state().identity(id).orElseThrow();
        a = account("EUR", "Main");
        b = account("EUR", "Savings");
        c = account("EUR", "Payroll");
        sandbox.admin("/sandbox/deposits", "{\"managedAccountId\":\"" + a + "\",\"amount\":100000}", 201);
        toppedUp = card("PREPAID_MODE", "\"currency\":\"EUR\"", "Travel");
        viaBulk = card("PREPAID_MODE", "\"currency\":\"EUR\"", "Bulk card");
        debit = card("DEBIT_MODE", "\"parentManagedAccountId\":\"" + a + "\"", "Fuel");
        lookedUp = card("PREPAID_MODE", "\"currency\":\"EUR\"", "Spare");
        var client = sandbox.client().impersonating(sandbox.client().impersonation()
                .accessToken(new IdentityId(IdentityType.CORPORATE, id)).bearer());
        String profile = sandbox.server.state().programmeByKey(sandbox.server.apiKey()).orElseThrow()
                .transferProfileId();
        for (String[] t : List.of(new String[] {a, "managed_accounts", b, "managed_accounts"},
                new String[] {a, "managed_accounts", c, "managed_accounts"},
                new String[] {a, "managed_accounts", toppedUp, "managed_cards"})) {
            client.transfers().create(new CreateTransfer(profile, null, new InstrumentId(InstrumentType.of(t[1]), t[0]),
                    new InstrumentId(InstrumentType.of(t[3]), t[2]), new CurrencyAmount("EUR", 100), null, null),
                    RequestOptions.idempotent("seed-" + t[0] + t[2]));
        }
        client.bulks().submitTransfers(List.of(BulkItem.transfer(new CreateTransfer(profile, null,
                InstrumentId.account(a), InstrumentId.card(viaBulk), new CurrencyAmount("EUR", 100), null, null))),
                RequestOptions.idempotent("seed-bulk"));
        sandbox.admin("/sandbox/card_purchases", "{\"managedCardId\":\"" + debit + "\",\"amount\":500,"
                + "\"merchantName\":\"Shell\",\"merchantCategoryCode\":\"5541\",\"merchantCountry\":\"DE\"}", 201);
    }

    private String account(String ccy, String name) {
        return sandbox.admin("/sandbox/managed_accounts", "{\"identityId\":\"" + owner.id() + "\",\"currency\":\""
                + ccy + "\",\"friendlyName\":\"" + name + "\"}", 201).path("id").asText();
    }

    private String card(String mode, String extra, String name) {
        return sandbox.admin("/sandbox/managed_cards", "{\"identityId\":\"" + owner.id() + "\",\"mode\":\"" + mode
                + "\"," + extra + ",\"friendlyName\":\"" + name + "\"}", 201).path("id").asText();
    }

    private String lastFour(String cardId) {
        return sandbox.server.state().card(cardId).orElseThrow().spec().lastFour();
    }

    private WorkspaceViewModel workspace(SessionKit kit) {
        return new WorkspaceViewModel(kit.session, new IdentityMemory<>(kit.dirs.data(), WorkspaceMemory.KIND,
                WorkspaceMemory.class), Clock.systemUTC());
    }

    @Test
    void discoversThreeAccountsAndFourCardsEachWithItsSource() {
        SessionKit kit = new SessionKit(home.resolve("discover"));
        WorkspaceViewModel vm = workspace(kit);
        kit.impersonating(sandbox, owner);
        kit.session.currentCardIdProperty().set(lookedUp); // the Cards pane opened it earlier in this call
        vm.refresh();

        Map<String, Set<Source>> sources = vm.allRows().stream().collect(Collectors.toMap(r -> r.known().id(),
                r -> r.known().sources()));
        assertThat(sources).containsOnlyKeys(a, b, c, toppedUp, viaBulk, debit, lookedUp);
        assertThat(sources.get(b)).contains(Source.TRANSFERS);
        assertThat(sources.get(c)).contains(Source.TRANSFERS);
        assertThat(sources.get(a)).contains(Source.TRANSFERS, Source.BULKS);
        assertThat(sources.get(toppedUp)).containsExactly(Source.TRANSFERS);
        assertThat(sources.get(viaBulk)).containsExactly(Source.BULKS);
        assertThat(sources.get(debit)).containsExactly(Source.STATEMENTS);
        assertThat(sources.get(lookedUp)).containsExactly(Source.LOOKED_UP);
        InstrumentRow fuel = vm.allRows().stream().filter(r -> r.known().id().equals(debit)).findFirst().orElseThrow();
        assertThat(fuel.known().friendlyName()).isEqualTo("Fuel");
        assertThat(fuel.state()).isEqualTo("ACTIVE");
        assertThat(fuel.numberOrCurrency()).endsWith(lastFour(debit));
        assertThat(vm.statusProperty().get()).contains("7 instruments").contains("may be incomplete");
    }

    @Test
    void filtersByLastFourNameOrId() {
        SessionKit kit = new SessionKit(home.resolve("filter"));
        WorkspaceViewModel vm = workspace(kit);
        kit.impersonating(sandbox, owner);
        vm.filterProperty().set(lastFour(debit));
        assertThat(vm.rows()).extracting(r -> r.known().id()).containsExactly(debit);
        vm.filterProperty().set("sav");
        assertThat(vm.rows()).extracting(r -> r.known().id()).containsExactly(b);
        vm.filterProperty().set(c.substring(10));
        assertThat(vm.rows()).extracting(r -> r.known().id()).contains(c);
        vm.filterProperty().set("");
        assertThat(vm.rows()).hasSize(vm.allRows().size());
    }

    @Test
    void anAccountIsNamedWithTheLastFourOfItsIdAndDigitsTypedMatchOnlyWhatTheNameShows() {
        SessionKit kit = new SessionKit(home.resolve("four"));
        WorkspaceViewModel vm = workspace(kit);
        kit.impersonating(sandbox, owner);
        String ending = b.substring(b.length() - 4);
        assertThat(row(vm, b).nameText()).isEqualTo("\u00b7\u00b7\u00b7" + ending + " Savings");
        assertThat(row(vm, debit).nameText()).isEqualTo("\u00b7\u00b7\u00b7" + lastFour(debit) + " Fuel");
        vm.filterProperty().set(ending);
        assertThat(vm.rows()).extracting(r -> r.known().id()).contains(b);
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.nameText()).startsWith("\u00b7\u00b7\u00b7" + ending));
        String inside = b.substring(b.length() - 8, b.length() - 4); // digits inside every id, shown in no name
        vm.filterProperty().set(inside);
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.nameText()).startsWith("\u00b7\u00b7\u00b7" + inside));
    }

    @Test
    void remembersIdsNamesAndLabelButNoSecretAndStartsTheNextCallWithTheList() throws Exception {
        SessionKit kit = new SessionKit(home.resolve("memory"));
        WorkspaceViewModel vm = workspace(kit);
        kit.impersonating(sandbox, owner);
        vm.labelProperty().set("Discovery Ltd");
        vm.saveLabel();
        assertThat(kit.session.identityLabel()).endsWith("(Discovery Ltd)");

        var memory = new IdentityMemory<>(kit.dirs.data(), WorkspaceMemory.KIND, WorkspaceMemory.class);
        Path file = memory.file("embedded", "CORPORATE-" + owner.id());
        String json = Files.readString(file);
        assertThat(json).contains(debit, "Fuel", lastFour(debit), "Discovery Ltd");
        var card = sandbox.server.state().card(debit).orElseThrow();
        assertThat(json).doesNotContainIgnoringCase("balance").doesNotContainIgnoringCase("cvv")
                .doesNotContain(card.spec().firstSix() + "").doesNotContain("1000.00")
                .doesNotContainPattern(":\\s*\"?998"); // no balance as a value (ids may hold 998)
        String token = sandbox.client().impersonation().accessToken(new IdentityId(
                IdentityType.CORPORATE, owner.id())).bearer();
        assertThat(json).doesNotContain(token);

        // the next call (a new console) starts with the list and the label, before anything is read
        kit.session.impersonationProperty().set(null);
        SessionKit next = new SessionKit(home.resolve("memory"));
        WorkspaceViewModel later = workspace(next);
        next.connectedTo(sandbox);
        assertThat(memory.load("embedded", "CORPORATE-" + owner.id()).orElseThrow().instruments())
                .extracting(KnownInstrument::id).contains(a, b, c, debit);
        next.impersonating(sandbox, owner);
        assertThat(later.labelProperty().get()).isEqualTo("Discovery Ltd");
        assertThat(later.allRows()).extracting(r -> r.known().id()).contains(a, b, c, toppedUp, viaBulk, debit);
    }

    @Test
    void refusesToRememberASecret() {
        var memory = new IdentityMemory<>(home.resolve("secret"), "test", Map.class);
        assertThatThrownBy(() -> memory.save("embedded", "CORPORATE-1", Map.of("cardNumber", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> memory.save("embedded", "CORPORATE-1", Map.of("note", "5555555555554444")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> memory.save("embedded", "CORPORATE-1", Map.of("availableBalance", 5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(memory.file("embedded", "CORPORATE-1")).doesNotExist();
    }

    @Test
    void aCardBlockedInCardsShowsItsNewStateInTheWorkspace() {
        SessionKit kit = new SessionKit(home.resolve("block"));
        WorkspaceViewModel vm = workspace(kit);
        kit.impersonating(sandbox, owner);
        String spare = card("PREPAID_MODE", "\"currency\":\"EUR\"", "Spare two");
        var cards = new CardsViewModel(kit.session);
        cards.open(toppedUp);
        assertThat(row(vm, toppedUp).state()).isEqualTo("ACTIVE");
        cards.toggleBlock();
        assertThat(row(vm, toppedUp).state()).startsWith("BLOCKED");
        cards.open(spare); // not discovered before: read in Cards, it joins with what was read
        assertThat(row(vm, spare).state()).isEqualTo("ACTIVE");
        assertThat(row(vm, spare).known().sources()).containsExactly(Source.LOOKED_UP);
        assertThat(row(vm, spare).known().friendlyName()).isEqualTo("Spare two");
    }

    @Test
    void theLabelShowsInActingAsAndOnEveryJournalLineOfTheIdentityAndItsPromptFitsTheKind() {
        SessionKit kit = new SessionKit(home.resolve("label"));
        WorkspaceViewModel vm = workspace(kit);
        var impersonation = new ImpersonationViewModel(kit.session);
        var journal = new JournalViewModel(kit.session);
        kit.connectedTo(sandbox);
        impersonation.identityTypeProperty().set(IdentityType.CORPORATE);
        impersonation.identityIdProperty().set(owner.id());
        impersonation.impersonate(); // journalled before any label is known
        assertThat(vm.labelPromptProperty().get()).isEqualTo("e.g. the company name");
        vm.labelProperty().set("Discovery Ltd");
        vm.saveLabel();
        assertThat(impersonation.currentProperty().get())
                .isEqualTo("Acting as CORPORATE " + owner.id() + " (Discovery Ltd).");
        kit.session.audit().record("NOTE", owner.id(), "OK", null, "labelled");
        journal.refresh();
        var first = journal.rows().stream().filter(e -> e.operation().equals("IMPERSONATE")).findFirst()
                .orElseThrow();
        assertThat(first.identity()).doesNotContain("Discovery");
        assertThat(journal.identityText(first)).isEqualTo("CORPORATE " + owner.id() + " (Discovery Ltd)");
        journal.searchProperty().set("discovery ltd");
        assertThat(journal.rows()).extracting(JournalEntry::operation).contains("IMPERSONATE");

        kit.impersonating(sandbox, sandbox.identity(IdentityType.CONSUMER, 0));
        assertThat(vm.labelPromptProperty().get()).isEqualTo("e.g. the customer's name");
    }

    private static InstrumentRow row(WorkspaceViewModel vm, String id) {
        return vm.allRows().stream().filter(r -> r.known().id().equals(id)).findFirst().orElseThrow();
    }
}
