package backoffice.app.cards;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.Messages;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.InstrumentState.BlockedReason;
import backoffice.client.model.InstrumentState.DestroyedReason;
import backoffice.client.model.InstrumentState.State;
import backoffice.client.model.ManagedCard;
import backoffice.journal.JournalEntry;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.Demo;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The card desk's view model on a real sandbox with the direct runner. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoSandboxExtension.class)
class CardsViewModelTest {

    @Demo
    private SandboxFixture sandbox;
    @Demo(type = IdentityType.CONSUMER, index = 1)
    private Identity owner;
    private SessionKit kit;
    private CardsViewModel vm;

    @TempDir
    Path home;

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
    void anIdPastedInGroupsIsAcceptedAndAnotherIdInTheBoxClearsTheCardShown() {
        String id = card(null, null, 0);
        String grouped = id.replaceAll("(\\d{3})(?=\\d)", "$1 ");
        vm.cardIdProperty().set(" " + grouped + " ");
        assertThat(vm.cardIdErrorProperty().get()).isNull();
        assertThat(vm.canLookupProperty().get()).isTrue();
        vm.lookup();
        assertThat(vm.cardProperty().get().id()).isEqualTo(id);
        vm.cardIdProperty().set(id.substring(0, 6) + "x");
        assertThat(vm.cardProperty().get()).as("no action may reach the old card").isNull();
        assertThat(vm.toggleAllowedProperty().get()).isFalse();
        assertThat(vm.removeAllowedProperty().get()).isFalse();
    }

    @Test
    void invalidIdIsNeverSent() {
        vm.cardIdProperty().set("12a");
        assertThat(vm.cardIdErrorProperty().get()).contains("Digits only");
        assertThat(vm.canLookupProperty().get()).isFalse();
    }

    @Test
    void unblockingAsksFirstAndARefusalLeavesTheCardBlocked() {
        vm.open(card(null, null, 0));
        vm.toggleBlock();
        assertThat(vm.blockedProperty().get()).isTrue();
        kit.dialogs.answer = false;
        vm.toggleBlock(); // a second Space on the toggle
        assertThat(kit.dialogs.questions).last().asString().startsWith("Unblock card ");
        assertThat(vm.blockedProperty().get()).isTrue();
        assertThat(kit.session.audit().journal().read().entries()).extracting(JournalEntry::operation)
                .doesNotContain("UNBLOCK_CARD");
        kit.dialogs.answer = true;
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
                JournalEntry::outcome).contains(Tuple.tuple("BLOCK_CARD", "OK"),
                Tuple.tuple("UNBLOCK_CARD", "OK"));
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
        String wrong = lastFour.equals("0000") ? "1111" : "0000";
        kit.dialogs.typed = wrong;
        int asked = kit.dialogs.questions.size();
        vm.remove();
        assertThat(kit.dialogs.refusals).containsExactly("Not removed: the digits typed are not the card's last four.");
        assertThat(vm.cardProperty().get().state().state()).isEqualTo(State.ACTIVE);
        kit.dialogs.typed = null;
        kit.dialogs.tries.addAll(List.of(wrong, " " + lastFour + " "));
        vm.remove();
        assertThat(kit.dialogs.questions).as("one dialog: the wrong digits kept it open").hasSize(asked + 2);
        assertThat(kit.dialogs.refusals).hasSize(2);
        assertThat(vm.cardProperty().get().state().state()).isEqualTo(State.DESTROYED);
        assertThat(vm.removeAllowedProperty().get()).isFalse();
        assertThat(vm.toggleAllowedProperty().get()).isFalse();
        assertThat(kit.dialogs.questions.get(kit.dialogs.questions.size() - 1)).contains("destroys it for good");
        assertThat(detail("cards.d.renewal")).as("no new card is coming").isEqualTo("None: the card is removed");
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

    private String detail(String labelKey) {
        String label = Messages.get(labelKey);
        return vm.details().stream().filter(d -> d.label().equals(label)).map(CardDetail::value).findFirst()
                .orElse(null);
    }

    @Test
    void showsWhatAnAgentIsAskedAboutAndOpensTheReplacement() {
        var account = sandbox.server.state().accountsOf(owner.id()).get(0);
        String user = sandbox.admin("/sandbox/identities/" + owner.id() + "/users", "{\"name\":\"Bo\"}", 201)
                .path("id").asText();
        String old = sandbox.admin("/sandbox/managed_cards", "{\"identityId\":\"" + owner.id()
                + "\",\"mode\":\"DEBIT_MODE\",\"type\":\"PHYSICAL\",\"parentManagedAccountId\":\"" + account.id()
                + "\",\"friendlyName\":\"Asked about\",\"renewalType\":\"RENEW\",\"singleSpend\":true,"
                + "\"userId\":\"" + user + "\",\"physicalCardDetails\":{\"manufacturingState\":\"DISPATCHED\","
                + "\"deliveryMethod\":\"COURIER\",\"deliveryTrackingCode\":\"JD0146\","
                + "\"deliveryTrackingUrl\":\"https://dhl.example/t/JD0146\",\"pinBlocked\":true}}", 201)
                .path("id").asText();
        vm.open(old);
        assertThat(detail("cards.d.handle")).isEqualTo("ext-" + old);
        // the parent account opens in Statements; the ids are copyable
        CardDetail parent = vm.details().stream().filter(d -> d.label().equals(Messages.get("cards.d.parent")))
                .findFirst().orElseThrow();
        assertThat(parent.kind()).isEqualTo(CardDetail.Kind.OPEN_ACCOUNT);
        assertThat(parent.target()).isEqualTo(account.id());
        vm.openAccount(parent.target());
        assertThat(kit.session.openRequestProperty().get().instrument()).isEqualTo(
                InstrumentId.account(account.id()));
        assertThat(kit.session.openRequestProperty().get().opensCards()).isFalse();
        assertThat(vm.details()).filteredOn(d -> d.kind() == CardDetail.Kind.COPY).extracting(CardDetail::target)
                .contains(old, user, "ext-" + old);
        assertThat(vm.details()).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(CardDetail.Kind.COPY);
            assertThat(d.target()).isEqualTo("ext-" + old);
        });
        assertThat(detail("cards.d.renewal")).isEqualTo("Renews at expiry");
        assertThat(detail("cards.d.singleSpend")).startsWith("yes");
        assertThat(detail("cards.d.user")).isEqualTo(user);
        assertThat(detail("cards.d.wallets")).isEqualTo("not enabled");
        assertThat(detail("cards.d.delivery")).contains("DISPATCHED", "COURIER", "awaiting activation");
        assertThat(detail("cards.d.pin")).startsWith("blocked");
        assertThat(detail("cards.d.tracking")).isEqualTo("JD0146");
        assertThat(detail("cards.d.trackingUrl")).isEqualTo("https://dhl.example/t/JD0146");
        assertThat(detail("cards.d.replacement")).isNull();

        String fresh = sandbox.admin("/sandbox/managed_cards/" + old + "/replace", "{\"reason\":\"LOST_STOLEN\"}",
                201).path("id").asText();
        vm.refresh();
        assertThat(detail("cards.d.state")).isEqualTo("DESTROYED (LOST)");
        CardDetail replaced = vm.details().stream().filter(d -> d.kind() == CardDetail.Kind.OPEN_CARD).findFirst()
                .orElseThrow();
        assertThat(replaced.value()).contains(fresh, "LOST_STOLEN");
        vm.open(replaced.target());
        assertThat(vm.cardProperty().get().id()).isEqualTo(fresh);
        assertThat(detail("cards.d.delivery")).contains("REQUESTED");
    }

    @Test
    void aNotEnabledCardSaysSoAndOffersNoToggle() {
        String id = card(null, null, 0);
        sandbox.admin("/sandbox/managed_cards/" + id + "/state", "{\"state\":\"NOT_ENABLED\"}", 204);
        vm.open(id);
        assertThat(detail("cards.d.state")).startsWith("NOT_ENABLED").doesNotContain("null");
        assertThat(vm.toggleAllowedProperty().get()).isFalse();
    }

    @Test
    void unblockingACardTheSystemBlockedMeanwhileSaysWhyNotTheApiKey() {
        String id = card("BLOCKED", "USER", 0);
        vm.open(id);
        assertThat(vm.toggleAllowedProperty().get()).isTrue();
        sandbox.setCardState(id, "BLOCKED", "SYSTEM");
        vm.toggleBlock();
        assertThat(vm.errorProperty().get().errorCode()).isEqualTo("INSUFFICIENT_PERMISSIONS");
        assertThat(vm.errorProperty().get().sentence()).contains("blocked by the system", "only Weavr");
        assertThat(vm.toggleAllowedProperty().get()).as("re-read: now refused").isFalse();
    }
}
