package backoffice.app.cards;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.InstrumentState.BlockedReason;
import backoffice.client.model.InstrumentState.DestroyedReason;
import backoffice.client.model.InstrumentState.State;
import backoffice.client.model.ManagedCard;
import backoffice.journal.JournalEntry;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The card desk's view model on a real sandbox with the direct runner. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardsViewModelTest {

    private SandboxFixture sandbox;
    private Identity owner;
    private SessionKit kit;
    private CardsViewModel vm;

    @TempDir
    Path home;

    @BeforeAll
    void start() {
        sandbox = SandboxFixture.demo();
        owner = sandbox.identity(IdentityType.CONSUMER, 1);
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    @BeforeEach
    void impersonate() {
        kit = new SessionKit(home).impersonating(sandbox, owner);
        vm = new CardsViewModel(kit.session);
    }

    private String card(String state, String reason, long balance) {
        String id = sandbox.newCard(owner, ManagedCard.PREPAID, "PHYSICAL", balance);
        if (state != null) {
            sandbox.setCardState(id, state, reason);
        }
        return id;
    }

    @ParameterizedTest(name = "{0}/{1}: toggle {2}")
    @CsvSource({"ACTIVE,-,true", "BLOCKED,USER,true", "BLOCKED,SYSTEM,false", "BLOCKED,LOST,false",
            "BLOCKED,SINGLE_SPEND,false", "DESTROYED,USER,false", "DESTROYED,STOLEN,false", "NOT_ENABLED,-,false"})
    void toggleIsOfferedOnlyWhereTheApiWouldAccept(String state, String reason, boolean allowed) {
        InstrumentState s = new InstrumentState(State.valueOf(state),
                state.equals("BLOCKED") ? BlockedReason.valueOf(reason) : null,
                state.equals("DESTROYED") ? DestroyedReason.valueOf(reason) : null);
        assertThat(CardsViewModel.toggleRefusal(s) == null).isEqualTo(allowed);
    }

    @Test
    void lookupShowsTheDetailsAndRemembersTheCardForThisIdentity() {
        String id = card(null, null, 12_34);
        vm.cardIdProperty().set(id);
        vm.lookup();
        ManagedCard c = vm.cardProperty().get();
        assertThat(c.id()).isEqualTo(id);
        assertThat(vm.details()).extracting(CardDetail::value).contains(c.maskedNumber(), "ACTIVE")
                .anyMatch(v -> v.contains("12.34"));
        assertThat(vm.details().toString()).doesNotContain(c.cardNumberFirstSix() + c.cardNumberLastFour());
        assertThat(vm.recentCards()).first().isEqualTo(id);
        assertThat(kit.session.currentCardIdProperty().get()).isEqualTo(id);
        assertThat(vm.toggleAllowedProperty().get()).isTrue();
    }

    @Test
    void invalidIdIsNeverSent() {
        vm.cardIdProperty().set("12a");
        assertThat(vm.cardIdErrorProperty().get()).contains("Digits only");
        assertThat(vm.canLookupProperty().get()).isFalse();
    }

    @Test
    void toggleBlocksThenUnblocksWithJournalLines() {
        vm.open(card(null, null, 0));
        vm.toggleBlock();
        assertThat(vm.blockedProperty().get()).isTrue();
        assertThat(vm.cardProperty().get().state().blockedReason()).isEqualTo(BlockedReason.USER);
        vm.toggleBlock();
        assertThat(vm.blockedProperty().get()).isFalse();
        assertThat(kit.session.audit().journal().read().entries()).extracting(JournalEntry::operation,
                JournalEntry::outcome).contains(org.assertj.core.groups.Tuple.tuple("BLOCK_CARD", "OK"),
                org.assertj.core.groups.Tuple.tuple("UNBLOCK_CARD", "OK"));
        assertThat(kit.session.audit().journal().read().entries()).allMatch(e -> e.requestRef() != null);
    }

    @Test
    void systemBlockedCardExplainsWhyTheToggleIsOff() {
        vm.open(card("BLOCKED", "SYSTEM", 0));
        assertThat(vm.toggleAllowedProperty().get()).isFalse();
        assertThat(vm.toggleReasonProperty().get()).contains("only Weavr can unblock");
        assertThat(vm.removeAllowedProperty().get()).isTrue();
    }

    @Test
    void removeNeedsTheLastFourDigits() {
        vm.open(card(null, null, 0));
        String lastFour = vm.cardProperty().get().cardNumberLastFour();
        kit.dialogs.typed = lastFour.equals("0000") ? "1111" : "0000";
        vm.remove();
        assertThat(vm.errorProperty().get().sentence()).contains("not the card's last four");
        assertThat(vm.cardProperty().get().state().state()).isEqualTo(State.ACTIVE);
        kit.dialogs.typed = lastFour;
        vm.remove();
        assertThat(vm.cardProperty().get().state().state()).isEqualTo(State.DESTROYED);
        assertThat(vm.removeAllowedProperty().get()).isFalse();
        assertThat(vm.toggleAllowedProperty().get()).isFalse();
        assertThat(kit.dialogs.questions.get(kit.dialogs.questions.size() - 1)).contains("destroys it for good");
    }

    @Test
    void removingACardThatHoldsMoneyIsExplainedBeforeAnythingIsSent() {
        vm.open(card(null, null, 500));
        int asked = kit.dialogs.questions.size();
        vm.remove();
        assertThat(vm.errorProperty().get().errorCode()).isEqualTo("BALANCE_NOT_ZERO");
        assertThat(vm.errorProperty().get().sentence()).contains("5.00");
        assertThat(kit.dialogs.questions).hasSize(asked);
    }

    @Test
    void aConflictFromTheServerIsExplainedAndTheCardRefreshed() {
        String id = card(null, null, 0);
        vm.open(id);
        sandbox.setCardState(id, "BLOCKED", "USER");
        vm.toggleBlock();
        assertThat(vm.errorProperty().get().errorCode()).isEqualTo("INSTRUMENT_ALREADY_BLOCKED");
        assertThat(vm.errorProperty().get().sentence()).contains("already blocked");
        assertThat(vm.blockedProperty().get()).as("refreshed after the refusal").isTrue();
    }
}
