package backoffice.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.cards.CardsViewModel;
import backoffice.app.journal.JournalViewModel;
import backoffice.client.model.IdentityType;
import backoffice.journal.JournalEntry;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.Demo;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A scripted call on a real sandbox: start, block a card, notes, end; the journal and the exact wrap-up. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoSandboxExtension.class)
class CallViewModelTest {

    @Demo
    private SandboxFixture sandbox;

    @TempDir
    Path home;

    @Test
    void wrapUpNamesEachActionWithOutcomeAndRequestRefPlusTheNotes() {
        SessionKit kit = new SessionKit(home.resolve("call"));
        Identity northwind = sandbox.identity(IdentityType.CORPORATE, 0);
        Instant start = Instant.parse("2026-03-02T09:15:00Z");
        CallViewModel call = new CallViewModel(kit.session, Clock.fixed(start, ZoneOffset.UTC));
        kit.impersonating(sandbox, northwind);
        kit.session.identityNameProperty().set("Northwind");
        call.startCall();
        String card = sandbox.server.state().cardsOf(northwind.id()).get(1).id();
        CardsViewModel cards = new CardsViewModel(kit.session);
        cards.open(card);
        cards.toggleBlock();
        call.notesProperty().set("Customer lost the travel card; blocked it, replacement to follow.");
        call.endCall();

        List<JournalEntry> journal = kit.session.audit().journal().read().entries();
        String id = journal.stream().filter(e -> e.operation().equals(CallViewModel.CALL_START)).findFirst()
                .orElseThrow().targetId();
        JournalEntry block = journal.stream().filter(e -> e.operation().equals("BLOCK_CARD")).findFirst().orElseThrow();
        assertThat(block.callId()).isEqualTo(id);
        assertThat(block.requestRef()).isNotBlank();
        assertThat(journal.get(journal.size() - 1).operation()).isEqualTo(CallViewModel.CALL_END);
        String at = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC).format(block.time());
        String agent = System.getProperty("user.name");
        assertThat(call.wrapUpPlainProperty().get()).isEqualTo(
                "Call with CORPORATE " + northwind.id() + " (Northwind) \u00b7 " + id + "\n"
                + "2026-03-02 09:15\u201309:15 (0 min) \u00b7 agent " + agent + " \u00b7 Embedded sandbox\n\n"
                + "What was done:\n"
                + "- " + at + " Blocked card " + card + " (" + block.detail() + "): OK, request-ref "
                + block.requestRef() + "\n\n"
                + "Notes:\n"
                + "Customer lost the travel card; blocked it, replacement to follow.\n");
        assertThat(call.wrapUpMarkdownProperty().get()).startsWith("### Call with CORPORATE " + northwind.id()
                + " (Northwind) \u00b7 `" + id + "`").contains("`" + block.requestRef() + "`");
        assertThat(call.activeProperty().get()).isFalse();
        assertThat(kit.session.audit().callId()).isNull();

        // the Journal pane lists the call's lines when its id is searched (CALL_END lines list the calls)
        var journalPane = new JournalViewModel(kit.session);
        journalPane.refresh();
        journalPane.searchProperty().set(id);
        assertThat(journalPane.rows()).extracting(JournalEntry::operation)
                .containsExactlyInAnyOrder(CallViewModel.CALL_START, "BLOCK_CARD", CallViewModel.CALL_END);
    }

    @Test
    void actionsTakenBeforeTheCallInTheSameImpersonationAreInItsWrapUpUnderTheirOwnHeading() {
        SessionKit kit = new SessionKit(home.resolve("earlier"));
        CallViewModel call = new CallViewModel(kit.session, Clock.systemUTC());
        assertThat(call.autoStartProperty().get()).as("on by default").isTrue();
        call.autoStartProperty().set(false); // the agent turned it off
        Identity northwind = sandbox.identity(IdentityType.CORPORATE, 0);
        kit.impersonating(sandbox, northwind);
        String card = sandbox.server.state().cardsOf(northwind.id()).get(1).id();
        CardsViewModel cards = new CardsViewModel(kit.session);
        cards.open(card);
        cards.toggleBlock();
        assertThat(call.statusProperty().get()).isEqualTo(
                "No call open: 1 action taken in this impersonation is in no wrap-up yet. Start call to include it.");

        call.startCall();
        call.endCall();
        assertThat(call.wrapUpPlainProperty().get())
                .contains("Earlier in this impersonation, before the call:\n- ")
                .containsPattern("(Blocked|Unblocked) card " + card) // the class's sandbox: an earlier test blocks it
                .contains("What was done:\n- No action taken.");
        assertThat(call.wrapUpMarkdownProperty().get()).contains("**Earlier in this impersonation, before the call:**");

        // the next call of the same impersonation does not repeat them; another impersonation does not inherit any
        call.startCall();
        call.endCall();
        assertThat(call.wrapUpPlainProperty().get()).doesNotContain("Earlier in this impersonation");
        cards.toggleBlock(); // unblocked with no call open
        kit.impersonating(sandbox, sandbox.identity(IdentityType.CONSUMER, 0));
        call.startCall();
        call.endCall();
        assertThat(call.wrapUpPlainProperty().get()).doesNotContain("Earlier in this impersonation");
    }

    @Test
    void startsByItselfOnImpersonatingWhenTheAgentWantsIt() {
        SessionKit kit = new SessionKit(home.resolve("auto"));
        CallViewModel call = new CallViewModel(kit.session, Clock.systemUTC());
        call.autoStartProperty().set(true);
        kit.impersonating(sandbox, sandbox.identity(IdentityType.CONSUMER, 0));
        assertThat(call.activeProperty().get()).isTrue();
        assertThat(kit.session.settings().autoStartCall()).isTrue();
        kit.session.impersonationProperty().set(null);
        assertThat(call.activeProperty().get()).isFalse();
        assertThat(call.wrapUpPlainProperty().get()).contains("No action taken.");
    }

    @Test
    void switchingToAnotherIdentityEndsTheCallAndClearsThePanel() {
        SessionKit kit = new SessionKit(home.resolve("switch"));
        CallViewModel call = new CallViewModel(kit.session, Clock.systemUTC());
        call.autoStartProperty().set(false);
        Identity first = sandbox.identity(IdentityType.CORPORATE, 0);
        kit.impersonating(sandbox, first);
        call.startCall();
        call.notesProperty().set("Card 2362 stolen");
        kit.impersonating(sandbox, sandbox.identity(IdentityType.CONSUMER, 1));

        assertThat(call.activeProperty().get()).isFalse();
        assertThat(call.notesProperty().get()).isEmpty();
        assertThat(call.wrapUpPlainProperty().get()).isEmpty();
        assertThat(call.statusProperty().get()).contains("ended when you switched identity")
                .contains("CORPORATE " + first.id());
        JournalEntry end = kit.session.audit().journal().read().entries().stream()
                .filter(e -> e.operation().equals(CallViewModel.CALL_END)).findFirst().orElseThrow();
        assertThat(end.detail()).isEqualTo("Card 2362 stolen");

        // stopping impersonation keeps the wrap-up to paste; a fresh token for the same identity changes nothing
        call.startCall();
        kit.session.impersonationProperty().set(null);
        assertThat(call.wrapUpPlainProperty().get()).isNotEmpty();
    }

    @Test
    void theWrapUpNamesTheCustomerByTheNameLearntDuringTheCallEvenAfterStoppingImpersonation() {
        SessionKit kit = new SessionKit(home.resolve("named"));
        CallViewModel call = new CallViewModel(kit.session, Clock.systemUTC());
        call.autoStartProperty().set(true);
        Identity northwind = sandbox.identity(IdentityType.CORPORATE, 0);
        kit.impersonating(sandbox, northwind); // the call starts before the remembered label is read
        kit.session.identityNameProperty().set("Northwind Logistics"); // then the workspace reads it
        kit.session.impersonationProperty().set(null); // the session forgets the name before the call ends

        assertThat(call.wrapUpPlainProperty().get()).startsWith("Call with CORPORATE " + northwind.id()
                + " (Northwind Logistics) \u00b7 ");
        assertThat(call.wrapUpMarkdownProperty().get()).startsWith("### Call with CORPORATE " + northwind.id()
                + " (Northwind Logistics)");
    }
}
