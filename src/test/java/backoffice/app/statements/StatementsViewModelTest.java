package backoffice.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.Impersonation;
import backoffice.client.BackOfficeClient;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.StatementEntry;
import backoffice.client.statements.StatementsService;
import backoffice.app.task.StreamingLoad;
import backoffice.credentials.InMemoryCredentialStore;
import backoffice.export.ExportFormat;
import backoffice.export.ExportReview;
import backoffice.export.ReviewReport;
import backoffice.export.StatementLine;
import backoffice.export.TrustedKeys;
import backoffice.journal.Journal;
import backoffice.journal.JournalEntry;
import backoffice.sandbox.routes.StatementRoutes;
import backoffice.sandbox.store.Account;
import backoffice.sandbox.store.Identity;
import backoffice.client.statements.StatementFormat;
import backoffice.testsupport.Demo;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.ManualScheduler;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import backoffice.testsupport.StatementProxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Statements pane's view model on a real sandbox with the direct runner. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoSandboxExtension.class)
class StatementsViewModelTest {

    @Demo
    private SandboxFixture sandbox;
    private Account big;
    private SessionKit kit;
    private StatementsViewModel vm;
    private ManualScheduler scheduler;
    private ExportSigning signing;

    @TempDir
    Path home;
    @TempDir
    Path exports;

    @BeforeAll
    void start() {
        big = SandboxFixture.biggestAccount(sandbox.server.state());
    }

    @BeforeEach
    void impersonate() {
        Identity owner = sandbox.server.state().identity(big.identityId()).orElseThrow();
        kit = new SessionKit(home).impersonating(sandbox, owner);
        scheduler = new ManualScheduler();
        InMemoryCredentialStore keys = new InMemoryCredentialStore();
        signing = new ExportSigning(() -> keys);
        vm = new StatementsViewModel(kit.session, scheduler, signing, Clock.systemUTC());
        kit.dialogs.saveFolder = exports;
    }

    private void loadBig() {
        vm.fields().kindProperty().set(StatementsViewModel.Kind.ACCOUNT);
        vm.fields().instrumentIdProperty().set(big.id());
        vm.load();
        showAll();
    }

    /** The FX ticks that move fetched rows into the table, a few thousand at a time. */
    private void showAll() {
        int ticks = 0;
        while (scheduler.runNext()) {
            ticks++;
        }
        assertThat(vm.loadingProperty().get()).isFalse();
        if (vm.rows().all().size() > StreamingLoad.BATCH) {
            assertThat(ticks).as("rows are shown over several ticks").isGreaterThan(0);
        }
    }

    @Test
    void loadsEveryEntryWithTotalsThatMatchTheBalance() {
        // ending yesterday: the demo's running bulk posts entries on this account while the pages load, and the
        // balance read after the load would count them
        vm.fields().toProperty().set(LocalDate.now(ZoneOffset.UTC).minusDays(1));
        loadBig();
        int n = sandbox.server.state().entries(big).size();
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.rows().all()).hasSizeGreaterThanOrEqualTo(10_000).hasSizeLessThanOrEqualTo(n);
        assertThat(vm.statusProperty().get()).startsWith("Loaded ");
        // every entry of the range, once, and nothing else (read from the sandbox's ledger after the load)
        long end = LocalDate.now(ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        List<StatementEntry> inRange = sandbox.server.state().entries(big).stream()
                .filter(e -> e.processedTimestamp() < end).toList();
        assertThat(vm.rows().all().stream().map(l -> l.type() + "/" + l.transactionId() + "/" + l.state()))
                .containsExactlyInAnyOrderElementsOf(inRange.stream().map(e -> e.transactionId().type() + "/"
                        + e.transactionId().id() + "/" + e.entryState()).toList());
        var totals = vm.rows().totalsProperty().get();
        long keptFromIncoming = vm.rows().all().stream().filter(l -> l.amount() > 0).mapToLong(StatementLine::fee)
                .sum();
        // what those entries moved the balance by, each as the ledger says (§9.1 adjustments): not the balance after the
        // first row or the last posted, since entries are posted back-dated here (the demo's card activity) after
        // today's (the running bulk), so a balance after an entry of the range may count entries outside it
        assertThat(totals.net() - keptFromIncoming).as("§9.1: amounts include fees; a deposit's fee is kept from it")
                .isEqualTo(inRange.stream().mapToLong(e -> e.actualBalanceAdjustment().amount()).sum());
        assertThat(vm.rows().balance()).hasSizeBetween(50, StatementRows.CHART_POINTS);
        assertThat(vm.rows().summaryProperty().get()).contains(" rows · in ");
    }

    @Test
    void theStatusLineCountsTheRowsAsTheyArriveNotOnlyTheFirstFew() {
        List<String> said = new ArrayList<>();
        vm.statusProperty().addListener((o, was, now) -> said.add(now));
        loadBig();
        List<Integer> counted = said.stream().filter(s -> s.startsWith("Loading: "))
                .map(s -> Integer.parseInt(s.replaceAll("^Loading: ([0-9,]+) of.*", "$1").replace(",", ""))).toList();
        assertThat(counted).as("a 10,000-row load is over in fewer than ten ticks: it said only 8 (%s)", said)
                .anyMatch(n -> n > 1_000).hasSizeLessThan(10);
        assertThat(said.get(said.size() - 1)).startsWith("Loaded ");
    }

    @Test
    void aReloadWhileALoadStreamsShowsEveryRowOnceWithTheTypeKept() {
        vm.fields().instrumentIdProperty().set(big.id());
        vm.load();
        for (int i = 0; i < 7; i++) { // the first ticks: the ramp, then one batch
            scheduler.runNext();
        }
        assertThat(vm.loadingProperty().get()).as("still streaming").isTrue();
        vm.rows().typeProperty().set("DEPOSIT");
        vm.load();
        showAll();

        List<StatementLine> all = vm.rows().all();
        assertThat(all.stream().distinct().count()).as("no row of the first load in the second")
                .isEqualTo(all.size());
        assertThat((long) all.size()).isLessThanOrEqualTo(sandbox.server.state().entries(big).size());
        long deposits = all.stream().filter(l -> l.type().equals("DEPOSIT")).count();
        assertThat(vm.rows().typeProperty().get()).isEqualTo("DEPOSIT");
        assertThat(vm.rows().totalsProperty().get().count()).isEqualTo(deposits).isEqualTo(vm.rows().shown().size());
        assertThat(vm.rows().summaryProperty().get()).startsWith(String.format("%,d of %,d rows", deposits,
                all.size()));
        assertThat(vm.statusProperty().get()).isEqualTo(String.format("Loaded %,d rows.", all.size()));
    }

    @Test
    void theRangeAndTypesGoToTheServerAndSearchWorksOnTheLoadedRows() {
        vm.fields().fromProperty().set(LocalDate.of(2026, 1, 1));
        vm.fields().toProperty().set(LocalDate.of(2026, 3, 31));
        vm.fields().transactionTypes().setAll("DEPOSIT", "AUTHORISATION_DECLINE");
        vm.fields().oldestFirstProperty().set(true);
        loadBig();
        List<StatementLine> rows = vm.rows().all();
        assertThat(rows).isNotEmpty().allMatch(l -> List.of("DEPOSIT", "AUTHORISATION_DECLINE").contains(l.type()));
        long from = LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long to = LocalDate.of(2026, 4, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        assertThat(rows).allMatch(l -> l.time() >= from && l.time() < to);
        assertThat(rows.get(0).time()).isLessThanOrEqualTo(rows.get(rows.size() - 1).time());

        vm.rows().typeProperty().set("DEPOSIT");
        assertThat(vm.rows().shown()).isNotEmpty().allMatch(l -> l.type().equals("DEPOSIT"));
        vm.rows().typeProperty().set(StatementRows.ALL_TYPES);
        vm.rows().searchProperty().set("casino");
        assertThat(vm.rows().shown()).isNotEmpty().allMatch(l -> l.description().contains("Casino"));
        assertThat(vm.rows().totalsProperty().get().count()).isEqualTo(vm.rows().shown().size());
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsSent() {
        vm.fields().instrumentIdProperty().set("12ab");
        assertThat(vm.fields().idErrorProperty().get()).isNotNull();
        vm.load();
        assertThat(vm.loadingProperty().get()).isFalse();
        vm.fields().instrumentIdProperty().set(big.id());
        vm.fields().fromProperty().set(LocalDate.of(2026, 5, 1));
        vm.fields().toProperty().set(LocalDate.of(2026, 4, 1));
        assertThat(vm.fields().rangeErrorProperty().get()).contains("before its start");
        vm.load();
        assertThat(vm.rows().all()).isEmpty();
    }

    @Test
    void anotherIdentitysAccountIsExplainedWithItsRequestRef() {
        String other = sandbox.server.state().accountsOf(sandbox.identity(IdentityType.CONSUMER, 2).id())
                .get(0).id();
        vm.fields().instrumentIdProperty().set(other);
        vm.load();
        showAll();
        assertThat(vm.errorProperty().get()).isNotNull();
        assertThat(vm.errorProperty().get().requestRef()).isNotBlank();
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void fetchedRowsReachTheTableAFewThousandPerTick() {
        vm.fields().instrumentIdProperty().set(big.id());
        vm.load();
        // the direct runner has fetched every page; one tick has shown the first rows, a few (the table makes
        // its cells for them), then a few more per tick until the first screens are full, then thousands per tick
        assertThat(vm.loadingProperty().get()).isTrue();
        assertThat(vm.rows().all()).hasSize(StreamingLoad.FIRST_BATCH);
        int ramp = StreamingLoad.RAMP / StreamingLoad.FIRST_BATCH;
        for (int i = 1; i < ramp; i++) {
            assertThat(scheduler.runNext()).isTrue();
        }
        assertThat(vm.rows().all()).hasSize(StreamingLoad.RAMP);
        assertThat(scheduler.runNext()).isTrue();
        assertThat(vm.rows().all()).hasSize(StreamingLoad.RAMP + StreamingLoad.BATCH);
        showAll();
        assertThat(vm.rows().all()).hasSizeGreaterThanOrEqualTo(10_000);
        assertThat(scheduler.delays).contains(Duration.ofMillis(StreamingLoad.CATCH_UP_MS));
    }

    @Test
    void switchingIdentityDropsALoadStillBeingShown() {
        vm.fields().instrumentIdProperty().set(big.id());
        vm.load();
        assertThat(vm.loadingProperty().get()).isTrue();
        kit.impersonating(sandbox, sandbox.identity(IdentityType.CONSUMER, 0));
        while (scheduler.runNext()) {
            assertThat(vm.rows().all()).isEmpty();
        }
        assertThat(vm.rows().all()).isEmpty();
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void exportsTheShownRowsSignedAndJournalsIt() throws Exception {
        loadBig();
        vm.rows().searchProperty().set("Starbucks");
        int shown = vm.rows().shown().size();
        Path file = StatementExports.export(vm, ExportFormat.CSV, exports);
        assertThat(file.getFileName().toString()).startsWith("statement-" + big.id() + "-");
        TrustedKeys own = new TrustedKeys();
        own.add(signing.signer().publicKey(), "this installation", "keychain");
        ReviewReport report = ExportReview.open(file, own);
        assertThat(report.verdict()).isEqualTo(ReviewReport.Verdict.INTACT);
        assertThat(report.rows()).hasSize(shown).isEqualTo(List.copyOf(vm.rows().shown()));
        assertThat(report.manifest().filters()).containsEntry("search", "Starbucks");
        assertThat(report.fingerprint()).isEqualTo(vm.fingerprintProperty().get())
                .isEqualTo(signing.knownFingerprint());
        List<JournalEntry> journal = kit.session.audit() == null ? List.of() : readJournal();
        assertThat(journal).anyMatch(e -> e.operation().equals("EXPORT_STATEMENT") && e.outcome().equals("OK")
                && e.detail().contains(file.getFileName().toString()));
    }

    @Test
    void anExportIsNamedForItsPeriodAndItsSaveDialogOpensWhereTheLastOneWent() throws Exception {
        vm.fields().fromProperty().set(LocalDate.of(2026, 11, 1));
        vm.fields().toProperty().set(LocalDate.of(2026, 11, 30));
        loadBig();
        vm.export(ExportFormat.CSV);
        Path file = exports.resolve("statement-" + big.id() + "-2026-11-01_2026-11-30.csv");
        assertThat(file).exists();
        ReviewReport report = ExportReview.open(file, new TrustedKeys());
        assertThat(report.manifest().filters()).containsEntry("from", "2026-11-01").containsEntry("to", "2026-11-30");
        assertThat(kit.session.settings().exportFolder()).isEqualTo(exports.toAbsolutePath().toString());

        vm.fields().toProperty().set(null); // an open end: the day it was loaded
        loadBig();
        vm.saveServerDocument(StatementFormat.CSV);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(exports.resolve("statement-" + big.id() + "-2026-11-01_" + today + ".server.csv")).exists();
        assertThat(kit.dialogs.saveDialogFolders).hasSize(2);
        Path home = Path.of(System.getProperty("user.home"));
        assertThat(kit.dialogs.saveDialogFolders.get(0)).as("none remembered yet: Documents, else home")
                .isIn(home.resolve("Documents"), home);
        assertThat(kit.dialogs.saveDialogFolders.get(1)).as("then where the last export went")
                .isEqualTo(exports.toAbsolutePath());
    }

    @Test
    void theSaveDialogOpensInTheLastExportFolderElseDocumentsElseHome(@TempDir Path home) throws Exception {
        assertThat(ExportFolder.initial(null, home)).isEqualTo(home);
        Files.createDirectories(home.resolve("Documents"));
        assertThat(ExportFolder.initial(null, home)).isEqualTo(home.resolve("Documents"));
        assertThat(ExportFolder.initial(exports.toString(), home)).isEqualTo(exports);
        assertThat(ExportFolder.initial(exports.resolve("gone").toString(), home)).isEqualTo(home.resolve("Documents"));
    }

    @Test
    void aCardLookedAtInCardsDoesNotReplaceTheInstrumentChosenHere() {
        vm.fields().instrumentIdProperty().set(big.id());
        kit.session.currentCardIdProperty().set("110170049121026027");
        assertThat(vm.fields().kindProperty().get()).isEqualTo(StatementsViewModel.Kind.ACCOUNT);
        assertThat(vm.fields().instrumentIdProperty().get()).isEqualTo(big.id());

        vm.fields().instrumentIdProperty().set("");
        kit.session.currentCardIdProperty().set("110170049121026028");
        assertThat(vm.fields().kindProperty().get()).as("nothing chosen here: the card is proposed")
                .isEqualTo(StatementsViewModel.Kind.CARD);
        assertThat(vm.fields().instrumentIdProperty().get()).isEqualTo("110170049121026028");

        kit.session.openStatement(InstrumentId.account(big.id())); // "Open in Statements"
        scheduler.runNext();
        assertThat(vm.fields().kindProperty().get()).isEqualTo(StatementsViewModel.Kind.ACCOUNT);
        assertThat(vm.fields().instrumentIdProperty().get()).isEqualTo(big.id());
        kit.session.currentCardIdProperty().set("110170049121026027");
        assertThat(vm.fields().instrumentIdProperty().get()).isEqualTo(big.id());
    }

    @Test
    void openingAnotherInstrumentByNavigationShowsItsNewestEntriesUnfilteredAndAFilterSaysSo() {
        vm.fields().fromProperty().set(LocalDate.of(2026, 11, 1));
        vm.fields().toProperty().set(LocalDate.of(2026, 11, 30));
        loadBig();
        vm.rows().searchProperty().set("Lufthansa");
        vm.rows().typeProperty().set("SETTLEMENT");
        assertThat(vm.rows().filterNoteProperty().get()).contains("\u201cLufthansa\u201d").contains("SETTLEMENT");
        assertThat(vm.rows().summaryProperty().get()).contains("filtered by \u201cLufthansa\u201d");
        vm.rows().clearFilter();
        assertThat(vm.rows().filterNoteProperty().get()).isEmpty();
        assertThat(vm.rows().summaryProperty().get()).doesNotContain("filtered");
        vm.rows().searchProperty().set("Lufthansa");

        kit.session.openStatement(InstrumentId.account(big.id())); // the same one again: the agent's choices stay
        showAll();
        assertThat(vm.fields().fromProperty().get()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(vm.rows().searchProperty().get()).isEqualTo("Lufthansa");

        String card = sandbox.server.state().cardsOf(big.identityId()).get(0).id();
        kit.session.openStatement(InstrumentId.card(card)); // "Statement" in Cards
        showAll();
        assertThat(vm.fields().fromProperty().get()).isNull();
        assertThat(vm.fields().toProperty().get()).isNull();
        assertThat(vm.rows().searchProperty().get()).isEmpty();
        assertThat(vm.rows().typeProperty().get()).isEqualTo(StatementRows.ALL_TYPES);
        assertThat(vm.rows().shown()).isNotEmpty().hasSameSizeAs(vm.rows().all());
        assertThat(vm.rows().filterNoteProperty().get()).isEmpty();
    }

    @Test
    void datesChangedWithoutLoadAreFlaggedAndTheExportDescribesTheRowsLoadedNotTheFields() throws Exception {
        vm.fields().fromProperty().set(LocalDate.of(2026, 11, 1));
        vm.fields().toProperty().set(LocalDate.of(2026, 11, 30));
        loadBig();
        int loadedRows = vm.rows().all().size();
        assertThat(vm.fieldsChangedProperty().get()).isFalse();
        vm.fields().fromProperty().set(LocalDate.of(2026, 10, 1)); // Range -> another month, Load not pressed
        vm.fields().toProperty().set(LocalDate.of(2026, 10, 31));
        assertThat(vm.fieldsChangedProperty().get()).isTrue();

        vm.export(ExportFormat.CSV);
        Path file = exports.resolve("statement-" + big.id() + "-2026-11-01_2026-11-30.csv");
        assertThat(file).as("named for the rows loaded, not the edited dates").exists();
        assertThat(exports.resolve("statement-" + big.id() + "-2026-10-01_2026-10-31.csv")).doesNotExist();
        ReviewReport report = ExportReview.open(file, new TrustedKeys());
        assertThat(report.manifest().filters()).containsEntry("from", "2026-11-01").containsEntry("to", "2026-11-30");
        assertThat(report.manifest().rowCount()).isEqualTo(loadedRows);

        vm.fields().fromProperty().set(LocalDate.of(2026, 11, 1));
        vm.fields().toProperty().set(LocalDate.of(2026, 11, 30));
        assertThat(vm.fieldsChangedProperty().get()).as("back to what was loaded").isFalse();
        vm.fields().transactionTypes().setAll("DEPOSIT");
        assertThat(vm.fieldsChangedProperty().get()).isTrue();
        loadBig();
        assertThat(vm.fieldsChangedProperty().get()).as("Load applied them").isFalse();
        vm.fields().instrumentIdProperty().set("110170049121026018");
        assertThat(vm.fieldsChangedProperty().get()).isTrue();
    }

    @Test
    void savesTheServersOwnPdf() throws Exception {
        vm.fields().transactionTypes().setAll("DEPOSIT");
        loadBig();
        vm.saveServerDocument(StatementFormat.PDF);
        try (var files = Files.list(exports)) {
            Path pdf = files.filter(p -> p.toString().endsWith("server.pdf")).findFirst().orElseThrow();
            assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1))
                    .isEqualTo("%PDF-");
        }
        assertThat(readJournal()).anyMatch(e -> e.operation().equals("SAVE_SERVER_STATEMENT")
                && e.requestRef() != null);
    }

    /** The session's impersonation, through a proxy that makes the server misbehave as {@code mode} says. */
    private void throughProxy(StatementProxy proxy) {
        var who = kit.session.impersonation();
        String token = sandbox.client().impersonation().accessToken(who.identity()).bearer();
        kit.session.impersonationProperty().set(new Impersonation(who.identity(),
                BackOfficeClient.builder().rootUrl(proxy.rootUrl()).apiKey(sandbox.server.apiKey())
                        .build().impersonating(token)));
    }

    @Test
    void aLoadMissingRowsSaysHowManyOffersReloadAndItsExportAndReviewSayIncomplete() throws Exception {
        try (var proxy = new StatementProxy(sandbox.server.rootUrl(),
                StatementProxy.Mode.LOSES_ENTRIES)) {
            throughProxy(proxy);
            // ending yesterday: the proxy loses entries by position, which the demo's running bulk would shift
            vm.fields().toProperty().set(LocalDate.now(ZoneOffset.UTC).minusDays(1));
            loadBig();
        }
        String banner = vm.incompleteProperty().get();
        var m = Pattern.compile("^([0-9,]+) rows missing: the server counted ([0-9,]+) entries but "
                + "([0-9,]+) arrived\\..*reload.*").matcher(banner);
        assertThat(m.matches()).as(banner).isTrue();
        long missing = Long.parseLong(m.group(1).replace(",", ""));
        long counted = Long.parseLong(m.group(2).replace(",", ""));
        assertThat(missing).as("the entries at every %dth position", StatementProxy.LOST_EVERY)
                .isEqualTo((counted - 1) / StatementProxy.LOST_EVERY)
                .isEqualTo(counted - Long.parseLong(m.group(3).replace(",", "")));
        assertThat(vm.loadingProperty().get() || vm.exportingProperty().get()).as("Reload is offered").isFalse();

        ReviewViewModel review = StatementExports.review(StatementExports.export(vm, ExportFormat.JSON, exports), kit,
                signing);
        assertThat(review.verdictProperty().get()).isEqualTo(ReviewReport.Verdict.INTACT);
        assertThat(review.incompleteProperty().get()).startsWith("INCOMPLETE export").contains(banner);

        kit.impersonating(sandbox, sandbox.server.state().identity(big.identityId()).orElseThrow());
        loadBig();
        assertThat(vm.incompleteProperty().get()).as("a reload that gets everything clears the banner").isEmpty();
    }

    @Test
    void showsTheFooterAndASelectedRowsDetails() {
        loadBig();
        assertThat(vm.footerProperty().get()).isEqualTo(StatementRoutes.FOOTER);
        assertThat(vm.rows().detailProperty().get()).startsWith("Select a row");
        vm.rows().selectedProperty().set(vm.rows().all().get(0));
        assertThat(vm.rows().detailProperty().get()).contains("Balance after: ", "Available balance after: ");
        var decline = vm.rows().all().stream().filter(l -> l.type().equals("AUTHORISATION_DECLINE")).findFirst()
                .orElseThrow();
        vm.rows().selectedProperty().set(decline);
        assertThat(vm.rows().detailProperty().get()).as("what the row is, before its amounts")
                .startsWith("AUTHORISATION_DECLINE \u00b7 " + decline.description()).contains("declined");
    }

    @Test
    void savingTheServersCsvSaysWhetherItHoldsTheWholeStatement() throws Exception {
        vm.fields().transactionTypes().setAll("DEPOSIT");
        loadBig();
        int rows = vm.rows().all().size();
        vm.saveServerDocument(StatementFormat.CSV);
        assertThat(vm.statusProperty().get()).contains("every entry", String.format("%,d rows", rows),
                " in " + exports.toAbsolutePath());
        try (var proxy = new StatementProxy(sandbox.server.rootUrl(),
                StatementProxy.Mode.SHORT_DOCUMENTS)) {
            throughProxy(proxy);
            loadBig();
            vm.saveServerDocument(StatementFormat.CSV);
        }
        assertThat(vm.statusProperty().get()).contains("INCOMPLETE", (rows - 50) + " missing");
        assertThat(kit.dialogs.notices).anyMatch(w -> w.startsWith("WARN ") && w.contains("INCOMPLETE"));
        assertThat(readJournal()).anyMatch(e -> e.operation().equals("SAVE_SERVER_STATEMENT")
                && e.detail().contains("whole statement, " + rows + " of " + rows + " rows"))
                .anyMatch(e -> e.operation().equals("SAVE_SERVER_STATEMENT")
                        && e.detail().contains("INCOMPLETE, 50 of " + rows + " rows"));
    }

    private List<JournalEntry> readJournal() {
        return new Journal(kit.dirs.journalFile()).read().entries();
    }
}
