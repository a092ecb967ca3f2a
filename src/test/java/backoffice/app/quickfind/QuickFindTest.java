package backoffice.app.quickfind;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.bulks.BulkWatchViewModel;
import backoffice.app.quickfind.QuickFindIndex.Kind;
import backoffice.app.quickfind.QuickFindIndex.Match;
import backoffice.app.workspace.IdentityMemory;
import backoffice.app.workspace.InstrumentRow;
import backoffice.app.workspace.KnownInstrument;
import backoffice.app.workspace.WorkspaceMemory;
import backoffice.app.workspace.WorkspaceViewModel;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.Transfer;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.ManualScheduler;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quick find's ranking, and its look-up of an unknown id on a real sandbox. */
class QuickFindTest {

    @TempDir
    Path home;

    private static InstrumentRow row(KnownInstrument.Kind kind, String id, String name, String lastFour) {
        return InstrumentRow.remembered(new KnownInstrument(kind, id, name, lastFour, "EUR",
                Set.of(KnownInstrument.Source.TRANSFERS), 0));
    }

    private static final List<InstrumentRow> ROWS = List.of(
            row(KnownInstrument.Kind.ACCOUNT, "110170049121026015", "Operating EUR", null),
            row(KnownInstrument.Kind.CARD, "110170049121026027", "Fleet fuel card", "2362"),
            row(KnownInstrument.Kind.CARD, "110170049121023620", "Card 2362 spare", "9999"),
            row(KnownInstrument.Kind.CARD, "110170049121026029", "Travel budget", "6959"));

    private static List<String> ids(List<Match> matches) {
        return matches.stream().map(Match::id).toList();
    }

    @Test
    void exactIdThenLastFourThenNameStartThenNameContainsThenIdFragment() {
        Transfer t = new Transfer("110170049121099001", "1", null, InstrumentId.account("1"), InstrumentId.card("2"),
                new CurrencyAmount("EUR", 100), "Fuel top-up", "COMPLETED", 0, null, null, null);
        List<Match> byLastFour = QuickFindIndex.search("2362", ROWS, List.of(), Map.of(), List.of(t));
        assertThat(ids(byLastFour)).containsExactly("110170049121026027", "110170049121023620");
        assertThat(byLastFour.get(0).score()).isEqualTo(QuickFindIndex.LAST_FOUR);

        assertThat(ids(QuickFindIndex.search("110170049121026029", ROWS, List.of(), Map.of(), List.of())))
                .containsExactly("110170049121026029");
        List<Match> fuel = QuickFindIndex.search("fuel", ROWS, List.of("CORPORATE:110170049121026001"),
                Map.of("CORPORATE:110170049121026001", "Fuel Co"), List.of(t));
        assertThat(fuel).extracting(Match::kind).containsExactly(Kind.IDENTITY, Kind.TRANSFER, Kind.CARD);
        assertThat(fuel.get(0).title()).isEqualTo("Fuel Co");
        assertThat(QuickFindIndex.search("northwind", ROWS, List.of("CORPORATE:1"), Map.of("CORPORATE:1",
                "Northwind Logistics"), List.of())).extracting(Match::kind).containsExactly(Kind.IDENTITY);
        assertThat(ids(QuickFindIndex.search("21026", ROWS, List.of(), Map.of(), List.of())))
                .containsExactly("110170049121026015", "110170049121026027", "110170049121026029");
    }

    @Test
    void anUnknownEighteenDigitIdIsLookedUpAsCardThenAccountThenTransfer() {
        try (SandboxFixture sandbox = SandboxFixture.demo()) {
            SessionKit kit = new SessionKit(home);
            IdentityMemory<WorkspaceMemory> memory = new IdentityMemory<>(kit.dirs.data(), WorkspaceMemory.KIND,
                    WorkspaceMemory.class);
            WorkspaceViewModel workspace = new WorkspaceViewModel(kit.session, memory, Clock.systemUTC());
            List<String> impersonated = new ArrayList<>();
            int[] transfersShown = {0};
            QuickFindViewModel vm = new QuickFindViewModel(kit.session, workspace, memory, impersonated::add,
                    () -> transfersShown[0]++);
            Identity maria = sandbox.identity(IdentityType.CONSUMER, 0);
            kit.impersonating(sandbox, maria);
            String account = sandbox.server.state().accountsOf(maria.id()).get(0).id();
            workspace.allRows().clear(); // as if discovery had not found it
            vm.show();
            vm.queryProperty().set(account);
            assertThat(vm.results()).extracting(Match::kind).containsExactly(Kind.LOOKUP);
            vm.open(vm.results().get(0));
            assertThat(kit.session.openRequestProperty().get().instrument()).isEqualTo(InstrumentId.account(account));
            assertThat(vm.showingProperty().get()).isFalse();

            vm.show();
            vm.queryProperty().set("999999999999999999");
            vm.open(vm.results().get(0));
            assertThat(vm.messageProperty().get()).contains("No card, account or transfer with that id (999999999999999999) for this identity");
            assertThat(transfersShown[0]).isZero();
            assertThat(impersonated).isEmpty();
        }
    }

    @Test
    void anotherCustomersCardIdIsNotFoundNotAnExpiredTokenAndTheMessagesGuideTheTyping() {
        try (SandboxFixture sandbox = SandboxFixture.demo()) {
            SessionKit kit = new SessionKit(home);
            IdentityMemory<WorkspaceMemory> memory = new IdentityMemory<>(kit.dirs.data(), WorkspaceMemory.KIND,
                    WorkspaceMemory.class);
            WorkspaceViewModel workspace = new WorkspaceViewModel(kit.session, memory, Clock.systemUTC());
            QuickFindViewModel vm = new QuickFindViewModel(kit.session, workspace, memory, id -> { }, () -> { });
            Identity northwind = sandbox.identity(IdentityType.CORPORATE, 0);
            kit.impersonating(sandbox, northwind);
            var before = kit.session.impersonation();
            String others = sandbox.server.state().cardsOf(sandbox.identity(IdentityType.CONSUMER, 0).id()).get(0)
                    .id();
            vm.show();
            vm.queryProperty().set(others);
            vm.open(vm.results().get(0));
            assertThat(vm.messageProperty().get())
                    .isEqualTo("No card, account or transfer with that id (" + others + ") for this identity.");
            assertThat(kit.dialogs.questions).isEmpty();
            assertThat(kit.session.impersonation()).isSameAs(before);

            vm.queryProperty().set("zzz");
            assertThat(vm.messageProperty().get()).startsWith("No match for 'zzz'.")
                    .contains("labels you gave identities");
            vm.queryProperty().set("23");
            assertThat(vm.messageProperty().get()).startsWith("Type at least 3 characters");
            vm.queryProperty().set("");
            assertThat(vm.messageProperty().get()).isEmpty();

            // Enter opens a card in Cards; the second action (Shift+Enter) its statement
            String own = sandbox.server.state().cardsOf(northwind.id()).get(0).id();
            Match card = new Match(Kind.CARD, own, "card", "", 0);
            vm.open(card);
            assertThat(kit.session.openRequestProperty().get().opensCards()).isTrue();
            vm.show();
            vm.openStatement(card);
            assertThat(kit.session.openRequestProperty().get().opensCards()).isFalse();
            assertThat(kit.session.openRequestProperty().get().instrument()).isEqualTo(InstrumentId.card(own));
            assertThat(vm.showingProperty().get()).isFalse();
        }
    }

    @Test
    void findsTheIdentitysBulksAndRecentTransfersByIdAndOpensABulkInBulks() {
        try (SandboxFixture sandbox = SandboxFixture.demo()) {
            SessionKit kit = new SessionKit(home);
            IdentityMemory<WorkspaceMemory> memory = new IdentityMemory<>(kit.dirs.data(), WorkspaceMemory.KIND,
                    WorkspaceMemory.class);
            WorkspaceViewModel workspace = new WorkspaceViewModel(kit.session, memory, Clock.systemUTC());
            int[] transfersShown = {0};
            QuickFindViewModel vm = new QuickFindViewModel(kit.session, workspace, memory, id -> { },
                    () -> transfersShown[0]++);
            Identity northwind = sandbox.identity(IdentityType.CORPORATE, 0);
            kit.impersonating(sandbox, northwind);
            List<String> bulks = sandbox.server.state().bulks().all().stream()
                    .filter(b -> b.identityId().equals(northwind.id())).map(b -> b.id()).toList();
            assertThat(workspace.bulks()).extracting(b -> b.bulkId()).containsExactlyInAnyOrderElementsOf(bulks);

            vm.show();
            vm.queryProperty().set(bulks.get(1));
            Match bulk = vm.results().get(0);
            assertThat(bulk.kind()).isEqualTo(Kind.BULK);
            assertThat(bulk.score()).isEqualTo(QuickFindIndex.EXACT_ID);
            assertThat(bulk.detail()).contains("operations");
            vm.open(bulk);
            assertThat(kit.session.bulkRequestProperty().get()).isEqualTo(bulks.get(1));
            assertThat(vm.showingProperty().get()).isFalse();
            // the Bulks pane is made when first opened: it watches the bulk asked for
            var watch = new BulkWatchViewModel(kit.session,
                    new ManualScheduler(), Clock.systemUTC());
            assertThat(watch.bulkProperty().get()).isNotNull();
            assertThat(watch.bulkProperty().get().bulkId()).isEqualTo(bulks.get(1));

            Transfer newest = workspace.recentTransfers().get(0);
            vm.show();
            vm.queryProperty().set(newest.id());
            assertThat(vm.results().get(0).kind()).isEqualTo(Kind.TRANSFER);
            vm.open(vm.results().get(0));
            assertThat(transfersShown[0]).isEqualTo(1);
            assertThat(vm.transferDetailProperty().get()).extracting(f -> f.value()).contains(newest.id(),
                    newest.source().id(), newest.destination().id());

            kit.impersonating(sandbox, sandbox.identity(IdentityType.CONSUMER, 0));
            assertThat(kit.session.bulkRequestProperty().get()).isNull();
            assertThat(workspace.bulks()).isEmpty();
        }
    }
}
