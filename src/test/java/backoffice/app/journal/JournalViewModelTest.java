package backoffice.app.journal;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.journal.JournalEntry;
import backoffice.testsupport.SessionKit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalViewModelTest {

    @TempDir
    Path home;

    @Test
    void listsNewestFirstFiltersAndPicksUpNewLines() {
        SessionKit kit = new SessionKit(home);
        kit.session.audit().record("IMPERSONATE", "111", JournalEntry.OK, "r1", "CORPORATE");
        kit.session.audit().record("CONNECT", "http://x", JournalEntry.FAILED, null, "refused");
        JournalViewModel vm = new JournalViewModel(kit.session);
        vm.refresh();
        assertThat(vm.rows()).hasSize(2);
        kit.session.audit().record("IMPERSONATE", "222", JournalEntry.OK, "r3", "CONSUMER");
        assertThat(vm.rows()).hasSize(3);
        assertThat(vm.operations()).containsExactly(JournalViewModel.ALL, "CONNECT", "IMPERSONATE");
        vm.operationProperty().set("IMPERSONATE");
        assertThat(vm.rows()).extracting(JournalEntry::targetId).containsExactlyInAnyOrder("111", "222");
        vm.searchProperty().set("consumer");
        assertThat(vm.rows()).extracting(JournalEntry::targetId).containsExactly("222");
        vm.clearFilters();
        vm.outcomeProperty().set(JournalEntry.FAILED);
        assertThat(vm.rows()).extracting(JournalEntry::operation).containsExactly("CONNECT");
        assertThat(vm.summaryProperty().get()).startsWith("1 of 3 entries");
    }

    @Test
    void damagedLinesAreCountedInTheNoticeAndTheRestIsShown() throws Exception {
        SessionKit kit = new SessionKit(home);
        kit.session.audit().record("TRANSFER", "111", JournalEntry.OK, "r1", "12,50 € — Café");
        Files.write(kit.dirs.journalFile(), new byte[] {'{', '"', (byte) 0xE2, (byte) 0x82, '\n'},
                StandardOpenOption.APPEND);
        kit.session.audit().record("TRANSFER", "222", JournalEntry.OK, "r2", "after — €");
        JournalViewModel vm = new JournalViewModel(kit.session);
        vm.refresh();
        assertThat(vm.rows()).extracting(JournalEntry::targetId).containsExactlyInAnyOrder("111", "222");
        assertThat(vm.noticeProperty().get()).startsWith("1 damaged line(s) skipped");
    }
}
