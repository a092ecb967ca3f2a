package backoffice.app.bulks;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.model.BulkStatus;
import backoffice.client.model.BulkSubmitted;
import backoffice.client.model.IdentityType;
import backoffice.journal.JournalEntry;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.Demo;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Submitting a bulk from a real CSV file to a real sandbox: nothing is sent until every row is right. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoSandboxExtension.class)
class BulkSubmitViewModelTest {

    @Demo
    private SandboxFixture sandbox;
    @Demo(type = IdentityType.CORPORATE, index = 1)
    private Identity owner;
    private String from;
    private String card;
    private SessionKit kit;
    private BulkSubmitViewModel vm;
    private final List<BulkSubmitted> submitted = new ArrayList<>();

    @TempDir
    Path home;

    @BeforeAll
    void start() {
        from = sandbox.server.state().accountsOf(owner.id()).get(0).id();
        card = sandbox.newCard(owner, "PREPAID_MODE", "VIRTUAL", 0);
    }

    @BeforeEach
    void form() {
        kit = new SessionKit(home.resolve(UUID.randomUUID().toString())).impersonating(sandbox, owner);
        submitted.clear();
        vm = new BulkSubmitViewModel(kit.session, submitted::add);
    }

    private Path csv(String name, String text) throws Exception {
        Path f = home.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private long bulks() {
        return kit.session.impersonation().client().bulks().list(null, 0, 1).count();
    }

    @Test
    void wrongRowsAreListedAndNothingIsSent() throws Exception {
        long before = bulks();
        kit.dialogs.fileToOpen = csv("bad.csv", String.join(",", BulkCsv.TRANSFER_HEADER) + "\n"
                + "account," + from + ",card," + card + ",EUR,5.00,ok\n"
                + "account," + from + ",card," + card + ",EUR,abc,\n");
        vm.chooseFile();
        assertThat(vm.fileNameProperty().get()).isEqualTo("bad.csv");
        assertThat(vm.rowErrors()).singleElement().asString().startsWith("Row 2:");
        assertThat(vm.summaryProperty().get()).contains("1 rows are wrong").contains("Nothing was sent");
        assertThat(vm.canSubmitProperty().get()).isFalse();
        vm.submit();
        assertThat(kit.dialogs.questions).doesNotContain("Submit a bulk from CSV");
        assertThat(bulks()).isEqualTo(before);
    }

    @Test
    void aValidTransferFileIsConfirmedThenSubmittedOnceAndJournaled() throws Exception {
        long before = bulks();
        kit.dialogs.fileToOpen = csv("good.csv", String.join(",", BulkCsv.TRANSFER_HEADER) + "\n"
                + "account," + from + ",card," + card + ",EUR,5.00,first\n"
                + "account," + from + ",card," + card + ",EUR,0.25,\n");
        vm.chooseFile();
        assertThat(vm.profileIdProperty().get()).as("prefilled from the programme").isNotBlank();
        assertThat(vm.rowErrors()).isEmpty();
        assertThat(vm.canSubmitProperty().get()).isTrue();
        kit.dialogs.answer = false;
        vm.submit();
        assertThat(bulks()).isEqualTo(before);
        kit.dialogs.answer = true;
        vm.submit();
        assertThat(submitted).singleElement().extracting(BulkSubmitted::operationCount).isEqualTo(2);
        assertThat(vm.resultProperty().get()).contains(submitted.get(0).bulkId());
        assertThat(vm.canSubmitProperty().get()).as("the same file must be chosen again to send it again").isFalse();
        vm.submit();
        assertThat(submitted).hasSize(1);
        assertThat(bulks()).isEqualTo(before + 1);
        var bulk = kit.session.impersonation().client().bulks().get(submitted.get(0).bulkId());
        assertThat(bulk.status()).isEqualTo(BulkStatus.SUBMITTED);
        List<String> journal = kit.session.audit().journal().read().entries().stream()
                .map(e -> e.operation() + " " + e.outcome()).toList();
        assertThat(journal).containsSubsequence("BULK_SUBMIT_ATTEMPT SENT", "BULK_SUBMIT " + JournalEntry.OK);
    }

    @Test
    void spendRuleFilesGoToTheSpendRulesBulk() throws Exception {
        vm.kindProperty().set(BulkCsv.Kind.SPEND_RULES);
        kit.dialogs.fileToOpen = csv("rules.csv", String.join(",", BulkCsv.RULES_HEADER) + "\n"
                + card + ",EUR,false,,,100.00,7995,\n");
        vm.chooseFile();
        assertThat(vm.canSubmitProperty().get()).isTrue();
        vm.submit();
        assertThat(submitted).singleElement().extracting(BulkSubmitted::path).asString().contains("spend_rules");
    }

    @Test
    void anUnreadableFileSaysSo() {
        vm.load(home.resolve("missing.csv"));
        assertThat(vm.rowErrors()).singleElement().asString().contains("Could not read missing.csv");
        assertThat(vm.canSubmitProperty().get()).isFalse();
    }
}
