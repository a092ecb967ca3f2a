package backoffice.app.journal;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.journal.JournalEntry;
import backoffice.testsupport.SessionKit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
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

    @Test
    void rowsAreKeptNewestFirstWithoutASortedListOverThem() {
        SessionKit kit = new SessionKit(home);
        var journal = kit.session.audit().journal();
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        // written out of time order (a clock set back): the pane still lists newest first
        for (int minutes : new int[] {5, 1, 9, 3}) {
            journal.append(new JournalEntry(t.plusSeconds(60L * minutes), "me", "env", null, "NOTE",
                    "m" + minutes, JournalEntry.OK, null, "", null));
        }
        JournalViewModel vm = new JournalViewModel(kit.session);
        vm.refresh();
        assertThat(vm.rows()).extracting(JournalEntry::targetId).containsExactly("m9", "m5", "m3", "m1");
        // the whole list is sorted once, off the FX thread; re-sorting it on every change held the FX thread
        // ~0.7 s for a 100,000-line journal
        assertThat(vm.rows()).isNotInstanceOf(SortedList.class);
        kit.session.audit().record("IMPERSONATE", "now", JournalEntry.OK, "r", "CORPORATE");
        assertThat(vm.rows()).extracting(JournalEntry::targetId).startsWith("now", "m9");
    }

    @Test
    void theSameFilterAgainDoesNotPassOverTheLinesAgain() {
        SessionKit kit = new SessionKit(home);
        kit.session.audit().record("IMPERSONATE", "111", JournalEntry.OK, "r1", "CORPORATE");
        JournalViewModel vm = new JournalViewModel(kit.session);
        vm.refresh();
        int[] changes = {0};
        vm.rows().addListener((ListChangeListener<JournalEntry>) c -> changes[0]++);
        // a choice box passes through null while its choices change: null means all, as ALL does
        vm.operationProperty().set(null);
        vm.operationProperty().set(JournalViewModel.ALL);
        vm.searchProperty().set(" ");
        assertThat(changes[0]).as("no pass over the lines for the same filter").isZero();
        vm.outcomeProperty().set(JournalEntry.FAILED);
        assertThat(vm.rows()).isEmpty();
        assertThat(changes[0]).isEqualTo(1);
    }
}
